package com.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The endpoints that integrations are promised exist, with exactly these paths and methods. */
class ApiContractIntegrationTests extends IntegrationTest {

  @Test
  void openApiDocumentListsThePromisedEndpoints() {
    var doc = api.get(null, "/v3/api-docs");
    assertThat(doc.status()).isEqualTo(200);
    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.at("paths");
    Map<String, String> promised = Map.ofEntries(
        Map.entry("/api/v1/admin/api-keys", "post"),
        Map.entry("/api/v1/admin/api-keys/{id}", "delete"),
        Map.entry("/api/v1/admin/clock", "put"),
        Map.entry("/api/v1/marketplaces/{code}/simulation-runs", "post"),
        Map.entry("/api/v1/marketplaces/{code}", "put"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}", "put"),
        Map.entry("/api/v1/marketplaces/{code}/listings/{id}", "get"),
        Map.entry("/api/v1/rights-holders", "post"),
        Map.entry("/api/v1/rights-holders/{id}/ip-rights", "post"),
        Map.entry("/api/v1/ip-rights/{id}/verification", "post"),
        Map.entry("/api/v1/notices", "post"),
        Map.entry("/api/v1/notices/{id}", "get"),
        Map.entry("/api/v1/notices/{id}/items/{itemId}/review", "post"),
        Map.entry("/api/v1/notices/{id}/items/{itemId}/counter-notice", "post"),
        Map.entry("/api/v1/notices/{id}/items/{itemId}/response", "post"),
        Map.entry("/api/v1/statements-of-reasons", "get"),
        Map.entry("/api/v1/audit/verify", "get"),
        Map.entry("/api/v1/brands", "get"),
        Map.entry("/api/v1/brands:import", "post"),
        Map.entry("/api/v1/suspicious-terms", "post"),
        Map.entry("/api/v1/rule-sets", "post"),
        Map.entry("/api/v1/rule-sets/{version}/publish", "post"),
        Map.entry("/api/v1/rule-sets/{version}/backtest", "post"),
        Map.entry("/api/v1/screening/dry-run", "post"),
        Map.entry("/api/v1/sweeps/{id}", "get"),
        Map.entry("/api/v1/rights-holders/{id}/reputation", "get"),
        Map.entry("/api/v1/rights-holders/{id}/programs", "post"),
        Map.entry("/api/v1/programs/settings", "put"),
        Map.entry("/api/v1/notices/{id}/items/{itemId}/audit", "post"),
        Map.entry("/api/v1/referrals", "get"),
        Map.entry("/api/v1/referrals/{id}/answer", "post"),
        Map.entry("/api/v1/brands/{id}/referral-stats", "get"),
        Map.entry("/api/v1/brands/{id}/screening", "get"),
        Map.entry("/api/v1/misuse-cases/{id}/appeal", "post"),
        Map.entry("/api/v1/statistics/programs", "get"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification", "get"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/trader-information", "put"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/executives", "post"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/challenge", "post"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/documents", "post"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/self-certification", "post"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/submission", "post"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/appeal", "post"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/sales-volume", "put"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/relationship-end", "post"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/disclosure", "get"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/verification/authority-disclosure", "post"),
        Map.entry("/api/v1/verification/cases", "get"),
        Map.entry("/api/v1/verification/cases/{id}", "get"),
        Map.entry("/api/v1/verification/cases/{id}/decision", "post"),
        Map.entry("/api/v1/verification/cases/{id}/executives/{executiveId}/decision", "post"),
        Map.entry("/api/v1/verification/documents/{id}", "get"),
        Map.entry("/api/v1/verification/appeals", "get"),
        Map.entry("/api/v1/verification/appeals/{id}/decision", "post"),
        Map.entry("/api/v1/admin/verification/re-encryption", "post"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/cluster", "get"),
        Map.entry("/api/v1/marketplaces/{code}/clusters/{id}", "get"),
        Map.entry("/api/v1/marketplaces/{code}/clusters/{id}/ban", "post"),
        Map.entry("/api/v1/linkage-reviews", "get"),
        Map.entry("/api/v1/linkage-reviews/{id}/decision", "post"),
        Map.entry("/api/v1/ban-appeals", "post"),
        Map.entry("/api/v1/ban-appeals/{id}/decision", "post"),
        Map.entry("/api/v1/marketplaces/{code}/linkage-rescans", "post"),
        Map.entry("/api/v1/marketplaces/{code}/linkage-rescans/{id}", "get"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/penalties", "get"),
        Map.entry("/api/v1/marketplaces/{code}/penalty-policy", "put"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/rating", "get"),
        Map.entry("/api/v1/marketplaces/{code}/sellers/{id}/metrics", "put"),
        Map.entry("/api/v1/marketplaces/{code}/trading-days/{day}", "put"),
        Map.entry("/api/v1/marketplaces/{code}/trading-days", "get"),
        Map.entry("/api/v1/reports/transparency", "get"),
        Map.entry("/api/v1/reports/transparency.csv", "get"),
        Map.entry("/api/v1/reports/transparency.pdf", "get"));
    promised.forEach((path, method) -> assertThat(paths).as(path).containsKey(path));
    promised.forEach((path, method) -> assertThat(paths.get(path)).as(method + " " + path).containsKey(method));
    assertThat(paths.get("/api/v1/marketplaces/{code}/listings/{id}")).containsKey("put");
    assertThat(doc.body()).as("the caller is not a parameter").doesNotContain("\"name\":\"actor\"");
  }

  @Test
  void healthIsOpen() {
    var health = api.get(null, "/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.str("status")).isEqualTo("UP");
  }
}
