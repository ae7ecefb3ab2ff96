package com.steward.platform.outbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Read side of the outbox: the delivery log and the event feed of one marketplace. */
@Service
public class WebhookDeliveries {

  private final JdbcOutboxRepository repository;

  WebhookDeliveries(JdbcOutboxRepository repository) {
    this.repository = repository;
  }

  /** One event with one of its delivery attempts (none yet: attempt fields null). */
  public record Delivery(UUID eventId, String type, String status, int attempts, Instant createdAt,
      @Nullable Instant deliveredAt, @Nullable Integer attempt, @Nullable String url, @Nullable Integer statusCode,
      @Nullable String error, @Nullable Instant attemptedAt) {}

  /** An event as JSON text, with its position in the marketplace's feed. */
  public record Event(long position, String json) {}

  public List<Delivery> log(UUID marketplaceId, int limit) {
    return repository.deliveries(marketplaceId, Math.clamp(limit, 1, 1000));
  }

  public List<Event> feed(UUID marketplaceId, long after, int limit) {
    return repository.events(marketplaceId, after, Math.clamp(limit, 1, 1000));
  }
}
