package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rule sets are versioned data: authors draft, someone else publishes, screening follows the
 * published version at once, and a retired version can be published again to roll back.
 */
class RuleSetIntegrationTests extends IntegrationTest {

  @Test
  void anAuthorDraftsAnotherPublisherPublishesAndScreeningFollows() {
    String authorName = "analyst-" + Fixtures.suffix();
    String publisherName = "analyst-" + Fixtures.suffix();
    String author = fixtures.key("ANALYST", authorName);
    String publisher = fixtures.key("ANALYST", publisherName);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("Rs");
    fixtures.approvedBrand(h, Map.of("name", brand));
    Map<String, Object> listing = Map.of("marketplace", "rs", "listingId", "rs-1", "sellerId", "someone",
        "title", brand + " backpack, barely used");

    var before = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", listing);
    assertThat(before.str("action")).as(before.toString()).isEqualTo("ALLOW");
    String previous = before.str("ruleSetVersion");

    String version = "strict-" + Fixtures.suffix();
    var draft = stricterThanInUse(version);
    assertThat(api.post(author, "/api/v1/rule-sets", draft).status())
        .as("an analyst without RULES_AUTHOR may not draft").isEqualTo(403);
    fixtures.grant("analyst:" + authorName, "RULES_AUTHOR");
    fixtures.grant("analyst:" + publisherName, "RULES_PUBLISH");

    var created = api.post(author, "/api/v1/rule-sets", draft);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.str("status")).isEqualTo("DRAFT");
    assertThat(created.str("authoredBy")).isEqualTo("analyst:" + authorName);
    assertThat(created.str("ruleSet.rules[0].weight")).isEqualTo("0.9");
    assertThat(api.post(author, "/api/v1/rule-sets", draft).status()).as("versions are unique").isEqualTo(409);

    // a stored listing the draft would block: the backtest has at least this change to show
    var m = fixtures.marketplace();
    var seller = fixtures.seller(m);
    assertThat(api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/rs-stored", Map.of("sellerId",
        seller.id(), "storeId", "st-" + seller.id(), "title", brand + " backpack, barely used")).str("status"))
        .isEqualTo("ACTIVE");
    var backtest = api.post(publisher, "/api/v1/rule-sets/" + version + "/backtest?limit=100000", Map.of());
    assertThat(backtest.status()).as(backtest.toString()).isEqualTo(200);
    assertThat(backtest.str("draftVersion")).isEqualTo(version);
    assertThat(backtest.str("changesOnActiveListings.ALLOW->BLOCK")).as(backtest.toString()).isNotBlank();
    assertThat(backtest.str("samples[0].status")).as("a sample says whether the listing is live").isNotBlank();

    assertThat(api.post(author, "/api/v1/rule-sets/" + version + "/publish", Map.of()).status())
        .as("the author lacks RULES_PUBLISH").isEqualTo(403);
    fixtures.grant("analyst:" + authorName, "RULES_PUBLISH");
    var own = api.post(author, "/api/v1/rule-sets/" + version + "/publish", Map.of());
    assertThat(own.status()).as("nobody publishes their own rules").isEqualTo(403);
    assertThat(api.post(ADMIN_KEY, "/api/v1/screening/dry-run", listing).str("action"))
        .as("a draft changes nothing").isEqualTo("ALLOW");

    try {
      var published = api.post(publisher, "/api/v1/rule-sets/" + version + "/publish",
          Map.of("digest", api.get(publisher, "/api/v1/rule-sets/" + version).str("digest")));
      assertThat(published.status()).as(published.toString()).isEqualTo(200);
      assertThat(published.str("status")).isEqualTo("PUBLISHED");
      assertThat(published.str("publishedBy")).isEqualTo("analyst:" + publisherName);
      String sweepId = published.str("sweepId");
      assertThat(api.get(ADMIN_KEY, "/api/v1/sweeps/" + sweepId).str("reason")).contains(version);

      var after = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", listing);
      assertThat(after.str("action")).as(after.toString()).isEqualTo("BLOCK");
      assertThat(after.str("ruleSetVersion")).isEqualTo(version);
      assertThat(api.get(ADMIN_KEY, "/api/v1/rule-sets/" + previous).str("status")).isEqualTo("RETIRED");
      assertThat(api.get(publisher, "/api/v1/rule-sets").str("[0].version")).as("the one in use comes first")
          .isEqualTo(version);
      assertThat(api.put(author, "/api/v1/rule-sets/" + version, draft).status())
          .as("a published rule set does not change").isEqualTo(409);
      assertThat(api.get(ADMIN_KEY, "/api/v1/audit/verify").str("valid")).isEqualTo("true");
      commandLineDecidesAsTheServer(brand, listing, after, version);
    } finally {
      var rollback = api.post(publisher, "/api/v1/rule-sets/" + previous + "/publish", Map.of("sweep", false));
      assertThat(rollback.status()).as(rollback.toString()).isEqualTo(200);
    }
    var rolledBack = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", listing);
    assertThat(rolledBack.str("ruleSetVersion")).isEqualTo(previous);
    assertThat(rolledBack.str("action")).isEqualTo("ALLOW");
    assertThat(api.get(ADMIN_KEY, "/api/v1/rule-sets/" + version).str("status")).isEqualTo("RETIRED");
  }

  /**
   * With the published rule set and the suspicious terms exported from the API, the command line
   * decides as the server: on the listing the new rules block, and on one whose only suspicious
   * term is one the analysts added.
   */
  private void commandLineDecidesAsTheServer(String brand, Map<String, Object> listing, Api.Response decided,
      String version) {
    String term = "dupe" + Fixtures.suffix().chars().mapToObj(c -> String.valueOf((char) ('a' + c % 26)))
        .collect(java.util.stream.Collectors.joining());
    assertThat(api.post(ADMIN_KEY, "/api/v1/suspicious-terms", Map.of("term", term, "language", "en")).status())
        .isEqualTo(201);
    try {
      Map<String, Object> second = new java.util.HashMap<>(listing);
      second.put("listingId", "rs-2");
      second.put("title", brand + " sneakers " + term);
      var secondDecided = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", second);
      assertThat(secondDecided.str("rules")).contains("suspicious-term");
      java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("screen");
      java.nio.file.Path brands = java.nio.file.Files.writeString(dir.resolve("brands.json"),
          Api.JSON.writeValueAsString(List.of(Map.of("name", brand))));
      java.nio.file.Path rules = java.nio.file.Files.writeString(dir.resolve("rules.json"),
          api.get(ADMIN_KEY, "/api/v1/rule-sets/" + version).body());
      java.nio.file.Path terms = java.nio.file.Files.writeString(dir.resolve("terms.json"),
          api.get(ADMIN_KEY, "/api/v1/suspicious-terms").body());
      java.nio.file.Path in = java.nio.file.Files.writeString(dir.resolve("listings.jsonl"),
          Api.JSON.writeValueAsString(listing) + "\n" + Api.JSON.writeValueAsString(second) + "\n");
      java.nio.file.Path out = dir.resolve("decisions.jsonl");
      assertThat(ScreenCommand.run(brands, rules, terms, in, out)).isZero();
      var lines = java.nio.file.Files.readAllLines(out);
      assertThat(Api.JSON.readValue(lines.get(0), Map.class)).as("the published rules").isEqualTo(decided.json());
      assertThat(Api.JSON.readValue(lines.get(1), Map.class)).as("the analysts' term")
          .isEqualTo(secondDecided.json());
      assertThat(ScreenCommand.run(brands, in, out)).isZero();
      assertThat(java.nio.file.Files.readAllLines(out).get(0)).as("without them, the standard rules")
          .contains("\"action\":\"ALLOW\"");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally { // the database is shared with the other tests, which expect the seeded list
      api.send(ADMIN_KEY, "DELETE", "/api/v1/suspicious-terms?term=" + term, null, null, Map.of());
    }
  }

  @Test
  void draftsAreCheckedRevisedAndWithdrawnAndOnlyStaffSeeThem() {
    String name = "analyst-" + Fixtures.suffix();
    String author = fixtures.key("ANALYST", name);
    fixtures.grant("analyst:" + name, "RULES_AUTHOR");
    String version = "wip-" + Fixtures.suffix();
    var draft = stricterThanInUse(version);

    var broken = new LinkedHashMap<String, Object>(draft);
    broken.put("rules", List.of(Map.of("id", "r1", "weight", 0, "when", Map.of("is", "NOPE"))));
    var refused = api.post(author, "/api/v1/rule-sets", broken);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.body()).contains("rules[0].weight", "rules[0].when.is");
    var badVersion = new LinkedHashMap<String, Object>(draft);
    badVersion.put("version", "../etc");
    assertThat(api.post(author, "/api/v1/rule-sets", badVersion).body()).contains("\"version\"");
    assertThat(api.post(author, "/api/v1/rule-sets", List.of()).status()).isEqualTo(400);
    var infinite = api.post(author, "/api/v1/rule-sets", """
        {"version":"inf-%s","rules":[{"id":"r1","weight":0.5,
          "when":{"atLeast":{"measure":"DISTINCT_BRANDS","value":1e400}}}]}""".formatted(Fixtures.suffix()));
    assertThat(infinite.status()).as(infinite.toString()).isEqualTo(400);
    assertThat(infinite.body()).contains("rules[0].when.atLeast.value", "a finite number");
    var nul = new LinkedHashMap<String, Object>(draft);
    nul.put("version", version + "-nul");
    nul.put("rules", List.of(Map.of("id", "r\u0000", "weight", 0.5, "when", Map.of("is", "SUSPICIOUS_TERM"))));
    assertThat(api.post(author, "/api/v1/rule-sets", nul).body()).contains("rules[0].id", "control characters");
    var unknownBase = new LinkedHashMap<String, Object>(draft);
    unknownBase.put("basedOn", "default\u0000");
    var refusedBase = api.post(author, "/api/v1/rule-sets", unknownBase);
    assertThat(refusedBase.status()).as(refusedBase.toString()).isEqualTo(400);
    assertThat(refusedBase.str("field")).isEqualTo("basedOn");
    var noNote = new LinkedHashMap<String, Object>(draft);
    noNote.put("version", version + "-nonote");
    noNote.put("note", "");
    var withoutNote = api.post(author, "/api/v1/rule-sets", noNote);
    assertThat(withoutNote.status()).as("the note is optional: " + withoutNote).isEqualTo(201);
    api.send(author, "DELETE", "/api/v1/rule-sets/" + version + "-nonote", null, null, Map.of());

    assertThat(api.post(author, "/api/v1/rule-sets", draft).status()).isEqualTo(201);
    var revised = new LinkedHashMap<String, Object>(draft);
    revised.put("note", "lower the stuffing bar");
    assertThat(api.put(author, "/api/v1/rule-sets/" + version, revised).str("note")).isEqualTo("lower the stuffing bar");
    var renamed = new LinkedHashMap<String, Object>(draft);
    renamed.put("version", version + "-b");
    assertThat(api.put(author, "/api/v1/rule-sets/" + version, renamed).status()).isEqualTo(400);

    var h = fixtures.holder();
    var m = fixtures.marketplace();
    assertThat(api.get(h.key(), "/api/v1/rule-sets").status()).isEqualTo(403);
    assertThat(api.get(m.key(), "/api/v1/rule-sets/" + version).status()).isEqualTo(403);
    assertThat(api.post(h.key(), "/api/v1/rule-sets", draft).status()).isEqualTo(403);
    assertThat(api.post(m.key(), "/api/v1/rule-sets/" + version + "/publish", Map.of()).status()).isEqualTo(403);
    assertThat(api.post(author, "/api/v1/admin/permissions",
        Map.of("principal", "analyst:" + name, "permission", "RULES_PUBLISH")).status())
        .as("only admins grant permissions").isEqualTo(403);

    assertThat(api.send(author, "DELETE", "/api/v1/rule-sets/" + version, null, null, Map.of()).str("status"))
        .isEqualTo("WITHDRAWN");
    assertThat(api.post(ADMIN_KEY, "/api/v1/rule-sets/" + version + "/publish", Map.of()).status())
        .as("a withdrawn draft is not published").isEqualTo(409);
  }

  /** The rule set in use, as a new version whose unauthorised-mention rule blocks on its own. */
  @SuppressWarnings("unchecked")
  @Test
  void whoeverWroteAnyOfADraftMayNotPublishItAndADraftChangedSinceItWasReadIsNotPublished() {
    String firstName = "analyst-" + Fixtures.suffix();
    String secondName = "analyst-" + Fixtures.suffix();
    String reviewerName = "analyst-" + Fixtures.suffix();
    String first = fixtures.key("ANALYST", firstName);
    String second = fixtures.key("ANALYST", secondName);
    String reviewer = fixtures.key("ANALYST", reviewerName);
    fixtures.grant("analyst:" + firstName, "RULES_AUTHOR");
    fixtures.grant("analyst:" + firstName, "RULES_PUBLISH");
    fixtures.grant("analyst:" + secondName, "RULES_AUTHOR");
    fixtures.grant("analyst:" + reviewerName, "RULES_PUBLISH");
    String version = "four-eyes-" + Fixtures.suffix();
    var draft = stricterThanInUse(version);
    assertThat(api.post(first, "/api/v1/rule-sets", draft).status()).isEqualTo(201);
    var touched = new LinkedHashMap<String, Object>(draft);
    touched.put("note", "a comma moved");
    var revised = api.put(second, "/api/v1/rule-sets/" + version, touched);
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(revised.str("authoredBy")).isEqualTo("analyst:" + secondName);
    assertThat(revised.str("authors")).contains("analyst:" + firstName).contains("analyst:" + secondName);

    var own = api.post(first, "/api/v1/rule-sets/" + version + "/publish", Map.of("digest", revised.str("digest")));
    assertThat(own.status()).as("the first author, though another edited last, does not publish").isEqualTo(403);
    assertThat(own.body()).contains("wrote none of it");

    String reviewed = api.get(reviewer, "/api/v1/rule-sets/" + version).str("digest");
    var unnamed = api.post(reviewer, "/api/v1/rule-sets/" + version + "/publish", Map.of("sweep", false));
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.str("field")).isEqualTo("digest");
    var changed = new LinkedHashMap<String, Object>(draft);
    var rules = new ArrayList<Object>((List<Object>) draft.get("rules"));
    var firstRule = new LinkedHashMap<String, Object>((Map<String, Object>) rules.getFirst());
    firstRule.put("weight", 1.0);
    rules.set(0, firstRule);
    changed.put("rules", rules);
    assertThat(api.put(second, "/api/v1/rule-sets/" + version, changed).status()).isEqualTo(200);
    var stale = api.post(reviewer, "/api/v1/rule-sets/" + version + "/publish",
        Map.of("digest", reviewed, "sweep", false));
    assertThat(stale.status()).as("the rules changed after the reviewer read them").isEqualTo(409);
    assertThat(stale.str("field")).isEqualTo("digest");
    assertThat(api.get(reviewer, "/api/v1/rule-sets/" + version).str("status")).isEqualTo("DRAFT");
    assertThat(api.send(second, "DELETE", "/api/v1/rule-sets/" + version, null, null, Map.of()).status())
        .as("withdrawn").isEqualTo(200);
  }

  private Map<String, Object> stricterThanInUse(String version) {
    var list = api.get(ADMIN_KEY, "/api/v1/rule-sets");
    var inUse = api.get(ADMIN_KEY, "/api/v1/rule-sets/" + list.str("[0].version"));
    var body = new LinkedHashMap<String, Object>((Map<String, Object>) inUse.at("ruleSet"));
    body.put("version", version);
    body.put("basedOn", inUse.str("version"));
    var rules = new ArrayList<Object>();
    for (Object r : (List<Object>) body.get("rules")) {
      var rule = new LinkedHashMap<String, Object>((Map<String, Object>) r);
      if ("unauthorised-mention".equals(rule.get("id"))) {
        rule.put("weight", 0.9);
        rules.addFirst(rule);
      } else {
        rules.add(rule);
      }
    }
    body.put("rules", rules);
    return body;
  }

}
