package com.steward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in user of the pages without a browser: keeps the session cookie, does not follow
 * redirects, and reads the CSRF token from a page's form when a test sends one.
 */
public final class PageClient {

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private final int port;

  public PageClient(int port) {
    this.port = port;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).build());
  }

  /** Posts the form as it is, with no CSRF token unless {@code form} holds one. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    return post(path, form, path);
  }

  /** Posts the form from the page at {@code page} with that page's CSRF token, as the page's own form would. */
  public HttpResponse<String> submit(String page, String path, Map<String, String> form) {
    var withToken = new LinkedHashMap<>(form);
    withToken.put("_csrf", csrf(get(page).body()));
    return post(path, withToken, page);
  }

  private HttpResponse<String> post(String path, Map<String, String> form, String referer) {
    String body = String.join("&", form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Referer", uri(referer).toString()).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  public PageClient signIn(String user, String password) {
    var login = post("/login", Map.of("username", user, "password", password, "_csrf", csrf(get("/login").body())));
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    return this;
  }

  public static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("a CSRF token in the form").isTrue();
    return m.group(1);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
