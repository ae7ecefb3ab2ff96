package com.steward.verification;

import com.steward.audit.AuditLog;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.statements.VerificationStatements.Outcome;
import com.steward.verification.VerificationCase.Status;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analysts' side: the review queue, a case opened for review (an audited read of the trader
 * information), decisions on the case and on each executive, and documents served one by one,
 * each read audited. Decisions are staff's, never the provider's.
 */
@Service
public class VerificationReview {

  /** A decision staff may take on a case. */
  public enum Decision {
    APPROVE,
    REJECT,
    REQUEST_VIDEO_CALL
  }

  /** A document opened for someone allowed to see it. */
  public record OpenedDocument(UUID id, String kind, String contentType, byte[] content) {}

  static final List<Status> QUEUE = List.of(Status.SUBMITTED, Status.IN_REVIEW, Status.VIDEO_CALL_REQUESTED);

  private final CaseAccess access;
  private final JdbcVerificationRepository cases;
  private final JdbcTraderDataRepository data;
  private final TraderVault vault;
  private final CaseViews views;
  private final VerificationOutcomes outcomes;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  VerificationReview(CaseAccess access, JdbcVerificationRepository cases, JdbcTraderDataRepository data,
      TraderVault vault, CaseViews views, VerificationOutcomes outcomes, AuditLog audit, TransactionTemplate tx,
      Clock clock) {
    this.access = access;
    this.cases = cases;
    this.data = data;
    this.vault = vault;
    this.views = views;
    this.outcomes = outcomes;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  /** Cases waiting for staff ({@code status}: comma-separated states; default the review states), oldest first. */
  public List<Map<String, Object>> queue(Actor actor, @Nullable String status, int limit) {
    actor.requireStaff();
    List<Status> statuses = QUEUE;
    if (status != null && !status.isBlank()) {
      try {
        statuses = Arrays.stream(status.split(",")).map(String::strip).map(Status::valueOf).toList();
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException("status", "comma-separated states among " + Arrays.toString(Status.values()));
      }
    }
    return cases.queue(statuses, Math.clamp(limit, 1, 500)).stream().map(c -> views.summary(access.byId(c.id())))
        .toList();
  }

  /** The case with its trader information opened, for review; the read is audited. */
  public Map<String, Object> detail(Actor actor, UUID caseId) {
    CaseAccess.Scoped s = access.staff(actor, caseId);
    return tx.execute(t -> views.forStaff(s, actor));
  }

  public Map<String, Object> decide(Actor actor, UUID caseId, @Nullable Decision decision, @Nullable String reason) {
    actor.requireStaff();
    var c = new Check();
    c.required("decision", decision);
    String why = c.text("reason", reason, 2, 2000);
    c.done();
    return tx.execute(t -> {
      VerificationCase vc = access.lockForChange(caseId);
      if (!vc.status().decidable()) {
        throw new ConflictException("the case is " + vc.status() + "; staff decide cases in review");
      }
      if (decision == Decision.APPROVE && data.executives(vc.id()).stream()
          .anyMatch(e -> "REJECTED".equals(e.status()))) {
        throw new ConflictException("decision", "an executive was rejected: the enterprise cannot be approved");
      }
      if (decision == Decision.REQUEST_VIDEO_CALL && vc.status() == Status.VIDEO_CALL_REQUESTED) {
        throw new ConflictException("decision", "a video call was already requested");
      }
      Outcome outcome = switch (decision) {
        case APPROVE -> Outcome.APPROVED;
        case REJECT -> Outcome.REJECTED;
        case REQUEST_VIDEO_CALL -> Outcome.VIDEO_CALL_REQUESTED;
      };
      CaseAccess.Scoped s = access.byId(caseId);
      String puid = outcomes.decide(new CaseAccess.Scoped(s.marketplace(), s.seller(), vc), outcome, why, actor, null);
      var out = new LinkedHashMap<String, Object>();
      out.put("id", caseId);
      out.put("status", cases.byId(caseId).orElseThrow().status());
      out.put("statementOfReasons", puid);
      return out;
    });
  }

  /** Staff approve or reject one executive of an enterprise (pending ones are approved with the case). */
  public Map<String, Object> decideExecutive(Actor actor, UUID caseId, UUID executiveId, @Nullable Decision decision,
      @Nullable String reason) {
    actor.requireStaff();
    var c = new Check();
    if (decision != Decision.APPROVE && decision != Decision.REJECT) {
      c.add("decision", "APPROVE or REJECT");
    }
    String why = c.text("reason", reason, 2, 2000);
    c.done();
    return tx.execute(t -> {
      VerificationCase vc = access.lockForChange(caseId);
      if (!vc.status().decidable()) {
        throw new ConflictException("the case is " + vc.status() + "; staff decide cases in review");
      }
      if (data.executives(vc.id()).stream().noneMatch(e -> e.id().equals(executiveId))) {
        throw new NotFoundException("executive", executiveId);
      }
      String status = decision == Decision.APPROVE ? "APPROVED" : "REJECTED";
      data.decideExecutive(executiveId, status, why, actor.label(), clock.instant());
      audit.record(actor, "verification.executive_" + status.toLowerCase(), "verification_case", vc.id(),
          Map.of("executive", executiveId.toString(), "reason", why));
      return Map.of("id", executiveId, "status", status);
    });
  }

  /** A document, for staff or for the seller it belongs to (anyone else: 404); every read is audited. */
  public OpenedDocument document(Actor actor, UUID documentId) {
    var d = data.document(documentId).orElseThrow(() -> new NotFoundException("document", documentId));
    CaseAccess.Scoped s = access.byId(d.caseId());
    boolean allowed = actor.isStaff() || (actor.role() == Role.SELLER && s.seller().id().equals(actor.sellerId()));
    if (!allowed) {
      throw new NotFoundException("document", documentId);
    }
    return tx.execute(t -> {
      byte[] content = vault.openDocument(documentId);
      audit.record(actor, "verification.document_read", "verification_document", documentId,
          Map.of("case", d.caseId().toString(), "kind", d.kind()));
      return new OpenedDocument(documentId, d.kind(), d.contentType(), content);
    });
  }
}
