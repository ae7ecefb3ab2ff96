package com.steward.linkage;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.steward.audit.AuditLog;
import com.steward.core.linkage.Cluster;
import com.steward.core.linkage.EncodedRecord;
import com.steward.core.linkage.Link;
import com.steward.core.linkage.Linker;
import com.steward.core.linkage.PairComparison;
import com.steward.core.linkage.RecordCodec;
import com.steward.marketplaces.Marketplace;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.scheduling.Deadlines;
import com.steward.platform.security.Actor;
import com.steward.sellers.Seller;
import com.steward.sellers.SellerEvents;
import com.steward.sellers.Sellers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole-base rescan of one marketplace: every stored encoding is linked again in memory (so a
 * change of weights, or links that registration order hid, are found), then clusters are rewritten
 * in one transaction. A banned cluster keeps its id, and its ban, when its members stay together;
 * an active seller that the rescan puts into a banned cluster is held for review and checked again.
 * A durable scheduler task runs it: after a restart it runs again from the start, which is safe
 * because a rescan only ever recomputes.
 */
@Configuration(proxyBeanMethods = false)
public class Rescans {

  private static final Logger log = LoggerFactory.getLogger(Rescans.class);
  static final String TASK = "linkage-rescan";
  private static final int PROGRESS_EVERY = 500;

  private final JdbcRescanRepository rescans;
  private final JdbcLinkageRepository repository;
  private final Sellers sellers;
  private final Deadlines deadlines;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate tx;
  private final Clock clock;

  Rescans(JdbcRescanRepository rescans, JdbcLinkageRepository repository, Sellers sellers, Deadlines deadlines, AuditLog audit, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
    this.rescans = rescans;
    this.repository = repository;
    this.sellers = sellers;
    this.deadlines = deadlines;
    this.audit = audit;
    this.events = events;
    this.tx = tx;
    this.clock = clock;
  }

  @Bean
  OneTimeTask<Void> linkageRescanTask() {
    return Tasks.oneTime(TASK).execute((inst, ctx) -> run(UUID.fromString(inst.getId())));
  }

  public UUID start(Actor staff, Marketplace m) {
    staff.requireStaff();
    UUID id = UUID.randomUUID();
    tx.executeWithoutResult(s -> {
      if (!rescans.insert(id, m.id(), staff.label(), clock.instant())) {
        throw new ConflictException("marketplace", "a rescan of " + m.code() + " is already running");
      }
      audit.record(staff, "linkage.rescan_started", "marketplace", m.id(), Map.of("rescan", id.toString()));
      deadlines.schedule(TASK, id, clock.instant());
    });
    return id;
  }

  public Map<String, Object> get(Actor staff, Marketplace m, UUID id) {
    staff.requireStaff();
    return view(m, rescans.find(id).filter(x -> x.marketplaceId().equals(m.id()))
        .orElseThrow(() -> new NotFoundException("rescan", id)));
  }

  /** The progress of the marketplace's running rescan, else of its last one; empty if it never had one. */
  public java.util.Optional<Map<String, Object>> latest(Actor staff, Marketplace m) {
    staff.requireStaff();
    return rescans.latest(m.id()).map(r -> view(m, r));
  }

  private Map<String, Object> view(Marketplace m, JdbcRescanRepository.Rescan r) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", r.id());
    out.put("marketplace", m.code());
    out.put("status", r.status());
    out.put("done", r.done());
    out.put("total", r.total());
    Instant end = r.finishedAt() != null ? r.finishedAt() : clock.instant();
    double seconds = Math.max(0.001, Duration.between(r.startedAt(), end).toMillis() / 1000.0);
    out.put("ratePerSecond", Math.round(r.done() / seconds * 10) / 10.0);
    out.put("links", r.links());
    out.put("clusters", r.clusters());
    out.put("changed", r.changed());
    out.put("error", r.error());
    out.put("startedAt", r.startedAt());
    out.put("finishedAt", r.finishedAt());
    return out;
  }

  void run(UUID id) {
    var rescan = rescans.find(id).orElse(null);
    if (rescan == null || !"RUNNING".equals(rescan.status())) {
      return;
    }
    try {
      List<JdbcLinkageRepository.Stored> stored = repository.identities(rescan.marketplaceId());
      tx.executeWithoutResult(s -> rescans.progress(id, stored.size(), 0));
      List<EncodedRecord> records = new ArrayList<>(stored.size());
      for (var s : stored) {
        records.add(RecordCodec.fromBytes(s.sellerId().toString(), s.encoding()));
        if (records.size() % PROGRESS_EVERY == 0) {
          int d = records.size() / 2;
          tx.executeWithoutResult(x -> rescans.progress(id, stored.size(), d));
        }
      }
      // decoding is the first half of the progress, linking (on every processor) the second
      Linker.Result linked = new Linker().link(records, Runtime.getRuntime().availableProcessors());
      tx.executeWithoutResult(s -> apply(id, rescan.marketplaceId(), stored, linked.clusters()));
    } catch (RuntimeException e) {
      log.warn("linkage rescan {} failed", id, e);
      tx.executeWithoutResult(s -> rescans.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage(),
          clock.instant()));
    }
  }

  /** Rewrites the clusters of the marketplace from the linker's clusters, keeping banned clusters' ids. */
  private void apply(UUID id, UUID mp, List<JdbcLinkageRepository.Stored> stored, List<Cluster> clusters) {
    Instant now = clock.instant();
    repository.lockMarketplace(mp);
    Map<UUID, UUID> oldCluster = new HashMap<>();
    stored.forEach(s -> oldCluster.put(s.sellerId(), s.clusterId()));
    int links = 0;
    List<List<UUID>> components = new ArrayList<>(clusters.size());
    for (Cluster cluster : clusters) {
      components.add(cluster.members().stream().map(UUID::fromString).toList());
      for (Link l : cluster.links()) {
        repository.insertLink(UUID.fromString(l.from()), UUID.fromString(l.to()), l.score(), PairComparison.strong(l),
            l.evidence(), "RESCAN", now);
        links++;
      }
    }
    Map<UUID, JdbcLinkageRepository.ClusterRow> clusterRows = new HashMap<>();
    repository.clusters(new java.util.HashSet<>(oldCluster.values())).forEach(c -> clusterRows.put(c.id(), c));
    Map<UUID, Seller> byId = sellers.byIds(oldCluster.keySet());
    java.util.Set<UUID> used = new java.util.HashSet<>();
    int changed = 0;
    for (List<UUID> members : components) {
      UUID target = members.stream().map(oldCluster::get).filter(c -> clusterRows.get(c).banned()).findFirst()
          .orElseGet(() -> mostCommon(members, oldCluster, used));
      if (target == null) {
        target = UUID.randomUUID();
        repository.insertCluster(target, mp, now);
      }
      used.add(target);
      boolean banned = clusterRows.containsKey(target) && clusterRows.get(target).banned();
      for (UUID seller : members) {
        if (target.equals(oldCluster.get(seller)) || "BANNED".equals(byId.get(seller).status())) {
          continue;
        }
        repository.setCluster(seller, target);
        changed++;
        if (banned && "ACTIVE".equals(byId.get(seller).status())) {
          repository.insertReview(UUID.randomUUID(), mp, seller, target, now);
          events.publishEvent(new SellerEvents.ReverificationTriggered(seller, "linked to banned cluster " + target));
        }
      }
    }
    repository.dropEmptyClusters(oldCluster.values());
    rescans.finish(id, links, components.size(), changed, now);
    audit.record(Actor.system("linkage"), "linkage.rescan_finished", "marketplace", mp, Map.of("rescan", id.toString(),
        "accounts", stored.size(), "links", links, "clusters", components.size(), "changed", changed));
  }

  /** The old cluster most members were in, unless another component already took it. */
  private static UUID mostCommon(List<UUID> members, Map<UUID, UUID> oldCluster, java.util.Set<UUID> used) {
    Map<UUID, Integer> counts = new LinkedHashMap<>();
    members.forEach(m -> counts.merge(oldCluster.get(m), 1, Integer::sum));
    return counts.entrySet().stream().filter(e -> !used.contains(e.getKey()))
        .max(Map.Entry.<UUID, Integer>comparingByValue().thenComparing(e -> e.getKey().toString(),
            java.util.Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse(null);
  }
}
