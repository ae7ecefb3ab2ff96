package com.steward.sim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The set-up calls that the simulation and the load generator both make against Steward's public
 * API, written once: an API key, a trademark verified by an analyst, a storefront's registration.
 */
final class StewardCalls {

  private StewardCalls() {}

  /** An API key for a subject, issued by an administrator. */
  static String key(Api api, String admin, String type, String subject) {
    return api.must(api.post(admin, "/api/v1/admin/api-keys", Map.of("subjectType", type, "subjectId", subject)), "key")
        .str("key");
  }

  /** A trademark {@code mark} of the holder, registered as {@code number} and verified by the analyst; its id. */
  static String verifiedRight(Api api, String analystKey, String holderId, String holderKey, String mark, String number) {
    String right = api.must(api.post(holderKey, "/api/v1/rights-holders/" + holderId + "/ip-rights", Map.of("type",
        "TRADEMARK", "name", mark.toUpperCase(Locale.ROOT), "registrationNumber", number, "office", "EUIPO",
        "jurisdiction", "EU", "classes", List.of("25"), "evidence", List.of(Map.of("title", "Certificate",
            "url", "https://register.example/" + number)))), "ip right").str("id");
    api.must(api.post(analystKey, "/api/v1/ip-rights/" + right + "/verification",
        Map.of("decision", "VERIFIED", "reason", "checked against the register")), "verify right");
    return right;
  }

  static String sellerPath(String market, World.Seller s) {
    return "/api/v1/marketplaces/" + market + "/sellers/" + s.id();
  }

  /** A storefront's registration, with its identity. */
  static Map<String, Object> sellerBody(World.Seller s) {
    return Map.of("displayName", s.displayName(), "accountType", "BUSINESS", "country", "FR",
        "stores", List.of(Map.of("id", "st-" + s.id(), "name", s.displayName())), "identity", s.identity());
  }

  static String listingPath(String market, World.Listing l) {
    return "/api/v1/marketplaces/" + market + "/listings/" + l.id();
  }

  /**
   * A listing's upsert. Its brand attribute names the brand it sells, except where the title
   * spells the brand out with dots (a disguise: a seller hiding the brand does not declare it).
   */
  static Map<String, Object> listingBody(World.Listing l, List<World.Brand> brands) {
    var body = new LinkedHashMap<String, Object>();
    body.put("sellerId", l.sellerId());
    body.put("storeId", "st-" + l.sellerId());
    body.put("title", l.title());
    body.put("description", "Ships in two days.");
    body.put("brand", l.brand() >= 0 && !l.title().contains(".") ? brands.get(l.brand()).name() : "");
    body.put("category", l.category());
    body.put("price", l.price());
    body.put("currency", "EUR");
    body.put("shipFromCountry", "FR");
    return body;
  }

  /** Whether Steward let the registered seller list (not refused, not held for an identity review). */
  static boolean accepted(JsonNode registration) {
    return "ACCEPTED".equals(registration.path("linkage").path("decision").asString("ACCEPTED"));
  }
}
