package com.steward.listings;

import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.db.Conflicts;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.errors.Problems;
import com.steward.platform.errors.StewardException.FieldProblem;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

@RestController
class ListingController {

  private final Marketplaces marketplaces;
  private final Listings listings;
  /**
   * Reads a batch as the API's mapper does, but with every number in a tree kept as written
   * ({@code 12.500}, {@code 1e-400}), so that an item's price is checked as a single put's is.
   */
  private final JsonMapper json;

  ListingController(Marketplaces marketplaces, Listings listings, JsonMapper json) {
    this.marketplaces = marketplaces;
    this.listings = listings;
    this.json = json.rebuild().enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
  }

  @PutMapping("/api/v1/marketplaces/{code}/listings/{id}")
  ResponseEntity<Map<String, Object>> put(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody Listings.ListingInput body) {
    Marketplace m = marketplaces.scoped(actor, code);
    if (actor.role() == Role.SELLER) {
      throw new NotFoundException("listing", id);
    }
    Listings.Upserted u = Conflicts.retried(() -> listings.upsert(actor, m, id, body));
    Map<String, Object> out = view(m, u.listing());
    if (u.screening() != null) {
      out.put("screening", u.screening());
    }
    return ResponseEntity.status(u.created() ? HttpStatus.CREATED : HttpStatus.OK).body(out);
  }

  /** One item of a batch: the listing's id and its fields. */
  record BatchItem(@org.jspecify.annotations.Nullable String id,
      Listings.@org.jspecify.annotations.Nullable ListingInput listing) {}

  /**
   * Up to 10,000 listings in one transaction: each item is read and validated on its own; good
   * items are saved and screened, each bad one (a field of the wrong type or value included) is
   * reported with its index and fields, and nothing already accepted is lost.
   */
  @PostMapping(path = "/api/v1/marketplaces/{code}/listings:batch", consumes = "application/json")
  Map<String, Object> batch(Actor actor, @PathVariable String code, @RequestBody byte[] body,
      @org.springframework.web.bind.annotation.RequestHeader(org.springframework.http.HttpHeaders.CONTENT_TYPE)
      org.springframework.http.MediaType contentType) {
    Marketplace m = marketplaces.scoped(actor, code);
    if (actor.role() == Role.SELLER) {
      throw new NotFoundException("marketplace", code);
    }
    JsonNode items;
    // in the charset the request declares, as a put is read (UTF-8 unless it says otherwise)
    java.nio.charset.Charset charset = contentType.getCharset();
    try {
      items = charset == null || charset.equals(java.nio.charset.StandardCharsets.UTF_8) ? json.readTree(body)
          : json.readTree(new String(body, charset));
    } catch (JacksonException e) {
      throw new com.steward.platform.errors.InvalidRequestException("body", "not valid JSON in "
          + (charset == null ? "UTF-8" : charset.name()) + ": " + e.getOriginalMessage());
    }
    if (items == null || !items.isArray()) {
      throw new com.steward.platform.errors.InvalidRequestException("body", "a JSON array of {id, listing}");
    }
    if (items.size() > Listings.MAX_BATCH) {
      throw new com.steward.platform.errors.InvalidRequestException("body", "at most " + Listings.MAX_BATCH + " listings");
    }
    var inputs = new java.util.ArrayList<Listings.BatchInput>(items.size());
    for (int i = 0; i < items.size(); i++) {
      inputs.add(item(i, items.get(i)));
    }
    List<Listings.BatchResult> results = Conflicts.retried(() -> listings.upsertBatch(actor, m, inputs));
    var out = new LinkedHashMap<String, Object>();
    out.put("accepted", results.stream().filter(r -> r.upserted() != null).count());
    out.put("refused", results.stream().filter(r -> r.upserted() == null).count());
    out.put("results", results.stream().map(r -> {
      var item = new LinkedHashMap<String, Object>();
      item.put("index", r.index());
      item.put("id", r.id());
      if (r.upserted() != null) {
        item.put("status", r.upserted().listing().status());
        item.put("version", r.upserted().listing().version());
        item.put("created", r.upserted().created());
        if (r.upserted().screening() != null) {
          item.put("screening", r.upserted().screening());
        }
      } else {
        item.put("errors", r.errors());
      }
      return (Map<String, Object>) item;
    }).toList());
    return out;
  }

  /** Item {@code index} of a batch read as a listing, or with what keeps it from being read. */
  private Listings.BatchInput item(int index, @org.jspecify.annotations.Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return new Listings.BatchInput(null, null);
    }
    try {
      BatchItem item = json.treeToValue(node, BatchItem.class);
      return new Listings.BatchInput(item.id(), item.listing());
    } catch (DatabindException e) {
      JsonNode id = node.isObject() ? node.get("id") : null;
      // named as the batch names a listing's other problems: [4].price, not [4].listing.price
      FieldProblem p = Problems.problem(e);
      String field = p.field().equals("body") ? "" : "." + p.field().replaceFirst("^listing\\.", "");
      return new Listings.BatchInput(id != null && (id.isString() || id.isNumber()) ? id.asString() : null, null,
          List.of(new FieldProblem("[" + index + "]" + field, p.message())));
    }
  }

  @GetMapping("/api/v1/marketplaces/{code}/listings/{id}")
  Map<String, Object> get(Actor actor, @PathVariable String code, @PathVariable String id) {
    return view(marketplaces.scoped(actor, code), visible(actor, code, id));
  }

  @GetMapping("/api/v1/marketplaces/{code}/listings/{id}/versions")
  List<Map<String, Object>> versions(Actor actor, @PathVariable String code, @PathVariable String id) {
    return listings.versions(visible(actor, code, id).id());
  }

  private Listing visible(Actor actor, String code, String id) {
    Listing l = listings.get(marketplaces.scoped(actor, code), id);
    if (actor.role() == Role.SELLER && !l.sellerId().equals(actor.sellerId())) {
      throw new NotFoundException("listing", id);
    }
    return l;
  }

  static Map<String, Object> view(Marketplace m, Listing l) {
    var out = new LinkedHashMap<String, Object>();
    out.put("id", l.externalId());
    out.put("marketplace", m.code());
    out.put("status", l.status());
    out.put("version", l.version());
    out.put("title", l.title());
    out.put("description", l.description());
    out.put("brand", l.brand());
    out.put("category", l.category());
    out.put("price", l.price());
    out.put("currency", l.currency());
    out.put("imageUrls", l.imageUrls());
    var shipFrom = new LinkedHashMap<String, Object>();
    shipFrom.put("country", l.shipFromCountry());
    shipFrom.put("region", l.shipFromRegion());
    out.put("shipFrom", shipFrom);
    out.put("updatedAt", l.updatedAt());
    return out;
  }
}
