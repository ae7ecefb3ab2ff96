package com.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.platform.outbox.WebhookDispatcher;
import com.steward.support.IntegrationTest;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WebhookIntegrationTests extends IntegrationTest {

  @Autowired
  WebhookDispatcher dispatcher;

  HttpServer receiver;

  record Received(String body, String signature, String eventId) {}

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  /** Delivers everything due, other tests' events included, batch after batch. */
  void drain() {
    for (int i = 0; i < 1000 && dispatcher.dispatchDue() > 0; i++) {
      // each call claims and delivers one batch
    }
  }

  @Test
  void takedownIsDeliveredSignedAndRetriedWithBackOff() throws Exception {
    List<Received> received = new CopyOnWriteArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/hook", ex -> {
      received.add(new Received(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
          ex.getRequestHeaders().getFirst("Steward-Signature"), ex.getRequestHeaders().getFirst("Steward-Event-Id")));
      ex.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
      ex.close();
    });
    receiver.start();
    String secret = "whsec_test_0123456789abcdef";
    var m = fixtures.marketplace();
    var put = api.put(ADMIN_KEY, "/api/v1/marketplaces/" + m.code(), Map.of("name", "Hooked", "webhookUrl",
        "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "webhookSecret", secret));
    assertThat(put.status()).isEqualTo(200);
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String listing = fixtures.listing(m, s, "ACME gloves");
    var filed = fixtures.notice(h, m, listing);
    api.post(fixtures.analystKey(), "/api/v1/notices/" + filed.str("id") + "/items/" + filed.str("items[0].id")
        + "/review", Map.of("decision", "ACCEPT", "reason", "Counterfeit"));

    drain();
    assertThat(received).hasSize(1);
    var log = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/webhook-deliveries");
    assertThat(log.str("[0].status")).isEqualTo("PENDING");
    assertThat(log.str("[0].statusCode")).isEqualTo("503");

    drain();
    assertThat(received).as("not retried before the back-off has passed").hasSize(1);
    clock.advance(Duration.ofSeconds(31));
    drain();
    assertThat(received).hasSize(2);

    Received r = received.get(1);
    assertThat(r.body()).contains("listing.taken_down", listing);
    long ts = Long.parseLong(r.signature().replaceAll("t=(\\d+),.*", "$1"));
    assertThat(r.signature()).endsWith(",v1=" + WebhookDispatcher.sign(secret, ts, r.body()));
    assertThat(r.eventId()).isEqualTo(received.get(0).eventId());
    log = api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/webhook-deliveries");
    assertThat(log.str("[0].status")).isEqualTo("DELIVERED");
    assertThat(log.str("[0].attempts")).isEqualTo("2");
  }
}
