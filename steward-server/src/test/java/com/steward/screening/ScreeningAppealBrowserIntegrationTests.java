package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.BrowserTest;
import com.steward.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A seller complains about a block in its pages, and an analyst lifts it in the console. */
class ScreeningAppealBrowserIntegrationTests extends BrowserTest {

  @Test
  void theSellerComplainsAndAnAnalystLiftsTheBlock() {
    var m = fixtures.marketplace();
    var seller = fixtures.seller(m);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("Cp");
    fixtures.approvedBrand(h, Map.of("name", brand));
    String id = "cp-" + Fixtures.suffix();
    var put = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id, Map.of("sellerId", seller.id(),
        "storeId", "st-" + seller.id(), "title", brand + " scarf, AAA replica", "category", "accessories",
        "price", 30.0, "currency", "EUR"));
    assertThat(put.str("status")).as(put.toString()).isEqualTo("BLOCKED");

    signIn(user("SELLER", seller.uuid().toString()), "/seller");
    open("/seller/blocked");
    WebElement item = browser.findElement(By.xpath("//article[contains(@class,'blocked')][h2[contains(., '" + brand
        + " scarf')]]"));
    item.findElement(By.name("explanation")).sendKeys("The word replica names the style of print; it is our own design.");
    item.findElement(By.tagName("button")).click();
    assertThat(flash()).isEqualTo("Complaint sent; staff will decide it.");
    signOut();

    signIn(user("ANALYST", null), "/console");
    open("/console/screening-appeals");
    WebElement complaint = browser.findElement(By.xpath("//article[contains(@class,'complaint')][h2[contains(., '"
        + brand + " scarf')]]"));
    complaint.findElement(By.cssSelector("input[value='LIFT']")).click();
    complaint.findElement(By.name("reason")).sendKeys("Own design; no brand is copied");
    complaint.findElement(By.tagName("button")).click();
    assertThat(flash()).isEqualTo("Complaint decided: LIFTED.");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id).str("status"))
        .isEqualTo("ACTIVE");
  }
}
