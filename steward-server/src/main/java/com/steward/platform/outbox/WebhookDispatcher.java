package com.steward.platform.outbox;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.steward.platform.config.StewardProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers outbox events to each marketplace's webhook URL: body signed with HMAC-SHA256 of
 * {@code <timestamp>.<body>} under the marketplace's secret ({@code Steward-Signature:
 * t=<unix seconds>,v1=<hex>}), retried with exponential back-off, every attempt logged.
 */
@Configuration(proxyBeanMethods = false)
public class WebhookDispatcher {

  private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

  private final JdbcOutboxRepository repository;
  private final StewardProperties.Webhooks config;
  private final Clock clock;
  private final TransactionTemplate tx;
  private final HttpClient http;

  WebhookDispatcher(JdbcOutboxRepository repository, StewardProperties props, Clock clock, TransactionTemplate tx) {
    this.repository = repository;
    this.config = props.webhooks();
    this.clock = clock;
    this.tx = tx;
    this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Bean
  RecurringTask<Void> webhookDispatchTask(StewardProperties props) {
    return Tasks.recurring("webhook-dispatch", FixedDelay.of(props.schedulerPollInterval()))
        .execute((instance, ctx) -> dispatchDue());
  }

  /** Delivers every event that is due now; returns how many were attempted. */
  public int dispatchDue() {
    Instant now = clock.instant();
    var due = tx.execute(s -> repository.claim(now, now.plus(config.timeout().multipliedBy(3)), config.batchSize()));
    for (var event : due) {
      deliver(event);
    }
    return due.size();
  }

  private void deliver(JdbcOutboxRepository.Due event) {
    int attempt = event.attempts() + 1;
    Instant started = clock.instant();
    if (event.url() == null || event.url().isBlank()) {
      repository.result(event.id(), "NO_ENDPOINT", event.attempts(), started, null);
      return;
    }
    Integer code = null;
    String error = null;
    long t0 = System.nanoTime();
    try {
      long ts = started.getEpochSecond();
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(event.url()))
              .timeout(config.timeout())
              .header("Content-Type", "application/json")
              .header("Steward-Event-Id", event.eventId().toString())
              .header("Steward-Event-Type", event.type())
              .header("Steward-Signature", "t=" + ts + ",v1=" + sign(event.secret(), ts, event.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(event.payload(), StandardCharsets.UTF_8))
              .build();
      code = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      error = "interrupted";
    } catch (Exception e) {
      error = e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    boolean ok = code != null && code >= 200 && code < 300;
    Instant now = clock.instant();
    if (!ok && error == null) {
      error = "HTTP " + code;
    }
    String status = ok ? "DELIVERED" : attempt >= config.maxAttempts() ? "FAILED" : "PENDING";
    Instant next = ok ? now : now.plus(backoff(attempt));
    Integer finalCode = code;
    String finalError = error;
    tx.executeWithoutResult(
        s -> {
          repository.attempt(event.id(), attempt, event.url(), finalCode, ok ? null : finalError, ms, now);
          repository.result(event.id(), status, attempt, next, ok ? now : null);
        });
    if (!ok) {
      log.info("webhook {} attempt {} to {} failed: {}", event.eventId(), attempt, event.url(), error);
    }
  }

  /** Back-off before attempt {@code attempt + 1}: initial * 2^(attempt-1), capped. */
  Duration backoff(int attempt) {
    Duration d = config.initialBackoff();
    for (int i = 1; i < attempt && d.compareTo(config.maxBackoff()) < 0; i++) {
      d = d.multipliedBy(2);
    }
    return d.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : d;
  }

  /** Hex HMAC-SHA256 of {@code <ts>.<body>} under {@code secret}. */
  public static String sign(String secret, long ts, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal((ts + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
