package com.steward.screening;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.steward.audit.AuditLog;
import com.steward.brands.Brands;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.scheduling.Deadlines;
import com.steward.platform.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-screens the whole catalogue in the background, in chunks of listings ordered by id. Each
 * chunk is one transaction that also moves the sweep's cursor, and the next chunk is a durable
 * scheduler task, so a restart resumes where the sweep stopped. Started by staff, and after every
 * approved brand revision unless {@code steward.screening.sweep-on-approval} is false.
 *
 * <p>A sweep runs as fast as its node screens unless {@code steward.screening.sweep-listings-per-second}
 * sets a pace: then each chunk schedules the next for {@code CHUNK / pace} seconds after it began
 * (or at once, if it took longer), so that a sweep of a large catalogue leaves the database and
 * the cores to the upserts. No thread waits meanwhile: the next chunk is a deadline like any other
 * ({@link Deadlines} looks for it at its time).
 */
@Configuration(proxyBeanMethods = false)
public class Sweeps {

  static final String TASK = "sweep-step";
  static final int CHUNK = 200;

  private final JdbcSweepRepository repository;
  private final ScreeningActions actions;
  private final Listings listings;
  private final Marketplaces marketplaces;
  private final Deadlines deadlines;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  /**
   * For work started once the approval has committed: a transaction of its own, since one joined
   * there would be the approval's, already committed, and would never run its own commit callbacks
   * (among them the one that has the scheduler start the sweep at once).
   */
  private final TransactionTemplate afterCommit;
  private final Clock clock;
  private final boolean sweepOnApproval;
  private final Screening screening;
  /** The most listings a second a sweep screens; 0 for as fast as the node can. */
  private final double listingsPerSecond;

  Sweeps(JdbcSweepRepository repository, ScreeningActions actions, Listings listings, Marketplaces marketplaces,
      Deadlines deadlines, AuditLog audit, TransactionTemplate tx, Clock clock, ScreeningSettings settings,
      Screening screening) {
    this.listingsPerSecond = settings.sweepListingsPerSecond();
    this.sweepOnApproval = settings.sweepOnApproval();
    this.screening = screening;
    this.afterCommit = new TransactionTemplate(tx.getTransactionManager());
    this.afterCommit.setPropagationBehavior(
        org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.repository = repository;
    this.actions = actions;
    this.listings = listings;
    this.marketplaces = marketplaces;
    this.deadlines = deadlines;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /** A sweep's state, with its rate and the time it expects to finish. */
  public record Sweep(UUID id, String reason, String status, int total, int done, int blocked, int referred,
      int restored, @Nullable UUID cursor, Instant startedAt, Instant updatedAt, @Nullable Instant finishedAt,
      @Nullable UUID supersededBy) {

    boolean running() {
      return "RUNNING".equals(status);
    }

    public Map<String, Object> progress(Instant now) {
      var out = new java.util.LinkedHashMap<String, Object>();
      out.put("id", id);
      out.put("reason", reason);
      out.put("status", status);
      out.put("done", done);
      out.put("total", total);
      out.put("blocked", blocked);
      out.put("referred", referred);
      out.put("restored", restored);
      Instant end = finishedAt != null ? finishedAt : now;
      double seconds = Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
      double rate = done / seconds;
      out.put("ratePerSecond", Math.round(rate * 10) / 10.0);
      out.put("eta", !running() || rate <= 0 ? null
          : now.plusMillis((long) ((total - done) / rate * 1000)).toString());
      out.put("startedAt", startedAt);
      out.put("finishedAt", finishedAt);
      if (supersededBy != null) {
        out.put("supersededBy", supersededBy);
      }
      return out;
    }
  }

  @Bean
  OneTimeTask<Void> sweepStepTask() {
    return Tasks.oneTime(TASK).execute((inst, ctx) -> step(UUID.fromString(inst.getId().substring(0, 36))));
  }

  /**
   * Starts a sweep of the whole catalogue; returns its id. It screens with the knowledge of the
   * moment, so it covers what any sweep still running had left, and those end (SUPERSEDED): five
   * brands approved in a row make one sweep of the catalogue, not five at once.
   */
  public UUID start(Actor by, String reason) {
    UUID id = UUID.randomUUID();
    tx.executeWithoutResult(s -> {
      repository.lockStarts();
      Instant now = clock.instant();
      repository.insert(id, reason, now);
      for (UUID older : repository.supersedeRunning(id, now)) {
        audit.record(by, "sweep.superseded", "sweep", older, Map.of("by", id.toString(), "reason", reason));
      }
      audit.record(by, "sweep.started", "sweep", id, Map.of("reason", reason));
      deadlines.schedule(TASK, id + ":0", now);
    });
    return id;
  }

  @TransactionalEventListener
  void onBrandsChanged(Brands.BrandsChanged e) {
    if (sweepOnApproval) {
      afterCommit.executeWithoutResult(s -> start(Actor.system("sweep"),
          "brand " + e.brandId() + " revision " + e.revision() + " approved"));
    }
  }

  @TransactionalEventListener
  void onBrandsImported(Brands.BrandsImported e) {
    if (sweepOnApproval) {
      afterCommit.executeWithoutResult(s -> start(Actor.system("sweep"),
          e.brands() + " brands imported (import " + e.importId() + ")"));
    }
  }

  /** A suspicious term in force at once applies to the listings already in the catalogue too. */
  @TransactionalEventListener
  void onSuspiciousTermsChanged(SuspiciousTerms.Changed e) {
    if (sweepOnApproval) {
      afterCommit.executeWithoutResult(s -> start(Actor.system("sweep"),
          "suspicious term \"" + e.term() + "\" " + (e.added() ? "added" : "removed")));
    }
  }

  /** Screens the next chunk; schedules the one after, or finishes. */
  void step(UUID id) {
    // The change that started the sweep may not be in this node's screener yet: its rebuild runs
    // in another listener of the same commit, or on another node, whose changes this one learns
    // by polling. One look at the knowledge base's stamp per chunk makes sure.
    screening.rebuildIfStale();
    // a chunk holds its listings and their sellers' penalty locks until it commits; lost to a
    // complaint's decision or an upsert that took them in another order, it runs again whole
    com.steward.platform.db.Conflicts.retried(() -> tx.execute(s -> {
      chunk(id);
      return null;
    }));
  }

  /** One chunk, in the caller's transaction. */
  private void chunk(UUID id) {
    Sweep sweep = repository.lock(id).orElse(null);
    if (sweep == null || !sweep.running()) {
      return;
    }
    Instant began = clock.instant();
    List<UUID> rows = repository.nextListings(sweep.cursor(), CHUNK);
    Map<UUID, Marketplace> mps = new HashMap<>();
    int blocked = 0;
    int referred = 0;
    int restored = 0;
    Actor actor = Actor.system("sweep");
    for (var swept : actions.sweep(actor, k -> mps.computeIfAbsent(k, x -> marketplaces.byId(x).orElseThrow()),
        listings.lockByIds(rows))) {
      var listing = swept.before();
      var screened = swept.screened();
      // blocked: listings this sweep took out of sight, not decisions on listings blocked before
      blocked += screened.listing().status() == com.steward.listings.ListingStatus.BLOCKED
          && listing.status() != com.steward.listings.ListingStatus.BLOCKED ? 1 : 0;
      referred += "REFER".equals(screened.decision().get("action")) ? 1 : 0;
      restored += Boolean.TRUE.equals(screened.decision().get("restored")) ? 1 : 0;
    }
    Instant now = clock.instant();
    if (!rows.isEmpty()) {
      repository.advance(id, rows.size(), blocked, referred, restored, rows.getLast(), now);
    }
    if (rows.size() < CHUNK) {
      repository.finish(id, now);
      audit.record(actor, "sweep.finished", "sweep", id, Map.of("done", sweep.done() + rows.size()));
    } else {
      deadlines.schedule(TASK, id + ":" + (sweep.done() + rows.size()), nextChunk(began, now, listingsPerSecond));
    }
  }

  /**
   * When the chunk after one that began at {@code began} runs, at a pace of {@code listingsPerSecond}
   * (0: none): {@code CHUNK / listingsPerSecond} seconds after {@code began}, or {@code now} if that
   * has passed.
   */
  static Instant nextChunk(Instant began, Instant now, double listingsPerSecond) {
    if (listingsPerSecond <= 0) {
      return now;
    }
    Instant paced = began.plusNanos((long) (CHUNK / listingsPerSecond * 1e9));
    return paced.isAfter(now) ? paced : now;
  }

  /** The pace of sweeps on this node, in listings a second; 0 when none is set. */
  public double pace() {
    return listingsPerSecond;
  }

  public Sweep get(Actor staff, UUID id) {
    staff.requireStaff();
    return repository.find(id).orElseThrow(() -> new NotFoundException("sweep", id));
  }

  public List<Sweep> recent(Actor staff, int limit) {
    staff.requireStaff();
    return repository.recent(Math.clamp(limit, 1, 100));
  }

  public Instant now() {
    return clock.instant();
  }
}
