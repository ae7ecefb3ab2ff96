package com.steward.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Dummy storefronts behind one identity: linked at registration with the evidence, banned together,
 * a banned person's new store refused, a look-alike held for review, a complaint that lifts a ban.
 */
class LinkageIntegrationTests extends IntegrationTest {

  @Autowired
  JdbcClient jdbc;

  static final String IBAN = "DE44 5001 0517 5407 3249 31";
  static final String PASSPORT = "C01X00T47";

  static Map<String, Object> person(String given, String surname, String email, String phone, String iban,
      String document) {
    var id = new HashMap<String, Object>();
    id.put("givenName", given);
    id.put("surname", surname);
    id.put("dateOfBirth", "1987-03-14");
    id.put("streetNumber", "17");
    id.put("addressLine1", "Lindenstraße");
    id.put("city", "Leipzig");
    id.put("postcode", "04109");
    if (email != null) {
      id.put("email", email);
    }
    if (phone != null) {
      id.put("phone", phone);
    }
    if (iban != null) {
      id.put("paymentAccount", iban);
    }
    if (document != null) {
      id.put("documentNumber", document);
    }
    return id;
  }

  /** The same identifiers at another address and birth date: only the shared identifiers can link them. */
  static Map<String, Object> elsewhere(Map<String, Object> id, String dob, String number, String street,
      String postcode, String city) {
    var out = new HashMap<>(id);
    out.put("dateOfBirth", dob);
    out.put("streetNumber", number);
    out.put("addressLine1", street);
    out.put("postcode", postcode);
    out.put("city", city);
    return out;
  }

  Api.Response register(Fixtures.Market m, String id, Map<String, Object> identity) {
    return api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + id, Map.of("displayName", "Shop " + id,
        "accountType", "PRIVATE", "stores", List.of(Map.of("id", "st-" + id, "name", "Store " + id)), "identity",
        identity));
  }

  Api.Response list(Fixtures.Market m, String seller, String listing) {
    return api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + listing, Map.of("sellerId", seller,
        "storeId", "st-" + seller, "title", "Leather wallet, brown", "price", 19.5, "currency", "EUR"));
  }

  @Test
  void aRingIsLinkedWithItsEvidenceBannedTogetherAndItsNextStoreRefused() {
    var m = fixtures.marketplace();
    String a = "ring-a-" + Fixtures.suffix();
    String b = "ring-b-" + Fixtures.suffix();
    String c = "ring-c-" + Fixtures.suffix();
    var ra = register(m, a, person("Jonas", "Weber", "jonas.weber@example.org", "+49 341 5550101", IBAN, PASSPORT));
    assertThat(ra.status()).as(ra.toString()).isEqualTo(201);
    assertThat(ra.str("linkage.decision")).isEqualTo("ACCEPTED");
    assertThat((List<?>) ra.at("linkage.links")).isEmpty();
    // a second storefront: another name and e-mail, the same bank account
    var rb = register(m, b, elsewhere(person("Lena", "Koch", "deals.lk@example.net", "+49 341 5550199",
        IBAN.replace(" ", ""), null), "1991-11-02", "3", "Bahnhofstraße", "01067", "Dresden"));
    assertThat(rb.str("linkage.decision")).isEqualTo("ACCEPTED");
    assertThat(rb.str("linkage.cluster")).isEqualTo(ra.str("linkage.cluster"));
    assertThat(rb.str("linkage.links[0].sellerId")).isEqualTo(a);
    assertThat((List<Object>) rb.at("linkage.links[0].evidence")).contains("payment_account equal");
    // a third: the phone of the second, written differently
    var rc = register(m, c, elsewhere(person("Mia", "Schulz", "mia.s@example.com", "0049-341-555 0199", null, null),
        "1979-06-30", "88", "Königsallee", "40212", "Düsseldorf"));
    assertThat(rc.str("linkage.cluster")).isEqualTo(ra.str("linkage.cluster"));
    assertThat((List<Object>) rc.at("linkage.links[0].evidence")).contains("phone equal");
    String listingA = fixtures.listing(m, new Fixtures.SellerAccount(a, UUID.fromString(ra.str("id")), ""), "Wallet");

    String cluster = ra.str("linkage.cluster");
    var view = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + b + "/cluster");
    assertThat(view.status()).as(view.toString()).isEqualTo(200);
    assertThat(view.str("id")).isEqualTo(cluster);
    assertThat((List<?>) view.at("members")).hasSize(3);
    assertThat((List<?>) view.at("links")).hasSize(2);

    String analyst = fixtures.analystKey();
    var ban = api.post(analyst, "/api/v1/marketplaces/" + m.code() + "/clusters/" + cluster + "/ban",
        Map.of("reason", "three storefronts paid into one account and sold counterfeit wallets"));
    assertThat(ban.status()).as(ban.toString()).isEqualTo(200);
    assertThat(ban.str("status")).isEqualTo("BANNED");
    assertThat(ban.at("sellersBanned")).isEqualTo(3);
    for (String s : List.of(a, b, c)) {
      assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + s).str("status"))
          .isEqualTo("BANNED");
    }
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + listingA).str("status"))
        .isEqualTo("REMOVED");
    List<Map<String, Object>> statements = jdbc.sql("""
        SELECT tdb::text AS tdb, redress FROM statement_of_reasons WHERE seller_id = :s AND account_decision_id IS NOT NULL
        """).param("s", UUID.fromString(ra.str("id"))).query((rs, n) -> Map.<String, Object>of("tdb", rs.getString("tdb"),
            "redress", rs.getString("redress"))).list();
    assertThat(statements).hasSize(1);
    assertThat((String) statements.getFirst().get("tdb")).contains("DECISION_ACCOUNT_TERMINATED");
    assertThat((String) statements.getFirst().get("redress")).contains("Art. 20");
    assertThat(list(m, b, "l-" + Fixtures.suffix()).status()).isEqualTo(409);

    // the same person comes back with a new store, a new name and e-mail, and the same passport
    String d = "ring-d-" + Fixtures.suffix();
    var rd = register(m, d, elsewhere(person("Jonas", "Webber", "jw.outlet@example.com", null, null, "c01x00t47"),
        "1987-03-14", "5", "Marktplatz", "99084", "Erfurt"));
    assertThat(rd.status()).as(rd.toString()).isEqualTo(201);
    assertThat(rd.str("linkage.decision")).isEqualTo("REFUSED");
    assertThat(rd.str("status")).isEqualTo("BANNED");
    assertThat(rd.str("linkage.reasons[0]")).contains("document_number equal").contains(a);
    assertThat(list(m, d, "l-" + Fixtures.suffix()).status()).isEqualTo(409);
  }

  @Test
  void aLookAlikeOnNamesAloneIsHeldForReviewAndCleared() {
    var m = fixtures.marketplace();
    String a = "orig-" + Fixtures.suffix();
    var ra = register(m, a, person("Sophie", "Hartmann", "sophie.h@example.org", "+49 30 1234567", IBAN, PASSPORT));
    String analyst = fixtures.analystKey();
    api.post(analyst, "/api/v1/marketplaces/" + m.code() + "/clusters/" + ra.str("linkage.cluster") + "/ban",
        Map.of("reason", "counterfeit handbags, three upheld notices"));
    String e = "look-" + Fixtures.suffix();
    var re = register(m, e, person("Sofie", "Hartman", "other.person@example.com", "+49 89 7654321", null, null));
    assertThat(re.str("linkage.decision")).as(re.toString()).isEqualTo("REVIEW");
    assertThat(re.str("status")).isEqualTo("UNDER_REVIEW");
    assertThat(list(m, e, "l-" + Fixtures.suffix()).status()).isEqualTo(409);

    var reviews = api.get(analyst, "/api/v1/linkage-reviews");
    String review = ((List<Map<String, Object>>) reviews.json()).stream().filter(r -> e.equals(r.get("sellerId")))
        .map(r -> String.valueOf(r.get("id"))).findFirst().orElseThrow();
    var bad = api.post(analyst, "/api/v1/linkage-reviews/" + review + "/decision", Map.of("decision", "MAYBE",
        "reason", "not sure"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("decision");
    var cleared = api.post(analyst, "/api/v1/linkage-reviews/" + review + "/decision", Map.of("decision", "CLEAR",
        "reason", "a different person: other birth place and a verified identity document"));
    assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
    assertThat(list(m, e, "l-" + Fixtures.suffix()).status()).isEqualTo(201);
  }

  @Test
  void aComplaintThatSucceedsBringsTheAccountAndItsListingsBack() {
    var m = fixtures.marketplace();
    var seller = fixtures.seller(m);
    var r = register(m, seller.id(), person("Paul", "Becker", "paul.b@example.org", null, IBAN, null));
    String listing = fixtures.listing(m, seller, "Canvas sneakers");
    String analyst = fixtures.analystKey();
    api.post(analyst, "/api/v1/marketplaces/" + m.code() + "/clusters/" + r.str("linkage.cluster") + "/ban",
        Map.of("reason", "linked to a counterfeit ring"));
    var empty = api.post(seller.key(), "/api/v1/ban-appeals", Map.of("explanation", ""));
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("explanation");
    var appeal = api.post(seller.key(), "/api/v1/ban-appeals", Map.of("explanation",
        "The bank account is my employer's payroll account; I run this shop alone."));
    assertThat(appeal.status()).as(appeal.toString()).isEqualTo(201);
    assertThat(api.post(seller.key(), "/api/v1/ban-appeals", Map.of("explanation", "Please look again at my case."))
        .status()).isEqualTo(409);
    assertThat(api.post(seller.key(), "/api/v1/ban-appeals/" + appeal.str("id") + "/decision",
        Map.of("decision", "LIFT", "reason", "mine")).status()).isEqualTo(403);
    var lifted = api.post(analyst, "/api/v1/ban-appeals/" + appeal.str("id") + "/decision", Map.of("decision", "LIFT",
        "reason", "payroll account confirmed by the bank's letter"));
    assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + seller.id()).str("status"))
        .isEqualTo("ACTIVE");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + listing).str("status"))
        .isEqualTo("ACTIVE");
  }

  @Test
  void anotherTenantSeesNoClusterAndSellersCannotBan() {
    var m = fixtures.marketplace();
    var other = fixtures.marketplace();
    var seller = fixtures.seller(m);
    var r = register(m, seller.id(), person("Eva", "Lang", "eva.l@example.org", null, null, null));
    String cluster = r.str("linkage.cluster");
    assertThat(api.get(other.key(), "/api/v1/marketplaces/" + m.code() + "/clusters/" + cluster).status())
        .isIn(403, 404);
    assertThat(api.get(other.key(), "/api/v1/marketplaces/" + other.code() + "/clusters/" + cluster).status())
        .isEqualTo(404);
    assertThat(api.get(other.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + seller.id() + "/cluster")
        .status()).isIn(403, 404);
    assertThat(api.get(seller.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + seller.id() + "/cluster")
        .status()).isEqualTo(403);
    assertThat(api.post(m.key(), "/api/v1/marketplaces/" + m.code() + "/clusters/" + cluster + "/ban",
        Map.of("reason", "we think so")).status()).isEqualTo(403);
    assertThat(api.get(m.key(), "/api/v1/linkage-reviews").status()).isEqualTo(403);
    // the same identity on another marketplace is a cluster of its own there
    var there = register(other, "twin-" + Fixtures.suffix(), person("Eva", "Lang", "eva.l@example.org", null, null,
        null));
    assertThat(there.str("linkage.cluster")).isNotEqualTo(cluster);
    assertThat((List<?>) there.at("linkage.links")).isEmpty();
  }

  @Test
  void badIdentifiersAreRefusedWithTheFieldAndNothingIsSaved() {
    var m = fixtures.marketplace();
    String id = "bad-" + Fixtures.suffix();
    var r = register(m, id, Map.of("email", "not an address", "dateOfBirth", "14.03.1987", "phone",
        "x".repeat(41)));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.body()).contains("identity.email").contains("identity.dateOfBirth").contains("identity.phone");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + id).status()).isEqualTo(404);
    var none = register(m, id, Map.of());
    assertThat(none.status()).isEqualTo(400);
    assertThat(none.body()).contains("identity");
  }

  @Test
  void aRescanReportsProgressAndKeepsTheClusters() {
    var m = fixtures.marketplace();
    var r1 = register(m, "rs-1-" + Fixtures.suffix(), person("Tom", "Wagner", "t.w@example.org", null, IBAN, null));
    var r2 = register(m, "rs-2-" + Fixtures.suffix(), elsewhere(person("Tim", "Wagner", "t.w2@example.org", null, IBAN,
        null), "1990-09-09", "2", "Domplatz", "48143", "Münster"));
    register(m, "rs-3-" + Fixtures.suffix(), elsewhere(person("Ute", "Braun", "ute@example.org", "+49 40 111222", null,
        null), "1965-01-20", "12", "Mönckebergstraße", "20095", "Hamburg"));
    assertThat(r2.str("linkage.cluster")).isEqualTo(r1.str("linkage.cluster"));
    String analyst = fixtures.analystKey();
    var start = api.post(analyst, "/api/v1/marketplaces/" + m.code() + "/linkage-rescans", Map.of());
    assertThat(start.status()).as(start.toString()).isEqualTo(202);
    String path = "/api/v1/marketplaces/" + m.code() + "/linkage-rescans/" + start.str("id");
    deadlines.checkNow();
    Api.Response done = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
        .pollInterval(java.time.Duration.ofMillis(100)).until(() -> api.get(analyst, path),
            r -> "DONE".equals(r.str("status")));
    assertThat(done.str("status")).as(done.toString()).isEqualTo("DONE");
    assertThat(done.at("total")).isEqualTo(3);
    assertThat(done.at("done")).isEqualTo(3);
    assertThat(done.at("clusters")).isEqualTo(2);
    assertThat(done.at("changed")).isEqualTo(0);
    assertThat(api.get(m.key(), path).status()).isEqualTo(403);
  }

  @Autowired
  com.steward.platform.scheduling.Deadlines deadlines;
}
