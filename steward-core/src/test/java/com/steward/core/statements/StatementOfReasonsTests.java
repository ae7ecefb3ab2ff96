package com.steward.core.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementOfReasonsTests {

  static StatementOfReasons takedown(Set<DecisionVisibility> visibility, SourceType source, Set<String> scope) {
    return new StatementOfReasons("sor-1", visibility, null, null, null, null, AccountType.ACCOUNT_TYPE_BUSINESS,
        DecisionGround.DECISION_GROUND_ILLEGAL_CONTENT, "Regulation (EU) 2017/1001 Art. 9", "Counterfeit goods",
        Set.of(ContentType.CONTENT_TYPE_PRODUCT), StatementCategory.STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS,
        Set.of(CategoryKeyword.KEYWORD_TRADEMARK_INFRINGEMENT), scope, null, LocalDate.of(2025, 12, 1),
        LocalDate.of(2026, 3, 2), null, "Listing removed after a notice.", source, "ACME SA", false,
        AutomatedDecision.AUTOMATED_DECISION_NOT_AUTOMATED, "You may send a counter-notice.");
  }

  @Test
  void aTakedownOnNoticeIsValidAndExportsTheTransparencyDatabaseFields() {
    var sor = takedown(Set.of(DecisionVisibility.DECISION_VISIBILITY_CONTENT_REMOVED), SourceType.SOURCE_ARTICLE_16,
        Set.of("FR", "DE"));
    assertThat(sor.violations()).isEmpty();
    Map<String, Object> tdb = sor.toTransparencyDatabase();
    assertThat(tdb).containsEntry("decision_visibility", List.of("DECISION_VISIBILITY_CONTENT_REMOVED"))
        .containsEntry("illegal_content_legal_ground", "Regulation (EU) 2017/1001 Art. 9")
        .containsEntry("territorial_scope", List.of("DE", "FR"))
        .containsEntry("automated_detection", "No")
        .containsEntry("source_identity", "ACME SA")
        .containsEntry("content_date", "2025-12-01")
        .doesNotContainKey("incompatible_content_ground")
        .doesNotContainKey("redress");
  }

  @Test
  void ownInitiativeDropsTheSourceIdentity() {
    var sor = takedown(Set.of(DecisionVisibility.DECISION_VISIBILITY_CONTENT_REMOVED), SourceType.SOURCE_VOLUNTARY,
        Set.of("DE"));
    assertThat(sor.toTransparencyDatabase()).doesNotContainKey("source_identity");
  }

  @Test
  void aStatementWithoutRestrictionOrWithUnknownCountriesIsRefused() {
    var sor = takedown(Set.of(), SourceType.SOURCE_ARTICLE_16, Set.of("EL", "EU"));
    assertThat(sor.violations()).anyMatch(v -> v.startsWith("decision_visibility"))
        .anyMatch(v -> v.contains("EL")).anyMatch(v -> v.contains("EU"));
  }

  @Test
  void otherVisibilityNeedsItsText() {
    var sor = takedown(Set.of(DecisionVisibility.DECISION_VISIBILITY_OTHER), SourceType.SOURCE_ARTICLE_16, Set.of("DE"));
    assertThat(sor.violations()).anyMatch(v -> v.startsWith("decision_visibility_other"));
  }
}
