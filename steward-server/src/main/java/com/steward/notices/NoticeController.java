package com.steward.notices;

import com.steward.listings.Listing;
import com.steward.listings.Listings;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.rightsholders.RightsHolders;
import com.steward.statements.Statements;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class NoticeController {

  private final Notices notices;
  private final NoticeProcess process;
  private final NoticeViews views;
  private final Marketplaces marketplaces;
  private final Listings listings;
  private final RightsHolders rightsHolders;
  private final Statements statements;

  NoticeController(Notices notices, NoticeProcess process, NoticeViews views, Marketplaces marketplaces,
      Listings listings, RightsHolders rightsHolders, Statements statements) {
    this.notices = notices;
    this.process = process;
    this.views = views;
    this.marketplaces = marketplaces;
    this.listings = listings;
    this.rightsHolders = rightsHolders;
    this.statements = statements;
  }

  record Review(@Nullable String decision, @Nullable String reason) {}

  record CounterNotice(@Nullable String explanation, @Nullable List<NoticeProcess.Evidence> evidence,
      @Nullable Boolean consentToJurisdiction) {}

  record Response(@Nullable String action, @Nullable String explanation,
      @Nullable List<NoticeProcess.Evidence> evidence) {}

  @PostMapping(path = "/api/v1/notices", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> file(Actor actor, @RequestBody Notices.NoticeRequest body) {
    Notices.Filed filed = notices.file(actor, body, "API");
    return ResponseEntity.created(URI.create("/api/v1/notices/" + filed.notice().id()))
        .body(views.notice(actor, notices.view(actor, filed.notice().id())));
  }

  /** Bulk: a CSV file with columns {@code marketplace,listing_id}; bad rows are reported, good rows kept. */
  @PostMapping(path = "/api/v1/notices/bulk", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> bulk(Actor actor, @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) @Nullable UUID ipRightId,
      @RequestParam(required = false) @Nullable NoticeReason reason,
      @RequestParam(required = false) @Nullable String explanation,
      @RequestParam(required = false) @Nullable Boolean goodFaithDeclaration) throws IOException {
    NoticeCsv.Parsed parsed = NoticeCsv.parse(file.getInputStream());
    Notices.Filed filed = notices.fileBulk(actor,
        new Notices.NoticeRequest(ipRightId, reason, explanation, goodFaithDeclaration, null), parsed.rows(),
        parsed.problems());
    var out = new LinkedHashMap<String, Object>();
    out.put("noticeId", filed.notice().id());
    out.put("accepted", filed.items().size());
    out.put("refused", filed.refused());
    return ResponseEntity.created(URI.create("/api/v1/notices/" + filed.notice().id())).body(out);
  }

  @GetMapping("/api/v1/notices")
  List<Map<String, Object>> list(Actor actor, @RequestParam(defaultValue = "50") int limit) {
    return notices.list(actor, limit).stream().map(v -> views.summary(v)).toList();
  }

  @GetMapping("/api/v1/notices/{id}")
  Map<String, Object> get(Actor actor, @PathVariable UUID id) {
    return views.notice(actor, notices.view(actor, id));
  }

  @PostMapping("/api/v1/notices/{id}/items/{itemId}/review")
  Map<String, Object> review(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId, @RequestBody Review body) {
    process.review(actor, id, itemId, body.decision(), body.reason());
    return views.item(actor, notices.view(actor, id), itemId);
  }

  /** Staff: the audit of an expedited takedown, CONFIRM or REVERSE, with a reason. */
  @PostMapping("/api/v1/notices/{id}/items/{itemId}/audit")
  Map<String, Object> auditTakedown(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
      @RequestBody Review body) {
    process.auditTakedown(actor, id, itemId, body.decision(), body.reason());
    return views.item(actor, notices.view(actor, id), itemId);
  }

  @PostMapping("/api/v1/notices/{id}/items/{itemId}/counter-notice")
  Map<String, Object> counterNotice(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
      @RequestBody CounterNotice body) {
    process.counterNotice(actor, id, itemId, body.explanation(), body.evidence(), body.consentToJurisdiction());
    return views.item(actor, notices.view(actor, id), itemId);
  }

  @PostMapping("/api/v1/notices/{id}/items/{itemId}/response")
  Map<String, Object> respond(Actor actor, @PathVariable UUID id, @PathVariable UUID itemId,
      @RequestBody Response body) {
    process.respond(actor, id, itemId, body.action(), body.explanation(), body.evidence());
    return views.item(actor, notices.view(actor, id), itemId);
  }

  /** Staff: the review queue, oldest first. */
  @GetMapping("/api/v1/review-queue")
  List<Map<String, Object>> queue(Actor actor, @RequestParam(required = false) @Nullable String marketplace,
      @RequestParam(defaultValue = "100") int limit) {
    return views.queue(notices.reviewQueue(actor, marketplace, limit));
  }

  @GetMapping("/api/v1/statements-of-reasons")
  List<Map<String, Object>> statements(Actor actor, @RequestParam(required = false) @Nullable String marketplace,
      @RequestParam(required = false) @Nullable String listingId) {
    if (marketplace == null || marketplace.isBlank()) {
      throw new InvalidRequestException("marketplace", "required");
    }
    if (listingId == null || listingId.isBlank()) {
      throw new InvalidRequestException("listingId", "required");
    }
    if (actor.role() == Role.RIGHTS_HOLDER) {
      return statementsForRightsHolder(actor, marketplace, listingId);
    }
    Marketplace m = marketplaces.scoped(actor, marketplace);
    Listing l = listings.get(m, listingId);
    if (actor.role() == Role.SELLER && !l.sellerId().equals(actor.sellerId())) {
      throw new NotFoundException("listing", listingId);
    }
    return statements.forListing(l.id());
  }

  /** A rights holder sees the statements of the notice items it can see on that listing. */
  private List<Map<String, Object>> statementsForRightsHolder(Actor actor, String marketplace, String listingId) {
    Marketplace m = marketplaces.byCode(marketplace).orElseThrow(() -> new NotFoundException("listing", listingId));
    Listing l = listings.find(m.id(), listingId).orElseThrow(() -> new NotFoundException("listing", listingId));
    List<Map<String, Object>> out = notices.list(actor, 500).stream()
        .flatMap(v -> v.items().stream())
        .filter(i -> i.listingId().equals(l.id()))
        .flatMap(i -> statements.forItem(i.id()).stream())
        .toList();
    if (out.isEmpty()) {
      throw new NotFoundException("listing", listingId);
    }
    return out;
  }
}
