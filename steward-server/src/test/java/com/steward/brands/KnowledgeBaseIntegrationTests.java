package com.steward.brands;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.rules.Screener;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The knowledge base as data: a public brand dictionary imported in one step, searched by staff
 * and by owners within their scope, and the suspicious-term list kept per language.
 */
class KnowledgeBaseIntegrationTests extends IntegrationTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  private static final String HEADER =
      "display_name,brand,brand_wikidata,osm_category,location_include,localized_names,match_names,nsi_id\n";

  @Test
  @SuppressWarnings("unchecked")
  void aNameSuggestionIndexFileImportsAsApprovedBrandsThatScreeningUsesAtOnce() {
    var owner = fixtures.holder();
    String taken = Fixtures.brandName("Kb");
    fixtures.approvedBrand(owner, Map.of("name", taken));
    String kestrel = Fixtures.brandName("Kestrel");
    String zh = "隼" + kestrel.substring(7);
    String heron = Fixtures.brandName("Heron");
    String fuel = Fixtures.brandName("Fuel");
    String csv = HEADER
        + kestrel + "," + kestrel + ",Q9900001,shop/clothes,001,zh=" + zh + "," + kestrel.toLowerCase() + " sport,k-1\n"
        + kestrel + " Outlet," + kestrel + ",Q9900001,shop/shoes,us,,,k-2\n"
        + heron + "," + heron + ",,shop/bag,gb,,,h-1\n"
        + taken + "," + taken + ",Q9900002,shop/clothes,001,,,t-1\n"
        + fuel + "," + fuel + ",Q9900003,amenity/fuel,de,,,f-1\n"
        + "No brand,,,shop/clothes,001,,,n-1\n"
        + "Yellow,Yellow,Q9900004,shop/clothes,001,,,y-1\n"
        + "X,X,Q9900005,shop/clothes,001,,,x-1\n"
        + "XL,XL,Q9900006,shop/clothes,001,,,xl-1\n";

    assertThat(upload(fixtures.analystKey(), csv, "shop/").status()).as("administrators import").isEqualTo(403);
    assertThat(upload(owner.key(), csv, "shop/").status()).isEqualTo(403);

    var imported = upload(ADMIN_KEY, csv, "shop/");
    assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
    assertThat(imported.str("imported")).as("two shop brands are new; an ordinary word, a letter and a size are left out")
        .isEqualTo("2");
    assertThat(imported.str("alreadyKnown")).isEqualTo("1");

    var found = api.get(ADMIN_KEY, "/api/v1/brands?q=" + kestrel);
    assertThat(found.str("[0].name")).isEqualTo(kestrel);
    assertThat(found.str("[0].source")).isEqualTo("IMPORTED");
    assertThat(found.str("[0].externalId")).isEqualTo("Q9900001");
    assertThat(found.str("[0].activeRevision")).isEqualTo("1");
    String id = found.str("[0].id");
    var revision = api.get(ADMIN_KEY, "/api/v1/brands/" + id + "/revisions");
    assertThat(revision.str("[0].status")).isEqualTo("APPROVED");
    assertThat((List<Object>) revision.at("[0].profile.aliases")).as("outlet name, Chinese name, match name")
        .containsExactlyInAnyOrder(kestrel + " Outlet", zh, kestrel.toLowerCase() + " sport");
    assertThat((List<?>) api.get(ADMIN_KEY, "/api/v1/brands?q=" + fuel).json()).as("left out by category").isEmpty();
    assertThat(api.get(ADMIN_KEY, "/api/v1/audit?subjectType=brand_import&subjectId=" + imported.str("importId"))
        .str("[0].action")).as("one audit entry for the whole file").isEqualTo("brand.imported");

    var replica = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", Map.of("marketplace", "kb", "listingId", "1",
        "sellerId", "s-1", "title", "高仿" + zh + "运动鞋 2026新款"));
    assertThat(replica.str("action")).as(replica.toString()).isEqualTo("BLOCK");
    assertThat(replica.str("brand")).isEqualTo(kestrel);

    assertThat(api.get(owner.key(), "/api/v1/brands?q=" + kestrel).json()).as("not the owner's brand")
        .isEqualTo(List.of());
    assertThat(api.get(owner.key(), "/api/v1/brands?q=" + taken).str("[0].name")).isEqualTo(taken);
    assertThat(api.get(fixtures.holder().key(), "/api/v1/brands?q=" + taken).json())
        .as("another holder does not see it").isEqualTo(List.of());
    var m = fixtures.marketplace();
    assertThat(api.get(m.key(), "/api/v1/brands").status()).isEqualTo(403);

    var wrong = upload(ADMIN_KEY, "name,wikidata\nAcme,Q1\n", "");
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.body()).contains("\"file\"", "display_name");
    var unterminated = upload(ADMIN_KEY, HEADER + "\"Acme,Acme,Q1,shop/x,001,,,a-1\n", "");
    assertThat(unterminated.status()).as(unterminated.toString()).isEqualTo(400);
    assertThat(unterminated.str("field")).isEqualTo("file");
    assertThat(unterminated.body()).as("the reader's words, not its class names").doesNotContain("org.apache");
  }

  @Test
  void anImportedBrandBecomesTheClaimantsOnceAnAnalystApprovesTheClaim() {
    String name = Fixtures.brandName("Claim");
    var imported = upload(ADMIN_KEY, HEADER + name + "," + name + ",Q9900010,shop/clothes,001,,,c-1\n", "shop/");
    assertThat(imported.str("imported")).isEqualTo("1");
    String id = api.get(ADMIN_KEY, "/api/v1/brands?q=" + name).str("[0].id");
    var owner = fixtures.holder();
    var rival = fixtures.holder();
    assertThat(api.post(fixtures.analystKey(), "/api/v1/brands/" + id + "/claim", Map.of()).status())
        .as("rights holders claim").isEqualTo(403);
    var claim = api.post(owner.key(), "/api/v1/brands/" + id + "/claim", Map.of());
    assertThat(claim.status()).as(claim.toString()).isEqualTo(201);
    assertThat(api.post(rival.key(), "/api/v1/brands/" + id + "/claim", Map.of()).status())
        .as("a second claim may wait too").isEqualTo(201);
    assertThat(api.get(owner.key(), "/api/v1/brands?q=" + name).json()).as("not the owner's yet").isEqualTo(List.of());

    var pending = api.get(ADMIN_KEY, "/api/v1/brands/" + id + "/revisions");
    assertThat(pending.str("[1].claimedFor")).isEqualTo(owner.id().toString());
    var approved = api.post(ADMIN_KEY, "/api/v1/brands/" + id + "/revisions/" + claim.str("revision") + "/decision",
        Map.of("decision", "APPROVE", "reason", "Trademark register shows the claimant as proprietor"));
    assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
    assertThat(api.get(owner.key(), "/api/v1/brands?q=" + name).str("[0].ownerId")).isEqualTo(owner.id().toString());
    assertThat(api.post(ADMIN_KEY, "/api/v1/brands/" + id + "/revisions/3/decision",
        Map.of("decision", "APPROVE", "reason", "no")).status()).as("the rival's claim cannot pass now").isEqualTo(409);
    assertThat(api.post(rival.key(), "/api/v1/brands/" + id + "/claim", Map.of()).status()).isEqualTo(409);

    var seen = api.get(owner.key(), "/api/v1/brands/" + id + "/revisions");
    assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
    assertThat(seen.body()).contains(owner.id().toString())
        .as("another rights holder's claim stays between it and the analysts").doesNotContain(rival.id().toString());
    assertThat(api.get(ADMIN_KEY, "/api/v1/brands/" + id + "/revisions").body()).contains(rival.id().toString());
  }

  @Test
  void dictionaryNamesAloneReferAndBlockOnceTheirOwnerClaimedThem() {
    String a = Fixtures.brandName("Alder");
    String b = Fixtures.brandName("Birch");
    String c = Fixtures.brandName("Cedar");
    var imported = upload(ADMIN_KEY, HEADER + a + "," + a + ",,shop/clothes,001,,,a-1\n" + b + "," + b
        + ",,shop/clothes,001,,,b-1\n" + c + "," + c + ",,shop/clothes,001,,,c-1\n", "shop/");
    assertThat(imported.str("imported")).isEqualTo("3");
    Map<String, Object> stuffed = Map.of("marketplace", "kb", "listingId", "1", "sellerId", "s-1",
        "title", "Hoodie " + a + " " + b + " " + c + " sweatshirt", "category", "clothes", "price", 30.0);
    var before = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", stuffed);
    assertThat(before.str("action")).as("no rights holder behind the names: " + before).isEqualTo("REFER");
    assertThat(before.body()).contains("brand-stuffing");

    var owner = fixtures.holder();
    String id = api.get(ADMIN_KEY, "/api/v1/brands?q=" + a).str("[0].id");
    var claim = api.post(owner.key(), "/api/v1/brands/" + id + "/claim", Map.of());
    assertThat(api.post(ADMIN_KEY, "/api/v1/brands/" + id + "/revisions/" + claim.str("revision") + "/decision",
        Map.of("decision", "APPROVE", "reason", "Registered proprietor")).status()).isEqualTo(200);
    var after = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", stuffed);
    assertThat(after.str("action")).as(after.toString()).isEqualTo("BLOCK");
    assertThat(after.str("brand")).isEqualTo(a);
  }

  @Test
  void suspiciousTermsAreDataPerLanguageAndScreeningFollowsTheirChanges() {
    var terms = api.get(ADMIN_KEY, "/api/v1/suspicious-terms");
    Set<String> listed = new HashSet<>();
    for (Object t : (List<?>) terms.json()) {
      listed.add(String.valueOf(((Map<?, ?>) t).get("term")));
    }
    assertThat(listed).as("seeded with the command line's defaults").containsExactlyInAnyOrderElementsOf(
        Screener.DEFAULT_SUSPICIOUS_TERMS);
    assertThat(terms.body()).contains("{\"term\":\"高仿\",\"language\":\"zh\"");

    var h = fixtures.holder();
    String brand = Fixtures.brandName("St");
    fixtures.approvedBrand(h, Map.of("name", brand));
    String word = "lookalike" + Fixtures.brandName("");
    Map<String, Object> listing = Map.of("marketplace", "st", "listingId", "1", "sellerId", "s-1",
        "title", brand + " handbag " + word);
    assertThat(api.post(ADMIN_KEY, "/api/v1/screening/dry-run", listing).str("action")).isEqualTo("ALLOW");

    String plainName = "analyst-" + Fixtures.suffix();
    String plain = fixtures.key("ANALYST", plainName);
    String analystName = "analyst-" + Fixtures.suffix();
    String analyst = fixtures.key("ANALYST", analystName);
    fixtures.grant("analyst:" + analystName, "RULES_PUBLISH");
    assertThat(api.post(h.key(), "/api/v1/suspicious-terms", Map.of("term", word, "language", "en")).status())
        .isEqualTo(403);
    var unpermitted = api.post(plain, "/api/v1/suspicious-terms", Map.of("term", word, "language", "en"));
    assertThat(unpermitted.status()).as("a term is in force at once, as a published rule set: it takes RULES_PUBLISH")
        .isEqualTo(403);
    assertThat(unpermitted.body()).contains("RULES_PUBLISH");
    assertThat(api.send(plain, "DELETE", "/api/v1/suspicious-terms?term=replica", null, null, Map.of()).status())
        .isEqualTo(403);
    assertThat(api.post(analyst, "/api/v1/suspicious-terms", Map.of("term", word, "language", "English")).body())
        .contains("\"language\"");
    var dashes = api.post(analyst, "/api/v1/suspicious-terms", Map.of("term", " -- ", "language", "en"));
    assertThat(dashes.status()).as("a term without a letter or digit: " + dashes).isEqualTo(400);
    assertThat(dashes.str("field")).isEqualTo("term");
    assertThat(api.post(analyst, "/api/v1/suspicious-terms", Map.of("term", word, "language", "en")).status())
        .isEqualTo(201);
    try {
      assertThat(api.post(analyst, "/api/v1/suspicious-terms", Map.of("term", word, "language", "en")).status())
          .isEqualTo(409);
      var blocked = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", listing);
      assertThat(blocked.str("action")).as(blocked.toString()).isEqualTo("BLOCK");
      assertThat(blocked.body()).contains("suspicious-term");
    } finally {
      assertThat(api.send(analyst, "DELETE", "/api/v1/suspicious-terms?term=" + word, null, null, Map.of()).status())
          .isEqualTo(204);
    }
    assertThat(api.post(ADMIN_KEY, "/api/v1/screening/dry-run", listing).str("action")).isEqualTo("ALLOW");
    assertThat(api.send(analyst, "DELETE", "/api/v1/suspicious-terms?term=" + word, null, null, Map.of()).status())
        .isEqualTo(404);
    assertThat(api.send(analyst, "DELETE", "/api/v1/suspicious-terms?term=a%00b", null, null, Map.of()).status())
        .as("a control char is no term").isEqualTo(404);
  }

  @Test
  void aChangeCommittedByAnotherNodeReachesThisNodesScreeningWithinSeconds() throws InterruptedException {
    var h = fixtures.holder();
    String brand = Fixtures.brandName("Nd");
    fixtures.approvedBrand(h, Map.of("name", brand));
    String word = "othernode" + Fixtures.brandName("");
    Map<String, Object> listing = Map.of("marketplace", "nd", "listingId", "1", "sellerId", "s-1",
        "title", brand + " scarf " + word);
    assertThat(api.post(ADMIN_KEY, "/api/v1/screening/dry-run", listing).str("action")).isEqualTo("ALLOW");
    // Another node's commit: no event reaches this node, only the row.
    jdbc.sql("INSERT INTO suspicious_term (term, language, added_by, added_at) VALUES (:t, 'en', 'analyst:elsewhere', now())")
        .param("t", word).update();
    try {
      String action = "ALLOW";
      for (int i = 0; i < 40 && action.equals("ALLOW"); i++) {
        Thread.sleep(250);
        action = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", listing).str("action");
      }
      assertThat(action).as("seen within ten seconds").isEqualTo("BLOCK");
    } finally {
      jdbc.sql("DELETE FROM suspicious_term WHERE term = :t").param("t", word).update();
    }
  }

  @Test
  void anImportIsUtf8WithOrWithoutAByteOrderMarkAndRefusesBadIdsAndLineBreaks() {
    String a = Fixtures.brandName("Bom");
    String rows = HEADER + a + "," + a + ",Q9900100,shop/clothes,001,,,bom-1\n";
    byte[] utf8 = rows.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);
    var bom = api.upload(ADMIN_KEY, "/api/v1/brands:import", "nsi.csv", withBom, Map.of());
    assertThat(bom.status()).as("Excel's CSV UTF-8 starts with a byte-order mark: " + bom).isEqualTo(201);
    assertThat(bom.str("imported")).isEqualTo("1");

    String b = Fixtures.brandName("Lat");
    byte[] latin1 = (HEADER + b + "\u00e9," + b + "\u00e9,Q9900101,shop/clothes,001,,,lat-1\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    var notUtf8 = api.upload(ADMIN_KEY, "/api/v1/brands:import", "nsi.csv", latin1, Map.of());
    assertThat(notUtf8.status()).as(notUtf8.toString()).isEqualTo(400);
    assertThat(notUtf8.str("field")).isEqualTo("file");
    assertThat(notUtf8.body()).contains("UTF-8");

    String c = Fixtures.brandName("Nul");
    String d = Fixtures.brandName("Frm");
    String e = Fixtures.brandName("Brk");
    var odd = upload(ADMIN_KEY, HEADER + c + "," + c + ",Q9\u0000x,shop/clothes,001,,,nul-1\n"
        + d + "," + d + ",\"=HYPERLINK(\"\"http://evil.example\"\")\",shop/clothes,001,,,frm-1\n"
        + "\"" + e + "\nline\"," + e + ",Q9900102,shop/clothes,001,,,brk-1\n", "");
    assertThat(odd.status()).as(odd.toString()).isEqualTo(201);
    assertThat(odd.str("imported")).isEqualTo("0");
    assertThat(odd.str("invalid")).isEqualTo("3");

    String renamed = Fixtures.brandName("Ren");
    var first = upload(ADMIN_KEY, HEADER + renamed + "," + renamed + ",Q9900103,shop/clothes,001,,,ren-1\n", "");
    assertThat(first.str("imported")).as(first.toString()).isEqualTo("1");
    var again = upload(ADMIN_KEY, HEADER + renamed + " Group," + renamed + " Group,Q9900103,shop/clothes,001,,,ren-1\n",
        "");
    assertThat(again.str("imported")).as("a later edition of the dictionary renamed the brand; its Wikidata id is"
        + " the same brand: " + again).isEqualTo("0");
    assertThat(again.str("alreadyKnown")).isEqualTo("1");
    assertThat((List<?>) api.get(ADMIN_KEY, "/api/v1/brands?q=" + renamed).json()).hasSize(1);

    var h = fixtures.holder();
    var twoLines = api.post(h.key(), "/api/v1/brands", Map.of("name", Fixtures.brandName("Two") + "\nMark",
        "aliases", List.of("two\tparts")));
    assertThat(twoLines.status()).isEqualTo(400);
    assertThat(twoLines.body()).contains("\"name\"", "aliases[0]");
  }

  private com.steward.support.Api.Response upload(String key, String csv, String categories) {
    return api.upload(key, "/api/v1/brands:import", "nsi.csv", csv.getBytes(StandardCharsets.UTF_8),
        categories.isEmpty() ? Map.of() : Map.of("categories", categories));
  }
}
