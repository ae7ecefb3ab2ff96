package com.steward.notices;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.BrowserTest;
import com.steward.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Notice-and-takedown through the pages, in headless Chromium: portal, console, seller page. */
class NoticeBrowserIntegrationTests extends BrowserTest {

  @Test
  void rightsHolderFilesAnalystTakesDownAndSellerCounterNotices() {
    var market = fixtures.marketplace();
    var seller = fixtures.seller(market);
    var holder = fixtures.holder();
    String listing = fixtures.listing(market, seller, "ACME Air running shoes " + Fixtures.suffix());
    String holderUser = user("RIGHTS_HOLDER", holder.id().toString());
    String analystUser = user("ANALYST", null);
    String sellerUser = user("SELLER", seller.uuid().toString());

    signIn(holderUser, "/portal");
    open("/portal/notices/new");
    new Select(browser.findElement(By.name("ipRightId"))).selectByValue(holder.rightId().toString());
    new Select(browser.findElement(By.name("reason"))).selectByValue("COUNTERFEIT");
    browser.findElement(By.name("explanation"))
        .sendKeys("Counterfeit ACME shoes: wrong logo stitching, sold at a fifth of the retail price.");
    browser.findElement(By.name("goodFaithDeclaration")).click();
    browser.findElement(By.id("listings")).sendKeys(market.code() + ", " + listing);
    browser.findElement(By.id("submit-notice")).click();
    assertThat(flash()).isEqualTo("Notice filed on 1 listing(s).");
    String noticeId = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
    signOut();

    signIn(analystUser, "/console");
    open("/console?marketplace=" + market.code());
    browser.findElement(By.xpath("//table[@id='queue']//tr[td/code[text()='" + listing + "']]//a")).click();
    wait.until(ExpectedConditions.urlContains("/console/notices/" + noticeId));
    WebElement review = browser.findElement(By.cssSelector("form.review"));
    review.findElement(By.cssSelector("input[value='ACCEPT']")).click();
    review.findElement(By.name("reason")).sendKeys("Logo and price match known counterfeits");
    review.findElement(By.tagName("button")).click();
    assertThat(flash()).isEqualTo("Review recorded: the item is now TAKEN_DOWN.");
    assertThat(browser.findElement(By.id("trail")).getText()).contains("notice.filed", "notice_item.taken_down");
    signOut();

    signIn(sellerUser, "/seller");
    browser.findElement(By.cssSelector("#notices a.open-notice")).click();
    wait.until(ExpectedConditions.urlContains("/seller/notices/" + noticeId));
    assertThat(browser.findElement(By.cssSelector(".item .status")).getText()).isEqualTo("TAKEN_DOWN");
    assertThat(browser.findElement(By.cssSelector(".statement .redress")).getText()).contains("counter-notice");
    WebElement counter = browser.findElement(By.cssSelector("form.counter-notice"));
    counter.findElement(By.name("explanation"))
        .sendKeys("These shoes were bought from the brand's authorised distributor; invoice attached.");
    counter.findElement(By.name("evidenceTitle")).sendKeys("Invoice 2026-0113");
    counter.findElement(By.name("evidenceUrl")).sendKeys("https://files.example/invoice.pdf");
    counter.findElement(By.name("consentToJurisdiction")).click();
    counter.findElement(By.tagName("button")).click();
    assertThat(flash()).startsWith("Counter-notice sent: the item is now COUNTER_NOTICED.");

    var listed = api.get(market.key(), "/api/v1/marketplaces/" + market.code() + "/listings/" + listing);
    assertThat(listed.str("status")).isEqualTo("REMOVED");
    var notice = api.get(holder.key(), "/api/v1/notices/" + noticeId);
    assertThat(notice.str("items[0].status")).isEqualTo("COUNTER_NOTICED");
    assertThat(notice.str("items[0].counterNotice.explanation")).contains("authorised distributor");
  }
}
