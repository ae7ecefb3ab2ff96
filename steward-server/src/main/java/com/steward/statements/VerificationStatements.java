package com.steward.statements;

import com.steward.core.statements.AccountType;
import com.steward.core.statements.AutomatedDecision;
import com.steward.core.statements.CategoryKeyword;
import com.steward.core.statements.ContentType;
import com.steward.core.statements.DecisionGround;
import com.steward.core.statements.DecisionProvision;
import com.steward.core.statements.SourceType;
import com.steward.core.statements.StatementCategory;
import com.steward.core.statements.StatementOfReasons;
import com.steward.marketplaces.Marketplace;
import com.steward.platform.config.StewardProperties;
import com.steward.sellers.Seller;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Statements of reasons for the outcomes of seller verification. A refusal, an expiry or an INFORM
 * suspension restricts the service to the trader (DSA Art. 17(1)(c), Art. 30(3)) and is written in
 * the Transparency Database's shape; a reinstatement on complaint is a restoration; an approval or
 * a request for a video call restricts nothing and is an {@code OUTCOME}, told to the seller and
 * never exported. The statements say what was decided and why, never the trader's details.
 */
@Service
public class VerificationStatements {

  /** The verification outcomes a statement explains. */
  public enum Outcome {
    APPROVED,
    REJECTED,
    VIDEO_CALL_REQUESTED,
    EXPIRED,
    SUSPENDED,
    REINSTATED
  }

  /**
   * One outcome: {@code submittedAt} is when the trader information was given (the "content"
   * date), {@code restoresPuid} the restriction a reinstatement lifts.
   */
  public record Decided(UUID decisionId, Marketplace marketplace, Seller seller, Outcome outcome, String reason,
      boolean automated, Instant submittedAt, Instant decidedAt, @Nullable String restoresPuid) {}

  private static final String REDRESS = "You may lodge a complaint against this decision through the internal "
      + "complaint-handling system (DSA Art. 20) within six months, from your verification page; staff, not an "
      + "automated system, decide it. You may also refer the dispute to a certified out-of-court dispute settlement "
      + "body (Art. 21) or seek redress before a court.";

  private final JdbcStatementRepository repository;
  private final StewardProperties props;
  private final JsonMapper json;
  private final Clock clock;

  VerificationStatements(JdbcStatementRepository repository, StewardProperties props, JsonMapper json, Clock clock) {
    this.repository = repository;
    this.props = props;
    this.json = json;
    this.clock = clock;
  }

  /** The PUID of the statement of a verification decision. */
  public static String puid(UUID decisionId) {
    return "sor-ver-" + decisionId;
  }

  /** Records the statement of one outcome; returns its PUID. */
  @Transactional(propagation = Propagation.MANDATORY)
  public String record(Decided d) {
    return switch (d.outcome()) {
      case REJECTED, EXPIRED, SUSPENDED -> restriction(d);
      case APPROVED, VIDEO_CALL_REQUESTED, REINSTATED -> notice(d);
    };
  }

  private String restriction(Decided d) {
    String facts = switch (d.outcome()) {
      case REJECTED -> "Staff reviewed the trader information and documents the seller gave for verification "
          + "(DSA Art. 30) and refused them: " + d.reason();
      case EXPIRED -> "The seller was asked to confirm its trader information again and did not do so within the "
          + "period it was given: " + d.reason();
      default -> "The seller became a high-volume third-party seller under the INFORM Consumers Act and did not give "
          + "and verify the required information within the period it was given: " + d.reason();
    };
    boolean byDeadline = d.outcome() != Outcome.REJECTED;
    var sor = new StatementOfReasons(
        puid(d.decisionId()),
        Set.of(), null, null,
        DecisionProvision.DECISION_PROVISION_TOTAL_SUSPENSION,
        null,
        "BUSINESS".equals(d.seller().accountType()) ? AccountType.ACCOUNT_TYPE_BUSINESS : AccountType.ACCOUNT_TYPE_PRIVATE,
        DecisionGround.DECISION_GROUND_INCOMPATIBLE_CONTENT,
        "Marketplace terms: traders may offer products only after giving complete and reliable trader information "
            + "(DSA Art. 30(1)-(3))",
        clip("The service to the trader is suspended until its trader information is complete and verified.", 2000),
        Set.of(ContentType.CONTENT_TYPE_PRODUCT),
        StatementCategory.STATEMENT_CATEGORY_CONSUMER_INFORMATION,
        Set.of(CategoryKeyword.KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS),
        Set.copyOf(props.notices().territorialScope()),
        null,
        clampDate(LocalDate.ofInstant(d.submittedAt(), props.zone()), LocalDate.of(2000, 1, 1)),
        clampDate(LocalDate.ofInstant(d.decidedAt(), props.zone()), LocalDate.of(2020, 1, 1)),
        null,
        clip(facts, 5000),
        SourceType.SOURCE_VOLUNTARY,
        null,
        byDeadline,
        byDeadline ? AutomatedDecision.AUTOMATED_DECISION_FULLY : AutomatedDecision.AUTOMATED_DECISION_NOT_AUTOMATED,
        byDeadline ? "Give or confirm your trader information from your verification page and the suspension ends "
            + "once staff have verified it. " + REDRESS : REDRESS);
    List<String> violations = sor.violations();
    if (!violations.isEmpty()) {
      throw new IllegalStateException("statement of reasons breaks the Transparency Database format: " + violations);
    }
    insert(d, "RESTRICTION", sor.decisionGround().name(), sor.automatedDetection(), sor.automatedDecision().name(),
        json.writeValueAsString(sor.toTransparencyDatabase()), sor.decisionFacts(), sor.redress());
    return sor.puid();
  }

  private String notice(Decided d) {
    String facts = clip(switch (d.outcome()) {
      case APPROVED -> "Staff verified the trader information and documents the seller gave (DSA Art. 30(2)): "
          + d.reason();
      case VIDEO_CALL_REQUESTED -> "Staff need to see the seller on a video call before deciding on its verification: "
          + d.reason();
      default -> "Staff reversed the earlier decision on the seller's complaint: " + d.reason();
    }, 5000);
    String automated = (d.automated() ? AutomatedDecision.AUTOMATED_DECISION_FULLY
        : AutomatedDecision.AUTOMATED_DECISION_NOT_AUTOMATED).name();
    var record = new LinkedHashMap<String, Object>();
    record.put("puid", puid(d.decisionId()));
    if (d.restoresPuid() != null) {
      record.put("restores_puid", d.restoresPuid());
    }
    record.put("decision", d.outcome().name());
    record.put("decision_facts", facts);
    record.put("source_type", SourceType.SOURCE_VOLUNTARY.name());
    record.put("automated_detection", "No");
    record.put("automated_decision", automated);
    record.put("application_date", LocalDate.ofInstant(d.decidedAt(), props.zone()).toString());
    String redress = d.outcome() == Outcome.VIDEO_CALL_REQUESTED
        ? "Staff will contact you to arrange the call. Nothing is restricted meanwhile because of this request."
        : "You may trade. You will be asked to confirm your trader information again before the approval lapses.";
    insert(d, d.outcome() == Outcome.REINSTATED ? "RESTORATION" : "OUTCOME",
        DecisionGround.DECISION_GROUND_INCOMPATIBLE_CONTENT.name(), false, automated, json.writeValueAsString(record),
        facts, redress);
    return puid(d.decisionId());
  }

  private void insert(Decided d, String kind, String ground, boolean detection, String automated, String tdb,
      String facts, String redress) {
    repository.insert(new JdbcStatementRepository.Row(UUID.randomUUID(), puid(d.decisionId()), kind, null, null, null,
        d.marketplace().id(), null, d.seller().id(), ground, SourceType.SOURCE_VOLUNTARY.name(), detection, automated,
        tdb, facts, redress, clock.instant(), d.decisionId()));
  }

  private static LocalDate clampDate(LocalDate d, LocalDate min) {
    return d.isBefore(min) ? min : d;
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
