package com.steward.notices;

import com.steward.listings.Listing;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.sellers.Sellers;
import com.steward.statements.Statements;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** How notices look in the API, shaped by who is asking (a seller never sees the notifier's email). */
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
    out.put("items", v.items().stream().map(i -> item(actor, v, i)).toList());
    return out;
  }

  Map<String, Object> summary(Notices.View v) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", v.notice().id());
    out.put("notifier", Map.of("id", v.notifier().id(), "name", v.notifier().name()));
    out.put("ipRight", Map.of("id", v.right().id(), "type", v.right().type(), "name", v.right().name(),
        "registrationNumber", String.valueOf(v.right().registrationNumber()), "jurisdiction", v.right().jurisdiction()));
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
    return item(actor, v, v.items().stream().filter(i -> i.id().equals(itemId)).findFirst()
        .orElseThrow(() -> new NotFoundException("notice item", itemId)));
  }

  Map<String, Object> item(Actor actor, Notices.View v, NoticeItem i) {
    Listing l = listings.byId(i.listingId()).orElseThrow();
    var out = new LinkedHashMap<String, Object>();
    out.put("id", i.id());
    out.put("noticeId", i.noticeId());
    out.put("marketplace", marketplaces.byId(i.marketplaceId()).orElseThrow().code());
    out.put("listingId", l.externalId());
    out.put("listingTitle", l.title());
    out.put("listingStatus", l.status());
    out.put("seller", sellers.byId(i.sellerId()).map(s -> Map.of("id", s.externalId(), "name", s.displayName()))
        .orElse(Map.of()));
    out.put("status", i.status());
    out.put("counterNoticeDeadline", i.counterNoticeDeadline());
    out.put("responseDeadline", i.responseDeadline());
    out.put("updatedAt", i.updatedAt());
    out.put("decisions", notices.decisions(List.of(i)));
    notices.counterNotice(i.id()).ifPresent(c -> out.put("counterNotice", c));
    notices.response(i.id()).ifPresent(r -> out.put("response", r));
    out.put("statementsOfReasons", statements.forItem(i.id()));
    return out;
  }

  Map<String, Object> queueEntry(NoticeItem i) {
    Listing l = listings.byId(i.listingId()).orElseThrow();
    var out = new LinkedHashMap<String, Object>();
    out.put("noticeId", i.noticeId());
    out.put("itemId", i.id());
    out.put("marketplace", marketplaces.byId(i.marketplaceId()).orElseThrow().code());
    out.put("listingId", l.externalId());
    out.put("listingTitle", l.title());
    out.put("waitingSince", i.createdAt());
    return out;
  }
}
