package com.steward.notices;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.steward.audit.AuditLog;
import com.steward.core.notices.NoticeItemEvent;
import com.steward.core.notices.NoticeItemLifecycle;
import com.steward.core.notices.NoticeItemStatus;
import com.steward.core.notices.NoticeWindows;
import com.steward.listings.Listing;
import com.steward.listings.ListingStatus;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.config.StewardProperties;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.outbox.Outbox;
import com.steward.platform.scheduling.Deadlines;
import com.steward.platform.security.Actor;
import com.steward.rightsholders.IpRight;
import com.steward.rightsholders.RightsHolder;
import com.steward.rightsholders.RightsHolders;
import com.steward.sellers.Seller;
import com.steward.sellers.Sellers;
import com.steward.statements.Statements;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Moves notice items through notice-and-takedown: review, takedown, counter-notice, the rights
 * holder's response, and the two windows, whose ends are durable deadlines. Each move locks the
 * item, checks the move with {@link NoticeItemLifecycle}, records a decision, an audit entry and,
 * where the listing's visibility changes, a statement of reasons and an outbox event, all in one
 * transaction.
 */
@Configuration(proxyBeanMethods = false)
public class NoticeProcess {

  static final String COUNTER_NOTICE_WINDOW = "counter-notice-window";
  static final String RESPONSE_WINDOW = "response-window";

  private final JdbcNoticeRepository repository;
  private final Notices notices;
  private final Listings listings;
  private final Marketplaces marketplaces;
  private final Sellers sellers;
  private final RightsHolders rightsHolders;
  private final Statements statements;
  private final Outbox outbox;
  private final AuditLog audit;
  private final Deadlines deadlines;
  private final NoticeWindows windows;
  private final TransactionTemplate tx;
  private final JsonMapper json;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  NoticeProcess(JdbcNoticeRepository repository, Notices notices, Listings listings, Marketplaces marketplaces,
      Sellers sellers, RightsHolders rightsHolders, Statements statements, Outbox outbox, AuditLog audit,
      Deadlines deadlines, StewardProperties props, TransactionTemplate tx, JsonMapper json, Clock clock,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.repository = repository;
    this.notices = notices;
    this.listings = listings;
    this.marketplaces = marketplaces;
    this.sellers = sellers;
    this.rightsHolders = rightsHolders;
    this.statements = statements;
    this.outbox = outbox;
    this.audit = audit;
    this.deadlines = deadlines;
    this.windows = new NoticeWindows(props.notices().counterNoticeWindow(), props.notices().responseBusinessDays(),
        props.zone(), com.steward.core.notices.BusinessCalendar.weekdays());
    this.tx = tx;
    this.json = json;
    this.clock = clock;
  }

  @Bean
  OneTimeTask<Void> counterNoticeWindowTask() {
    return Tasks.oneTime(COUNTER_NOTICE_WINDOW).execute((inst, ctx) -> counterNoticeWindowEnded(UUID.fromString(inst.getId())));
  }

  @Bean
  OneTimeTask<Void> responseWindowTask() {
    return Tasks.oneTime(RESPONSE_WINDOW).execute((inst, ctx) -> responseWindowEnded(UUID.fromString(inst.getId())));
  }

  public record Evidence(@Nullable String title, @Nullable String url) {}

  /** An analyst accepts (takedown) or rejects one item. */
  public NoticeItem review(Actor staff, UUID noticeId, UUID itemId, @Nullable String decision, @Nullable String reason) {
    staff.requireStaff();
    var c = new Check();
    if (!"ACCEPT".equals(decision) && !"REJECT".equals(decision)) {
      c.add("decision", "one of ACCEPT, REJECT");
    }
    String why = c.text("reason", reason, 2000);
    c.done();
    return tx.execute(s -> {
      Context ctx = context(staff, noticeId, itemId);
      if ("REJECT".equals(decision)) {
        return move(ctx, staff, new NoticeItemEvent.Rejected(), why, false).item();
      }
      return takedown(ctx, staff, why, false);
    });
  }

  /**
   * The expedited path: the notice of a program's member acts at once, without prior review, in
   * the filing transaction; {@code audit} sends the takedown to review afterwards.
   */
  public void expedite(UUID noticeId, List<UUID> itemIds, String program, java.util.function.Predicate<UUID> audit) {
    tx.executeWithoutResult(s -> {
      // The notice is read once for all its items: a bulk notice can name 10,000 listings.
      Notices.View view = notices.view(Actor.system("expedited"), noticeId);
      for (UUID itemId : itemIds) {
        boolean audited = audit.test(itemId);
        Context ctx = contextOf(view, repository.lockItem(itemId)
            .orElseThrow(() -> new NotFoundException("notice item", itemId)));
        takedown(ctx, Actor.system("expedited"), "Acted on at once: the notifier is in the " + program + " program"
            + (audited ? "; the takedown is audited afterwards" : ""), true);
        repository.markExpedited(itemId, program, audited);
        auditEntry(ctx, "notice_item.expedited", Map.of("program", program, "audited", audited));
      }
    });
  }

  /**
   * The audit of an expedited takedown: CONFIRM leaves it down; REVERSE restores the listing with
   * a statement of reasons, and counts against the notifier's record.
   */
  public NoticeItem auditTakedown(Actor staff, UUID noticeId, UUID itemId, @Nullable String decision,
      @Nullable String reason) {
    staff.requireStaff();
    var c = new Check();
    if (!"CONFIRM".equals(decision) && !"REVERSE".equals(decision)) {
      c.add("decision", "one of CONFIRM, REVERSE");
    }
    String why = c.text("reason", reason, 2000);
    c.done();
    return tx.execute(s -> {
      Context ctx = context(staff, noticeId, itemId);
      if (!"PENDING".equals(ctx.item().auditStatus())) {
        throw new ConflictException("this item has no audit waiting (" + ctx.item().auditStatus() + ")");
      }
      repository.closeAudit(itemId, "CONFIRM".equals(decision) ? "CONFIRMED" : "REVERSED");
      auditEntry(ctx, staff, "notice_item.audit_" + ("CONFIRM".equals(decision) ? "confirmed" : "reversed"), why);
      if ("CONFIRM".equals(decision)) {
        return repository.lockItem(itemId).orElseThrow();
      }
      return restoreOnAudit(ctx, staff, why);
    });
  }

  /** The seller disputes a takedown within its window. */
  public NoticeItem counterNotice(Actor seller, UUID noticeId, UUID itemId, @Nullable String explanation,
      @Nullable List<Evidence> evidence, @Nullable Boolean consent) {
    UUID sellerId = seller.requireSeller();
    repository.suspendedUntil("SELLER", sellerId, clock.instant()).ifPresent(until -> {
      throw new com.steward.platform.errors.ForbiddenException("your counter-notices are not processed until " + until
          + ": a suspension under DSA Art. 23(3); the reasons and the appeal are at /api/v1/misuse-cases");
    });
    var c = new Check();
    String why = c.text("explanation", explanation, 20, 10_000);
    String ev = evidenceJson(c, evidence, false);
    c.isTrue("consentToJurisdiction", consent,
        "must be true: you accept that the dispute may be decided by a court of competent jurisdiction");
    c.done();
    return tx.execute(s -> {
      Context ctx = context(seller, noticeId, itemId);
      if (!ctx.item().sellerId().equals(sellerId)) {
        throw new NotFoundException("notice item", itemId);
      }
      requireOpenWindow(ctx.item().status(), NoticeItemStatus.TAKEN_DOWN, ctx.item().counterNoticeDeadline(),
          "counter-notice");
      Instant now = clock.instant();
      repository.counterNotice(itemId, sellerId, why, ev, true, now);
      Instant responseDeadline = windows.responseDeadline(now);
      NoticeItem moved = move(ctx, seller, new NoticeItemEvent.CounterNoticed(), why, false, responseDeadline).item();
      deadlines.cancel(COUNTER_NOTICE_WINDOW, itemId);
      deadlines.schedule(RESPONSE_WINDOW, itemId, responseDeadline);
      return moved;
    });
  }

  /** The rights holder answers a counter-notice: upholds with evidence of action taken, or withdraws. */
  public NoticeItem respond(Actor holder, UUID noticeId, UUID itemId, @Nullable String action,
      @Nullable String explanation, @Nullable List<Evidence> evidence) {
    holder.requireRightsHolder();
    var c = new Check();
    boolean uphold = "UPHOLD_WITH_EVIDENCE".equals(action);
    if (!uphold && !"WITHDRAW".equals(action)) {
      c.add("action", "one of UPHOLD_WITH_EVIDENCE, WITHDRAW");
    }
    String why = c.text("explanation", explanation, 10_000);
    String ev = evidenceJson(c, evidence, uphold);
    c.done();
    return tx.execute(s -> {
      Context ctx = context(holder, noticeId, itemId);
      Instant now = clock.instant();
      if (uphold) {
        requireOpenWindow(ctx.item().status(), NoticeItemStatus.COUNTER_NOTICED, ctx.item().responseDeadline(),
            "response");
        repository.response(itemId, action, why, ev, holder.label(), now);
        deadlines.cancel(RESPONSE_WINDOW, itemId);
        NoticeItem moved = move(ctx, holder, new NoticeItemEvent.Upheld(), why, false).item();
        publish(ctx, "listing.takedown_upheld", Map.of());
        return moved;
      }
      if (!NoticeItemLifecycle.allows(ctx.item().status(), new NoticeItemEvent.Withdrawn())) {
        throw new ConflictException("action", "nothing to withdraw: the item is " + ctx.item().status());
      }
      repository.response(itemId, action, why, ev, holder.label(), now);
      deadlines.cancel(RESPONSE_WINDOW, itemId);
      deadlines.cancel(COUNTER_NOTICE_WINDOW, itemId);
      return restore(ctx, holder, "the rights holder withdrew its notice: " + why, false);
    });
  }

  /** Called by the scheduler when the seller's window ends. A moot deadline does nothing. */
  public void counterNoticeWindowEnded(UUID itemId) {
    tx.executeWithoutResult(s -> {
      Context ctx = contextBySystem(itemId);
      if (ctx.item().status() == NoticeItemStatus.TAKEN_DOWN) {
        move(ctx, Actor.system("deadline"), new NoticeItemEvent.CounterNoticeWindowEnded(),
            "no counter-notice was received within the window; the takedown is final", true);
        publish(ctx, "listing.takedown_final", Map.of());
      }
    });
  }

  /** Called by the scheduler when the rights holder's window ends: an unanswered counter-notice restores. */
  public void responseWindowEnded(UUID itemId) {
    tx.executeWithoutResult(s -> {
      Context ctx = contextBySystem(itemId);
      if (ctx.item().status() == NoticeItemStatus.COUNTER_NOTICED) {
        restore(ctx, Actor.system("deadline"),
            "the rights holder did not show within its response window that it had taken action against the seller",
            true);
      }
    });
  }

  private record Context(Notices.View view, NoticeItem item, Listing listing, Marketplace marketplace, Seller seller,
      RightsHolder notifier, IpRight right) {}

  private Context context(Actor actor, UUID noticeId, UUID itemId) {
    Notices.View view = notices.view(actor, noticeId);
    if (view.items().stream().noneMatch(i -> i.id().equals(itemId))) {
      throw new NotFoundException("notice item", itemId);
    }
    return contextOf(view, repository.lockItem(itemId).orElseThrow(() -> new NotFoundException("notice item", itemId)));
  }

  private Context contextBySystem(UUID itemId) {
    NoticeItem item = repository.lockItem(itemId).orElseThrow(() -> new NotFoundException("notice item", itemId));
    return contextOf(notices.view(Actor.system("deadline"), item.noticeId()), item);
  }

  private Context contextOf(Notices.View view, NoticeItem item) {
    Listing listing = listings.byId(item.listingId()).orElseThrow();
    return new Context(view, item, listing, marketplaces.byId(item.marketplaceId()).orElseThrow(),
        sellers.byId(item.sellerId()).orElseThrow(), view.notifier(), view.right());
  }

  private NoticeItem takedown(Context ctx, Actor by, String why, boolean automated) {
    Instant now = clock.instant();
    Instant deadline = windows.counterNoticeDeadline(now);
    Moved moved = move(ctx, by, new NoticeItemEvent.Accepted(), why, automated, deadline);
    Listing down = listings.changeStatus(ctx.listing().id(), ListingStatus.REMOVED, by.label());
    String puid = statements.takedown(new Statements.Takedown(moved.decisionId(), moved.item().id(), ctx.marketplace(), down,
        ctx.seller(), ctx.notifier(), ctx.right(), allegation(ctx.view().notice().reason()), why, automated, now,
        deadline, "/seller/notices/" + ctx.item().noticeId()));
    deadlines.schedule(COUNTER_NOTICE_WINDOW, moved.item().id(), deadline);
    var data = new LinkedHashMap<String, Object>();
    data.put("statementOfReasons", puid);
    data.put("counterNoticeDeadline", deadline.toString());
    publish(ctx, "listing.taken_down", data);
    return moved.item();
  }

  private NoticeItem restoreOnAudit(Context ctx, Actor by, String why) {
    return restore(ctx, by, new NoticeItemEvent.ReversedOnAudit(), why, false);
  }

  private void auditEntry(Context ctx, String action, Map<String, ?> detail) {
    audit.record(Actor.system("expedited"), action, "notice_item", ctx.item().id(), detail);
  }

  private void auditEntry(Context ctx, Actor by, String action, String why) {
    audit.record(by, action, "notice_item", ctx.item().id(), Map.of("reason", why));
  }

  private NoticeItem restore(Context ctx, Actor by, String why, boolean automated) {
    return restore(ctx, by, ctx.item().status() == NoticeItemStatus.COUNTER_NOTICED && automated
        ? new NoticeItemEvent.ResponseWindowEnded() : new NoticeItemEvent.Withdrawn(), why, automated);
  }

  private NoticeItem restore(Context ctx, Actor by, NoticeItemEvent event, String why, boolean automated) {
    String restrictionPuid = statements.latestRestrictionPuid(ctx.item().id());
    Moved moved = move(ctx, by, event, why, automated);
    Listing listing = ctx.listing();
    if (!repository.listingRestrictedByOthers(listing.id(), moved.item().id())) {
      listing = listings.changeStatus(listing.id(), ListingStatus.ACTIVE, by.label());
    }
    String puid = statements.restore(new Statements.Restore(moved.decisionId(), moved.item().id(), ctx.marketplace(), listing,
        ctx.seller(), why, automated, clock.instant(), restrictionPuid));
    publish(ctx, "listing.restored", Map.of("statementOfReasons", puid, "listingStatus", listing.status().name()));
    return moved.item();
  }

  /** An item after a move, and the decision that moved it. */
  private record Moved(NoticeItem item, UUID decisionId) {}

  private Moved move(Context ctx, Actor by, NoticeItemEvent event, String why, boolean automated) {
    return move(ctx, by, event, why, automated, null);
  }

  private Moved move(Context ctx, Actor by, NoticeItemEvent event, String why, boolean automated,
      @Nullable Instant deadline) {
    NoticeItem item = ctx.item();
    NoticeItemStatus to = NoticeItemLifecycle.apply(item.status(), event);
    Instant now = clock.instant();
    NoticeItem moved = item.moved(to, to == NoticeItemStatus.TAKEN_DOWN ? deadline : item.counterNoticeDeadline(),
        to == NoticeItemStatus.COUNTER_NOTICED ? deadline : item.responseDeadline(), now);
    repository.update(moved);
    UUID decisionId = UUID.randomUUID();
    String name = event.getClass().getSimpleName();
    repository.decision(decisionId, item.id(), name, item.status(), to, why, by.label(), automated, now);
    audit.record(by, "notice_item." + to.name().toLowerCase(), "notice_item", item.id(),
        Map.of("notice", item.noticeId().toString(), "from", item.status().name(), "to", to.name(), "event", name,
            "reason", why));
    events.publishEvent(new Notices.NoticeItemMoved(item.id(), ctx.notifier().id(), to, item.status(), item.noticeId(),
        item.listingId(), item.sellerId(), item.marketplaceId()));
    return new Moved(moved, decisionId);
  }

  private void publish(Context ctx, String type, Map<String, ?> extra) {
    var data = new LinkedHashMap<String, Object>();
    data.put("marketplace", ctx.marketplace().code());
    data.put("listingId", ctx.listing().externalId());
    data.put("sellerId", ctx.seller().externalId());
    data.put("noticeId", ctx.item().noticeId().toString());
    data.put("noticeItemId", ctx.item().id().toString());
    data.putAll(extra);
    outbox.publish(ctx.marketplace().id(), type, data);
  }

  private void requireOpenWindow(NoticeItemStatus status, NoticeItemStatus expected, @Nullable Instant deadline,
      String what) {
    if (status != expected) {
      throw new ConflictException("a " + what + " is not possible: the item is " + status);
    }
    if (deadline != null && !clock.instant().isBefore(deadline)) {
      throw new ConflictException("the " + what + " window closed at " + deadline);
    }
  }

  private String evidenceJson(Check c, @Nullable List<Evidence> evidence, boolean required) {
    List<Evidence> list = evidence == null ? List.of() : evidence;
    if (required && list.isEmpty()) {
      c.add("evidence", "at least one document showing the action taken (e.g. a court filing)");
    }
    if (list.size() > 20) {
      c.add("evidence", "at most 20 documents");
      return "[]";
    }
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String t = c.text("evidence[" + i + "].title", list.get(i).title(), 300);
      String u = c.url("evidence[" + i + "].url", list.get(i).url());
      if (t != null) {
        out.add(u == null ? Map.of("title", t) : Map.of("title", t, "url", u));
      }
    }
    return json.writeValueAsString(out);
  }

  private static String allegation(NoticeReason reason) {
    return switch (reason) {
      case COUNTERFEIT -> "counterfeiting";
      case TRADEMARK_MISUSE -> "misuse";
      case COPYRIGHT_INFRINGEMENT, PATENT_INFRINGEMENT, DESIGN_INFRINGEMENT -> "infringement";
    };
  }
}
