package com.steward.sellerview;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.BrowserTest;
import com.steward.support.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Two storefronts paid into one bank account: an analyst sees the ring in the seller view, with the
 * link's evidence, and bans it; the seller reads its ban on its standing page and complains; the
 * analyst lifts the ban on the linkage page.
 */
class SellerIntegrityBrowserIntegrationTests extends BrowserTest {

  static Map<String, Object> identity(String given, String surname, String dob, String street, String city,
      String postcode, String email, String phone) {
    var id = new HashMap<String, Object>();
    id.put("givenName", given);
    id.put("surname", surname);
    id.put("dateOfBirth", dob);
    id.put("addressLine1", street);
    id.put("city", city);
    id.put("postcode", postcode);
    id.put("email", email);
    id.put("phone", phone);
    id.put("paymentAccount", "DE89 3704 0044 0532 0130 00");
    id.put("device", "dev-" + email.hashCode());
    return id;
  }

  String register(Fixtures.Market m, String id, Map<String, Object> identity) {
    var r = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + id, Map.of("displayName", "Shop " + id,
        "accountType", "PRIVATE", "stores", List.of(Map.of("id", "st-" + id, "name", "Store " + id)), "identity",
        identity));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    assertThat(r.str("linkage.decision")).isEqualTo("ACCEPTED");
    return r.str("id");
  }

  @Test
  void anAnalystBansARingFromTheSellerViewAndLiftsItOnComplaint() {
    var m = fixtures.marketplace();
    String a = "ring-a-" + Fixtures.suffix();
    String b = "ring-b-" + Fixtures.suffix();
    String uuidA = register(m, a, identity("Jonas", "Weber", "1987-03-14", "Lindenstraße 17", "Leipzig", "04109",
        "jonas.weber@example.org", "+49 341 5550101"));
    register(m, b, identity("Lena", "Koch", "1991-11-02", "Bahnhofstraße 3", "Dresden", "01067",
        "deals.lk@example.net", "+49 351 5550199"));

    signIn(user("ANALYST", null), "/console");
    open("/console/sellers");
    new Select(browser.findElement(By.name("marketplace"))).selectByValue(m.code());
    browser.findElement(By.name("sellerId")).sendKeys(a);
    browser.findElement(By.cssSelector("#find-seller button")).click();
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/console/sellers/" + m.code() + "/"));
    assertThat(browser.getCurrentUrl()).endsWith("/console/sellers/" + m.code() + "/" + a);

    WebElement graph = browser.findElement(By.id("cluster-graph"));
    assertThat(graph.getTagName()).isEqualTo("svg");
    assertThat(graph.findElements(By.cssSelector("g.member"))).hasSize(2);
    List<WebElement> lines = graph.findElements(By.cssSelector("line.link"));
    assertThat(lines).hasSize(1);
    assertThat(lines.getFirst().getAttribute("class")).contains("strong");
    assertThat(lines.getFirst().findElement(By.tagName("title")).getAttribute("textContent"))
        .contains("payment_account equal");
    assertThat(browser.findElement(By.id("cluster-links")).getText()).contains(a, b, "payment_account equal");
    assertThat(browser.findElement(By.id("cluster-status")).getText()).isEqualTo("ACTIVE");
    assertThat(browser.findElement(By.id("rating")).getText()).contains("verification", "penalties");
    assertThat(browser.findElement(By.id("penalty-points")).getText()).isEqualTo("0");

    WebElement ban = browser.findElement(By.id("ban-cluster"));
    ban.findElement(By.name("reason")).sendKeys("two storefronts paid into one account, both selling fake wallets");
    ban.findElement(By.tagName("button")).click();
    assertThat(flash()).isEqualTo("Cluster banned: 2 accounts banned.");
    assertThat(browser.findElement(By.id("cluster-status")).getText()).isEqualTo("BANNED");
    assertThat(browser.findElement(By.id("seller-status")).getText()).isEqualTo("BANNED");
    assertThat(browser.findElements(By.cssSelector("#cluster-graph g.member.banned"))).hasSize(2);
    assertThat(browser.findElements(By.id("ban-cluster"))).isEmpty();
    assertThat(browser.findElement(By.id("statements")).getText()).contains("banned together");
    signOut();

    signIn(user("SELLER", uuidA), "/seller");
    open("/seller/standing");
    WebElement banned = browser.findElement(By.id("ban"));
    assertThat(banned.getText()).contains("fake wallets", "Art. 20");
    banned.findElement(By.name("explanation")).sendKeys("The account is my employer's payroll account; I run my shop"
        + " alone and do not know the other store.");
    banned.findElement(By.tagName("button")).click();
    assertThat(flash()).isEqualTo("Complaint sent; staff will decide it.");
    assertThat(browser.findElement(By.cssSelector("#ban .complaint")).getText()).contains("OPEN");
    assertThat(browser.findElements(By.id("ban-complaint"))).isEmpty();
    signOut();

    signIn(user("ANALYST", null), "/console");
    open("/console/linkage");
    WebElement complaint = browser.findElement(By.xpath("//article[contains(@class,'ban-complaint')][h3[contains(., '"
        + a + "')]]"));
    assertThat(complaint.getText()).contains("payroll account");
    complaint.findElement(By.cssSelector("input[value='LIFT']")).click();
    complaint.findElement(By.name("reason")).sendKeys("Payroll account confirmed by the bank's letter");
    complaint.findElement(By.tagName("button")).click();
    assertThat(flash()).isEqualTo("Complaint decided: LIFTED.");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + a).str("status"))
        .isEqualTo("ACTIVE");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + b).str("status"))
        .isEqualTo("BANNED");
  }
}
