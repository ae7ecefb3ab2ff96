package com.steward.brands;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.PageClient;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The analyst reviewing a brand change sees the rights of the rights holder behind it, and whether one is verified. */
class BrandReviewPageIntegrationTests extends IntegrationTest {

  PageClient analyst() {
    String user = "analyst-" + Fixtures.suffix();
    assertThat(api.post(ADMIN_KEY, "/api/v1/admin/users", Map.of("username", user, "password", "long-enough-pw",
        "role", "ANALYST")).status()).isEqualTo(201);
    return new PageClient(port).signIn(user, "long-enough-pw");
  }

  /** The HTML of the review article of {@code brand}'s change. */
  private static String revisionOf(String html, String brand) {
    int at = html.indexOf(">" + brand + ", revision ");
    assertThat(at).as("a change of " + brand + " on the page").isPositive();
    return html.substring(html.lastIndexOf("<article", at), html.indexOf("</article>", at));
  }

  @Test
  void aBrandBackedByAVerifiedTrademarkShowsItAndOneWithoutIsFlagged() {
    var backed = fixtures.holder();
    String backedBrand = Fixtures.brandName("Rv");
    assertThat(api.post(backed.key(), "/api/v1/brands", Map.of("name", backedBrand)).status()).isEqualTo(201);

    var unverified = api.post(null, "/api/v1/rights-holders", Map.of("name", "Brand " + Fixtures.suffix(), "kind",
        "OWNER", "contactName", "IP Counsel", "contactEmail", "ip@brand.example", "country", "FR"));
    UUID holder = UUID.fromString(unverified.str("id"));
    String key = fixtures.key("RIGHTS_HOLDER", holder.toString());
    var right = api.post(key, "/api/v1/rights-holders/" + holder + "/ip-rights", Map.of("type", "TRADEMARK", "name",
        "Unchecked", "registrationNumber", "EU0000001", "office", "EUIPO", "jurisdiction", "EU", "classes", java.util.List.of("25"), "evidence", java.util.List.of(
            Map.of("title", "Application", "url", "https://euipo.example/application.pdf"))));
    assertThat(right.status()).as(right.toString()).isEqualTo(201);
    String unbackedBrand = Fixtures.brandName("Rv");
    assertThat(api.post(key, "/api/v1/brands", Map.of("name", unbackedBrand)).status()).isEqualTo(201);

    String page = analyst().get("/console/brands").body();

    String ok = revisionOf(page, backedBrand);
    assertThat(ok).containsPattern("<li class=\"verified\">ACME \\(TRADEMARK, EU, EU[0-9a-f]{8}\\): VERIFIED</li>");
    assertThat(ok).doesNotContain("unbacked");
    String flagged = revisionOf(page, unbackedBrand);
    assertThat(flagged).contains("Unchecked (TRADEMARK, EU, EU0000001): PENDING").contains("unbacked", "No verified right");
  }
}
