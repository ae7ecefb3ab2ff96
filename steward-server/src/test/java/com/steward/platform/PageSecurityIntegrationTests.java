package com.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages: sign-in required, role per area, and no form post without its CSRF token. */
class PageSecurityIntegrationTests extends IntegrationTest {

  final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
    String body = String.join("&", form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  String csrf(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("a CSRF token in the form").isTrue();
    return m.group(1);
  }

  void signIn(String user, String password) throws IOException, InterruptedException {
    var login = post("/login", Map.of("username", user, "password", password, "_csrf", csrf(get("/login").body())));
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
  }

  @Test
  void anonymousVisitorsAreSentToSignIn() throws Exception {
    for (String page : new String[] {"/console", "/portal", "/seller", "/console/sellers", "/console/linkage",
        "/seller/standing", "/console/reports/transparency", "/console/reports/transparency.pdf"}) {
      var r = get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(302);
      assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }
  }

  @Test
  void aSellerCannotOpenTheConsoleNorPostWithoutToken() throws Exception {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    String user = "seller-" + Fixtures.suffix();
    assertThat(api.post(ADMIN_KEY, "/api/v1/admin/users", Map.of("username", user, "password", "long-enough-pw",
        "role", "SELLER", "subjectId", s.uuid().toString())).status()).isEqualTo(201);
    signIn(user, "long-enough-pw");
    assertThat(get("/seller").statusCode()).isEqualTo(200);
    assertThat(get("/console").statusCode()).isEqualTo(403);
    assertThat(get("/portal").statusCode()).isEqualTo(403);
    var forged = post("/seller/notices/00000000-0000-0000-0000-000000000000/items/00000000-0000-0000-0000-000000000000"
        + "/counter-notice", Map.of("explanation", "forged from another site", "consentToJurisdiction", "true"));
    assertThat(forged.statusCode()).as("no CSRF token").isEqualTo(403);
    assertThat(get("/seller/standing").statusCode()).isEqualTo(200);
    for (String page : new String[] {"/console/sellers", "/console/sellers/" + m.code() + "/" + s.id(),
        "/console/linkage", "/console/reports/transparency", "/console/reports/transparency.csv"}) {
      assertThat(get(page).statusCode()).as(page).isEqualTo(403);
    }
    assertThat(post("/seller/standing/complaint", Map.of("explanation", "forged from another site")).statusCode())
        .as("no CSRF token").isEqualTo(403);
  }

  @Test
  void staffCannotOpenTheSellersOwnPages() throws Exception {
    String user = "analyst-" + Fixtures.suffix();
    assertThat(api.post(ADMIN_KEY, "/api/v1/admin/users", Map.of("username", user, "password", "long-enough-pw",
        "role", "ANALYST")).status()).isEqualTo(201);
    signIn(user, "long-enough-pw");
    assertThat(get("/console/sellers").statusCode()).isEqualTo(200);
    assertThat(get("/console/linkage").statusCode()).isEqualTo(200);
    assertThat(get("/console/reports/transparency").statusCode()).isEqualTo(200);
    assertThat(get("/seller/standing").statusCode()).isEqualTo(403);
    assertThat(post("/console/linkage/rescans", Map.of("marketplace", "any")).statusCode()).as("no CSRF token")
        .isEqualTo(403);
  }

  @Test
  void pagesOfAnotherTenantAnswerNotFound() throws Exception {
    var m = fixtures.marketplace();
    var owner = fixtures.seller(m);
    var other = fixtures.seller(m);
    var h = fixtures.holder();
    var otherHolder = fixtures.holder();
    String noticeId = fixtures.notice(h, m, fixtures.listing(m, owner, "ACME parka")).str("id");
    String sellerUser = "seller-" + Fixtures.suffix();
    api.post(ADMIN_KEY, "/api/v1/admin/users", Map.of("username", sellerUser, "password", "long-enough-pw",
        "role", "SELLER", "subjectId", other.uuid().toString()));
    signIn(sellerUser, "long-enough-pw");
    assertThat(get("/seller/notices/" + noticeId).statusCode()).isEqualTo(404);
    assertThat(get("/seller").body()).doesNotContain(noticeId);
    var uploaded = api.upload(owner.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + owner.id()
        + "/verification/documents", "id.pdf", "%PDF-1.7 identity card".getBytes(StandardCharsets.US_ASCII),
        Map.of("kind", "IDENTITY_DOCUMENT"));
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    assertThat(get("/seller/verification/documents/" + uploaded.str("id")).statusCode()).isEqualTo(404);
    assertThat(get("/console/verification/documents/" + uploaded.str("id")).statusCode()).isEqualTo(403);

    var second = new PageSecurityIntegrationTests();
    second.port = port;
    String holderUser = "holder-" + Fixtures.suffix();
    api.post(ADMIN_KEY, "/api/v1/admin/users", Map.of("username", holderUser, "password", "long-enough-pw",
        "role", "RIGHTS_HOLDER", "subjectId", otherHolder.id().toString()));
    second.signIn(holderUser, "long-enough-pw");
    assertThat(second.get("/portal/notices/" + noticeId).statusCode()).isEqualTo(404);
    assertThat(second.get("/portal").body()).doesNotContain(noticeId);
  }

  @Test
  void aWrongPasswordDoesNotSignIn() throws Exception {
    var r = post("/login", Map.of("username", "nobody", "password", "wrong-password", "_csrf",
        csrf(get("/login").body())));
    assertThat(r.headers().firstValue("Location").orElse("")).contains("error");
    assertThat(get("/console").statusCode()).isEqualTo(302);
  }
}
