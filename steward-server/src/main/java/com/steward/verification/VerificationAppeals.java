package com.steward.verification;

import com.steward.audit.AuditLog;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.outbox.Outbox;
import com.steward.platform.security.Actor;
import com.steward.statements.VerificationStatements.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints against a refusal, an expiry or an INFORM suspension (DSA Art. 20, Art. 30(4)): the
 * seller explains within six months; staff reverse the decision (the seller is approved, with a
 * statement that restores) or uphold it, with reasons the seller sees.
 */
@Service
public class VerificationAppeals {

  /** What staff may decide on a complaint. */
  public enum Decision {
    REVERSE,
    UPHOLD
  }

  private final CaseAccess access;
  private final JdbcVerificationRepository cases;
  private final JdbcVerificationDecisionRepository decisions;
  private final VerificationOutcomes outcomes;
  private final CaseViews views;
  private final Outbox outbox;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  VerificationAppeals(CaseAccess access, JdbcVerificationRepository cases, JdbcVerificationDecisionRepository decisions,
      VerificationOutcomes outcomes, CaseViews views, Outbox outbox, AuditLog audit, TransactionTemplate tx,
      Clock clock) {
    this.access = access;
    this.cases = cases;
    this.decisions = decisions;
    this.outcomes = outcomes;
    this.views = views;
    this.outbox = outbox;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  public VerificationAppeal file(Actor actor, String code, String sellerId,
      @Nullable String explanation) {
    return file(actor, access.own(actor, code, sellerId), explanation);
  }

  VerificationAppeal file(Actor actor, CaseAccess.Scoped s, @Nullable String explanation) {
    var c = new Check();
    String why = c.text("explanation", explanation, 20, 10_000);
    c.done();
    return tx.execute(t -> {
      VerificationCase vc = cases.lock(s.vcase().id()).orElseThrow();
      var all = decisions.decisions(vc.id());
      if (!views.appealable(vc, all, decisions.appeals(vc.id(), null, 50))) {
        throw new ConflictException("there is no refusal, expiry or suspension of the last six months to complain "
            + "about, or a complaint about it was already made");
      }
      var restricting = CaseViews.latestRestriction(all);
      var a = new VerificationAppeal(UUID.randomUUID(), vc.id(), restricting.id(), why, "OPEN",
          null, null, null, clock.instant());
      if (!decisions.insert(a)) {
        throw new ConflictException("a complaint about this case is already waiting");
      }
      audit.record(actor, "verification.appealed", "verification_case", vc.id(),
          Map.of("appeal", a.id().toString(), "decision", restricting.id().toString()));
      return a;
    });
  }

  /** Staff see every complaint; a seller its own. */
  public List<VerificationAppeal> list(Actor actor, @Nullable String status, int limit) {
    UUID caseId = switch (actor.role()) {
      case ADMIN, ANALYST -> null;
      case SELLER -> access.mine(actor).vcase().id();
      case RIGHTS_HOLDER, MARKETPLACE -> throw new ForbiddenException("complaints are for staff and the seller");
    };
    return decisions.appeals(caseId, status == null || status.isBlank() ? null : status, Math.clamp(limit, 1, 500));
  }

  public Map<String, Object> decide(Actor staff, UUID id, @Nullable Decision decision, @Nullable String reason) {
    staff.requireStaff();
    var c = new Check();
    c.required("decision", decision);
    String why = c.text("reason", reason, 2, 2000);
    c.done();
    return tx.execute(t -> {
      var a = decisions.lockAppeal(id).orElseThrow(() -> new NotFoundException("complaint", id));
      if (!"OPEN".equals(a.status())) {
        throw new ConflictException("the complaint was already decided: " + a.status());
      }
      VerificationCase vc = cases.lock(a.caseId()).orElseThrow();
      CaseAccess.Scoped s = access.byId(vc.id());
      Instant now = clock.instant();
      String status = decision == Decision.REVERSE ? "REVERSED" : "UPHELD";
      var out = new LinkedHashMap<String, Object>();
      out.put("id", id);
      out.put("status", status);
      if (decision == Decision.REVERSE) {
        String restores = decisions.decision(a.decisionId()).map(JdbcVerificationDecisionRepository.Decision::statementPuid)
            .orElse(null);
        out.put("statementOfReasons", outcomes.decide(new CaseAccess.Scoped(s.marketplace(), s.seller(), vc),
            Outcome.REINSTATED, why, staff, restores));
      }
      decisions.decideAppeal(id, status, why, staff.label(), now);
      var event = new LinkedHashMap<String, Object>();
      event.put("marketplace", s.marketplace().code());
      event.put("sellerId", s.seller().externalId());
      event.put("verificationCase", vc.id());
      event.put("complaint", id);
      event.put("outcome", status);
      event.put("reason", why);
      outbox.publish(s.marketplace().id(), "seller.verification_complaint_decided", event);
      audit.record(staff, "verification.appeal_" + status.toLowerCase(), "verification_case", vc.id(),
          Map.of("appeal", id.toString(), "reason", why));
      out.put("caseStatus", cases.byId(vc.id()).orElseThrow().status());
      return out;
    });
  }
}
