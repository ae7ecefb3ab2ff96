package com.steward.notices;

import com.steward.audit.AuditLog;
import com.steward.listings.Listing;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.config.StewardProperties;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.errors.StewardException.FieldProblem;
import com.steward.platform.security.Actor;
import com.steward.rightsholders.IpRight;
import com.steward.rightsholders.RightsHolder;
import com.steward.rightsholders.RightsHolders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing notices and reading them within scope. What happens to an item afterwards is
 * {@link NoticeProcess}'s.
 */
@Service
public class Notices {

  public static final int MAX_ITEMS_JSON = 1000;

  private final JdbcNoticeRepository repository;
  private final RightsHolders rightsHolders;
  private final Marketplaces marketplaces;
  private final Listings listings;
  private final AuditLog audit;
  private final StewardProperties props;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  Notices(JdbcNoticeRepository repository, RightsHolders rightsHolders, Marketplaces marketplaces, Listings listings,
      AuditLog audit, StewardProperties props, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.repository = repository;
    this.rightsHolders = rightsHolders;
    this.marketplaces = marketplaces;
    this.listings = listings;
    this.audit = audit;
    this.props = props;
    this.clock = clock;
  }

  /**
   * Published inside the filing transaction, before it commits, so that a program can act on the
   * notice at once (the expedited path) and the filer's answer shows it.
   */
  public record NoticeFiled(UUID noticeId, UUID notifierId, List<UUID> itemIds) {}

  /** Published when an item moves; programs re-read the notifier's record after commit. */
  public record NoticeItemMoved(UUID itemId, UUID notifierId, com.steward.core.notices.NoticeItemStatus to,
      com.steward.core.notices.NoticeItemStatus from, UUID noticeId, UUID listingId, UUID sellerId,
      UUID marketplaceId) {}

  /** A notice as the notifier sends it. */
  public record NoticeRequest(@Nullable UUID ipRightId, @Nullable NoticeReason reason, @Nullable String explanation,
      @Nullable Boolean goodFaithDeclaration, @Nullable List<ItemRequest> items) {}

  public record ItemRequest(@Nullable String marketplace, @Nullable String listingId) {}

  /** A filed notice and, for bulk uploads, the rows that were refused. */
  public record Filed(Notice notice, List<NoticeItem> items, List<RowProblem> refused) {}

  public record RowProblem(int row, String field, String message) {}

  /** Files a notice; any bad item refuses the whole request (the API answers with every problem). */
  @Transactional
  public Filed file(Actor actor, NoticeRequest req, String channel) {
    Header h = header(actor, req);
    List<ItemRequest> items = req.items() == null ? List.of() : req.items();
    var c = new Check();
    if (items.isEmpty()) {
      c.add("items", "at least one listing");
    } else if (items.size() > MAX_ITEMS_JSON) {
      c.add("items", "at most " + MAX_ITEMS_JSON + " listings; upload a CSV for more");
    }
    c.done();
    List<Resolved> resolved = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      ItemResult r = resolve(items.get(i), h.right(), seen, "items[" + i + "].");
      r.resolved().ifPresent(resolved::add);
      problems.addAll(r.problems());
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return store(actor, h, resolved, channel, List.of());
  }

  /** Files a bulk notice: bad rows are reported, good rows kept (row numbers count the header as 1). */
  @Transactional
  public Filed fileBulk(Actor actor, NoticeRequest header, List<ItemRequest> rows, List<RowProblem> unreadable) {
    Header h = header(actor, header);
    if (rows.size() > props.notices().maxBulkRows()) {
      throw new InvalidRequestException("file", "at most " + props.notices().maxBulkRows() + " rows");
    }
    List<Resolved> resolved = new ArrayList<>();
    List<RowProblem> refused = new ArrayList<>(unreadable);
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      ItemRequest row = rows.get(i);
      if (row == null) {
        continue;
      }
      ItemResult r = resolve(row, h.right(), seen, "");
      r.resolved().ifPresent(resolved::add);
      for (FieldProblem p : r.problems()) {
        refused.add(new RowProblem(i + 2, p.field(), p.message()));
      }
    }
    refused.sort(java.util.Comparator.comparingInt(RowProblem::row));
    if (resolved.isEmpty()) {
      throw new InvalidRequestException(refused.stream()
          .map(p -> new FieldProblem("row " + p.row() + " " + p.field(), p.message())).limit(100).toList());
    }
    return store(actor, h, resolved, "CSV", refused);
  }

  private record Header(RightsHolder notifier, IpRight right, NoticeReason reason, String explanation) {}

  private record Resolved(Marketplace marketplace, Listing listing) {}

  private record ItemResult(Optional<Resolved> resolved, List<FieldProblem> problems) {}

  private Header header(Actor actor, NoticeRequest req) {
    UUID notifierId = actor.requireRightsHolder();
    repository.suspendedUntil("NOTIFIER", notifierId, clock.instant()).ifPresent(until -> {
      throw new com.steward.platform.errors.ForbiddenException("your notices are not processed until " + until
          + ": a suspension under DSA Art. 23(2); the reasons and the appeal are at /api/v1/misuse-cases");
    });
    var c = new Check();
    c.required("ipRightId", req.ipRightId());
    c.required("reason", req.reason());
    String explanation = c.text("explanation", req.explanation(), 20, 10_000);
    c.isTrue("goodFaithDeclaration", req.goodFaithDeclaration(),
        "must be true: you confirm in good faith that the notice is accurate and complete (DSA Art. 16(2)(d))");
    c.done();
    IpRight right;
    try {
      right = rightsHolders.right(actor, req.ipRightId());
    } catch (NotFoundException e) {
      throw new InvalidRequestException("ipRightId", "no IP right " + req.ipRightId() + " that you act for");
    }
    if (!right.verified()) {
      throw new InvalidRequestException("ipRightId", "the right is " + right.status() + ", not VERIFIED by staff");
    }
    RightsHolder notifier = rightsHolders.byId(notifierId).orElseThrow();
    return new Header(notifier, right, req.reason(), explanation);
  }

  private ItemResult resolve(ItemRequest item, IpRight right, Set<UUID> seen, String prefix) {
    var c = new Check();
    String code = c.id(prefix + "marketplace", item.marketplace());
    String listingId = c.id(prefix + "listingId", item.listingId());
    Optional<Resolved> out = Optional.empty();
    if (c.ok()) {
      Optional<Marketplace> m = marketplaces.byCode(code);
      if (m.isEmpty()) {
        c.add(prefix + "marketplace", "no marketplace " + code);
      } else {
        Optional<Listing> l = listings.find(m.get().id(), listingId);
        if (l.isEmpty()) {
          c.add(prefix + "listingId", "no listing " + listingId + " on " + code);
        } else if (!seen.add(l.get().id())) {
          c.add(prefix + "listingId", "listing " + listingId + " is named twice in this notice");
        } else if (repository.openItemExists(l.get().id(), right.id())) {
          c.add(prefix + "listingId", "an open notice on listing " + listingId + " and this right already exists");
        } else {
          out = Optional.of(new Resolved(m.get(), l.get()));
        }
      }
    }
    return new ItemResult(out, c.problems());
  }

  private Filed store(Actor actor, Header h, List<Resolved> resolved, String channel, List<RowProblem> refused) {
    var now = clock.instant();
    var notice = new Notice(UUID.randomUUID(), h.notifier().id(), h.right().id(), h.reason(), h.explanation(),
        h.notifier().contactName(), h.notifier().contactEmail(), channel, actor.label(), now);
    repository.insert(notice);
    List<NoticeItem> items = new ArrayList<>();
    for (Resolved r : resolved) {
      var item = new NoticeItem(UUID.randomUUID(), notice.id(), r.listing().id(), r.marketplace().id(),
          r.listing().sellerId(), h.right().id(), com.steward.core.notices.NoticeItemStatus.PENDING_REVIEW, null, null,
          now, now, null, null);
      repository.insert(item);
      items.add(item);
    }
    audit.record(actor, "notice.filed", "notice", notice.id(), Map.of("ipRight", h.right().id().toString(),
        "items", items.size(), "refusedRows", refused.size(), "channel", channel));
    events.publishEvent(new NoticeFiled(notice.id(), h.notifier().id(), items.stream().map(NoticeItem::id).toList()));
    return new Filed(notice, repository.items(notice.id()), refused);
  }

  /** What one actor may see of a notice: the notice and the items in its scope. */
  public record View(Notice notice, List<NoticeItem> items, RightsHolder notifier, IpRight right) {}

  /** The notice with the items the actor may see; 404 if it may see none. */
  public View view(Actor actor, UUID id) {
    Notice n = repository.find(id).orElseThrow(() -> new NotFoundException("notice", id));
    IpRight right = rightsHolders.rightById(n.ipRightId()).orElseThrow();
    List<NoticeItem> items = visibleItems(actor, n, right, repository.items(id));
    if (items.isEmpty()) {
      throw new NotFoundException("notice", id);
    }
    return new View(n, items, rightsHolders.byId(n.notifierId()).orElseThrow(), right);
  }

  /** The notices the actor may see, newest first. */
  public List<View> list(Actor actor, int limit) {
    int l = Math.clamp(limit, 1, 500);
    List<UUID> ids = switch (actor.role()) {
      case ADMIN, ANALYST -> repository.allNoticeIds(l);
      case RIGHTS_HOLDER -> repository.noticeIdsForRightsHolder(rightsHolders.actsFor(actor.rightsHolderId()), l);
      case SELLER -> repository.noticeIdsForSeller(actor.sellerId(), l);
      case MARKETPLACE -> repository.noticeIdsForMarketplace(actor.marketplaceId(), l);
    };
    return ids.stream().map(id -> view(actor, id)).toList();
  }

  /** The items of notice {@code n} in the actor's scope: all or none for a rights holder, its own for others. */
  private List<NoticeItem> visibleItems(Actor actor, Notice n, IpRight right, List<NoticeItem> items) {
    return switch (actor.role()) {
      case ADMIN, ANALYST -> items;
      case RIGHTS_HOLDER -> {
        Set<UUID> scope = rightsHolders.actsFor(actor.rightsHolderId());
        yield scope.contains(n.notifierId()) || scope.contains(right.ownerId()) ? items : List.of();
      }
      case SELLER -> items.stream().filter(i -> i.sellerId().equals(actor.sellerId())).toList();
      case MARKETPLACE -> items.stream().filter(i -> i.marketplaceId().equals(actor.marketplaceId())).toList();
    };
  }

  public List<NoticeItem> reviewQueue(Actor staff, @Nullable String marketplace, int limit) {
    staff.requireStaff();
    UUID mp = null;
    if (marketplace != null && !marketplace.isBlank()) {
      mp = marketplaces.byCode(marketplace).orElseThrow(() -> new NotFoundException("marketplace", marketplace)).id();
    }
    return repository.queue(mp, Math.clamp(limit, 1, 500));
  }

  public List<Map<String, Object>> decisions(List<NoticeItem> items) {
    return repository.decisions(items.stream().map(NoticeItem::id).toList());
  }

  public Map<UUID, Map<String, Object>> counterNotices(List<NoticeItem> items) {
    return repository.counterNotices(items.stream().map(NoticeItem::id).toList());
  }

  public Map<UUID, Map<String, Object>> responses(List<NoticeItem> items) {
    return repository.responses(items.stream().map(NoticeItem::id).toList());
  }

}
