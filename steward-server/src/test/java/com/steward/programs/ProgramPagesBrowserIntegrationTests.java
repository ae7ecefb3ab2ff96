package com.steward.programs;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.BrowserTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The record in the portal and the program comparison in the console. */
class ProgramPagesBrowserIntegrationTests extends BrowserTest {

  @Test
  void aMemberSeesItsRecordAndAnAnalystTheComparison() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var holder = fixtures.holder();
    assertThat(api.post(fixtures.analystKey(), "/api/v1/rights-holders/" + holder.id() + "/programs",
        Map.of("program", "GOOD_FAITH", "reason", "Years of accurate notices")).status()).isEqualTo(201);
    fixtures.notice(holder, m, fixtures.listing(m, s, "Replica handbag"));

    signIn(user("RIGHTS_HOLDER", holder.id().toString()), "/portal");
    open("/portal/record");
    assertThat(browser.findElement(By.id("program")).getText()).isEqualTo("GOOD_FAITH");
    assertThat(browser.findElement(By.id("record")).getText()).contains("Listings named", "Invalid rate");
    signOut();

    signIn(user("ANALYST", null), "/console");
    open("/console/programs");
    assertThat(browser.findElement(By.id("comparison")).getText()).contains("Listings named per account");
    assertThat(browser.findElement(By.id("notifiers")).getText()).contains("Brand ");
  }
}
