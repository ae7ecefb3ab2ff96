package com.steward.verification;

import static com.steward.verification.VerificationSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.steward.audit.AuditLog;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.sellers.SellerEvents;
import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A seller through verification to approval, to rejection and complaint, and through a video call. */
@RecordApplicationEvents
class VerificationIntegrationTests extends IntegrationTest {

  @Autowired
  AuditLog audit;

  @Autowired
  ApplicationEvents applicationEvents;

  @Autowired
  Verifications verifications;

  @Autowired
  Marketplaces marketplaces;

  Fixtures.Market market;
  Fixtures.SellerAccount seller;
  String base;
  String analyst;
  VerificationSteps steps;
  VerificationSteps.Trader trader;

  @BeforeEach
  void aSeller() {
    market = fixtures.marketplace();
    seller = fixtures.seller(market);
    base = VerificationSteps.base(market, seller);
    analyst = fixtures.analystKey();
    steps = new VerificationSteps(api);
    trader = VerificationSteps.Trader.random();
  }

  @Test
  void anIndividualIsApprovedWithAStatementOfReasonsAndAnEvent() throws Exception {
    var fresh = ok(api.get(seller.key(), base), 200);
    assertThat(fresh.str("status")).isEqualTo("NOT_STARTED");
    assertThat(fresh.str("missing[0].field")).isEqualTo("traderInformation");

    var given = ok(api.put(seller.key(), base + "/trader-information", VerificationSteps.individual(trader)), 200);
    assertThat(given.body()).as("answers never echo what was given").doesNotContain(trader.email())
        .doesNotContain(trader.documentNumber());
    var challenge = ok(api.post(seller.key(), base + "/challenge", Map.of()), 201);
    assertThat(challenge.str("code")).matches("[A-Z2-9]{6}");
    assertThat(VerificationUploads.POSES).contains(challenge.str("pose"));
    byte[] passport = VerificationSteps.jpeg(trader.documentNumber());
    var doc = ok(steps.upload(seller.key(), base, "IDENTITY_DOCUMENT", passport, null), 201);
    assertThat(doc.str("contentType")).as("judged by content, not the declared text/csv").isEqualTo("image/jpeg");
    ok(steps.upload(seller.key(), base, "CHALLENGE_PHOTO", VerificationSteps.png("me"), null), 201);
    assertThat(api.get(seller.key(), base).str("missing[0].field")).isEqualTo("selfCertification");
    ok(api.post(seller.key(), base + "/self-certification", Map.of("certified", true)), 200);
    var submitted = ok(api.post(seller.key(), base + "/submission", Map.of()), 200);
    assertThat(submitted.str("status")).isEqualTo("IN_REVIEW");
    String caseId = submitted.str("id");

    var queue = ok(api.get(analyst, "/api/v1/verification/cases"), 200);
    assertThat(queue.body()).contains(caseId);
    var detail = ok(api.get(analyst, "/api/v1/verification/cases/" + caseId), 200);
    assertThat(detail.str("traderInformation.email")).isEqualTo(trader.email());
    assertThat(detail.str("traderInformation.givenName")).as("unicode kept").isEqualTo(trader.givenName());
    assertThat(detail.str("traderInformation.identityDocument.number")).isEqualTo(trader.documentNumber());
    assertThat(detail.str("providerResults.provider")).isEqualTo("manual");
    assertThat(detail.str("providerResults.checks[0].verdict")).isEqualTo("NEEDS_REVIEW");
    assertThat(actions("verification_case", caseId)).contains("verification.submitted",
        "verification.provider_checked", "verification.case_read");

    String documentId = doc.str("id");
    var read = bytes(analyst, "/api/v1/verification/documents/" + documentId);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(passport);
    assertThat(read.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(read.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(bytes(seller.key(), "/api/v1/verification/documents/" + documentId).body()).isEqualTo(passport);
    assertThat(actions("verification_document", documentId))
        .containsExactly("verification.document_read", "verification.document_read");

    var decided = ok(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "APPROVE", "reason", "The photo matches the passport")), 200);
    assertThat(decided.str("status")).isEqualTo("APPROVED");
    String puid = decided.str("statementOfReasons");
    assertThat(puid).startsWith("sor-ver-");

    var approved = ok(api.get(seller.key(), base), 200);
    assertThat(approved.str("status")).isEqualTo("APPROVED");
    assertThat(approved.str("reverifyDueAt")).isEqualTo("2027-03-02T09:00:00Z");
    assertThat(approved.str("decisions[0].statementOfReasons.puid")).isEqualTo(puid);
    assertThat(approved.str("decisions[0].statementOfReasons.kind")).isEqualTo("OUTCOME");
    assertThat(event("seller.verification_approved")).containsEntry("statementOfReasons", puid)
        .containsEntry("sellerId", seller.id());
    assertThat(api.get(market.key(), "/api/v1/marketplaces/" + market.code() + "/events").body())
        .doesNotContain(trader.email()).doesNotContain(trader.surname());

    var shown = ok(api.get(market.key(), base + "/disclosure"), 200);
    assertThat(shown.str("dsa.name")).isEqualTo(trader.givenName() + " " + trader.surname());
    assertThat(shown.str("dsa.email")).isEqualTo(trader.email());
    assertThat(shown.at("inform")).as("not a high-volume seller").isNull();
    assertThat(actions("verification_case", caseId)).contains("verification.approved",
        "verification.disclosed_to_buyers");
  }

  @Test
  void aRejectedSellerComplainsAndStaffReverseTheRefusal() throws Exception {
    String caseId = steps.submitted(seller.key(), base, trader);
    var rejected = ok(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "REJECT", "reason", "The photo does not show the person on the passport")), 200);
    assertThat(rejected.str("status")).isEqualTo("REJECTED");
    String puid = rejected.str("statementOfReasons");
    var view = ok(api.get(seller.key(), base), 200);
    assertThat(view.str("decisions[0].statementOfReasons.kind")).isEqualTo("RESTRICTION");
    assertThat(view.str("decisions[0].statementOfReasons.redress")).contains("Art. 20");
    Object tdb = view.at("decisions[0].statementOfReasons.transparencyDatabase");
    assertThat(strictSchemaProblems(tdb)).isEmpty();
    assertThat(view.str("decisions[0].statementOfReasons.transparencyDatabase.decision_provision"))
        .isEqualTo("DECISION_PROVISION_TOTAL_SUSPENSION");
    assertThat(view.at("canAppeal")).isEqualTo(true);
    assertThat(event("seller.verification_rejected")).containsEntry("statementOfReasons", puid);

    var complaint = ok(api.post(seller.key(), base + "/appeal",
        Map.of("explanation", "That is me: I had a beard when the passport photo was taken.")), 201);
    assertThat(api.post(seller.key(), base + "/appeal",
        Map.of("explanation", "Once more, the same complaint as before, please.")).status()).isEqualTo(409);
    assertThat(ok(api.get(analyst, "/api/v1/verification/appeals?status=OPEN"), 200).body())
        .contains(complaint.str("id"));
    assertThat(api.get(seller.key(), "/api/v1/verification/appeals").body()).contains(complaint.str("id"));

    var reversed = ok(api.post(analyst, "/api/v1/verification/appeals/" + complaint.str("id") + "/decision",
        Map.of("decision", "REVERSE", "reason", "A second look shows the same person")), 200);
    assertThat(reversed.str("caseStatus")).isEqualTo("APPROVED");
    var after = ok(api.get(seller.key(), base), 200);
    assertThat(after.str("decisions[1].outcome")).isEqualTo("REINSTATED");
    assertThat(after.str("decisions[1].statementOfReasons.kind")).isEqualTo("RESTORATION");
    assertThat(after.str("decisions[1].statementOfReasons.transparencyDatabase.restores_puid")).isEqualTo(puid);
    assertThat(after.str("appeals[0].status")).isEqualTo("REVERSED");
    assertThat(event("seller.verification_complaint_decided")).containsEntry("outcome", "REVERSED");
  }

  @Test
  void staffRequestAVideoCallBeforeDeciding() {
    String caseId = steps.submitted(seller.key(), base, trader);
    var call = ok(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "REQUEST_VIDEO_CALL", "reason", "The challenge photo is blurred")), 200);
    assertThat(call.str("status")).isEqualTo("VIDEO_CALL_REQUESTED");
    assertThat(event("seller.video_call_requested")).containsEntry("reason", "The challenge photo is blurred");
    assertThat(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "REQUEST_VIDEO_CALL", "reason", "again")).status()).isEqualTo(409);
    assertThat(ok(api.get(analyst, "/api/v1/verification/cases"), 200).body()).contains(caseId);
    var approved = ok(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "APPROVE", "reason", "Seen on the call with the passport")), 200);
    assertThat(approved.str("status")).isEqualTo("APPROVED");
    assertThat(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "REJECT", "reason", "too late")).status()).as("only cases in review").isEqualTo(409);
  }

  @Test
  void anEnterpriseIsVerifiedWithItsExecutives() {
    var body = new java.util.LinkedHashMap<>(VerificationSteps.individual(trader));
    body.put("kind", "ENTERPRISE");
    body.put("legalName", "Ångström Handels GmbH " + VerificationSteps.letters(4));
    body.remove("identityDocument");
    body.put("tradeRegister", Map.of("register", "Amtsgericht Düsseldorf", "number", "HRB " + VerificationSteps.digits(5)));
    ok(api.put(seller.key(), base + "/trader-information", body), 200);
    var missing = ok(api.get(seller.key(), base), 200).body();
    assertThat(missing).contains("documents.BUSINESS_LICENCE").contains("\"executives\"");

    var exec = ok(api.post(seller.key(), base + "/executives", Map.of("role", "LEGAL_REPRESENTATIVE", "givenName",
        "Jürgen", "surname", "Weiß " + VerificationSteps.letters(4), "identityDocument", Map.of("type", "ID_CARD",
            "number", "L" + VerificationSteps.digits(8), "issuingCountry", "DE"))), 201);
    String execId = exec.str("id");
    ok(steps.upload(seller.key(), base, "BUSINESS_LICENCE", "%PDF-1.7\n% register extract\n".getBytes(
        StandardCharsets.US_ASCII), null), 201);
    ok(steps.upload(seller.key(), base, "IDENTITY_DOCUMENT", VerificationSteps.jpeg("id"), execId), 201);
    ok(api.post(seller.key(), base + "/challenge", Map.of("executiveId", execId)), 201);
    ok(steps.upload(seller.key(), base, "CHALLENGE_PHOTO", VerificationSteps.jpeg("face"), execId), 201);
    ok(api.post(seller.key(), base + "/self-certification", Map.of("certified", true)), 200);
    var submitted = ok(api.post(seller.key(), base + "/submission", Map.of()), 200);
    String caseId = submitted.str("id");

    var detail = ok(api.get(analyst, "/api/v1/verification/cases/" + caseId), 200);
    assertThat(detail.str("executives[0].info.givenName")).isEqualTo("Jürgen");
    assertThat(detail.body()).contains("executive:" + execId);
    ok(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/executives/" + execId + "/decision",
        Map.of("decision", "REJECT", "reason", "Not the person on the ID card")), 200);
    assertThat(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "APPROVE", "reason", "ok")).status()).isEqualTo(409);
    ok(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/executives/" + execId + "/decision",
        Map.of("decision", "APPROVE", "reason", "Confirmed on a second look")), 200);
    ok(api.post(analyst, "/api/v1/verification/cases/" + caseId + "/decision",
        Map.of("decision", "APPROVE", "reason", "Company and representative verified")), 200);
    var approved = ok(api.get(seller.key(), base), 200);
    assertThat(approved.str("status")).isEqualTo("APPROVED");
    assertThat(approved.str("executives[0].status")).isEqualTo("APPROVED");
  }

  @Test
  void theClearIdentifiersGoToAccountLinkageInAnEventOnly() {
    var actor = new Actor(Role.SELLER, seller.uuid().toString(), null, seller.uuid(),
        marketplaces.byCode(market.code()).orElseThrow().id());
    verifications.giveTraderInfo(actor, market.code(), seller.id(),
        Api.JSON.convertValue(VerificationSteps.individual(trader), TraderInfo.class));
    var given = applicationEvents.stream(SellerEvents.IdentityGiven.class).toList();
    assertThat(given).hasSize(1);
    assertThat(given.getFirst().sellerId()).isEqualTo(seller.uuid());
    assertThat(given.getFirst().source()).isEqualTo("verification");
    assertThat(given.getFirst().identifiers()).containsEntry("given_name", trader.givenName())
        .containsEntry("surname", trader.surname()).containsEntry("email", trader.email())
        .containsEntry("phone", trader.phone()).containsEntry("document_number", trader.documentNumber())
        .containsEntry("payment_account", trader.iban()).containsEntry("date_of_birth", "1985-04-12")
        .containsEntry("address_1", trader.street()).containsEntry("postcode", "40212");
  }

  List<String> actions(String type, String id) {
    return audit.trail(type, id).stream().map(e -> e.record().action()).toList();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> event(String type) {
    List<Map<String, Object>> events = (List<Map<String, Object>>) api.get(market.key(),
        "/api/v1/marketplaces/" + market.code() + "/events").json();
    return events.stream().map(e -> (Map<String, Object>) e.get("event")).filter(e -> type.equals(e.get("type")))
        .map(e -> (Map<String, Object>) e.get("data")).reduce((a, b) -> b).orElseThrow();
  }

  HttpResponse<byte[]> bytes(String key, String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Bearer " + key).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static List<?> strictSchemaProblems(Object tdb) throws Exception {
    String id = "https://example.invalid/dsa/sor.schema.json";
    try (InputStream in = VerificationIntegrationTests.class.getResourceAsStream("/dsa/sor.schema.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemas(Map.of(id, text)));
      var schema = registry.getSchema(SchemaLocation.of(id + "#/$defs/strict"));
      return schema.validate((tools.jackson.databind.JsonNode) Api.JSON.valueToTree(tdb));
    }
  }
}
