package com.steward.verification;

import com.steward.audit.AuditLog;
import com.steward.platform.security.Actor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the identity provider's checks on a submitted case, outside any transaction (a provider is
 * a remote call): authenticity of each identity document and business licence, and a face match of
 * each challenge photo against its identity document. The results go on the case for the analyst;
 * the case then joins the review queue. If the provider fails, the case stays SUBMITTED, which the
 * queue shows as well.
 */
@Component
class ProviderChecks {

  private static final Logger log = LoggerFactory.getLogger(ProviderChecks.class);

  private final IdentityProvider provider;
  private final JdbcVerificationRepository cases;
  private final JdbcTraderDataRepository data;
  private final TraderVault vault;
  private final AuditLog audit;
  private final JsonMapper json;
  private final TransactionTemplate tx;
  private final Clock clock;

  ProviderChecks(IdentityProvider provider, JdbcVerificationRepository cases, JdbcTraderDataRepository data,
      TraderVault vault, AuditLog audit, JsonMapper json, TransactionTemplate tx, Clock clock) {
    this.provider = provider;
    this.cases = cases;
    this.data = data;
    this.vault = vault;
    this.audit = audit;
    this.json = json;
    this.tx = tx;
    this.clock = clock;
  }

  void run(UUID caseId) {
    VerificationCase c = cases.byId(caseId).orElseThrow();
    var documents = data.documents(caseId);
    var checks = new ArrayList<Map<String, Object>>();
    var sent = new ArrayList<String>();
    try {
      if ("ENTERPRISE".equals(c.sellerKind())) {
        latest(documents, null, "BUSINESS_LICENCE", -1).ifPresent(d -> checks.add(result("seller",
            "DOCUMENT_AUTHENTICITY", provider.documentAuthenticity(image(d, sent)))));
        for (var e : data.executives(caseId)) {
          person(checks, sent, documents, "executive:" + e.id(), e.id(), c.round());
        }
      } else {
        person(checks, sent, documents, "seller", null, c.round());
      }
    } catch (RuntimeException e) {
      log.warn("identity provider {} failed on case {}; the case stays SUBMITTED for the analysts", provider.name(),
          caseId, e);
      return;
    }
    var results = new LinkedHashMap<String, Object>();
    results.put("provider", provider.name());
    results.put("checkedAt", clock.instant().toString());
    results.put("checks", checks);
    tx.executeWithoutResult(t -> {
      if (cases.inReview(caseId, json.writeValueAsString(results), clock.instant())) {
        audit.record(Actor.system("identity-provider"), "verification.provider_checked", "verification_case", caseId,
            Map.of("provider", provider.name(), "documents", sent, "verdicts",
                checks.stream().map(x -> x.get("check") + ":" + x.get("verdict")).toList()));
      }
    });
  }

  private void person(List<Map<String, Object>> checks, List<String> sent,
      List<JdbcTraderDataRepository.Document> documents, String subject, @Nullable UUID executive, int round) {
    var id = latest(documents, executive, "IDENTITY_DOCUMENT", -1);
    var photo = latest(documents, executive, "CHALLENGE_PHOTO", round);
    if (id.isPresent()) {
      IdentityProvider.Image document = image(id.get(), sent);
      checks.add(result(subject, "DOCUMENT_AUTHENTICITY", provider.documentAuthenticity(document)));
      photo.ifPresent(p -> checks.add(result(subject, "FACE_MATCH", provider.faceMatch(document, image(p, sent)))));
    }
  }

  private IdentityProvider.Image image(JdbcTraderDataRepository.Document d, List<String> sent) {
    sent.add(d.id().toString());
    return new IdentityProvider.Image(d.contentType(), vault.openDocument(d.id()));
  }

  private static java.util.Optional<JdbcTraderDataRepository.Document> latest(
      List<JdbcTraderDataRepository.Document> documents, @Nullable UUID executive, String kind, int round) {
    return documents.stream().filter(d -> d.kind().equals(kind) && Objects.equals(d.executiveId(), executive)
        && (round < 0 || d.round() == round)).reduce((a, b) -> b);
  }

  private static Map<String, Object> result(String subject, String check, IdentityProvider.Result r) {
    var m = new LinkedHashMap<String, Object>();
    m.put("subject", subject);
    m.put("check", check);
    m.put("verdict", r.verdict().name());
    m.put("detail", r.detail());
    return m;
  }
}
