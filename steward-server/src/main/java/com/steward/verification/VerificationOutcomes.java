package com.steward.verification;

import com.steward.audit.AuditLog;
import com.steward.platform.outbox.Outbox;
import com.steward.platform.scheduling.Deadlines;
import com.steward.platform.security.Actor;
import com.steward.statements.VerificationStatements;
import com.steward.statements.VerificationStatements.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every outcome of a case does, in the caller's transaction: the decision row, its statement
 * of reasons, the marketplace's event, the audit entry, and the state and deadlines it leads to.
 */
@Component
class VerificationOutcomes {

  static final String REVERIFY = "verification-reverify";
  static final String GRACE = "verification-grace";
  /** The actor of the schedules' outcomes; the yearly deadline does not cancel itself while it runs. */
  static final String DEADLINE = "system:deadline";

  private final JdbcVerificationRepository cases;
  private final JdbcVerificationDecisionRepository decisions;
  private final JdbcTraderDataRepository data;
  private final VerificationStatements statements;
  private final Outbox outbox;
  private final AuditLog audit;
  private final Deadlines deadlines;
  private final VerificationSettings settings;
  private final Clock clock;

  VerificationOutcomes(JdbcVerificationRepository cases, JdbcVerificationDecisionRepository decisions,
      JdbcTraderDataRepository data, VerificationStatements statements, Outbox outbox, AuditLog audit,
      Deadlines deadlines, VerificationSettings settings, Clock clock) {
    this.cases = cases;
    this.decisions = decisions;
    this.data = data;
    this.statements = statements;
    this.outbox = outbox;
    this.audit = audit;
    this.deadlines = deadlines;
    this.settings = settings;
    this.clock = clock;
  }

  /** Records an outcome and moves the case; returns the statement's PUID. */
  @Transactional(propagation = Propagation.MANDATORY)
  String decide(CaseAccess.Scoped s, Outcome outcome, String reason, Actor by, @Nullable String restoresPuid) {
    VerificationCase c = s.vcase();
    Instant now = clock.instant();
    boolean automated = by.name().startsWith("system:");
    UUID id = UUID.randomUUID();
    String puid = VerificationStatements.puid(id);
    decisions.insert(new JdbcVerificationDecisionRepository.Decision(id, c.id(), c.round(), outcome.name(), reason,
        by.label(), automated, puid, now));
    statements.record(new VerificationStatements.Decided(id, s.marketplace(), s.seller(), outcome, reason, automated,
        c.submittedAt() == null ? c.createdAt() : c.submittedAt(), now, restoresPuid));
    switch (outcome) {
      case APPROVED, REINSTATED -> approve(c, reason, now, by);
      case REJECTED -> cases.status(c.id(), VerificationCase.Status.REJECTED, reason, now);
      case VIDEO_CALL_REQUESTED -> cases.status(c.id(), VerificationCase.Status.VIDEO_CALL_REQUESTED, reason, now);
      case EXPIRED -> cases.status(c.id(), VerificationCase.Status.EXPIRED, reason, now);
      case SUSPENDED -> cases.informSuspended(c.id(), now);
    }
    var event = new LinkedHashMap<String, Object>();
    event.put("marketplace", s.marketplace().code());
    event.put("sellerId", s.seller().externalId());
    event.put("verificationCase", c.id());
    event.put("outcome", outcome.name());
    event.put("reason", reason);
    event.put("statementOfReasons", puid);
    outbox.publish(s.marketplace().id(), eventType(outcome), event);
    audit.record(by, "verification." + outcome.name().toLowerCase(), "verification_case", c.id(),
        Map.of("decision", id.toString(), "reason", reason, "round", c.round()));
    return puid;
  }

  /**
   * Opens a new round for an approved seller: it must give (or confirm) its information and pass
   * review again before {@code grace} ends, or the case expires. The seller keeps trading meanwhile.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  void openRound(CaseAccess.Scoped s, String reason, java.time.Duration grace, Actor by) {
    VerificationCase c = s.vcase();
    Instant now = clock.instant();
    Instant until = now.plus(grace);
    cases.openRound(c.id(), reason, until, now);
    for (var e : data.executives(c.id())) {
      data.decideExecutive(e.id(), "PENDING", null, null, null);
    }
    if (!by.name().equals(DEADLINE)) {
      deadlines.cancel(REVERIFY, c.id());
    }
    deadlines.cancel(GRACE, c.id());
    deadlines.schedule(GRACE, c.id(), until);
    var event = new LinkedHashMap<String, Object>();
    event.put("marketplace", s.marketplace().code());
    event.put("sellerId", s.seller().externalId());
    event.put("verificationCase", c.id());
    event.put("reason", reason);
    event.put("answerBy", until.toString());
    outbox.publish(s.marketplace().id(), "seller.reverification_due", event);
    audit.record(by, "verification.round_opened", "verification_case", c.id(),
        Map.of("round", c.round() + 1, "reason", reason, "graceUntil", until.toString()));
  }

  private void approve(VerificationCase c, String reason, Instant now, Actor by) {
    Instant due = now.atOffset(ZoneOffset.UTC).plus(settings.reverifyAfter()).toInstant();
    cases.approved(c.id(), reason, now, due);
    for (var e : data.executives(c.id())) {
      if ("PENDING".equals(e.status())) {
        data.decideExecutive(e.id(), "APPROVED", reason, by.label(), now);
      }
    }
    deadlines.cancel(GRACE, c.id());
    deadlines.cancel(REVERIFY, c.id());
    deadlines.schedule(REVERIFY, c.id(), due);
  }

  private static String eventType(Outcome o) {
    return switch (o) {
      case APPROVED, REINSTATED -> "seller.verification_approved";
      case REJECTED -> "seller.verification_rejected";
      case VIDEO_CALL_REQUESTED -> "seller.video_call_requested";
      case EXPIRED -> "seller.verification_expired";
      case SUSPENDED -> "seller.inform_suspended";
    };
  }
}
