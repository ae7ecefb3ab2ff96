package com.steward.referrals;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.steward.audit.AuditLog;
import com.steward.brands.Brands;
import com.steward.listings.Listing;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.notices.NoticeItem;
import com.steward.notices.NoticeProcess;
import com.steward.notices.NoticeReason;
import com.steward.notices.Notices;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.scheduling.Deadlines;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.rightsholders.IpRight;
import com.steward.rightsholders.RightsHolders;
import com.steward.screening.Screening;
import com.steward.sellers.Sellers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * IP Joint Force referrals: a REFER from screening becomes a question to the brand's owner, who
 * confirms (a notice is filed on its behalf and acted on at once) or dismisses it as authentic,
 * not its brand, or unsure, with a reason. A referral not answered by its deadline escalates to
 * the analysts' queue. Owners and their agents see their brands' referrals; staff see all.
 */
@Configuration(proxyBeanMethods = false)
public class Referrals {

  static final String DEADLINE = "referral-deadline";

  /** What an owner may answer. */
  public enum Answer {
    CONFIRM,
    AUTHENTIC,
    NOT_OURS,
    UNSURE
  }

  private final JdbcReferralRepository repository;
  private final Brands brands;
  private final Listings listings;
  private final Marketplaces marketplaces;
  private final Sellers sellers;
  private final RightsHolders rightsHolders;
  private final Notices notices;
  private final NoticeProcess process;
  private final Deadlines deadlines;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;
  private final Duration answerWithin;

  Referrals(JdbcReferralRepository repository, Brands brands, Listings listings, Marketplaces marketplaces,
      Sellers sellers, RightsHolders rightsHolders, Notices notices, NoticeProcess process, Deadlines deadlines,
      AuditLog audit, TransactionTemplate tx, Clock clock,
      @Value("${steward.referrals.answer-within:72h}") Duration answerWithin) {
    this.repository = repository;
    this.brands = brands;
    this.listings = listings;
    this.marketplaces = marketplaces;
    this.sellers = sellers;
    this.rightsHolders = rightsHolders;
    this.notices = notices;
    this.process = process;
    this.deadlines = deadlines;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
    this.answerWithin = answerWithin;
  }

  @Bean
  OneTimeTask<Void> referralDeadlineTask() {
    return Tasks.oneTime(DEADLINE).execute((inst, ctx) -> escalate(UUID.fromString(inst.getId())));
  }

  /** In the screening transaction: a referral to the brand's owner, if it has one and none is open. */
  @EventListener
  void onReferred(Screening.Referred e) {
    brands.byName(e.brand()).filter(b -> b[1] != null).ifPresent(b -> {
      Instant now = clock.instant();
      Referral r = new Referral(UUID.randomUUID(), e.decisionId(), e.listingId(), e.listingVersion(), e.marketplaceId(),
          b[0], b[1], e.score(), "OPEN", null, null, null, null, now.plus(answerWithin), now);
      if (repository.insert(r)) {
        deadlines.schedule(DEADLINE, r.id(), r.dueAt());
        audit.record(Actor.system("screening"), "referral.created", "referral", r.id(),
            Map.of("listing", e.listingId().toString(), "brand", e.brand(), "score", e.score()));
      }
    });
  }

  /** The referrals the actor may see, oldest deadline first; {@code status} filters (comma-separated). */
  public List<Referral> list(Actor actor, @Nullable String status, int limit) {
    List<String> statuses = status == null || status.isBlank() ? List.of()
        : Arrays.stream(status.split(",")).map(String::strip).toList();
    for (String s : statuses) {
      if (!Set.of("OPEN", "CONFIRMED", "AUTHENTIC", "NOT_OURS", "UNSURE", "ESCALATED", "CLOSED").contains(s)) {
        throw new InvalidRequestException("status", "OPEN, CONFIRMED, AUTHENTIC, NOT_OURS, UNSURE, ESCALATED or CLOSED");
      }
    }
    return repository.list(owners(actor), statuses, Math.clamp(limit, 1, 500));
  }

  /** One referral with the listing, the evidence that triggered it and similar confirmed cases. */
  public Map<String, Object> view(Actor actor, UUID id) {
    Referral r = visible(actor, id);
    var out = summary(r);
    out.put("evidence", repository.decision(r.screeningDecisionId()));
    out.put("similarConfirmed", repository.confirmed(r.brandId(), r.id(), 5).stream().map(c -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("referralId", c.id());
      m.put("listing", listing(c));
      m.put("answeredAt", c.answeredAt());
      m.put("reason", c.answerReason());
      return (Map<String, Object>) m;
    }).toList());
    return out;
  }

  /** The list entry of a referral: its state and the listing it is about. */
  public Map<String, Object> summary(Referral r) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", r.id());
    out.put("status", r.status());
    out.put("brandId", r.brandId());
    out.put("rightsHolderId", r.rightsHolderId());
    out.put("score", r.score());
    out.put("listing", listing(r));
    out.put("dueAt", r.dueAt());
    out.put("createdAt", r.createdAt());
    out.put("answerReason", r.answerReason());
    out.put("answeredBy", r.answeredBy());
    out.put("answeredAt", r.answeredAt());
    out.put("noticeId", r.noticeId());
    return out;
  }

  /**
   * The owner's answer (or its agent's). CONFIRM files a counterfeit notice on the owner's
   * verified right ({@code ipRightId}, or its first verified right) and acts on it at once.
   */
  public Referral answer(Actor actor, UUID id, @Nullable Answer answer, @Nullable String reason,
      @Nullable UUID ipRightId) {
    if (actor.role() != Role.RIGHTS_HOLDER) {
      throw new ForbiddenException("the brand's owner, or an agent acting for it, answers a referral");
    }
    var c = new Check();
    c.required("answer", answer);
    String why = c.text("reason", reason, 2000);
    c.done();
    return tx.execute(s -> {
      Referral r = repository.lock(id).orElseThrow(() -> new NotFoundException("referral", id));
      if (!rightsHolders.actsFor(actor.rightsHolderId()).contains(r.rightsHolderId())) {
        throw new NotFoundException("referral", id);
      }
      if (!"OPEN".equals(r.status()) && !"ESCALATED".equals(r.status())) {
        throw new ConflictException("the referral was already answered: " + r.status());
      }
      UUID noticeId = null;
      if (answer == Answer.CONFIRM) {
        noticeId = confirm(actor, r, why, ipRightId);
      }
      String status = answer == Answer.CONFIRM ? "CONFIRMED" : answer.name();
      repository.answer(id, status, why, actor.label(), clock.instant(), noticeId);
      audit.record(actor, "referral.answered", "referral", id, Map.of("answer", answer.name(), "reason", why));
      return repository.find(id).orElseThrow();
    });
  }

  /** Staff close an escalated referral, after acting on the listing themselves if they must. */
  public Referral close(Actor staff, UUID id, @Nullable String reason) {
    staff.requireStaff();
    var c = new Check();
    String why = c.text("reason", reason, 2000);
    c.done();
    return tx.execute(s -> {
      Referral r = repository.lock(id).orElseThrow(() -> new NotFoundException("referral", id));
      if (!"ESCALATED".equals(r.status()) && !"OPEN".equals(r.status())) {
        throw new ConflictException("the referral was already answered: " + r.status());
      }
      repository.answer(id, "CLOSED", why, staff.label(), clock.instant(), null);
      audit.record(staff, "referral.closed", "referral", id, Map.of("reason", why));
      return repository.find(id).orElseThrow();
    });
  }

  void escalate(UUID id) {
    tx.executeWithoutResult(s -> {
      if (repository.escalate(id)) {
        audit.record(Actor.system("deadline"), "referral.escalated", "referral", id,
            Map.of("reason", "not answered within " + answerWithin));
      }
    });
  }

  private UUID confirm(Actor actor, Referral r, String why, @Nullable UUID ipRightId) {
    IpRight right;
    if (ipRightId != null) {
      right = rightsHolders.rightById(ipRightId).filter(x -> x.ownerId().equals(r.rightsHolderId()))
          .orElseThrow(() -> new InvalidRequestException("ipRightId", "not a right of the brand's owner"));
    } else {
      right = rightsHolders.rights(actor, r.rightsHolderId()).stream().filter(IpRight::verified).findFirst()
          .orElseThrow(() -> new InvalidRequestException("ipRightId",
              "the brand's owner has no verified right to file a notice on"));
    }
    Marketplace m = marketplaces.byId(r.marketplaceId()).orElseThrow();
    Listing l = listings.byId(r.listingId()).orElseThrow();
    Notices.Filed filed = notices.file(actor, new Notices.NoticeRequest(right.id(), NoticeReason.COUNTERFEIT,
        "Confirmed as counterfeit on referral " + r.id() + ": " + why, true,
        List.of(new Notices.ItemRequest(m.code(), l.externalId()))), "REFERRAL");
    process.expedite(filed.notice().id(), filed.items().stream()
        .filter(i -> i.status() == com.steward.core.notices.NoticeItemStatus.PENDING_REVIEW).map(NoticeItem::id)
        .toList(), "REFERRAL", item -> false);
    return filed.notice().id();
  }

  private Map<String, Object> listing(Referral r) {
    Listing l = listings.byId(r.listingId()).orElseThrow();
    var m = new LinkedHashMap<String, Object>();
    m.put("marketplace", marketplaces.byId(r.marketplaceId()).map(Marketplace::code).orElse(null));
    m.put("listingId", l.externalId());
    m.put("title", l.title());
    m.put("brand", l.brand());
    m.put("category", l.category());
    m.put("price", l.price());
    m.put("currency", l.currency());
    m.put("status", l.status());
    m.put("sellerId", sellers.byId(l.sellerId()).map(x -> x.externalId()).orElse(null));
    return m;
  }

  private Referral visible(Actor actor, UUID id) {
    Referral r = repository.find(id).orElseThrow(() -> new NotFoundException("referral", id));
    List<UUID> owners = owners(actor);
    if (owners != null && !owners.contains(r.rightsHolderId())) {
      throw new NotFoundException("referral", id);
    }
    return r;
  }

  /** The owners whose referrals the actor sees; null for staff (all). */
  private @Nullable List<UUID> owners(Actor actor) {
    if (actor.isStaff()) {
      return null;
    }
    if (actor.role() != Role.RIGHTS_HOLDER) {
      throw new ForbiddenException("referrals are for brand owners and staff");
    }
    return List.copyOf(rightsHolders.actsFor(actor.rightsHolderId()));
  }
}
