package com.steward.verification;

import com.steward.audit.AuditLog;
import com.steward.platform.security.Actor;
import com.steward.statements.Statements;
import com.steward.verification.VerificationCase.Status;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a case is shown. {@link #summary} and {@link #view} hold states, dates and metadata only, for
 * the seller, its marketplace and the queue; {@link #forStaff} adds the opened trader information
 * for the analyst who reviews it, and records that read.
 */
@Component
class CaseViews {

  /** How long after a restricting decision the seller may complain (DSA Art. 20(1): at least six months). */
  static final Duration COMPLAINT_WINDOW = Duration.ofDays(183);

  private final JdbcTraderDataRepository data;
  private final JdbcVerificationDecisionRepository decisions;
  private final TraderVault vault;
  private final InformVolumes inform;
  private final Statements statements;
  private final AuditLog audit;
  private final JsonMapper json;
  private final Clock clock;

  CaseViews(JdbcTraderDataRepository data, JdbcVerificationDecisionRepository decisions, TraderVault vault,
      InformVolumes inform, Statements statements, AuditLog audit, JsonMapper json, Clock clock) {
    this.data = data;
    this.decisions = decisions;
    this.vault = vault;
    this.inform = inform;
    this.statements = statements;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** A queue entry. */
  Map<String, Object> summary(CaseAccess.Scoped s) {
    VerificationCase c = s.vcase();
    var out = new LinkedHashMap<String, Object>();
    out.put("id", c.id());
    out.put("marketplace", s.marketplace().code());
    out.put("sellerId", s.seller().externalId());
    out.put("sellerName", s.seller().displayName());
    out.put("kind", c.sellerKind());
    out.put("status", c.status());
    out.put("statusReason", c.statusReason());
    out.put("level", c.level());
    out.put("round", c.round());
    out.put("roundReason", c.roundReason());
    out.put("lastTrigger", c.lastTrigger());
    out.put("submittedAt", c.submittedAt());
    return out;
  }

  /** The whole case without any personal data. */
  Map<String, Object> view(CaseAccess.Scoped s) {
    VerificationCase c = s.vcase();
    var out = summary(s);
    var info = data.info(c.id());
    var documents = data.documents(c.id());
    var executives = data.executives(c.id());
    out.put("traderInformation", info.map(i -> Map.of("given", true, "updatedAt", i.updatedAt()))
        .orElse(Map.of("given", false)));
    out.put("selfCertifiedAt", c.selfCertifiedAt());
    out.put("approvedAt", c.approvedAt());
    out.put("reverifyDueAt", c.reverifyDueAt());
    out.put("graceUntil", c.graceUntil());
    @SuppressWarnings("unchecked")
    Map<String, Object> facets = info.map(i -> (Map<String, Object>) json.readValue(i.facets(), Map.class)).orElse(null);
    out.put("missing", c.status().submittable()
        ? Completeness.missing(c, facets, documents, executives).stream()
            .map(p -> Map.of("field", p.field(), "message", p.message())).toList()
        : List.of());
    out.put("executives", executives.stream().map(e -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("id", e.id());
      m.put("role", e.role());
      m.put("status", e.status());
      m.put("statusReason", e.statusReason());
      return m;
    }).toList());
    out.put("documents", documents.stream().map(CaseViews::document).toList());
    out.put("challenges", data.challenges(c.id()).stream().filter(ch -> ch.round() == c.round()).map(ch -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("id", ch.id());
      m.put("executiveId", ch.executiveId());
      m.put("pose", ch.pose());
      m.put("code", ch.code());
      m.put("expiresAt", ch.expiresAt());
      m.put("answeredAt", ch.answeredAt());
      m.put("open", ch.answeredAt() == null && ch.expiresAt().isAfter(clock.instant()));
      return m;
    }).toList());
    var all = decisions.decisions(c.id());
    var sors = statements.byPuids(all.stream().map(JdbcVerificationDecisionRepository.Decision::statementPuid)
        .filter(Objects::nonNull).toList());
    out.put("decisions", all.stream().map(d -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("id", d.id());
      m.put("outcome", d.outcome());
      m.put("reason", d.reason());
      m.put("decidedAt", d.decidedAt());
      m.put("automated", d.automated());
      m.put("statementOfReasons", sors.stream().filter(x -> x.get("puid").equals(d.statementPuid())).findFirst()
          .orElse(null));
      return m;
    }).toList());
    var appeals = decisions.appeals(c.id(), null, 50);
    out.put("appeals", appeals);
    out.put("canAppeal", appealable(c, all, appeals));
    out.put("inform", inform.view(c));
    out.put("relationshipEndedAt", c.relationshipEndedAt());
    out.put("traderDataDeletedAt", c.purgedAt() != null ? c.purgedAt() : c.purgeAt());
    return out;
  }

  /** The case with the trader information opened, for staff; the read is audited. */
  @Transactional(propagation = Propagation.MANDATORY)
  Map<String, Object> forStaff(CaseAccess.Scoped s, Actor reader) {
    VerificationCase c = s.vcase();
    var out = view(s);
    out.put("providerResults", json.readValue(c.providerResults(), Map.class));
    data.info(c.id()).ifPresent(i -> out.put("traderInformation", vault.openInfo(c.id(), i.sealed())));
    var executives = data.executives(c.id());
    out.put("executives", executives.stream().map(e -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("id", e.id());
      m.put("role", e.role());
      m.put("status", e.status());
      m.put("statusReason", e.statusReason());
      m.put("info", e.sealed() == null ? null : vault.openExecutive(e.id(), e.sealed()));
      return m;
    }).toList());
    audit.record(reader, "verification.case_read", "verification_case", c.id(),
        Map.of("seller", s.seller().id().toString(), "executives", executives.size()));
    return out;
  }

  /** The latest decision restricted the seller, no complaint about it is open, and the window is still open. */
  boolean appealable(VerificationCase c, List<JdbcVerificationDecisionRepository.Decision> all,
      List<VerificationAppeal> appeals) {
    var restricting = latestRestriction(all);
    return restricting != null && appeals.stream().noneMatch(a -> "OPEN".equals(a.status())
        || a.decisionId().equals(restricting.id()))
        && restricting.decidedAt().plus(COMPLAINT_WINDOW).isAfter(clock.instant())
        && (c.status() == Status.REJECTED || c.status() == Status.EXPIRED || c.informSuspendedAt() != null);
  }

  /** The latest decision if it restricted the seller. */
  static JdbcVerificationDecisionRepository.Decision latestRestriction(
      List<JdbcVerificationDecisionRepository.Decision> all) {
    var restricting = all.stream().filter(d -> List.of("REJECTED", "EXPIRED", "SUSPENDED", "APPROVED", "REINSTATED")
        .contains(d.outcome())).reduce((a, b) -> b).orElse(null);
    return restricting != null && List.of("REJECTED", "EXPIRED", "SUSPENDED").contains(restricting.outcome())
        ? restricting : null;
  }

  static Map<String, Object> document(JdbcTraderDataRepository.Document d) {
    var m = new LinkedHashMap<String, Object>();
    m.put("id", d.id());
    m.put("kind", d.kind());
    m.put("contentType", d.contentType());
    m.put("size", d.size());
    m.put("executiveId", d.executiveId());
    m.put("challengeId", d.challengeId());
    m.put("round", d.round());
    m.put("uploadedAt", d.createdAt());
    return m;
  }
}
