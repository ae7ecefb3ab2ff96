package com.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input gets a 4xx problem+json naming the field, never a 5xx, and loses nothing already accepted. */
class HostileInputIntegrationTests extends IntegrationTest {

  Fixtures.Market m;
  Fixtures.SellerAccount s;
  Fixtures.Holder h;
  String listing;

  @BeforeEach
  void tenant() {
    m = fixtures.marketplace();
    s = fixtures.seller(m);
    h = fixtures.holder();
    listing = fixtures.listing(m, s, "ACME sneakers");
  }

  Api.Response postNotice(byte[] body) {
    return api.send(h.key(), "POST", "/api/v1/notices", "application/json", body, Map.of());
  }

  void assertProblem(Api.Response r, int status) {
    assertThat(r.status()).as(r.toString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/problem+json");
  }

  Map<String, String> bulkFields() {
    return Map.of("ipRightId", h.rightId().toString(), "reason", "COUNTERFEIT", "explanation",
        "Counterfeit ACME goods listed in bulk by a known ring.", "goodFaithDeclaration", "true");
  }

  @Test
  void malformedJsonIsA400() {
    var r = postNotice("{\"ipRightId\": ".getBytes(StandardCharsets.UTF_8));
    assertProblem(r, 400);
    assertThat(r.str("field")).isEqualTo("body");
  }

  @Test
  void invalidUtf8IsA400() {
    var r = postNotice(new byte[] {'{', '"', 'x', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
    assertProblem(r, 400);
  }

  @Test
  void tenMegabyteBodyIsA413() {
    byte[] huge = new byte[10 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    assertProblem(postNotice(huge), 413);
  }

  @Test
  void unknownEnumValueNamesTheField() {
    var r = api.post(h.key(), "/api/v1/notices", Map.of("ipRightId", h.rightId(), "reason", "BECAUSE",
        "explanation", "Counterfeit goods, plainly so, in every respect.", "goodFaithDeclaration", true, "items",
        List.of(Map.of("marketplace", m.code(), "listingId", listing))));
    assertProblem(r, 400);
    assertThat(r.str("field")).isEqualTo("reason");
    assertThat(r.str("detail")).contains("COUNTERFEIT");
  }

  @Test
  void missingElementsOfArticle16AreEachNamed() {
    var r = api.post(h.key(), "/api/v1/notices", Map.of("items", List.of()));
    assertProblem(r, 400);
    assertThat(r.body()).contains("ipRightId", "reason", "explanation", "goodFaithDeclaration");
  }

  @Test
  void sqlMetacharactersAreDataNotCode() {
    var r = api.post(h.key(), "/api/v1/notices", Map.of("ipRightId", h.rightId(), "reason", "COUNTERFEIT",
        "explanation", "Robert'); DROP TABLE notice;-- is a counterfeit seller", "goodFaithDeclaration", true,
        "items", List.of(Map.of("marketplace", m.code(), "listingId", "x'; DROP TABLE listing; --"))));
    assertProblem(r, 400);
    assertThat(r.str("field")).isEqualTo("items[0].listingId");
    assertThat(fixtures.notice(h, m, listing).status()).isEqualTo(201);
    var title = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + listing, Map.of("sellerId",
        s.id(), "storeId", "st-" + s.id(), "title", "Shoes'); DELETE FROM listing; -- 鞋 👟"));
    assertThat(title.status()).isEqualTo(200);
    assertThat(title.str("title")).isEqualTo("Shoes'); DELETE FROM listing; -- 鞋 👟");
  }

  @Test
  void listingFieldsAreValidatedTogether() {
    var r = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/new-1", Map.of("sellerId", s.id(),
        "storeId", "st", "title", "", "price", -3, "currency", "EURO", "imageUrls", List.of("javascript:alert(1)"),
        "shipFromCountry", "germany"));
    assertProblem(r, 400);
    assertThat(r.body()).contains("title", "price", "currency", "imageUrls[0]", "shipFromCountry");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/new-1").status()).isEqualTo(404);
  }

  @Test
  void halfOfASurrogatePairIsRefusedNotStoredAsAQuestionMark() {
    String path = "/api/v1/marketplaces/" + m.code() + "/listings/new-2";
    // JSON may escape a lone surrogate; it is not Unicode text, and PostgreSQL would store it as '?'
    byte[] body = ("{\"sellerId\":\"" + s.id() + "\",\"storeId\":\"st\",\"title\":\"\\ud800 Nike\","
        + "\"description\":\"ok \\ud83d\\udc5f\"}").getBytes(StandardCharsets.UTF_8);
    var r = api.send(m.key(), "PUT", path, "application/json", body, Map.of());
    assertProblem(r, 400);
    assertThat(r.str("field")).isEqualTo("title");
    assertThat(r.body()).doesNotContain("description");
    assertThat(api.get(m.key(), path).status()).isEqualTo(404);
  }

  @Test
  void bulkCsvKeepsGoodRowsAndReportsEachBadOne() {
    String csv = "marketplace,listing_id\n"
        + m.code() + "," + listing + "\n"
        + m.code() + ",=HYPERLINK(\"http://evil.example\")\n"
        + m.code() + ",no-such-listing\n"
        + "nowhere," + listing + "\n"
        + m.code() + "," + listing + "\n";
    var r = api.upload(h.key(), "/api/v1/notices/bulk", "notice.csv", csv.getBytes(StandardCharsets.UTF_8),
        bulkFields());
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.str("accepted")).isEqualTo("1");
    assertThat(r.str("refused[0].row")).isEqualTo("3");
    assertThat(r.str("refused[0].message")).contains("formula");
    assertThat(r.str("refused[1].row")).isEqualTo("4");
    assertThat(r.str("refused[2].row")).isEqualTo("5");
    assertThat(r.str("refused[3].row")).isEqualTo("6");
    assertThat(r.str("refused[3].message")).contains("twice");
    assertThat(r.body()).doesNotContain("HYPERLINK");
    assertThat(api.get(h.key(), "/api/v1/notices/" + r.str("noticeId")).str("itemCount")).isEqualTo("1");
  }

  @Test
  void bulkCsvOverTenThousandRowsIsRefused() {
    var many = new StringBuilder("marketplace,listing_id\n");
    for (int i = 0; i < 10_001; i++) {
      many.append(m.code()).append(",missing-").append(i).append('\n');
    }
    var r = api.upload(h.key(), "/api/v1/notices/bulk", "big.csv", many.toString().getBytes(StandardCharsets.UTF_8),
        bulkFields());
    assertProblem(r, 400);
    assertThat(r.str("field")).isEqualTo("file");
  }

  @Test
  void bulkCsvInvalidUtf8IsRefused() {
    byte[] head = ("marketplace,listing_id\n" + m.code() + ",").getBytes(StandardCharsets.UTF_8);
    byte[] body = java.util.Arrays.copyOf(head, head.length + 2);
    body[head.length] = (byte) 0xC3;
    body[head.length + 1] = (byte) 0x28;
    var r = api.upload(h.key(), "/api/v1/notices/bulk", "bad.csv", body, bulkFields());
    assertProblem(r, 400);
    assertThat(r.str("detail")).contains("UTF-8");
  }

  @Test
  void idempotencyKeyReplaysTheFirstAnswerAndRefusesADifferentBody() {
    String body = Api.JSON.writeValueAsString(Map.of("ipRightId", h.rightId(), "reason", "COUNTERFEIT",
        "explanation", "Counterfeit ACME sneakers with a misspelt logo.", "goodFaithDeclaration", true, "items",
        List.of(Map.of("marketplace", m.code(), "listingId", listing))));
    var key = Map.of("Idempotency-Key", "k-1");
    var first = api.send(h.key(), "POST", "/api/v1/notices", "application/json", body.getBytes(StandardCharsets.UTF_8), key);
    var again = api.send(h.key(), "POST", "/api/v1/notices", "application/json", body.getBytes(StandardCharsets.UTF_8), key);
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.str("id")).isEqualTo(first.str("id"));
    assertThat(again.headers()).containsKey("idempotent-replayed");
    var other = api.send(h.key(), "POST", "/api/v1/notices", "application/json",
        body.replace("misspelt", "crooked").getBytes(StandardCharsets.UTF_8), key);
    assertProblem(other, 422);
    assertThat(api.get(h.key(), "/api/v1/notices").body().split(first.str("id"), -1).length - 1).isEqualTo(1);
  }
}
