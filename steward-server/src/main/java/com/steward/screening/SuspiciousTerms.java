package com.steward.screening;

import com.steward.audit.AuditLog;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suspicious terms screening looks for ({@code replica}, {@code 1:1}, {@code 高仿}, ...), kept
 * as data per language and seeded with the core's defaults. Staff add and remove them; every
 * change is audited and rebuilds the screener.
 */
@Service
public class SuspiciousTerms {

  private final JdbcSuspiciousTermRepository repository;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final com.steward.platform.security.Permissions permissions;

  SuspiciousTerms(JdbcSuspiciousTermRepository repository, AuditLog audit, ApplicationEventPublisher events,
      Clock clock,
      com.steward.platform.security.Permissions permissions) {
    this.permissions = permissions;
    this.repository = repository;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  public record Term(String term, String language, String addedBy, Instant addedAt) {}

  /** Published in the transaction that added ({@code added}) or removed a term. */
  public record Changed(String term, boolean added) {}

  /** The terms, as screening takes them. */
  public List<String> terms() {
    return repository.all().stream().map(Term::term).toList();
  }

  public List<Term> list(Actor staff) {
    staff.requireStaff();
    return repository.all();
  }

  @Transactional
  public Term add(Actor staff, @Nullable String term, @Nullable String language) {
    requirePublisher(staff);
    var c = new Check();
    String t = term(c, term);
    String l = c.text("language", language, 3);
    if (l != null && !l.matches("[a-z]{2,3}")) {
      c.add("language", "an ISO 639 code in lower case, e.g. en, zh");
    }
    c.done();
    if (!repository.insert(t, l, staff.label(), clock.instant())) {
      throw new ConflictException("term", "\"" + t + "\" is already on the list");
    }
    audit.record(staff, "suspicious_term.added", "suspicious_term", t, Map.of("language", l));
    events.publishEvent(new Changed(t, true));
    return repository.all().stream().filter(x -> x.term().equals(t)).findFirst().orElseThrow();
  }

  /**
   * A term as it may be listed: 1 to 100 chars without control chars, and a letter or a digit
   * once normalised ("--" would make every title with a dash suspicious). The command line's
   * terms file is checked by the same rule.
   */
  static @Nullable String term(Check c, @Nullable String term) {
    String t = c.text("term", term == null ? null : term.strip(), 100);
    if (t != null && !com.steward.core.screening.TextNormalizer.hasLetterOrDigit(t)) {
      c.add("term", "has no letters or digits");
    }
    return t;
  }

  @Transactional
  public void remove(Actor staff, String term) {
    requirePublisher(staff);
    if (term.chars().anyMatch(Character::isISOControl) || !repository.delete(term)) {
      throw new NotFoundException("suspicious term", term);
    }
    audit.record(staff, "suspicious_term.removed", "suspicious_term", term, Map.of());
    events.publishEvent(new Changed(term, false));
  }

  /**
   * A change of the list is in force at once, as a published rule set is: it takes the permission
   * to publish rules ({@code RULES_PUBLISH}), not only an analyst's role.
   */
  private void requirePublisher(Actor staff) {
    staff.requireStaff();
    permissions.require(staff, com.steward.platform.security.Permission.RULES_PUBLISH);
  }
}
