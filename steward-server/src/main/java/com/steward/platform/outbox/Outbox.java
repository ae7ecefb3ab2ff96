package com.steward.platform.outbox;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transactional outbox: an event is written in the same transaction as the change it tells
 * of, then delivered at least once by {@link WebhookDispatcher} (and readable by the marketplace
 * through the events API). Each event has an id so receivers can drop repeats.
 */
@Service
public class Outbox {

  private final JdbcOutboxRepository repository;
  private final JsonMapper json;
  private final Clock clock;

  Outbox(JdbcOutboxRepository repository, JsonMapper json, Clock clock) {
    this.repository = repository;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Writes event {@code type} for marketplace {@code marketplaceId} when the caller's transaction
   * commits (a transaction's events in one statement, in the order published); returns the event id.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public UUID publish(UUID marketplaceId, String type, Map<String, ?> data) {
    UUID eventId = UUID.randomUUID();
    var now = clock.instant();
    var envelope = new LinkedHashMap<String, Object>();
    envelope.put("eventId", eventId);
    envelope.put("type", type);
    envelope.put("occurredAt", now.toString());
    envelope.put("data", data);
    com.steward.platform.db.TransactionEnds.<JdbcOutboxRepository.Event>writtenAtCommit(this, repository::insertAll, null)
        .add(new JdbcOutboxRepository.Event(eventId, marketplaceId, type, json.writeValueAsString(envelope), now));
    return eventId;
  }
}
