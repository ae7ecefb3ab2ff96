package com.steward.programs;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import com.steward.audit.AuditLog;
import com.steward.core.programs.GoodFaithPolicy;
import com.steward.core.programs.Reputation;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.rightsholders.RightsHolders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Program memberships: staff enrol and end them; the Good Faith rules enrol and demote on the
 * record ({@link GoodFaithPolicy}), re-read after every settled item and every night; partner
 * memberships expire after their term and graduate into Good Faith on a good record. Every change
 * is in the audit log.
 */
@Configuration(proxyBeanMethods = false)
public class Programs {

  private final JdbcProgramRepository repository;
  private final Reputations reputations;
  private final RightsHolders rightsHolders;
  private final AuditLog audit;
  private final TransactionTemplate tx;
  private final JsonMapper json;
  private final Clock clock;

  Programs(JdbcProgramRepository repository, Reputations reputations, RightsHolders rightsHolders, AuditLog audit,
      TransactionTemplate tx, JsonMapper json, Clock clock) {
    this.repository = repository;
    this.reputations = reputations;
    this.rightsHolders = rightsHolders;
    this.audit = audit;
    this.tx = tx;
    this.json = json;
    this.clock = clock;
  }

  @Bean
  RecurringTask<Void> programsReviewTask() {
    return Tasks.recurring("programs-review", Schedules.daily(ZoneOffset.UTC, LocalTime.of(3, 0)))
        .execute((inst, ctx) -> reviewAll(Actor.system("programs")));
  }

  public ProgramSettings settings() {
    return repository.settings().map(s -> json.readValue(s, ProgramSettings.class)).orElse(ProgramSettings.DEFAULT);
  }

  public ProgramSettings updateSettings(Actor admin, JsonNode body) {
    if (admin.role() != Role.ADMIN) {
      throw new ForbiddenException("administrators configure the programs");
    }
    ProgramSettings s;
    try {
      s = json.treeToValue(body, ProgramSettings.class);
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause.getCause() != null && !(cause instanceof IllegalArgumentException)) {
        cause = cause.getCause();
      }
      String msg = cause instanceof IllegalArgumentException ? cause.getMessage() : "not a valid settings document";
      int colon = msg.indexOf(':');
      throw new InvalidRequestException(colon > 0 ? msg.substring(0, colon) : "settings",
          colon > 0 ? msg.substring(colon + 1).strip() : msg);
    }
    tx.executeWithoutResult(t -> {
      repository.saveSettings(json.writeValueAsString(s), admin.label(), clock.instant());
      audit.record(admin, "programs.settings_changed", "program_settings", 1, Map.of("settings",
          json.writeValueAsString(s)));
    });
    return s;
  }

  /** A notifier's memberships, newest first: staff, or the notifier itself. */
  public List<Membership> memberships(Actor actor, UUID holder) {
    requireVisible(actor, holder);
    return repository.of(holder);
  }

  /** Staff enrol a notifier; trusted-flagger status is for administrators to record. */
  public Membership enrol(Actor staff, UUID holder, @Nullable Program program, @Nullable String sponsor,
      @Nullable Instant expiresAt, @Nullable String reason) {
    staff.requireStaff();
    var c = new Check();
    c.required("program", program);
    String why = c.text("reason", reason, 2000);
    String sp = sponsor == null ? null : c.text("sponsor", sponsor, 200);
    if (program == Program.PARTNER && sp == null) {
      c.add("sponsor", "required for a partner program: the trade association that sponsors it");
    }
    Instant now = clock.instant();
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      c.add("expiresAt", "in the future");
    }
    c.done();
    if (program == Program.TRUSTED_FLAGGER && staff.role() != Role.ADMIN) {
      throw new ForbiddenException("administrators record trusted-flagger status");
    }
    rightsHolders.byId(holder).orElseThrow(() -> new NotFoundException("rights holder", holder));
    Instant expires = program == Program.PARTNER && expiresAt == null
        ? now.atOffset(ZoneOffset.UTC).plusMonths(settings().partnerTermMonths()).toInstant() : expiresAt;
    return tx.execute(t -> {
      repository.lock(holder);
      if (open(holder, program).isPresent()) {
        throw new ConflictException("program", "already in " + program);
      }
      return start(staff, holder, program, "STAFF", sp, why, expires);
    });
  }

  /** Staff end a membership. */
  public Membership end(Actor staff, UUID holder, Program program, @Nullable String reason) {
    staff.requireStaff();
    var c = new Check();
    String why = c.text("reason", reason, 2000);
    c.done();
    return tx.execute(t -> {
      repository.lock(holder);
      Membership m = open(holder, program).orElseThrow(() -> new NotFoundException("membership", program));
      finish(staff, m, "ENDED", why);
      return repository.of(holder).stream().filter(x -> x.id().equals(m.id())).findFirst().orElseThrow();
    });
  }

  /** The program whose expedited path a notifier's notices take, if any: the strongest it is in. */
  public Optional<Program> expediting(UUID holder) {
    return repository.of(holder).stream().filter(Membership::open).map(Membership::program)
        .min(Comparator.comparingInt(Programs::rank));
  }

  /** Applies the Good Faith rules to one notifier's record; returns what changed, if anything. */
  public Optional<String> evaluate(UUID holder) {
    ProgramSettings s = settings();
    GoodFaithPolicy policy = s.goodFaith();
    return tx.execute(t -> {
      repository.lock(holder);
      Reputation r = reputations.reputation(holder, policy.windowMonths());
      Optional<Membership> member = open(holder, Program.GOOD_FAITH);
      Instant now = clock.instant();
      boolean coolingOff = repository.lastDemotion(holder, Program.GOOD_FAITH)
          .map(at -> at.plus(Duration.ofDays(policy.coolOffDays())).isAfter(now)).orElse(false);
      Actor system = Actor.system("programs");
      GoodFaithPolicy.Verdict verdict = policy.judge(r, member.isPresent(), coolingOff);
      if (verdict == GoodFaithPolicy.Verdict.ENROL && open(holder, Program.PARTNER).isPresent()) {
        verdict = GoodFaithPolicy.Verdict.STAY; // a partner graduates at the end of its term
      }
      return switch (verdict) {
        case ENROL -> {
          start(system, holder, Program.GOOD_FAITH, "AUTOMATIC", null, describe(r, policy), null);
          yield Optional.of("ENROLLED");
        }
        case DEMOTE -> {
          finish(system, member.orElseThrow(), "DEMOTED", describe(r, policy) + "; cool-off of "
              + policy.coolOffDays() + " days before automatic enrolment");
          yield Optional.of("DEMOTED");
        }
        case STAY -> Optional.empty();
      };
    });
  }

  /**
   * The nightly review: partner memberships past their term graduate into Good Faith if the
   * record earns it, or expire; then every notifier active in the window is evaluated.
   */
  public Map<String, Integer> reviewAll(Actor by) {
    var out = new LinkedHashMap<String, Integer>();
    Instant now = clock.instant();
    ProgramSettings s = settings();
    for (Membership m : repository.open()) {
      if (m.program() == Program.PARTNER && m.expiresAt() != null && !m.expiresAt().isAfter(now)) {
        out.merge(tx.execute(t -> {
          repository.lock(m.rightsHolderId());
          Reputation r = reputations.reputation(m.rightsHolderId(), s.goodFaith().windowMonths());
          boolean earned = s.goodFaith().judge(r, false, false) == GoodFaithPolicy.Verdict.ENROL;
          if (!earned) {
            finish(by, m, "EXPIRED", "the partner term ended; " + describe(r, s.goodFaith()));
            return "EXPIRED";
          }
          finish(by, m, "GRADUATED", "the partner term ended on a good record");
          if (open(m.rightsHolderId(), Program.GOOD_FAITH).isEmpty()) {
            start(by, m.rightsHolderId(), Program.GOOD_FAITH, "GRADUATED", m.sponsor(), describe(r, s.goodFaith()),
                null);
          }
          return "GRADUATED";
        }), 1, Integer::sum);
      }
    }
    Set<UUID> notifiers = new LinkedHashSet<>(repository.activeNotifiers(
        now.atOffset(ZoneOffset.UTC).minusMonths(s.goodFaith().windowMonths()).toInstant()));
    repository.open().forEach(m -> notifiers.add(m.rightsHolderId()));
    for (UUID h : notifiers) {
      evaluate(h).ifPresent(change -> out.merge(change, 1, Integer::sum));
    }
    out.put("evaluated", notifiers.size());
    return out;
  }

  private Membership start(Actor by, UUID holder, Program program, String source, @Nullable String sponsor,
      String reason, @Nullable Instant expiresAt) {
    Membership m = new Membership(UUID.randomUUID(), holder, program, source, sponsor, reason, by.label(),
        clock.instant(), expiresAt, null, null, null, null);
    repository.insert(m);
    var detail = new LinkedHashMap<String, Object>();
    detail.put("program", program.name());
    detail.put("source", source);
    detail.put("reason", reason);
    if (sponsor != null) {
      detail.put("sponsor", sponsor);
    }
    if (expiresAt != null) {
      detail.put("expiresAt", expiresAt.toString());
    }
    audit.record(by, "program.enrolled", "rights_holder", holder, detail);
    return m;
  }

  private void finish(Actor by, Membership m, String kind, String reason) {
    repository.end(m.id(), kind, reason, by.label(), clock.instant());
    audit.record(by, "program." + kind.toLowerCase(), "rights_holder", m.rightsHolderId(),
        Map.of("program", m.program().name(), "reason", reason));
  }

  private Optional<Membership> open(UUID holder, Program program) {
    return repository.of(holder).stream().filter(m -> m.open() && m.program() == program).findFirst();
  }

  private void requireVisible(Actor actor, UUID holder) {
    rightsHolders.byId(holder).orElseThrow(() -> new NotFoundException("rights holder", holder));
    if (!actor.isStaff() && !holder.equals(actor.rightsHolderId())) {
      throw new NotFoundException("rights holder", holder);
    }
  }

  private static String describe(Reputation r, GoodFaithPolicy p) {
    return String.format(java.util.Locale.ROOT,
        "record over %d months: %d settled items, accuracy %.3f (lower bound %.3f), successful counter-notices %.3f",
        p.windowMonths(), r.outcomes().decided(), r.accuracy(), r.accuracyLower(), r.counterNoticeSuccess());
  }

  private static int rank(Program p) {
    return switch (p) {
      case TRUSTED_FLAGGER -> 0;
      case GOOD_FAITH -> 1;
      case PARTNER -> 2;
    };
  }
}
