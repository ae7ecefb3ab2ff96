package com.steward.notices;

import com.steward.listings.Listing;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.sellers.Seller;
import com.steward.sellers.Sellers;
import com.steward.statements.Statements;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How notices look in the API and the pages, shaped by who is asking (a seller never sees the
 * notifier's email). Everything about a notice's items is loaded in a handful of queries, however
 * many items it has.
 */
@Component
class NoticeViews {

  private final Notices notices;
  private final Listings listings;
  private final Marketplaces marketplaces;
  private final Sellers sellers;
  private final Statements statements;

  NoticeViews(Notices notices, Listings listings, Marketplaces marketplaces, Sellers sellers, Statements statements) {
    this.notices = notices;
    this.listings = listings;
    this.marketplaces = marketplaces;
    this.sellers = sellers;
    this.statements = statements;
  }

  Map<String, Object> notice(Actor actor, Notices.View v) {
    Map<String, Object> out = summary(v);
    if (actor.role() != Role.SELLER && actor.role() != Role.MARKETPLACE) {
      out.put("contact", Map.of("name", v.notice().contactName(), "email", v.notice().contactEmail()));
    }
    Batch batch = load(v.items());
    out.put("items", v.items().stream().map(batch::item).toList());
    return out;
  }

  Map<String, Object> summary(Notices.View v) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", v.notice().id());
    out.put("notifier", Map.of("id", v.notifier().id(), "name", v.notifier().name()));
    var right = new LinkedHashMap<String, Object>();
    right.put("id", v.right().id());
    right.put("type", v.right().type());
    right.put("name", v.right().name());
    right.put("registrationNumber", v.right().registrationNumber());
    right.put("jurisdiction", v.right().jurisdiction());
    out.put("ipRight", right);
    out.put("reason", v.notice().reason());
    out.put("explanation", v.notice().explanation());
    out.put("goodFaithDeclaration", true);
    out.put("channel", v.notice().channel());
    out.put("createdAt", v.notice().createdAt());
    var counts = new LinkedHashMap<String, Long>();
    v.items().forEach(i -> counts.merge(i.status().name(), 1L, Long::sum));
    out.put("itemCount", v.items().size());
    out.put("itemsByStatus", counts);
    return out;
  }

  Map<String, Object> item(Actor actor, Notices.View v, UUID itemId) {
    NoticeItem i = v.items().stream().filter(x -> x.id().equals(itemId)).findFirst()
        .orElseThrow(() -> new NotFoundException("notice item", itemId));
    return load(List.of(i)).item(i);
  }

  List<Map<String, Object>> queue(List<NoticeItem> items) {
    Batch batch = load(items);
    return items.stream().map(i -> {
      Listing l = batch.listings().get(i.listingId());
      var out = new LinkedHashMap<String, Object>();
      out.put("noticeId", i.noticeId());
      out.put("itemId", i.id());
      out.put("marketplace", batch.marketplaces().get(i.marketplaceId()).code());
      out.put("listingId", l.externalId());
      out.put("listingTitle", l.title());
      out.put("waitingSince", i.createdAt());
      return (Map<String, Object>) out;
    }).toList();
  }

  private Batch load(List<NoticeItem> items) {
    List<UUID> ids = items.stream().map(NoticeItem::id).toList();
    var decisions = new HashMap<UUID, List<Map<String, Object>>>();
    for (Map<String, Object> d : notices.decisions(items)) {
      decisions.computeIfAbsent((UUID) d.get("itemId"), k -> new java.util.ArrayList<>()).add(d);
    }
    var mps = new HashMap<UUID, Marketplace>();
    marketplaces.all().forEach(m -> mps.put(m.id(), m));
    return new Batch(
        listings.byIds(items.stream().map(NoticeItem::listingId).distinct().toList()),
        mps,
        sellers.byIds(items.stream().map(NoticeItem::sellerId).distinct().toList()),
        decisions,
        notices.counterNotices(items),
        notices.responses(items),
        statements.forItems(ids));
  }

  /** Everything the views of a set of items need, loaded at once. */
  private record Batch(
      Map<UUID, Listing> listings,
      Map<UUID, Marketplace> marketplaces,
      Map<UUID, Seller> sellers,
      Map<UUID, List<Map<String, Object>>> decisions,
      Map<UUID, Map<String, Object>> counterNotices,
      Map<UUID, Map<String, Object>> responses,
      Map<UUID, List<Map<String, Object>>> statements) {

    Map<String, Object> item(NoticeItem i) {
      Listing l = listings.get(i.listingId());
      Seller s = sellers.get(i.sellerId());
      var out = new LinkedHashMap<String, Object>();
      out.put("id", i.id());
      out.put("noticeId", i.noticeId());
      out.put("marketplace", marketplaces.get(i.marketplaceId()).code());
      out.put("listingId", l.externalId());
      out.put("listingTitle", l.title());
      out.put("listingStatus", l.status());
      out.put("seller", Map.of("id", s.externalId(), "name", s.displayName()));
      out.put("status", i.status());
      out.put("expeditedBy", i.expeditedBy());
      out.put("auditStatus", i.auditStatus());
      out.put("counterNoticeDeadline", i.counterNoticeDeadline());
      out.put("responseDeadline", i.responseDeadline());
      out.put("updatedAt", i.updatedAt());
      out.put("decisions", decisions.getOrDefault(i.id(), List.of()));
      if (counterNotices.containsKey(i.id())) {
        out.put("counterNotice", counterNotices.get(i.id()));
      }
      if (responses.containsKey(i.id())) {
        out.put("response", responses.get(i.id()));
      }
      out.put("statementsOfReasons", statements.getOrDefault(i.id(), List.of()));
      return out;
    }
  }
}
