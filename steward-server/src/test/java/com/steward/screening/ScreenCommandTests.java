package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line screen on the formats of docs/screening.md. */
class ScreenCommandTests {

  @TempDir
  Path dir;

  @Test
  void screensEachLineInOrderAndReportsUnreadableLines() throws IOException {
    Path brands = file("brands.json", """
        [{"name":"Nike","aliases":["耐克","NIKE"],"keywords":["air max"],
          "authorizedSellers":["tb:seller-1"],"priceFloors":{"shoes":40.0}}]
        """);
    Path in = file("listings.jsonl",
        """
        {"marketplace":"tb","listingId":"1","sellerId":"seller-9","title":"N1ke Air Max 1:1 replica","description":"","brand":"","category":"shoes","price":12.5,"currency":"USD"}""",
        """
        {"marketplace":"tb","listingId":"2","sellerId":"seller-1","title":"Nike Air Max 90","category":"shoes","price":120}""",
        "{not json",
        """
        {"marketplace":"tb","listingId":"4","sellerId":"seller-9","title":"Phone case for iPhone"}""",
        """
        {"marketplace":"tb","listingId":"5","sellerId":"seller-9","title":"2024新款耐克运动鞋","category":"shoes","price":20}""");
    Path out = dir.resolve("decisions.jsonl");
    int errors = ScreenCommand.run(brands, in, out);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(errors).isEqualTo(1);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0)).startsWith("{\"listingId\":\"1\",\"action\":\"BLOCK\"")
        .contains("\"rules\":[\"unauthorised-mention\",\"price-below-floor\",\"suspicious-term\"]")
        .contains("{\"brand\":\"Nike\",\"term\":\"Nike\",\"start\":0,\"end\":4,\"use\":\"DIRECT\"}");
    assertThat(lines.get(1)).contains("\"listingId\":\"2\",\"action\":\"ALLOW\"");
    assertThat(lines.get(2)).contains("\"line\":3").contains("\"error\":\"not JSON");
    assertThat(lines.get(3)).contains("\"listingId\":\"4\",\"action\":\"ALLOW\"");
    assertThat(lines.get(4)).contains("\"listingId\":\"5\",\"action\":\"REFER\"")
        .contains("\"term\":\"耐克\",\"start\":6,\"end\":8");
  }

  @Test
  void aBrandsFileIsCheckedAsTheApiChecksABrandAndEveryProblemIsNamed() throws IOException {
    Path brands = file("brands.json", """
        [{"name":"Nike","priceFloors":{"shoes":40.0}},
         {"name":""},
         5,
         {"name":"Adidas","priceFloors":{"shoes":-5},"authorizedSellers":["tb:seller-1","no-marketplace"]},
         {"name":"Puma","thresholds":{"refer":0.9,"block":0.2}},
         {"name":"Asics","priceFloors":{"shoes":"cheap"}}]
        """);
    Path in = file("listings.jsonl", "{\"marketplace\":\"tb\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"Nike\"}\n");
    Path out = dir.resolve("decisions.jsonl");

    assertThatThrownBy(() -> ScreenCommand.run(brands, in, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6 problems")
        .hasMessageContaining("brand [1], name: required")
        .hasMessageContaining("brand [2]: expected a JSON object")
        .hasMessageContaining("brand [3] (Adidas), authorizedSellers[1]: <marketplace>:<sellerId>")
        .hasMessageContaining("brand [3] (Adidas), priceFloors.shoes: a positive price")
        .hasMessageContaining("brand [4] (Puma), thresholds: refer and block with 0 < refer <= block <= 1")
        .hasMessageContaining("brand [5] (Asics), priceFloors.shoes: ")
        .hasMessageNotContaining("brand [0]");
    assertThat(out).as("nothing is screened against a bad dictionary").doesNotExist();
  }

  @Test
  void aFieldOfTheWrongTypeIsNamedOnItsLine() throws IOException {
    Path brands = file("brands.json", "[{\"name\":\"Nike\",\"priceFloors\":{\"shoes\":40.0}}]");
    Path in = file("listings.jsonl",
        "{\"marketplace\":\"tb\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"Nike\",\"price\":\"cheap\"}",
        "{\"marketplace\":\"tb\",\"listingId\":\"2\",\"sellerId\":\"s\",\"title\":[\"Nike\"]}",
        "{\"marketplace\":\"tb\",\"listingId\":\"4\",\"sellerId\":\"s\",\"title\":\"Nike\",\"price\":12.500}",
        "{\"marketplace\":\"tb\",\"listingId\":\"3\",\"sellerId\":\"s\",\"title\":\"Nike shoes\",\"category\":\"shoes\",\"price\":10}");
    Path out = dir.resolve("decisions.jsonl");
    assertThat(ScreenCommand.run(brands, in, out)).isEqualTo(3);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).contains("\"line\":1").contains("\"error\":\"price: ");
    assertThat(lines.get(1)).contains("\"line\":2").contains("\"error\":\"title: ");
    assertThat(lines.get(2)).as("3 decimals as written, which saving refuses").contains("\"line\":3")
        .contains("at most 2 decimals");
    assertThat(lines.get(3)).contains("\"listingId\":\"3\",\"action\":\"REFER\"");
  }

  @Test
  void aLineThatIsNotUtf8IsReportedAsThatLineAndTheLinesAfterItAreScreened() throws IOException {
    Path brands = file("brands.json", "\uFEFF[{\"name\":\"Nike\",\"priceFloors\":{\"shoes\":40.0}}]");
    byte[] good = "{\"marketplace\":\"tb\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"Nike \u00e9t\u00e9\"}"
        .getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"marketplace\":\"tb\",\"listingId\":\"2\",\"sellerId\":\"s\",\"title\":\"Nike \u00e9t\u00e9\"}"
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] last = "{\"marketplace\":\"tb\",\"listingId\":\"3\",\"sellerId\":\"s\",\"title\":\"NIKE\"}\r\n"
        .getBytes(StandardCharsets.UTF_8);
    var bytes = new java.io.ByteArrayOutputStream();
    bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte-order mark, as spreadsheets write
    bytes.write(good);
    bytes.write('\n');
    bytes.write(bad);
    bytes.write('\n');
    bytes.write(last);
    Path in = Files.write(dir.resolve("listings.jsonl"), bytes.toByteArray());
    Path out = dir.resolve("decisions.jsonl");
    assertThat(ScreenCommand.run(brands, in, out)).isEqualTo(1);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).contains("\"listingId\":\"1\"").contains("\"brand\":\"Nike\"");
    assertThat(lines.get(1)).contains("\"line\":2").contains("not valid UTF-8");
    assertThat(lines.get(2)).contains("\"listingId\":\"3\"").contains("\"brand\":\"Nike\",\"term\":\"Nike\",\"start\":0,\"end\":4");
  }

  @Test
  void linesEndAtALineFeedAndACarriageReturnIsWhiteSpace() throws IOException {
    Path brands = file("brands.json", "[{\"name\":\"Nike\"}]");
    String listing = "{\"marketplace\":\"tb\",\"listingId\":\"%d\",\r\"sellerId\":\"s\",\"title\":\"Nike\"}";
    Path in = Files.writeString(dir.resolve("mixed.jsonl"), String.format(listing, 1) + "\r\n" + String.format(listing, 2)
        + "\r\r\n" + String.format(listing, 3) + "\n" + String.format(listing, 4) + "\r", StandardCharsets.UTF_8);
    Path out = dir.resolve("decisions.jsonl");
    assertThat(ScreenCommand.run(brands, in, out)).isZero();
    assertThat(Files.readAllLines(out, StandardCharsets.UTF_8)).hasSize(4)
        .allSatisfy(l -> assertThat(l).contains("\"brand\":\"Nike\""));
  }

  @Test
  void twoBrandsWhoseNamesFoldToOneAreRefusedAsTheApiRefusesThem() throws IOException {
    Path brands = file("brands.json",
        "[{\"name\":\"Nike\"},{\"name\":\"Adidas\"},{\"name\":\"\uFF2E\uFF29\uFF2B\uFF25\"},{\"name\":\"Puma\",\"keywords\":[\"-\"]}]");
    Path in = file("listings.jsonl", "{\"marketplace\":\"tb\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"Nike\"}\n");
    assertThatThrownBy(() -> ScreenCommand.run(brands, in, dir.resolve("decisions.jsonl")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("brand [2] (\uFF2E\uFF29\uFF2B\uFF25), name: the same name as brand [0]")
        .hasMessageContaining("brand [3] (Puma), keywords[0]: has no letters or digits");
  }

  @Test
  void rulesAndTermsFilesChangeTheDecisionAndBadOnesAreRefusedWithTheirProblemsNamed() throws IOException {
    Path brands = file("brands.json", "[{\"name\":\"Nike\"}]");
    Path in = file("listings.jsonl", "{\"marketplace\":\"tb\",\"listingId\":\"1\",\"sellerId\":\"s\","
        + "\"title\":\"Nike trainers, zapato falso\"}");
    Path out = dir.resolve("decisions.jsonl");
    assertThat(ScreenCommand.run(brands, in, out)).isZero();
    assertThat(Files.readString(out)).as("falso is a standard term").contains("\"action\":\"BLOCK\"");

    Path terms = file("terms.json", "[{\"term\":\"replica\",\"language\":\"en\"}, \"1:1\"]");
    assertThat(ScreenCommand.run(brands, null, terms, in, out)).isZero();
    assertThat(Files.readString(out)).as("a list without it").doesNotContain("suspicious-term");

    // the standard rules with a new version and a higher bar to block, as an analyst's draft
    var standard = RuleSetJson.write(com.steward.core.screening.rules.RuleSet.standard());
    var draft = new java.util.LinkedHashMap<String, Object>(standard);
    draft.put("version", "lenient-1");
    draft.put("defaults", java.util.Map.of("refer", 0.5, "block", 0.99));
    Path rules = file("rules.json", tools.jackson.databind.json.JsonMapper.builder().build()
        .writeValueAsString(java.util.Map.of("version", "lenient-1", "status", "PUBLISHED", "ruleSet", draft)));
    assertThat(ScreenCommand.run(brands, rules, null, in, out)).isZero();
    assertThat(Files.readString(out)).contains("\"action\":\"REFER\"").contains("\"ruleSetVersion\":\"lenient-1\"");

    Files.writeString(rules, "{\"version\":\"x\",\"rules\":[{\"id\":\"r\",\"weight\":7,\"when\":{\"is\":\"NOPE\"}}]}");
    assertThatThrownBy(() -> ScreenCommand.run(brands, rules, null, in, out)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rules[0].weight");
    Files.writeString(terms, "[\"replica\", \"\", 5, \" -- \"]");
    assertThatThrownBy(() -> ScreenCommand.run(brands, null, terms, in, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1]").hasMessageContaining("[2]")
        .hasMessageContaining("[3]").hasMessageNotContaining("[0]");
    Files.writeString(terms, "{\"term\": ");
    assertThatThrownBy(() -> ScreenCommand.run(brands, null, terms, in, out)).hasMessageContaining("terms.json")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void aSellersRatingAndRiskMayBeGivenForRulesOnThem() throws IOException {
    Path brands = file("brands.json", "[{\"name\":\"Nike\"}]");
    Path rules = file("rules.json", """
        {"version":"risk-1","defaults":{"refer":0.5,"block":0.85},"rules":[
          {"id":"unauthorised-mention","when":{"is":"UNAUTHORISED_MENTION"},"weight":0.2},
          {"id":"risky-seller","when":{"atLeast":{"measure":"CLUSTER_RISK","value":0.9}},"weight":0.9}]}
        """);
    Path in = file("listings.jsonl",
        "{\"marketplace\":\"tb\",\"listingId\":\"1\",\"sellerId\":\"s\",\"title\":\"Nike trainers\",\"clusterRisk\":0.95}",
        "{\"marketplace\":\"tb\",\"listingId\":\"2\",\"sellerId\":\"s\",\"title\":\"Nike trainers\"}",
        "{\"marketplace\":\"tb\",\"listingId\":\"3\",\"sellerId\":\"s\",\"title\":\"Nike trainers\",\"sellerRating\":1.5}");
    Path out = dir.resolve("decisions.jsonl");
    assertThat(ScreenCommand.run(brands, rules, null, in, out)).isEqualTo(1);
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).contains("\"action\":\"BLOCK\"").contains("risky-seller");
    assertThat(lines.get(1)).as("no risk given, none assumed").contains("\"action\":\"ALLOW\"")
        .doesNotContain("risky-seller");
    assertThat(lines.get(2)).contains("\"line\":3").contains("sellerRating: a number from 0 to 1");
  }

  /** A file of the test's folder with these lines. */
  private Path file(String name, String... lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines), StandardCharsets.UTF_8);
  }
}
