package com.steward.screening;

import com.steward.audit.AuditLog;
import com.steward.core.screening.rules.RuleSet;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Permission;
import com.steward.platform.security.Permissions;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule sets as versioned data. Authors (permission {@link Permission#RULES_AUTHOR}) write drafts;
 * a publisher ({@link Permission#RULES_PUBLISH}) who did not write the draft puts it in use, which
 * retires the one before and, unless asked not to, starts a sweep of the catalogue. A retired
 * version can be published again to roll back. Every step is in the audit log.
 */
@Service
public class RuleSets {

  private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
  private static final String SEEDER = "system:rules";

  private final JdbcRuleSetRepository repository;
  private final Permissions permissions;
  private final AuditLog audit;
  private final Sweeps sweeps;
  private final ApplicationEventPublisher events;
  private final JsonMapper json;
  private final Clock clock;

  RuleSets(JdbcRuleSetRepository repository, Permissions permissions, AuditLog audit, Sweeps sweeps,
      ApplicationEventPublisher events, JsonMapper json, Clock clock) {
    this.repository = repository;
    this.permissions = permissions;
    this.audit = audit;
    this.sweeps = sweeps;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  /** A stored rule set; {@code body} is its JSON in the form {@link RuleSetJson} reads. */
  public record Stored(String version, String status, String body, @Nullable String basedOn, String note,
      String authoredBy, List<String> authors, Instant createdAt, Instant updatedAt, @Nullable String publishedBy,
      @Nullable Instant publishedAt, @Nullable Instant retiredAt) {

    /**
     * A digest of the rules as stored: a publisher names the digest of the rules they reviewed,
     * so that a draft changed since is not put in use unread.
     */
    public String digest() {
      try {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
            .digest(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      } catch (java.security.NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Whether {@code label} wrote any version of this draft ({@code authors} holds the last editor too). */
    public boolean writtenBy(String label) {
      return authors.contains(label);
    }
  }

  /** Published after commit when another rule set is put in use. */
  public record RuleSetPublished(String version) {}

  /** Result of a publication: the rule set now in use, and the sweep that applies it, if one was started. */
  public record Published(Stored ruleSet, @Nullable UUID sweepId) {}

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  @Transactional
  public void seed() {
    RuleSet standard = RuleSet.standard();
    repository.seedPublished(standard.version(), json.writeValueAsString(RuleSetJson.write(standard)), SEEDER,
        clock.instant());
  }

  public List<Stored> list(Actor staff, int limit) {
    staff.requireStaff();
    return repository.list(Math.clamp(limit, 1, 500));
  }

  public Stored get(Actor staff, String version) {
    staff.requireStaff();
    return repository.find(version).orElseThrow(() -> new NotFoundException("rule set", version));
  }

  /** A new draft, from the rule-set JSON; the version is the body's {@code version}. */
  @Transactional
  public Stored draft(Actor author, JsonNode body, @Nullable String basedOn, @Nullable String note) {
    permissions.require(author, Permission.RULES_AUTHOR);
    RuleSet rules = RuleSetJson.parse(body);
    checkVersion(rules.version());
    var c = new Check();
    String why = c.optionalText("note", note, 2000);
    if (basedOn != null && (!VERSION.matcher(basedOn).matches() || repository.find(basedOn).isEmpty())) {
      c.add("basedOn", "no rule set " + basedOn);
    }
    c.done();
    if (!repository.insertDraft(rules.version(), write(rules), basedOn, why == null ? "" : why, author.label(),
        clock.instant())) {
      throw new ConflictException("version", "rule set " + rules.version() + " already exists; pick a new version");
    }
    audit.record(author, "rule_set.drafted", "rule_set", rules.version(),
        Map.of("basedOn", basedOn == null ? "" : basedOn, "rules", rules.rules().size()));
    return repository.find(rules.version()).orElseThrow();
  }

  /** Replaces a draft's rules; whoever changes it is one of its authors from then on. */
  @Transactional
  public Stored revise(Actor author, String version, JsonNode body, @Nullable String note) {
    permissions.require(author, Permission.RULES_AUTHOR);
    Stored current = get(author, version);
    RuleSet rules = RuleSetJson.parse(body);
    if (!rules.version().equals(version)) {
      throw new InvalidRequestException("version", "must stay " + version + "; save a new version as a new draft");
    }
    var c = new Check();
    String why = note == null ? current.note() : c.optionalText("note", note, 2000);
    c.done();
    if (!repository.updateDraft(version, write(rules), why == null ? "" : why, author.label(), clock.instant())) {
      throw new ConflictException("rule set " + version + " is " + current.status() + "; only drafts change");
    }
    audit.record(author, "rule_set.revised", "rule_set", version, Map.of("rules", rules.rules().size()));
    return repository.find(version).orElseThrow();
  }

  @Transactional
  public Stored withdraw(Actor author, String version) {
    permissions.require(author, Permission.RULES_AUTHOR);
    Stored current = get(author, version);
    if (!repository.withdraw(version, clock.instant())) {
      throw new ConflictException("rule set " + version + " is " + current.status() + "; only drafts are withdrawn");
    }
    audit.record(author, "rule_set.withdrawn", "rule_set", version, Map.of());
    return repository.find(version).orElseThrow();
  }

  /**
   * Puts a draft (or a retired version, to roll back) in use. The publisher must hold
   * {@link Permission#RULES_PUBLISH}, must not have written any version of the draft, and names
   * the {@link Stored#digest() digest} of the rules they reviewed: a draft changed since is
   * refused (a retired version no longer changes, so its digest may be left out).
   */
  @Transactional
  public Published publish(Actor publisher, String version, boolean sweep, @Nullable String digest) {
    permissions.require(publisher, Permission.RULES_PUBLISH);
    repository.lockPublication();
    Stored target = get(publisher, version);
    if (target.writtenBy(publisher.label())) {
      throw new ForbiddenException("a rule set is published by someone who wrote none of it (its authors: "
          + String.join(", ", target.authors()) + ")");
    }
    if ("DRAFT".equals(target.status()) && (digest == null || digest.isBlank())) {
      throw new InvalidRequestException("digest", "required: the digest of the rules you reviewed, as the rule set's "
          + "page or GET /api/v1/rule-sets/" + version + " shows it");
    }
    if (digest != null && !digest.isBlank() && !digest.equals(target.digest())) {
      throw new ConflictException("digest", "rule set " + version + " changed since you read it (now "
          + target.digest() + "); read it again before publishing");
    }
    if (!"DRAFT".equals(target.status()) && !"RETIRED".equals(target.status())) {
      throw new ConflictException("rule set " + version + " is " + target.status()
          + "; only a draft or a retired version can be published");
    }
    parse(target.body());
    Instant now = clock.instant();
    String previous = repository.published().map(Stored::version).orElse("");
    repository.retirePublished(now);
    repository.publish(version, publisher.label(), now);
    audit.record(publisher, "rule_set.published", "rule_set", version, Map.of("previous", previous));
    events.publishEvent(new RuleSetPublished(version));
    UUID sweepId = sweep ? sweeps.start(publisher, "rule set " + version + " published") : null;
    return new Published(repository.find(version).orElseThrow(), sweepId);
  }

  /** The API's and the console's view of a stored rule set, with its rules as JSON. */
  public Map<String, Object> view(Stored s) {
    var out = summary(s);
    out.put("ruleSet", json.readTree(s.body()));
    return out;
  }

  public Map<String, Object> summary(Stored s) {
    var out = new LinkedHashMap<String, Object>();
    out.put("version", s.version());
    out.put("status", s.status());
    out.put("basedOn", s.basedOn());
    out.put("note", s.note());
    out.put("authoredBy", s.authoredBy());
    out.put("authors", s.authors());
    out.put("digest", s.digest());
    out.put("createdAt", s.createdAt());
    out.put("updatedAt", s.updatedAt());
    out.put("publishedBy", s.publishedBy());
    out.put("publishedAt", s.publishedAt());
    out.put("retiredAt", s.retiredAt());
    return out;
  }

  /** The stored rules, parsed. */
  public RuleSet rules(Stored s) {
    return parse(s.body());
  }

  private RuleSet parse(String body) {
    return RuleSetJson.parse(json.readTree(body));
  }

  private String write(RuleSet rules) {
    return json.writeValueAsString(RuleSetJson.write(rules));
  }

  private static void checkVersion(String version) {
    if (!VERSION.matcher(version).matches()) {
      throw new InvalidRequestException("version", "1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
  }
}
