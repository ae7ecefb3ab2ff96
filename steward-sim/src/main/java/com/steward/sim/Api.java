package com.steward.sim;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Steward's public HTTP API as the simulated marketplace, its rights holders and its analysts
 * call it: JSON in, JSON out, a bearer key per caller, and at most {@code requestsPerSecond}
 * calls (0: no limit). Calls are made one at a time, in the order the simulation makes them.
 */
final class Api {

  record Response(int status, JsonNode json) {
    boolean ok() {
      return status >= 200 && status < 300;
    }

    String str(String field) {
      return json.path(field).asString();
    }
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final String base;
  private final long minNanosBetween;
  private long lastCall;
  private long calls;

  Api(String base, double requestsPerSecond) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.minNanosBetween = requestsPerSecond <= 0 ? 0 : (long) (1e9 / requestsPerSecond);
  }

  long calls() {
    return calls;
  }

  Response get(@Nullable String key, String path) {
    return send("GET", key, path, null);
  }

  Response put(@Nullable String key, String path, Object body) {
    return send("PUT", key, path, body);
  }

  Response post(@Nullable String key, String path, Object body) {
    return send("POST", key, path, body);
  }

  /** Like the others, but a non-2xx answer stops the run with the call and the answer. */
  Response must(Response r, String what) {
    if (!r.ok()) {
      throw new IllegalStateException(what + " failed: HTTP " + r.status() + " " + r.json());
    }
    return r;
  }

  private Response send(String method, @Nullable String key, String path, @Nullable Object body) {
    throttle();
    var b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json");
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json");
      b.method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
    }
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      calls++;
      String text = r.body();
      JsonNode node = text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text);
      return new Response(r.statusCode(), node);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(method + " " + path + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method + " " + path, e);
    }
  }

  private void throttle() {
    if (minNanosBetween == 0) {
      return;
    }
    long wait = lastCall + minNanosBetween - System.nanoTime();
    if (wait > 0) {
      try {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lastCall = System.nanoTime();
  }
}
