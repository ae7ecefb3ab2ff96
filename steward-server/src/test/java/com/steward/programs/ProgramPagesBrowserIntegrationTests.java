package com.steward.programs;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.BrowserTest;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The programs through the pages: an analyst enrols a notifier, audits one of its expedited
 * takedowns and reverses it; the notifier sees its record.
 */
class ProgramPagesBrowserIntegrationTests extends BrowserTest {

  @Test
  void anAnalystEnrolsAuditsAndReversesAndTheMemberSeesItsRecord() {
    var before = api.get(ADMIN_KEY, "/api/v1/programs/settings");
    var all = new LinkedHashMap<String, Object>(ProgramsIntegrationTests.quickSettings());
    assertThat(api.put(ADMIN_KEY, "/api/v1/programs/settings", all).status()).isEqualTo(200);
    try {
      var m = fixtures.marketplace();
      var s = fixtures.seller(m);
      var holder = fixtures.holder();
      String analyst = user("ANALYST", null);

      signIn(analyst, "/console");
      open("/console/programs");
      WebElement enrol = browser.findElement(By.id("enrol"));
      enrol.findElement(By.name("rightsHolderId")).sendKeys(holder.id().toString());
      enrol.findElement(By.name("reason")).sendKeys("Years of accurate notices");
      enrol.findElement(By.tagName("button")).click();
      assertThat(flash()).isEqualTo("Enrolled in GOOD_FAITH.");
      assertThat(browser.findElement(By.id("comparison")).getText()).contains("Listings named per account");

      var filed = fixtures.notice(holder, m, fixtures.listing(m, s, "Replica handbag"));
      assertThat(filed.str("items[0].auditStatus")).as("every takedown audited in these settings").isEqualTo("PENDING");
      open("/console/notices/" + filed.str("id"));
      WebElement audit = browser.findElement(By.cssSelector("form.audit"));
      audit.findElement(By.cssSelector("input[value='REVERSE']")).click();
      audit.findElement(By.name("reason")).sendKeys("An authorised reseller's genuine stock");
      audit.findElement(By.tagName("button")).click();
      assertThat(flash()).isEqualTo("Audit recorded: the item is now RESTORED.");
      signOut();

      signIn(user("RIGHTS_HOLDER", holder.id().toString()), "/portal");
      open("/portal/record");
      assertThat(browser.findElement(By.id("program")).getText()).isEqualTo("GOOD_FAITH");
      assertThat(browser.findElement(By.tagName("dl")).getText()).contains("0 / 1 / 0 / 0");
    } finally {
      assertThat(api.put(ADMIN_KEY, "/api/v1/programs/settings", before.json()).status()).isEqualTo(200);
    }
  }
}
