package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line and the API decide alike on one mixed file of listings: every action, Latin and
 * Chinese titles, an authorised seller, a price floor, imitation, suspicious terms, stuffing, a
 * brand named only in the description, a nominative use, and disguises that move a match's offsets
 * away from the normalised text's (full-width forms, letters spelled out, a hidden char, a Chinese
 * name spaced out). The whole answer is compared, line by line, with the rule set and suspicious
 * terms the server has in force.
 */
class CommandLineParityIntegrationTests extends IntegrationTest {

  @TempDir
  Path dir;

  @Test
  @SuppressWarnings("unchecked")
  void theCommandLineDecidesAsTheApiOnAMixedFileOfListings() throws IOException {
    var m = fixtures.marketplace();
    var h = fixtures.holder();
    String a = Fixtures.brandName("Qv");
    String b = Fixtures.brandName("Qw");
    String c = Fixtures.brandName("Qx");
    String chineseA = Fixtures.chineseBrandName();
    String chineseB = Fixtures.chineseBrandName();
    List<Map<String, Object>> profiles = List.of(
        Map.of("name", a, "aliases", List.of(chineseA), "keywords", List.of(a + " air"),
            "authorizedSellers", List.of(m.code() + ":official"), "priceFloors", Map.of("shoes", 40.0)),
        Map.of("name", b, "aliases", List.of(chineseB), "priceFloors", Map.of("shoes", 40.0)),
        Map.of("name", c));
    for (var profile : profiles) {
      fixtures.approvedBrand(h, profile);
    }

    String spacedA = String.join(" ", chineseA.split(""));
    String fullWidthA = a.chars().mapToObj(ch -> String.valueOf((char) (ch - '!' + '\uFF01'))).collect(Collectors.joining());
    String dottedA = String.join(".", a.split(""));
    String hiddenA = a.substring(0, 4) + "\u200B" + a.substring(4);
    List<Map<String, Object>> listings = new ArrayList<>();
    listings.add(listing(m.code(), "seller-9", a + " running shoes", "", "", 60.0));
    listings.add(listing(m.code(), "seller-9", a + " running shoes", "", "", 12.5));
    listings.add(listing(m.code(), "seller-9", a + " running shoes 1:1 replica", "", "", 60.0));
    listings.add(listing(m.code(), "official", a + " running shoes", "", "", 12.5));
    listings.add(listing(m.code(), "seller-9", chineseA + "运动鞋 新款", "", "", 12.5));
    listings.add(listing(m.code(), "seller-9", "新款 " + spacedA + " 运动鞋", "", "", 12.5));
    listings.add(listing(m.code(), "seller-9", "仿" + chineseA + "运动鞋", "", "", 60.0));
    listings.add(listing(m.code(), "seller-9", chineseA + "高仿运动鞋 原单", "", "", 60.0));
    listings.add(listing(m.code(), "seller-9", fullWidthA + " running shoes", "", "", 12.5));
    listings.add(listing(m.code(), "seller-9", dottedA + " running shoes", "", "", 12.5));
    listings.add(listing(m.code(), "seller-9", hiddenA + " running shoes", "", "", 12.5));
    listings.add(listing(m.code(), "seller-9", a + " " + b + " " + c + " shoes", "", "", 60.0));
    listings.add(listing(m.code(), "seller-9", a + " " + chineseB + " " + c + " 运动鞋", "", "", 60.0));
    listings.add(listing(m.code(), "seller-9", "Trail running shoes", "Light as the " + a + " air, half the price", "",
        60.0));
    listings.add(listing(m.code(), "seller-9", "Insoles compatible with " + a + " running shoes", "", "", 12.5));
    listings.add(listing(m.code(), "seller-9", "适用于" + chineseA + "跑鞋的鞋垫", "", "", 12.5));
    listings.add(listing(m.code(), "seller-9", a + " shoes", "", "Generic", 60.0));
    listings.add(listing(m.code(), "seller-9", "Plain canvas shoes", "", "", 5.0));
    listings.add(listing(m.code(), "seller-9", "Trail running shoes", (a + " air, ").repeat(30), "", 60.0));
    for (int i = 0; i < listings.size(); i++) {
      listings.get(i).put("listingId", "parity-" + i);
    }
    listings.get(1).put("sellerRating", 0.25); // read by rules on them only; the standard rules have none
    listings.get(1).put("clusterRisk", 0.75);

    List<Map<?, ?>> fromApi = new ArrayList<>();
    for (var listing : listings) {
      var answer = api.post(m.key(), "/api/v1/screening/dry-run", listing);
      assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
      fromApi.add((Map<?, ?>) answer.json());
    }
    String version = (String) fromApi.get(0).get("ruleSetVersion");
    Path brands = Files.writeString(dir.resolve("brands.json"), Api.JSON.writeValueAsString(profiles));
    Path rules = Files.writeString(dir.resolve("rules.json"), api.get(fixtures.analystKey(), "/api/v1/rule-sets/" + version).body());
    Path terms = Files.writeString(dir.resolve("terms.json"), api.get(fixtures.analystKey(), "/api/v1/suspicious-terms").body());
    Path in = Files.writeString(dir.resolve("listings.jsonl"),
        listings.stream().map(Api.JSON::writeValueAsString).collect(Collectors.joining("\n", "", "\n")));
    Path out = dir.resolve("decisions.jsonl");
    assertThat(ScreenCommand.run(brands, rules, terms, in, out)).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSameSizeAs(listings);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(Api.JSON.readValue(lines.get(i), Map.class)).as("listing %d: %s", i, listings.get(i).get("title"))
          .isEqualTo(fromApi.get(i));
    }

    // what the file covers, so that a change of the corpus or the rules cannot leave it trivial
    assertThat(fromApi.stream().map(d -> String.valueOf(d.get("action"))).distinct())
        .containsExactlyInAnyOrder("ALLOW", "REFER", "BLOCK");
    assertThat(String.valueOf(fromApi.get(3).get("rules"))).as("the authorised seller").doesNotContain("unauthorised-mention");
    assertThat(fromApi.get(5).get("action")).isEqualTo("REFER");
    assertThat(onlyMatch(fromApi.get(5))).as("the spaced-out Chinese name, in the original's offsets")
        .containsEntry("start", 3).containsEntry("end", 3 + spacedA.length());
    assertThat(onlyMatch(fromApi.get(8))).as("full-width forms").containsEntry("start", 0).containsEntry("end", a.length());
    assertThat(onlyMatch(fromApi.get(10))).as("a hidden char").containsEntry("end", a.length() + 1);
    assertThat(String.valueOf(fromApi.get(11).get("rules"))).contains("brand-stuffing");
    assertThat(String.valueOf(fromApi.get(12).get("rules"))).as("stuffing in two scripts").contains("brand-stuffing");
    assertThat(fromApi.get(13).get("action")).as("named in the description only").isEqualTo("ALLOW");
    assertThat((List<?>) fromApi.get(13).get("matches")).isEmpty();
    String description = (String) listings.get(13).get("description");
    int at = description.indexOf(a);
    assertThat((List<Object>) fromApi.get(13).get("descriptionMatches")).as("offsets in the description")
        .containsExactlyInAnyOrder(Map.of("brand", a, "term", a, "start", at, "end", at + a.length()),
        Map.of("brand", a, "term", a + " air", "start", at, "end", at + a.length() + 4));
    assertThat(fromApi.get(0).containsKey("descriptionMatches")).as("no key for a description without matches").isFalse();
    assertThat((List<Object>) fromApi.get(18).get("descriptionMatches")).as("a description that names it 30 times")
        .hasSize(DecisionJson.DESCRIPTION_MATCHES);
    assertThat(fromApi.get(18).get("descriptionMatchesOmitted")).isEqualTo(60 - DecisionJson.DESCRIPTION_MATCHES);
  }

  private static Map<String, Object> listing(String marketplace, String seller, String title, String description,
      String brand, double price) {
    var l = new LinkedHashMap<String, Object>();
    l.put("marketplace", marketplace);
    l.put("sellerId", seller);
    l.put("title", title);
    l.put("description", description);
    l.put("brand", brand);
    l.put("category", "shoes");
    l.put("price", price);
    l.put("currency", "USD");
    return l;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> onlyMatch(Map<?, ?> decision) {
    List<Map<String, Object>> matches = (List<Map<String, Object>>) decision.get("matches");
    assertThat(matches).as(String.valueOf(decision)).hasSize(1);
    return matches.get(0);
  }
}
