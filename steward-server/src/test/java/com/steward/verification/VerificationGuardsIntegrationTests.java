package com.steward.verification;

import static com.steward.verification.VerificationSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What verification refuses: bad trader information, bad documents, and callers outside the seller's tenant. */
class VerificationGuardsIntegrationTests extends IntegrationTest {

  Fixtures.Market market;
  Fixtures.SellerAccount seller;
  String base;
  VerificationSteps steps;

  @BeforeEach
  void aSeller() {
    market = fixtures.marketplace();
    seller = fixtures.seller(market);
    base = VerificationSteps.base(market, seller);
    steps = new VerificationSteps(api);
  }

  @Test
  void traderInformationProblemsNameTheirFields() {
    var body = new LinkedHashMap<>(VerificationSteps.individual(VerificationSteps.Trader.random()));
    body.put("address", Map.of("line1", "Rue de la Paix 1", "city", "Paris", "country", "France"));
    body.put("email", "not-an-email");
    body.put("paymentAccount", Map.of("account", "DE00 1234 5678 9012 3456 78", "holder", "Zoë"));
    body.put("identityDocument", Map.of("type", "PASSPORT", "number", "X1\u0007", "issuingCountry", "DE",
        "expiresOn", "2020-01-01"));
    body.remove("surname");
    var r = api.put(seller.key(), base + "/trader-information", body);
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.contentType()).startsWith("application/problem+json");
    assertThat(fields(r)).contains("address.country", "email", "paymentAccount.account", "identityDocument.number",
        "identityDocument.expiresOn", "surname");
    assertThat(r.body()).contains("check digits");

    var submit = api.post(seller.key(), base + "/submission", Map.of());
    assertThat(submit.status()).isEqualTo(400);
    assertThat(fields(submit)).contains("traderInformation", "selfCertification");
  }

  @Test
  void documentsAreJudgedByTheirContentAndSize() {
    ok(api.put(seller.key(), base + "/trader-information",
        VerificationSteps.individual(VerificationSteps.Trader.random())), 200);
    var script = steps.upload(seller.key(), base, "IDENTITY_DOCUMENT",
        "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), null);
    assertThat(script.status()).isEqualTo(400);
    assertThat(script.contentType()).startsWith("application/problem+json");
    assertThat(script.str("errors[0].field")).isEqualTo("file");
    assertThat(script.body()).contains("JPEG, PNG or PDF");

    byte[] big = Arrays.copyOf(VerificationSteps.jpeg("x"), 5 * 1024 * 1024 + 1);
    var tooBig = steps.upload(seller.key(), base, "IDENTITY_DOCUMENT", big, null);
    assertThat(tooBig.status()).as(tooBig.toString()).isEqualTo(400);
    assertThat(tooBig.str("errors[0].field")).isEqualTo("file");
    assertThat(tooBig.body()).contains("at most 5242880 bytes");

    var noKind = steps.upload(seller.key(), base, "SELFIE", VerificationSteps.jpeg("x"), null);
    assertThat(noKind.str("errors[0].field")).isEqualTo("kind");
    var pdfPhoto = steps.upload(seller.key(), base, "CHALLENGE_PHOTO", "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII),
        null);
    assertThat(pdfPhoto.status()).isEqualTo(400);
    assertThat(pdfPhoto.str("errors[0].field")).isEqualTo("file");
    var unasked = steps.upload(seller.key(), base, "CHALLENGE_PHOTO", VerificationSteps.png("x"), null);
    assertThat(unasked.status()).as("no challenge was issued").isEqualTo(409);
    assertThat(unasked.str("errors[0].field")).isEqualTo("kind");

    ok(api.post(seller.key(), base + "/challenge", Map.of()), 201);
    clock.advance(java.time.Duration.ofHours(25));
    assertThat(steps.upload(seller.key(), base, "CHALLENGE_PHOTO", VerificationSteps.png("x"), null).status())
        .as("the challenge expired").isEqualTo(409);
  }

  @Test
  void noOneOutsideTheSellersTenantReachesItsCaseOrDocuments() throws Exception {
    var analyst = fixtures.analystKey();
    String caseId = steps.submitted(seller.key(), base, VerificationSteps.Trader.random());
    String documentId = ok(api.get(seller.key(), base), 200).str("documents[0].id");
    var otherSeller = fixtures.seller(market);
    var otherMarket = fixtures.marketplace();

    assertThat(api.get(otherSeller.key(), base).status()).isEqualTo(404);
    assertThat(api.get(otherMarket.key(), base).status()).isEqualTo(404);
    assertThat(api.put(otherSeller.key(), base + "/trader-information",
        VerificationSteps.individual(VerificationSteps.Trader.random())).status()).isEqualTo(404);
    assertThat(api.get(otherSeller.key(), "/api/v1/verification/documents/" + documentId).status()).isEqualTo(404);
    assertThat(api.get(market.key(), "/api/v1/verification/documents/" + documentId).status()).isEqualTo(404);
    assertThat(api.get(otherMarket.key(), base + "/disclosure").status()).isEqualTo(404);
    assertThat(api.get(seller.key(), "/api/v1/verification/cases/" + caseId).status()).isEqualTo(403);
    assertThat(api.get(market.key(), "/api/v1/verification/cases").status()).isEqualTo(403);
    assertThat(api.post(seller.key(), "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "APPROVE", "reason", "self-service")).status()).isEqualTo(403);
    assertThat(api.put(market.key(), base + "/trader-information",
        VerificationSteps.individual(VerificationSteps.Trader.random())).status()).as("only the seller gives it")
        .isEqualTo(403);
    assertThat(api.post(analyst, base + "/authority-disclosure", Map.of("authority", "Police",
        "legalBasis", "Art. 10 DSA order 2026/17")).status()).as("administrators only").isEqualTo(403);
    assertThat(api.get(otherSeller.key(), "/api/v1/verification/appeals").body()).isEqualTo("[]");

    var market2View = ok(api.get(market.key(), base), 200);
    assertThat(market2View.str("status")).isEqualTo("IN_REVIEW");
    assertThat(market2View.body()).as("the marketplace sees states, not identifiers").doesNotContain("@example.org");
    var authority = ok(api.post(ADMIN_KEY, base + "/authority-disclosure", Map.of("authority",
        "Staatsanwaltschaft Düsseldorf", "legalBasis", "Art. 10 DSA order of 2 March 2026, file 12 Js 345/26")), 200);
    assertThat(authority.str("traderInformation.email")).endsWith("@example.org");
  }

  static java.util.List<String> fields(Api.Response r) {
    @SuppressWarnings("unchecked")
    var errors = (java.util.List<Map<String, Object>>) r.at("errors");
    return errors.stream().map(e -> String.valueOf(e.get("field"))).toList();
  }
}
