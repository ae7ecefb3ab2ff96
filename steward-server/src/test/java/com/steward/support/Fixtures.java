package com.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds tenants through the public API only: a marketplace with its key, sellers with keys,
 * listings, a rights holder with a verified trademark and its key. Names carry a random suffix,
 * so tests never collide.
 */
public final class Fixtures {

  private final Api api;

  public Fixtures(Api api) {
    this.api = api;
  }

  public record Market(String code, String key) {}

  public record SellerAccount(String id, UUID uuid, String key) {}

  public record Holder(UUID id, String key, UUID rightId) {}

  public static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public Market marketplace() {
    String code = "mp-" + suffix();
    var r = api.put(IntegrationTest.ADMIN_KEY, "/api/v1/marketplaces/" + code, Map.of("name", "Market " + code));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return new Market(code, key("MARKETPLACE", code));
  }

  /**
   * Gives the marketplace a ladder of warnings only, for tests about other features whose one
   * seller collects many upheld notices and must keep listing (the ladder has its own tests).
   */
  public void warningsOnlyLadder(Market m) {
    Map<String, Object> policy = (Map<String, Object>) api.get(m.key(), "/api/v1/marketplaces/" + m.code()
        + "/penalty-policy").json();
    var r = api.put(IntegrationTest.ADMIN_KEY, "/api/v1/marketplaces/" + m.code() + "/penalty-policy",
        Map.of("points", policy.get("points"), "windowDays", policy.get("windowDays"), "ladder",
            List.of(Map.of("points", 1000, "restriction", "WARNING", "maxListings", 0, "suspensionDays", 0))));
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
  }

  public SellerAccount seller(Market m) {
    String id = "s-" + suffix();
    var r = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + id,
        Map.of("displayName", "Seller " + id, "accountType", "BUSINESS", "stores",
            List.of(Map.of("id", "st-" + id, "name", "Store of " + id))));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    UUID uuid = UUID.fromString(r.str("id"));
    return new SellerAccount(id, uuid, key("SELLER", uuid.toString()));
  }

  public String listing(Market m, SellerAccount s, String title) {
    String id = "l-" + suffix();
    var r = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id,
        Map.of("sellerId", s.id(), "storeId", "st-" + s.id(), "title", title, "description", "As described.",
            "brand", "Acme", "category", "shoes", "price", 49.90, "currency", "EUR", "shipFromCountry", "DE"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return id;
  }

  /** A rights holder with one trademark verified by an analyst. */
  public Holder holder() {
    return holder("OWNER");
  }

  public Holder holder(String kind) {
    var r = api.post(null, "/api/v1/rights-holders", Map.of("name", "Brand " + suffix(), "kind", kind,
        "contactName", "IP Counsel", "contactEmail", "ip@brand.example", "country", "FR"));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    UUID id = UUID.fromString(r.str("id"));
    String key = key("RIGHTS_HOLDER", id.toString());
    UUID right = trademark(key, id);
    return new Holder(id, key, right);
  }

  public UUID trademark(String key, UUID owner) {
    var r = api.post(key, "/api/v1/rights-holders/" + owner + "/ip-rights", Map.of("type", "TRADEMARK", "name",
        "ACME", "registrationNumber", "EU" + suffix(), "office", "EUIPO", "jurisdiction", "EU", "classes",
        List.of("25"), "evidence", List.of(Map.of("title", "Registration certificate", "url",
            "https://euipo.example/cert.pdf"))));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    UUID right = UUID.fromString(r.str("id"));
    var v = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/ip-rights/" + right + "/verification",
        Map.of("decision", "VERIFIED", "reason", "Registration checked against the EUIPO register"));
    assertThat(v.status()).as(v.toString()).isEqualTo(200);
    return right;
  }

  /** A brand name no other test uses: a prefix and eight random letters (letters only, so it stays one word). */
  public static String brandName(String prefix) {
    var r = new java.util.Random();
    var b = new StringBuilder(prefix);
    for (int i = 0; i < 8; i++) {
      b.append((char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  /** Proposes the brand profile as the rights holder and approves it as the admin; returns the brand id. */
  /** A Chinese name of three chars from a block of rare ideographs, so that no other test's brand meets it. */
  public static String chineseBrandName() {
    var r = new java.util.Random();
    var b = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      b.append((char) (0x9E80 + r.nextInt(0x100)));
    }
    return b.toString();
  }

  public String approvedBrand(Holder owner, Map<String, ?> profile) {
    var created = api.post(owner.key(), "/api/v1/brands", profile);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String id = created.str("brandId");
    var approved = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/brands/" + id + "/revisions/1/decision",
        Map.of("decision", "APPROVE", "reason", "verified"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    return id;
  }

  /**
   * A listing of the seller that screening blocks: a "watch AAA replica" of a new brand, approved
   * for the occasion with a price floor of 200, at 30 EUR; returns the upsert's answer.
   */
  public Api.Response blockedListing(Market m, SellerAccount s, String listingId) {
    String brand = brandName("Bl");
    approvedBrand(holder(), Map.of("name", brand, "priceFloors", Map.of("watches", 200.0)));
    var blocked = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + listingId, Map.of("sellerId",
        s.id(), "storeId", "st-" + s.id(), "title", brand + " watch AAA replica", "category", "watches", "price", 30,
        "currency", "EUR"));
    assertThat(blocked.str("status")).as(blocked.toString()).isEqualTo("BLOCKED");
    return blocked;
  }

  public String key(String subjectType, String subjectId) {
    var r = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/admin/api-keys",
        Map.of("subjectType", subjectType, "subjectId", subjectId));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.str("key");
  }

  /** Grants an analyst ({@code analyst:<name>}) a permission, as the admin. */
  public void grant(String principal, String permission) {
    var r = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/admin/permissions",
        Map.of("principal", principal, "permission", permission));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  /**
   * Sweeps the whole catalogue and waits for the end; answers the sweep's progress. The tests'
   * scheduler polls hourly, so {@code deadlines} is asked to look for each next chunk.
   */
  public Api.Response sweep(com.steward.platform.scheduling.Deadlines deadlines, String reason) {
    var started = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps", Map.of("reason", reason));
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String id = started.str("id");
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(90)).until(() -> {
      deadlines.checkNow();
      return "DONE".equals(api.get(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps/" + id).str("status"));
    });
    return api.get(IntegrationTest.ADMIN_KEY, "/api/v1/sweeps/" + id);
  }

  /** Signs in to the pages as a new user of the seller. */
  public PageClient sellerPages(int port, SellerAccount seller) {
    String user = "seller-" + suffix();
    var created = api.post(IntegrationTest.ADMIN_KEY, "/api/v1/admin/users", Map.of("username", user, "password",
        "correct horse battery staple", "role", "SELLER", "subjectId", seller.uuid().toString()));
    if (created.status() != 201) {
      throw new IllegalStateException("could not make a seller user: " + created);
    }
    return new PageClient(port).signIn(user, "correct horse battery staple");
  }

  public String analystKey() {
    return key("ANALYST", "analyst-" + suffix());
  }

  /** Files a notice on the given listings and returns the response. */
  public Api.Response notice(Holder h, Market m, String... listingIds) {
    return noticeFor(h, m, "COUNTERFEIT", listingIds);
  }

  /** Files a notice with the given reason on the given listings. */
  public Api.Response noticeFor(Holder h, Market m, String reason, String... listingIds) {
    return api.post(h.key(), "/api/v1/notices", Map.of("ipRightId", h.rightId(), "reason", reason,
        "explanation", "Counterfeit ACME shoes: wrong logo stitching, sold at a fifth of the retail price.",
        "goodFaithDeclaration", true, "items",
        java.util.Arrays.stream(listingIds).map(id -> Map.of("marketplace", m.code(), "listingId", id)).toList()));
  }
}
