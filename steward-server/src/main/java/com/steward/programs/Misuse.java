package com.steward.programs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.steward.audit.AuditLog;
import com.steward.core.programs.MisusePolicy;
import com.steward.core.programs.Outcomes;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * DSA Art. 23: notifiers whose notices are manifestly unfounded, and sellers whose counter-notices
 * are, are first warned; if the findings persist past the warning, their notices (or
 * counter-notices) are not processed for a time. Every step states its reasons and can be
 * appealed; staff decide the appeal. Reviewed nightly and on demand over the last six months.
 */
@Configuration(proxyBeanMethods = false)
public class Misuse {

  static final int WINDOW_MONTHS = 6;

  private final JdbcMisuseRepository repository;
  private final Reputations reputations;
  private final Programs programs;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final Clock clock;

  Misuse(JdbcMisuseRepository repository, Reputations reputations, Programs programs, AuditLog audit,
      TransactionTemplate tx, Clock clock) {
    this.repository = repository;
    this.reputations = reputations;
    this.programs = programs;
    this.audit = audit;
    this.tx = tx;
    this.clock = clock;
  }

  @Bean
  RecurringTask<Void> misuseReviewTask() {
    return Tasks.recurring("misuse-review", Schedules.daily(ZoneOffset.UTC, LocalTime.of(3, 30)))
        .execute((inst, ctx) -> review());
  }

  /** Reads every active notifier's and counter-noticing seller's record and moves their cases on. */
  public Map<String, Integer> review() {
    MisusePolicy policy = programs.settings().misuse();
    Instant now = clock.instant();
    Instant from = now.atOffset(ZoneOffset.UTC).minusMonths(WINDOW_MONTHS).toInstant();
    var out = new LinkedHashMap<String, Integer>();
    for (UUID h : repository.activeNotifiers(from)) {
      Outcomes o = reputations.reputation(h, WINDOW_MONTHS).outcomes();
      long[] top = repository.topSeller(h, from);
      int flagged = (int) reputations.byPrincipal(h, WINDOW_MONTHS).values().stream().filter(policy::unfounded).count();
      var signals = new MisusePolicy.NotifierSignals(o, top[0], top[1],
          repository.retaliatory(h, from, policy.retaliationDays()), flagged);
      step("NOTIFIER", h, policy.findings(signals), policy, now).ifPresent(s -> out.merge(s, 1, Integer::sum));
    }
    for (UUID s : repository.activeCounterNoticers(from)) {
      long[] c = repository.counterNotices(s, from);
      step("SELLER", s, policy.sellerFindings(c[0], c[1]), policy, now).ifPresent(x -> out.merge(x, 1, Integer::sum));
    }
    return out;
  }

  private java.util.Optional<String> step(String type, UUID subject, List<String> findings, MisusePolicy policy,
      Instant now) {
    return tx.execute(t -> {
      var open = repository.open(type, subject);
      Actor system = Actor.system("misuse");
      String what = "NOTIFIER".equals(type) ? "notices" : "counter-notices";
      if (open.isEmpty()) {
        if (findings.isEmpty()) {
          return java.util.Optional.<String>empty();
        }
        UUID id = UUID.randomUUID();
        String statement = "Warning under DSA Art. 23(1): your " + what + " appear manifestly unfounded: "
            + String.join("; ", findings) + ". If this continues after " + policy.graceDays()
            + " days, Steward will stop processing your " + what + " for " + policy.suspensionDays()
            + " days. You may explain or contest this by appealing.";
        repository.insert(id, type, subject, findings, statement, now);
        audit.record(system, "misuse.warned", subjectType(type), subject, Map.of("case", id.toString(),
            "findings", findings));
        return java.util.Optional.of("WARNED");
      }
      MisuseCase c = open.get();
      boolean graceOver = !c.warnedAt().plus(Duration.ofDays(policy.graceDays())).isAfter(now);
      if ("WARNED".equals(c.status()) && graceOver && !findings.isEmpty()) {
        Instant until = now.plus(Duration.ofDays(policy.suspensionDays()));
        String statement = "Suspension under DSA Art. 23(2): after the warning of " + c.warnedAt()
            + ", your " + what + " still appear manifestly unfounded: " + String.join("; ", findings)
            + ". Steward will not process your " + what + " from " + now + " to " + until
            + ". Grounds: DSA Art. 23(2) and the marketplace's terms on notices. Each finding was computed from the"
            + " outcomes of your " + what + " over the last " + WINDOW_MONTHS + " months. You may appeal this"
            + " decision; staff will review it and may lift the suspension.";
        repository.suspend(c.id(), findings, statement, now, until);
        audit.record(system, "misuse.suspended", subjectType(type), subject, Map.of("case", c.id().toString(),
            "until", until.toString(), "findings", findings));
        return java.util.Optional.of("SUSPENDED");
      }
      boolean cleared = "WARNED".equals(c.status()) && graceOver && findings.isEmpty();
      boolean served = "SUSPENDED".equals(c.status()) && c.suspendedUntil() != null && !c.suspendedUntil().isAfter(now);
      if (cleared || served) {
        repository.end(c.id(), "ENDED", now);
        audit.record(system, "misuse.ended", subjectType(type), subject, Map.of("case", c.id().toString()));
        return java.util.Optional.of("ENDED");
      }
      return java.util.Optional.<String>empty();
    });
  }

  /** Cases the actor may see: staff all, a notifier or a seller its own. */
  public List<MisuseCase> list(Actor actor, int limit) {
    int l = Math.clamp(limit, 1, 500);
    return switch (actor.role()) {
      case ADMIN, ANALYST -> repository.list(null, null, l);
      case RIGHTS_HOLDER -> repository.list("NOTIFIER", actor.rightsHolderId(), l);
      case SELLER -> repository.list("SELLER", actor.sellerId(), l);
      case MARKETPLACE -> throw new ForbiddenException("misuse cases are for staff and their subjects");
    };
  }

  public MisuseCase get(Actor actor, UUID id) {
    MisuseCase c = repository.find(id).orElseThrow(() -> new NotFoundException("misuse case", id));
    if (!actor.isStaff() && !isSubject(actor, c)) {
      throw new NotFoundException("misuse case", id);
    }
    return c;
  }

  /** The subject contests an open case, once. */
  public MisuseCase appeal(Actor actor, UUID id, @Nullable String explanation) {
    var ch = new Check();
    String text = ch.text("explanation", explanation, 20, 10_000);
    ch.done();
    return tx.execute(t -> {
      MisuseCase c = get(actor, id);
      if (!isSubject(actor, c)) {
        throw new ForbiddenException("only the notifier or seller concerned appeals");
      }
      if (!"WARNED".equals(c.status()) && !"SUSPENDED".equals(c.status())) {
        throw new ConflictException("the case is " + c.status() + "; there is nothing to appeal");
      }
      if (c.appealedAt() != null) {
        throw new ConflictException("this case was already appealed");
      }
      repository.appeal(id, text, clock.instant());
      audit.record(actor, "misuse.appealed", "misuse_case", id, Map.of("explanation", text));
      return repository.find(id).orElseThrow();
    });
  }

  /** Staff decide an appeal: UPHOLD keeps the case, LIFT ends it at once. */
  public MisuseCase decideAppeal(Actor staff, UUID id, @Nullable String decision, @Nullable String reason) {
    staff.requireStaff();
    var ch = new Check();
    if (!"UPHOLD".equals(decision) && !"LIFT".equals(decision)) {
      ch.add("decision", "UPHOLD or LIFT");
    }
    String why = ch.text("reason", reason, 2000);
    ch.done();
    return tx.execute(t -> {
      MisuseCase c = repository.find(id).orElseThrow(() -> new NotFoundException("misuse case", id));
      if (c.appealedAt() == null || c.appealDecision() != null) {
        throw new ConflictException("there is no appeal waiting on this case");
      }
      Instant now = clock.instant();
      repository.decideAppeal(id, decision + ": " + why, staff.label(), now);
      if ("LIFT".equals(decision) && ("WARNED".equals(c.status()) || "SUSPENDED".equals(c.status()))) {
        repository.end(id, "LIFTED", now);
      }
      audit.record(staff, "misuse.appeal_" + decision.toLowerCase(), "misuse_case", id, Map.of("reason", why));
      return repository.find(id).orElseThrow();
    });
  }

  private static boolean isSubject(Actor actor, MisuseCase c) {
    return "NOTIFIER".equals(c.subjectType()) && actor.role() == Role.RIGHTS_HOLDER
        && c.subjectId().equals(actor.rightsHolderId())
        || "SELLER".equals(c.subjectType()) && actor.role() == Role.SELLER && c.subjectId().equals(actor.sellerId());
  }

  private static String subjectType(String type) {
    return "NOTIFIER".equals(type) ? "rights_holder" : "seller";
  }
}
