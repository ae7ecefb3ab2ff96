package com.steward.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.audit.AuditLog;
import com.steward.support.BrowserTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** The seller gives its information in its pages; an analyst compares document and photo side by side and decides. */
class VerificationBrowserIntegrationTests extends BrowserTest {

  @Autowired
  AuditLog audit;

  @Test
  void anAnalystComparesTheIdentityDocumentWithTheChallengePhotoAndApproves() {
    var market = fixtures.marketplace();
    var seller = fixtures.seller(market);
    String base = VerificationSteps.base(market, seller);
    var trader = VerificationSteps.Trader.random();
    String caseId = new VerificationSteps(api).submitted(seller.key(), base, trader);
    var view = api.get(seller.key(), base);
    String code = view.str("challenges[0].code");

    signIn(user("ANALYST", null), "/console");
    open("/console/verification");
    browser.findElement(By.xpath("//tr[td[contains(., '" + seller.id() + "')]]//a[contains(@class,'open-case')]"))
        .click();
    WebElement document = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("img.identity-document")));
    WebElement photo = browser.findElement(By.cssSelector("img.challenge-photo"));
    wait.until(d -> loaded(document) && loaded(photo));
    assertThat(browser.findElement(By.cssSelector(".compare")).getText()).contains(code)
        .contains(view.str("challenges[0].pose"));
    assertThat(browser.findElement(By.id("trader-information")).getText()).contains(trader.email())
        .contains(trader.documentNumber()).contains(trader.givenName());

    WebElement form = browser.findElement(By.id("case-decision"));
    form.findElement(By.cssSelector("input[value='APPROVE']")).click();
    form.findElement(By.name("reason")).sendKeys("The face and the code match the passport");
    form.findElement(By.tagName("button")).click();
    assertThat(flash()).isEqualTo("Decided: APPROVED.");
    assertThat(browser.findElement(By.id("case-status")).getText()).isEqualTo("APPROVED");
    for (String id : new String[] {view.str("documents[0].id"), view.str("documents[1].id")}) {
      assertThat(audit.trail("verification_document", id).stream().map(e -> e.record().action()))
          .contains("verification.document_read");
    }
    assertThat(audit.trail("verification_case", caseId).stream().map(e -> e.record().action()))
        .contains("verification.case_read", "verification.approved");
  }

  @Test
  void aSellerGivesItsInformationAndAnswersTheChallengeInItsPages() throws Exception {
    var market = fixtures.marketplace();
    var seller = fixtures.seller(market);
    var trader = VerificationSteps.Trader.random();
    signIn(user("SELLER", seller.uuid().toString()), "/seller");
    open("/seller/verification");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("NOT_STARTED");

    WebElement form = browser.findElement(By.id("trader-form"));
    Map.of("givenName", trader.givenName(), "surname", trader.surname(), "line1", trader.street(), "city", "Köln",
        "country", "DE", "phone", trader.phone(), "email", trader.email(), "documentNumber", trader.documentNumber(),
        "documentCountry", "DE", "account", trader.iban()).forEach((name, value) ->
        form.findElement(By.name(name)).sendKeys(value));
    form.findElement(By.name("accountHolder")).sendKeys(trader.surname());
    form.findElement(By.cssSelector("select[name='documentType'] option[value='ID_CARD']")).click();
    form.findElement(By.tagName("button")).click();
    assertThat(flash()).isEqualTo("Trader information saved, encrypted.");

    browser.findElement(By.xpath("//button[.='Get a challenge']")).click();
    assertThat(flash()).startsWith("Challenge issued");
    assertThat(browser.findElement(By.cssSelector(".challenge .code")).getText()).matches("[A-Z2-9]{6}");

    Path file = Files.createTempFile("passport", ".jpg");
    Files.write(file, VerificationSteps.jpeg("scan"));
    browser.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
    browser.findElement(By.xpath("//button[.='Upload']")).click();
    assertThat(flash()).isEqualTo("Document uploaded, encrypted.");
    assertThat(browser.findElement(By.id("documents")).getText()).contains("IDENTITY_DOCUMENT").contains("image/jpeg");
    assertThat(browser.findElement(By.id("missing")).getText()).contains("challenge").doesNotContain("trader information");
    Files.deleteIfExists(file);
  }

  private boolean loaded(WebElement img) {
    Object width = ((JavascriptExecutor) browser).executeScript("return arguments[0].complete && arguments[0].naturalWidth",
        img);
    return width instanceof Number n && n.intValue() > 0;
  }
}
