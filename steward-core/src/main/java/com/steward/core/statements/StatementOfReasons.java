package com.steward.core.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A statement of reasons (DSA Art. 17) in the shape of the EU Transparency Database.
 *
 * <p>{@code groundReference} holds {@code illegal_content_legal_ground} or
 * {@code incompatible_content_ground} and {@code groundExplanation} the matching explanation,
 * depending on {@link #decisionGround()}. {@code redress} is told to the affected user only and
 * never exported (Art. 17(3)(f)).
 */
public record StatementOfReasons(
    String puid,
    Set<DecisionVisibility> decisionVisibility,
    @Nullable String decisionVisibilityOther,
    @Nullable DecisionMonetary decisionMonetary,
    @Nullable DecisionProvision decisionProvision,
    @Nullable DecisionAccount decisionAccount,
    @Nullable AccountType accountType,
    DecisionGround decisionGround,
    String groundReference,
    String groundExplanation,
    Set<ContentType> contentType,
    StatementCategory category,
    Set<CategoryKeyword> categorySpecification,
    Set<String> territorialScope,
    @Nullable String contentLanguage,
    LocalDate contentDate,
    LocalDate applicationDate,
    @Nullable LocalDate endDateVisibilityRestriction,
    String decisionFacts,
    SourceType sourceType,
    @Nullable String sourceIdentity,
    boolean automatedDetection,
    AutomatedDecision automatedDecision,
    String redress) {

  private static final LocalDate MAX_DATE = LocalDate.of(2038, 1, 1);

  public StatementOfReasons {
    decisionVisibility = Set.copyOf(decisionVisibility);
    contentType = Set.copyOf(contentType);
    categorySpecification = Set.copyOf(categorySpecification);
    territorialScope = Set.copyOf(territorialScope);
  }

  /** Every rule of the Transparency Database's format that this statement breaks; empty when valid. */
  public List<String> violations() {
    var out = new ArrayList<String>();
    if (puid == null || puid.isEmpty() || puid.length() > 500 || !puid.matches("[a-zA-Z0-9_-]+")) {
      out.add("puid: 1-500 letters, digits, '-' or '_'");
    }
    if (decisionVisibility.isEmpty()
        && decisionMonetary == null
        && decisionProvision == null
        && decisionAccount == null) {
      out.add("decision_visibility: at least one restriction is required");
    }
    if (decisionVisibility.contains(DecisionVisibility.DECISION_VISIBILITY_OTHER)
        && blank(decisionVisibilityOther)) {
      out.add("decision_visibility_other: required when DECISION_VISIBILITY_OTHER is chosen");
    }
    if (contentType.isEmpty()) {
      out.add("content_type: at least one content type is required");
    }
    if (contentType.contains(ContentType.CONTENT_TYPE_OTHER)) {
      out.add("content_type_other: not supported, choose a specific content type");
    }
    checkLength(out, "ground reference", groundReference, 500);
    checkLength(out, "ground explanation", groundExplanation, 2000);
    checkLength(out, "decision_facts", decisionFacts, 5000);
    if (sourceIdentity != null && sourceIdentity.length() > 500) {
      out.add("source_identity: at most 500 characters");
    }
    for (String code : territorialScope) {
      if (!TdbCodes.TERRITORIES.contains(code)) {
        out.add("territorial_scope: unknown country code " + code);
      }
    }
    if (contentLanguage != null && !TdbCodes.LANGUAGES.contains(contentLanguage)) {
      out.add("content_language: unknown language code " + contentLanguage);
    }
    if (contentDate.isBefore(LocalDate.of(2000, 1, 1)) || contentDate.isAfter(MAX_DATE)) {
      out.add("content_date: must lie between 2000-01-01 and 2038-01-01");
    }
    if (applicationDate.isBefore(LocalDate.of(2020, 1, 1)) || applicationDate.isAfter(MAX_DATE)) {
      out.add("application_date: must lie between 2020-01-01 and 2038-01-01");
    }
    if (endDateVisibilityRestriction != null
        && (endDateVisibilityRestriction.isBefore(applicationDate)
            || endDateVisibilityRestriction.isAfter(MAX_DATE))) {
      out.add("end_date_visibility_restriction: must lie between the application date and 2038-01-01");
    }
    return out;
  }

  /**
   * The record as the Transparency Database expects it: field names, enum values, dates and the
   * conditional fields exactly as in {@code sor-spec.md}; arrays de-duplicated and sorted.
   */
  public Map<String, Object> toTransparencyDatabase() {
    var m = new LinkedHashMap<String, Object>();
    m.put("puid", puid);
    if (!decisionVisibility.isEmpty()) {
      m.put("decision_visibility", sortedNames(decisionVisibility));
      if (decisionVisibility.contains(DecisionVisibility.DECISION_VISIBILITY_OTHER)) {
        m.put("decision_visibility_other", decisionVisibilityOther);
      }
    }
    putIfPresent(m, "decision_monetary", decisionMonetary);
    putIfPresent(m, "decision_provision", decisionProvision);
    putIfPresent(m, "decision_account", decisionAccount);
    putIfPresent(m, "account_type", accountType);
    m.put("decision_ground", decisionGround.name());
    switch (decisionGround) {
      case DECISION_GROUND_ILLEGAL_CONTENT -> {
        m.put("illegal_content_legal_ground", groundReference);
        m.put("illegal_content_explanation", groundExplanation);
      }
      case DECISION_GROUND_INCOMPATIBLE_CONTENT -> {
        m.put("incompatible_content_ground", groundReference);
        m.put("incompatible_content_explanation", groundExplanation);
      }
    }
    m.put("content_type", sortedNames(contentType));
    m.put("category", category.name());
    if (!categorySpecification.isEmpty()) {
      m.put("category_specification", sortedNames(categorySpecification));
    }
    m.put("territorial_scope", List.copyOf(new TreeSet<>(territorialScope)));
    if (contentLanguage != null) {
      m.put("content_language", contentLanguage);
    }
    m.put("content_date", contentDate.toString());
    m.put("application_date", applicationDate.toString());
    if (endDateVisibilityRestriction != null) {
      m.put("end_date_visibility_restriction", endDateVisibilityRestriction.toString());
    }
    m.put("decision_facts", decisionFacts);
    m.put("source_type", sourceType.name());
    if (sourceType != SourceType.SOURCE_VOLUNTARY && sourceIdentity != null) {
      m.put("source_identity", sourceIdentity);
    }
    m.put("automated_detection", automatedDetection ? "Yes" : "No");
    m.put("automated_decision", automatedDecision.name());
    return m;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  private static void checkLength(List<String> out, String field, String value, int max) {
    if (blank(value)) {
      out.add(field + ": required");
    } else if (value.length() > max) {
      out.add(field + ": at most " + max + " characters");
    }
  }

  private static void putIfPresent(Map<String, Object> m, String key, @Nullable Enum<?> value) {
    if (value != null) {
      m.put(key, value.name());
    }
  }

  private static List<String> sortedNames(Set<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).sorted().toList();
  }
}
