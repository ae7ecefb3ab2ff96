package com.steward.brands;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.BrowserTest;
import com.steward.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The knowledge base and the rules through the pages: portal brand, console review, rule set drafted and published. */
class KnowledgeBaseBrowserIntegrationTests extends BrowserTest {

  @Test
  void ownerRegistersABrandAnalystApprovesItAndScreeningFindsItsChineseName() {
    var holder = fixtures.holder();
    String brand = Fixtures.brandName("Wren");
    String holderUser = user("RIGHTS_HOLDER", holder.id().toString());
    String analystUser = user("ANALYST", null);

    signIn(holderUser, "/portal");
    open("/portal/brands");
    WebElement form = browser.findElement(By.id("register-brand"));
    form.findElement(By.name("name")).sendKeys(brand);
    form.findElement(By.name("aliases")).sendKeys("鹪鹩" + brand.substring(4));
    form.findElement(By.name("keywords")).sendKeys("trail runner x");
    form.findElement(By.name("priceFloors")).sendKeys("shoes = 40");
    form.findElement(By.name("priceFloorCurrency")).sendKeys("cny");
    form.findElement(By.name("referenceImages")).sendKeys("https://cdn.example/wren-runner.jpg");
    form.findElement(By.name("ordinaryWord")).click();
    form.findElement(By.tagName("button")).click();
    assertThat(flash()).startsWith("Brand registered");
    assertThat(browser.findElement(By.cssSelector("#revisions tbody tr .status")).getText()).isEqualTo("PENDING");
    signOut();

    signIn(analystUser, "/console");
    open("/console/brands");
    WebElement revision = browser.findElement(By.xpath("//article[contains(@class,'brand-revision')][h2[starts-with(text(),'"
        + brand + ",')]]"));
    assertThat(revision.getText()).contains("鹪鹩", "trail runner x", "shoes=40.0", "CNY");
    assertThat(revision.findElement(By.cssSelector(".ordinary-word")).getText()).startsWith("yes");
    revision.findElement(By.cssSelector("form.revision-backtest button")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("backtest"))).getText())
        .contains("listings", "with this revision");
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains(brand, "revision 1", "PENDING");
    open("/console/brands");
    revision = browser.findElement(By.xpath("//article[contains(@class,'brand-revision')][h2[starts-with(text(),'"
        + brand + ",')]]"));
    assertThat(revision.findElement(By.cssSelector("a.reference-image")).getAttribute("href"))
        .isEqualTo("https://cdn.example/wren-runner.jpg");
    revision.findElement(By.cssSelector("input[value='APPROVE']")).click();
    revision.findElement(By.name("reason")).sendKeys("Trademark verified");
    revision.findElement(By.xpath(".//button[text()='Record decision']")).click();
    assertThat(flash()).isEqualTo("Revision 1 of " + brand + " is APPROVED.");
    open("/console/brands?q=" + brand);
    assertThat(browser.findElement(By.id("brands")).getText()).contains(brand, "REGISTERED", "revision 1");

    var decision = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", Map.of("marketplace", "kb", "listingId", "1",
        "sellerId", "s-1", "title", "高仿鹪鹩" + brand.substring(4) + "跑鞋", "category", "shoes", "price", 12.0,
        "currency", "CNY"));
    assertThat(decision.str("action")).as(decision.toString()).isEqualTo("BLOCK");
    assertThat(decision.str("brand")).isEqualTo(brand);
    assertThat(decision.str("rules")).as("a floor in yuan, a price in yuan").contains("price-below-floor");

    Map<String, Object> word = Map.of("marketplace", "kb", "listingId", "2", "sellerId", "s-1", "title",
        "Trail shoes, light as a " + brand, "category", "shoes", "price", 12.0, "currency", "CNY");
    var asWord = api.post(ADMIN_KEY, "/api/v1/screening/dry-run", word);
    assertThat(asWord.str("action")).as("the name ticked as an ordinary word, nothing else pointing to it")
        .isEqualTo("ALLOW");
    assertThat(asWord.str("matches[0].use")).isEqualTo("ORDINARY_WORD");
    var opening = new java.util.HashMap<>(word);
    opening.put("title", brand + " trail shoes");
    assertThat(api.post(ADMIN_KEY, "/api/v1/screening/dry-run", opening).str("rules"))
        .as("the name opening the title").contains("unauthorised-mention", "price-below-floor");
  }

  @Test
  void anAnalystDraftsARuleSetInTheConsoleAndAnotherPublishesIt() {
    String author = user("ANALYST", null);
    String publisher = user("ANALYST", null);
    fixtures.grant("analyst:" + author, "RULES_AUTHOR");
    fixtures.grant("analyst:" + publisher, "RULES_PUBLISH");
    String inUse = api.get(ADMIN_KEY, "/api/v1/rule-sets").str("[0].version");
    String version = "console-" + Fixtures.suffix();

    signIn(author, "/console");
    open("/console/rule-sets");
    WebElement body = browser.findElement(By.name("body"));
    String json = body.getAttribute("value").replaceFirst("\"version\"\\s*:\\s*\"[^\"]*\"", "\"version\" : \"" + version + "\"");
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", body, json);
    browser.findElement(By.name("note")).sendKeys("Same rules, new version");
    body.submit();
    assertThat(flash()).startsWith("Draft " + version + " saved");
    assertThat(browser.getPageSource()).contains("You wrote some of this version; someone who wrote none of it publishes it.");
    assertThat(browser.findElements(By.xpath("//button[text()='Publish']"))).isEmpty();
    browser.findElement(By.xpath("//button[text()='Backtest over the catalogue']")).click();
    assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("backtest"))).getText())
        .contains("listings", "Nothing would change.");
    signOut();

    signIn(publisher, "/console");
    try {
      open("/console/rule-sets/" + version);
      browser.findElement(By.xpath("//button[text()='Publish']")).click();
      assertThat(flash()).isEqualTo("Rule set " + version + " is in use; a sweep re-screens the catalogue.");
      assertThat(browser.findElement(By.xpath("//tr[@class='sweep'][td[text()='rule set " + version + " published']]"))
          .getText()).as("the sweep is listed with its progress; over a small catalogue it may be done already")
          .containsAnyOf("RUNNING", "DONE").contains(" / ");
      assertThat(api.get(ADMIN_KEY, "/api/v1/rule-sets/" + version).str("publishedBy")).isEqualTo("analyst:" + publisher);
    } finally {
      var back = api.post(ADMIN_KEY, "/api/v1/rule-sets/" + inUse + "/publish", Map.of("sweep", false));
      assertThat(back.status()).as(back.toString()).isEqualTo(200);
    }
  }

}
