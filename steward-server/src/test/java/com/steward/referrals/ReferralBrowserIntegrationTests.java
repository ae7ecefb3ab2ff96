package com.steward.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.BrowserTest;
import com.steward.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A brand owner confirms a referred listing in the portal, and the listing goes down. */
class ReferralBrowserIntegrationTests extends BrowserTest {

  @Test
  void theOwnerConfirmsAReferralInThePortal() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var owner = fixtures.holder();
    String brand = Fixtures.brandName("Web");
    fixtures.approvedBrand(owner, Map.of("name", brand, "priceFloors", Map.of("bags", 80.0)));
    String id = "web-" + Fixtures.suffix();
    var put = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id, Map.of("sellerId", s.id(),
        "storeId", "st-" + s.id(), "title", brand + " leather tote, dust bag included", "category", "bags",
        "price", 25.0, "currency", "EUR"));
    assertThat(put.str("screening.action")).as(put.toString()).isEqualTo("REFER");
    String user = user("RIGHTS_HOLDER", owner.id().toString());

    signIn(user, "/portal");
    open("/portal/referrals");
    WebElement row = browser.findElement(By.xpath("//table[@id='open-referrals']//tr[td[contains(., '" + brand
        + " leather tote')]]"));
    row.findElement(By.cssSelector("a.open-referral")).click();
    assertThat(browser.findElement(By.tagName("dl")).getText()).contains("price-below-floor", m.code() + " / " + id);
    WebElement form = browser.findElement(By.cssSelector("form.answer"));
    form.findElement(By.cssSelector("input[value='CONFIRM']")).click();
    form.findElement(By.name("reason")).sendKeys("Stitching and hardware do not match our production");
    form.findElement(By.tagName("button")).click();
    assertThat(flash()).isEqualTo("Confirmed: a notice was filed on your behalf and the listing is down.");
    assertThat(browser.findElement(By.id("referral-status")).getText()).isEqualTo("CONFIRMED");
    assertThat(browser.findElement(By.id("listing-status")).getText()).isEqualTo("REMOVED");
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/" + id).str("status"))
        .isEqualTo("REMOVED");
  }
}
