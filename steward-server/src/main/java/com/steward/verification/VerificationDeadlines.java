package com.steward.verification;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.steward.audit.AuditLog;
import com.steward.platform.security.Actor;
import com.steward.sellers.SellerEvents;
import com.steward.statements.VerificationStatements.Outcome;
import com.steward.verification.VerificationCase.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable schedules of verification (db-scheduler one-time tasks, one per case and kind): the
 * yearly re-verification, the end of its grace period, the INFORM ten-day window and the deletion
 * six months after the relationship ends. Each handler re-reads the case and does nothing if the
 * deadline has become moot. Triggers from other features open a re-verification at once.
 */
@Configuration(proxyBeanMethods = false)
public class VerificationDeadlines {

  static final String INFORM = "verification-inform";
  static final String PURGE = "verification-purge";
  private static final Actor DEADLINE = Actor.system("deadline");

  private final CaseAccess access;
  private final JdbcVerificationRepository cases;
  private final VerificationOutcomes outcomes;
  private final TraderDataRetention retention;
  private final InformVolumes inform;
  private final VerificationSettings settings;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  VerificationDeadlines(CaseAccess access, JdbcVerificationRepository cases, VerificationOutcomes outcomes,
      TraderDataRetention retention, InformVolumes inform, VerificationSettings settings, AuditLog audit,
      TransactionTemplate tx, Clock clock) {
    this.audit = audit;
    this.access = access;
    this.cases = cases;
    this.outcomes = outcomes;
    this.retention = retention;
    this.inform = inform;
    this.settings = settings;
    this.tx = tx;
    this.clock = clock;
  }

  @Bean
  OneTimeTask<Void> verificationReverifyTask() {
    return Tasks.oneTime(VerificationOutcomes.REVERIFY).execute((inst, ctx) -> reverify(UUID.fromString(inst.getId())));
  }

  @Bean
  OneTimeTask<Void> verificationGraceTask() {
    return Tasks.oneTime(VerificationOutcomes.GRACE).execute((inst, ctx) -> expire(UUID.fromString(inst.getId())));
  }

  @Bean
  OneTimeTask<Void> verificationInformTask() {
    return Tasks.oneTime(INFORM).execute((inst, ctx) -> informDeadline(UUID.fromString(inst.getId())));
  }

  @Bean
  OneTimeTask<Void> verificationPurgeTask() {
    return Tasks.oneTime(PURGE).execute((inst, ctx) -> retention.purge(UUID.fromString(inst.getId())));
  }

  /** Twelve months after approval: the seller must be verified again. */
  void reverify(UUID caseId) {
    tx.executeWithoutResult(t -> {
      VerificationCase c = cases.lock(caseId).orElse(null);
      Instant now = clock.instant();
      if (c != null && c.status() == Status.APPROVED && c.reverifyDueAt() != null && !c.reverifyDueAt().isAfter(now)
          && c.relationshipEndedAt() == null) {
        outcomes.openRound(withCase(c), "yearly re-verification", settings.annualGrace(), DEADLINE);
      }
    });
  }

  /** The grace period of a re-verification ended: if the seller did not answer, the case expires. */
  void expire(UUID caseId) {
    tx.executeWithoutResult(t -> {
      VerificationCase c = cases.lock(caseId).orElse(null);
      if (c != null && c.status() == Status.REVERIFICATION_DUE && c.graceUntil() != null
          && !c.graceUntil().isAfter(clock.instant())) {
        outcomes.decide(withCase(c), Outcome.EXPIRED, "not verified again by " + c.graceUntil() + " (" + c.roundReason()
            + ")", DEADLINE, null);
      }
    });
  }

  /** Ten days after a seller became high-volume: without verified information, its sales are suspended. */
  void informDeadline(UUID caseId) {
    tx.executeWithoutResult(t -> {
      VerificationCase c = cases.lock(caseId).orElse(null);
      if (c != null && c.highVolume() && c.informSuspendedAt() == null && c.informDeadline() != null
          && !c.informDeadline().isAfter(clock.instant()) && !inform.compliant(c)) {
        outcomes.decide(withCase(c), Outcome.SUSPENDED, "high-volume seller since " + c.highVolumeSince()
            + "; its information was not verified by " + c.informDeadline(), DEADLINE, null);
      }
    });
  }

  /**
   * Another feature found a reason to check the seller again (a link to a banned cluster, a burst
   * of upheld notices, ...): an approved seller gets a re-verification at once; otherwise the
   * reason is kept on the case for the analyst who reviews it.
   */
  @EventListener
  void on(SellerEvents.ReverificationTriggered e) {
    tx.executeWithoutResult(t -> {
      var found = access.ofSeller(e.sellerId());
      if (found.isEmpty()) {
        return;
      }
      CaseAccess.Scoped seller = found.get();
      VerificationCase c = cases.lock(seller.vcase().id()).orElseThrow();
      Instant now = clock.instant();
      cases.trigger(c.id(), e.reason(), now);
      if (c.status() == Status.APPROVED && c.relationshipEndedAt() == null) {
        outcomes.openRound(new CaseAccess.Scoped(seller.marketplace(), seller.seller(), c), e.reason(),
            settings.triggerGrace(), Actor.system("trigger"));
      } else {
        audit.record(Actor.system("trigger"), "verification.trigger_noted", "verification_case", c.id(),
            Map.of("reason", e.reason(), "status", c.status().name()));
      }
    });
  }

  private CaseAccess.Scoped withCase(VerificationCase c) {
    CaseAccess.Scoped s = access.byId(c.id());
    return new CaseAccess.Scoped(s.marketplace(), s.seller(), c);
  }
}
