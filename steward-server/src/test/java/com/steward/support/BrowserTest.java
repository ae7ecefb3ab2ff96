package com.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of tests that drive the pages in headless Chromium, signed in as web users made through the API. */
public abstract class BrowserTest extends IntegrationTest {

  protected static final String PASSWORD = "correct-horse-battery";

  @TempDir
  Path profile;

  protected WebDriver browser;
  protected WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    var options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath());
    var service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** A new web user of the role (scoped to {@code subjectId} for rights holders and sellers); returns its name. */
  protected String user(String role, @Nullable String subjectId) {
    String username = role.toLowerCase().replace('_', '-') + "-" + Fixtures.suffix();
    var body = new HashMap<String, Object>(Map.of("username", username, "password", PASSWORD, "role", role));
    if (subjectId != null) {
      body.put("subjectId", subjectId);
    }
    var r = api.post(ADMIN_KEY, "/api/v1/admin/users", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return username;
  }

  protected void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  protected void signIn(String username, String landing) {
    open("/login");
    browser.findElement(By.id("username")).sendKeys(username);
    browser.findElement(By.id("password")).sendKeys(PASSWORD);
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + landing));
  }

  protected void signOut() {
    browser.findElement(By.cssSelector(".signout button")).click();
    wait.until(ExpectedConditions.urlContains("/login?logout"));
  }

  /** The flash message last read, so that the next read waits for the page the next action brings. */
  private org.openqa.selenium.@Nullable WebElement lastFlash;

  /**
   * The flash message of the page an action brought. Every action posts and is redirected to a new
   * page, so the flash of the page before (still shown while the browser navigates) is not it: it
   * is skipped, and so is an element that goes stale as the page is replaced while it is read.
   */
  protected String flash() {
    return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      var shown = d.findElements(By.cssSelector(".flash"));
      if (shown.isEmpty() || shown.getFirst().equals(lastFlash) || !shown.getFirst().isDisplayed()) {
        return null;
      }
      String text = shown.getFirst().getText();
      lastFlash = shown.getFirst();
      return text;
    });
  }
}
