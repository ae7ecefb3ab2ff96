package com.steward.statements;

import com.steward.core.statements.AccountType;
import com.steward.core.statements.AutomatedDecision;
import com.steward.core.statements.ContentType;
import com.steward.core.statements.DecisionGround;
import com.steward.core.statements.DecisionVisibility;
import com.steward.core.statements.SourceType;
import com.steward.core.statements.StatementCategory;
import com.steward.core.statements.StatementOfReasons;
import com.steward.listings.Listing;
import com.steward.marketplaces.Marketplace;
import com.steward.platform.config.StewardProperties;
import com.steward.rightsholders.IpRight;
import com.steward.rightsholders.RightsHolder;
import com.steward.sellers.Seller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a statement of reasons (DSA Art. 17) for every restricting decision and every restore,
 * in the Transparency Database's vocabulary, and reads them back within the caller's scope.
 */
@Service
public class Statements {

  private final JdbcStatementRepository repository;
  private final StewardProperties props;
  private final JsonMapper json;
  private final Clock clock;

  Statements(JdbcStatementRepository repository, StewardProperties props, JsonMapper json, Clock clock) {
    this.repository = repository;
    this.props = props;
    this.json = json;
    this.clock = clock;
  }

  /** What a takedown on notice needs to be explained. */
  public record Takedown(UUID decisionId, UUID noticeItemId, Marketplace marketplace, Listing listing, Seller seller,
      RightsHolder notifier, IpRight right, String allegation, String reviewReason, boolean automatedDecision,
      Instant decidedAt, Instant counterNoticeDeadline, String counterNoticeUrl) {}

  /** What a restore needs to be explained. */
  public record Restore(UUID decisionId, UUID noticeItemId, Marketplace marketplace, Listing listing, Seller seller,
      String why, boolean automatedDecision, Instant decidedAt, @Nullable String restrictionPuid) {}

  /** Records the statement for a takedown; returns its PUID. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String takedown(Takedown t) {
    ZoneId zone = props.zone();
    String facts = ("The listing \"%s\" (id %s on %s) was removed after a notice under Article 16 DSA from %s, "
        + "alleging %s of the %s \"%s\"%s (%s). Staff reviewed the notice and accepted it: %s")
        .formatted(clip(t.listing().title(), 300), t.listing().externalId(), t.marketplace().name(), t.notifier().name(),
            t.allegation(), t.right().type().name().toLowerCase(), t.right().name(),
            t.right().registrationNumber() == null ? "" : ", registration " + t.right().registrationNumber(),
            t.right().jurisdiction(), t.reviewReason());
    String puid = "sor-" + t.decisionId();
    var sor = new StatementOfReasons(
        puid,
        Set.of(DecisionVisibility.DECISION_VISIBILITY_CONTENT_REMOVED),
        null, null, null, null,
        "BUSINESS".equals(t.seller().accountType()) ? AccountType.ACCOUNT_TYPE_BUSINESS : AccountType.ACCOUNT_TYPE_PRIVATE,
        DecisionGround.DECISION_GROUND_ILLEGAL_CONTENT,
        t.right().type().legalGround(),
        clip("The listing offers goods that the holder of the " + t.right().type().name().toLowerCase() + " \""
            + t.right().name() + "\" identified as " + t.allegation() + "; the right was verified by staff before the "
            + "notice was accepted.", 2000),
        Set.of(ContentType.CONTENT_TYPE_PRODUCT),
        StatementCategory.STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS,
        Set.of(t.right().type().keyword()),
        Set.copyOf(props.notices().territorialScope()),
        null,
        clampDate(LocalDate.ofInstant(t.listing().createdAt(), zone), LocalDate.of(2000, 1, 1)),
        clampDate(LocalDate.ofInstant(t.decidedAt(), zone), LocalDate.of(2020, 1, 1)),
        null,
        clip(facts, 5000),
        SourceType.SOURCE_ARTICLE_16,
        clip(t.notifier().name(), 500),
        false,
        t.automatedDecision() ? AutomatedDecision.AUTOMATED_DECISION_FULLY : AutomatedDecision.AUTOMATED_DECISION_NOT_AUTOMATED,
        redress(t.counterNoticeDeadline(), t.counterNoticeUrl(), zone));
    return storeRestriction(sor, t.decisionId(), null, t.noticeItemId(), null, t.marketplace(), t.listing(), t.seller());
  }

  /** What a block by proactive screening needs to be explained. */
  public record ScreeningBlock(UUID screeningDecisionId, Marketplace marketplace, Listing listing, Seller seller,
      String brand, List<String> rules, double score, String ruleSetVersion, Instant decidedAt) {}

  /**
   * Records the statement for a listing blocked by screening (own initiative, detected and decided
   * by automated means, on the marketplace's terms); returns its PUID.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public String screeningBlock(ScreeningBlock b) {
    ZoneId zone = props.zone();
    String puid = "sor-" + b.screeningDecisionId();
    String facts = ("The listing \"%s\" (id %s on %s) was blocked before it went live by automated screening "
        + "(rule set %s, score %.2f): the listing names the brand \"%s\" and the following rules applied: %s.")
        .formatted(clip(b.listing().title(), 300), b.listing().externalId(), b.marketplace().name(), b.ruleSetVersion(),
            b.score(), b.brand(), String.join(", ", b.rules()));
    var sor = new StatementOfReasons(
        puid,
        Set.of(DecisionVisibility.DECISION_VISIBILITY_CONTENT_DISABLED),
        null, null, null, null,
        "BUSINESS".equals(b.seller().accountType()) ? AccountType.ACCOUNT_TYPE_BUSINESS : AccountType.ACCOUNT_TYPE_PRIVATE,
        DecisionGround.DECISION_GROUND_INCOMPATIBLE_CONTENT,
        "Marketplace terms: listings may not offer counterfeit goods or misuse the trademarks of others",
        clip("Automated screening found signs that the listing offers counterfeit goods or misuses the brand \""
            + b.brand() + "\" (" + String.join(", ", b.rules()) + ").", 2000),
        Set.of(ContentType.CONTENT_TYPE_PRODUCT),
        StatementCategory.STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS,
        Set.of(com.steward.core.statements.CategoryKeyword.KEYWORD_TRADEMARK_INFRINGEMENT),
        Set.copyOf(props.notices().territorialScope()),
        null,
        clampDate(LocalDate.ofInstant(b.listing().createdAt(), zone), LocalDate.of(2000, 1, 1)),
        clampDate(LocalDate.ofInstant(b.decidedAt(), zone), LocalDate.of(2020, 1, 1)),
        null,
        clip(facts, 5000),
        SourceType.SOURCE_VOLUNTARY,
        null,
        true,
        AutomatedDecision.AUTOMATED_DECISION_FULLY,
        "If you believe the listing is lawful, for example because you are authorised by the brand, you may "
            + "lodge a complaint through the internal complaint-handling system (DSA Art. 20) within six months; it "
            + "is decided by staff, not by automated means. You may also refer the dispute to a certified out-of-court "
            + "dispute settlement body (Art. 21) or seek redress before a court.");
    return storeRestriction(sor, null, b.screeningDecisionId(), null, null, b.marketplace(), b.listing(), b.seller());
  }

  /**
   * A restriction of a seller's account (DSA Art. 17(1)(c)-(d)): a suspension or a termination,
   * taken by staff or by automated means, on the marketplace's terms.
   */
  public record AccountRestriction(UUID accountDecisionId, Marketplace marketplace, Seller seller,
      com.steward.core.statements.DecisionAccount decision, String groundReference, String groundExplanation,
      StatementCategory category, Set<com.steward.core.statements.CategoryKeyword> keywords, String facts,
      boolean automated, Instant accountCreatedAt, Instant decidedAt, String redress) {}

  /** Records the statement for an account restriction; returns its PUID. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String accountRestriction(AccountRestriction r) {
    ZoneId zone = props.zone();
    String puid = "sor-account-" + r.accountDecisionId();
    var sor = new StatementOfReasons(
        puid, Set.of(), null, null, null, r.decision(),
        "BUSINESS".equals(r.seller().accountType()) ? AccountType.ACCOUNT_TYPE_BUSINESS : AccountType.ACCOUNT_TYPE_PRIVATE,
        DecisionGround.DECISION_GROUND_INCOMPATIBLE_CONTENT, clip(r.groundReference(), 500),
        clip(r.groundExplanation(), 2000), Set.of(ContentType.CONTENT_TYPE_PRODUCT), r.category(), r.keywords(),
        Set.copyOf(props.notices().territorialScope()), null,
        clampDate(LocalDate.ofInstant(r.accountCreatedAt(), zone), LocalDate.of(2000, 1, 1)),
        clampDate(LocalDate.ofInstant(r.decidedAt(), zone), LocalDate.of(2020, 1, 1)), null, clip(r.facts(), 5000),
        SourceType.SOURCE_VOLUNTARY, null, r.automated(),
        r.automated() ? AutomatedDecision.AUTOMATED_DECISION_PARTIALLY : AutomatedDecision.AUTOMATED_DECISION_NOT_AUTOMATED,
        r.redress());
    return storeRestriction(sor, null, null, null, r.accountDecisionId(), r.marketplace(), null, r.seller());
  }

  /** The statements about a seller's account (not its listings), oldest first. */
  public List<Map<String, Object>> forAccount(UUID sellerId) {
    return repository.forAccount(sellerId).stream().map(this::view).toList();
  }

  /**
   * Checks a restriction's statement against the Transparency Database's rules and stores it, about
   * a listing or (with {@code accountDecisionId} and no listing) about an account; returns its PUID.
   */
  private String storeRestriction(StatementOfReasons sor, @Nullable UUID decisionId, @Nullable UUID screeningDecisionId,
      @Nullable UUID noticeItemId, @Nullable UUID accountDecisionId, Marketplace marketplace, @Nullable Listing listing,
      Seller seller) {
    List<String> violations = sor.violations();
    if (!violations.isEmpty()) {
      throw new IllegalStateException("statement of reasons breaks the Transparency Database format: " + violations);
    }
    repository.insert(new JdbcStatementRepository.Row(UUID.randomUUID(), sor.puid(), "RESTRICTION", decisionId,
        screeningDecisionId, noticeItemId, marketplace.id(), listing == null ? null : listing.id(), seller.id(),
        sor.decisionGround().name(), sor.sourceType().name(), sor.automatedDetection(), sor.automatedDecision().name(),
        json.writeValueAsString(sor.toTransparencyDatabase()), sor.decisionFacts(), sor.redress(), clock.instant()),
        accountDecisionId);
    return sor.puid();
  }

  /** Records the statement for a restore; returns its PUID. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String restore(Restore r) {
    String puid = "sor-" + r.decisionId();
    String facts = clip(("The listing \"%s\" (id %s on %s) was restored: %s")
        .formatted(clip(r.listing().title(), 300), r.listing().externalId(), r.marketplace().name(), r.why()), 5000);
    var record = new LinkedHashMap<String, Object>();
    record.put("puid", puid);
    record.put("restores_puid", r.restrictionPuid());
    record.put("decision", "RESTORED");
    record.put("decision_facts", facts);
    record.put("source_type", SourceType.SOURCE_ARTICLE_16.name());
    record.put("automated_detection", "No");
    record.put("automated_decision", (r.automatedDecision() ? AutomatedDecision.AUTOMATED_DECISION_FULLY
        : AutomatedDecision.AUTOMATED_DECISION_NOT_AUTOMATED).name());
    record.put("application_date", LocalDate.ofInstant(r.decidedAt(), props.zone()).toString());
    String redress = "The listing is visible again. If you disagree with this decision you may lodge a complaint "
        + "through the internal complaint-handling system (DSA Art. 20) within six months, refer the dispute to a "
        + "certified out-of-court dispute settlement body (Art. 21), or seek redress before a court.";
    repository.insert(new JdbcStatementRepository.Row(UUID.randomUUID(), puid, "RESTORATION", r.decisionId(), null,
        r.noticeItemId(), r.marketplace().id(), r.listing().id(), r.seller().id(),
        DecisionGround.DECISION_GROUND_ILLEGAL_CONTENT.name(), SourceType.SOURCE_ARTICLE_16.name(), false,
        (String) record.get("automated_decision"), json.writeValueAsString(record), facts, redress, clock.instant()));
    return puid;
  }

  /** A block by screening lifted by staff on the seller's complaint. */
  public record ScreeningLift(UUID appealId, UUID screeningDecisionId, Marketplace marketplace, Listing listing,
      Seller seller, String why, Instant decidedAt) {}

  /** Records the statement for a screening block lifted on complaint; returns its PUID. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String screeningLift(ScreeningLift l) {
    String facts = ("The block of the listing \"%s\" (id %s on %s) was lifted by staff on the seller's complaint: %s")
        .formatted(clip(l.listing().title(), 300), l.listing().externalId(), l.marketplace().name(), l.why());
    return restoration("sor-lift-" + l.appealId(), l.screeningDecisionId(), l.marketplace(), l.listing(), l.seller(),
        facts, false, l.decidedAt(), "The listing is visible again, and screening will not block it again for the same"
            + " content. If it is later restricted for other reasons, you will get a new statement of reasons.");
  }

  /** A block by screening that a sweep found no longer holds: the rules or the knowledge changed, not the listing. */
  public record ScreeningRestore(UUID restoringDecisionId, UUID blockDecisionId, Marketplace marketplace,
      Listing listing, Seller seller, String ruleSetVersion, Instant decidedAt) {}

  /** Records the statement for a screening block ended by a later screening of the same content; returns its PUID. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String screeningRestore(ScreeningRestore r) {
    String facts = ("The block of the listing \"%s\" (id %s on %s) was lifted: screened again, unchanged, with"
        + " rule set %s and the brand knowledge of %s, it is no longer blocked.")
        .formatted(clip(r.listing().title(), 300), r.listing().externalId(), r.marketplace().name(),
            r.ruleSetVersion(), LocalDate.ofInstant(r.decidedAt(), props.zone()));
    return restoration("sor-restore-" + r.restoringDecisionId(), r.blockDecisionId(), r.marketplace(), r.listing(),
        r.seller(), facts, true, r.decidedAt(),
        "The listing is visible again. If it is later restricted, you will get a new statement of reasons.");
  }

  /**
   * A statement that ends the screening block {@code blockDecisionId} (kind RESTORATION, pointing at
   * the block's statement); {@code automated} when screening, not a person, ended it.
   */
  private String restoration(String puid, UUID blockDecisionId, Marketplace marketplace, Listing listing,
      Seller seller, String facts, boolean automated, Instant decidedAt, String redress) {
    String clipped = clip(facts, 5000);
    AutomatedDecision how = automated ? AutomatedDecision.AUTOMATED_DECISION_FULLY
        : AutomatedDecision.AUTOMATED_DECISION_NOT_AUTOMATED;
    var record = new LinkedHashMap<String, Object>();
    record.put("puid", puid);
    record.put("restores_puid", "sor-" + blockDecisionId);
    record.put("decision", "RESTORED");
    record.put("decision_facts", clipped);
    record.put("source_type", SourceType.SOURCE_VOLUNTARY.name());
    record.put("automated_detection", automated ? "Yes" : "No");
    record.put("automated_decision", how.name());
    record.put("application_date", LocalDate.ofInstant(decidedAt, props.zone()).toString());
    repository.insert(new JdbcStatementRepository.Row(UUID.randomUUID(), puid, "RESTORATION", null, blockDecisionId,
        null, marketplace.id(), listing.id(), seller.id(), DecisionGround.DECISION_GROUND_INCOMPATIBLE_CONTENT.name(),
        SourceType.SOURCE_VOLUNTARY.name(), automated, how.name(), json.writeValueAsString(record), clipped, redress,
        clock.instant()));
    return puid;
  }

  /** The statements about one listing, oldest first. The caller has checked that it may see the listing. */
  public List<Map<String, Object>> forListing(UUID listingId) {
    return repository.forListing(listingId).stream().map(this::view).toList();
  }

  /** The statements about one notice item, oldest first. */
  public List<Map<String, Object>> forItem(UUID itemId) {
    return repository.forItem(itemId).stream().map(this::view).toList();
  }

  /** The statements of many notice items, by item, oldest first. */
  public Map<UUID, List<Map<String, Object>>> forItems(java.util.Collection<UUID> itemIds) {
    var out = new java.util.HashMap<UUID, List<Map<String, Object>>>();
    for (JdbcStatementRepository.Row r : repository.forItems(itemIds)) {
      out.computeIfAbsent(r.noticeItemId(), k -> new java.util.ArrayList<>()).add(view(r));
    }
    return out;
  }

  /** The statements with these PUIDs, oldest first. The caller has checked that it may see them. */
  public List<Map<String, Object>> byPuids(java.util.Collection<String> puids) {
    return repository.byPuids(puids).stream().map(this::view).toList();
  }

  public @Nullable String latestRestrictionPuid(UUID itemId) {
    return repository.forItem(itemId).stream().filter(r -> "RESTRICTION".equals(r.kind())).map(
        JdbcStatementRepository.Row::puid).reduce((a, b) -> b).orElse(null);
  }

  private Map<String, Object> view(JdbcStatementRepository.Row r) {
    var out = new LinkedHashMap<String, Object>();
    out.put("puid", r.puid());
    out.put("kind", r.kind());
    out.put("noticeItemId", r.noticeItemId());
    out.put("createdAt", r.createdAt());
    out.put("transparencyDatabase", json.readValue(r.tdbJson(), Map.class));
    out.put("redress", r.redress());
    return out;
  }

  private static String redress(Instant deadline, String url, ZoneId zone) {
    return ("You may dispute this decision with a counter-notice until %s (%s), explaining why the listing does not "
        + "infringe and attaching evidence such as invoices or authorisations from the brand. You may also lodge a "
        + "complaint through the internal complaint-handling system (DSA Art. 20) within six months, refer the dispute "
        + "to a certified out-of-court dispute settlement body (Art. 21), or seek redress before a court.")
        .formatted(deadline.atZone(zone).toLocalDateTime().withNano(0) + " " + zone, url);
  }

  private static LocalDate clampDate(LocalDate d, LocalDate min) {
    return d.isBefore(min) ? min : d;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
