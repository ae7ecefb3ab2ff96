package com.steward.platform.outbox;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOutboxRepository {

  private static final String INSERT =
      """
      INSERT INTO outbox_event (event_id, marketplace_id, type, payload, created_at, status, next_attempt_at)
      SELECT e, mp, type, CAST(payload AS jsonb), at, 'PENDING', at
        FROM unnest(CAST(:events AS uuid[]), CAST(:mps AS uuid[]), CAST(:types AS text[]), CAST(:payloads AS text[]),
                    CAST(:ats AS timestamptz[])) WITH ORDINALITY AS t(e, mp, type, payload, at, n)
       ORDER BY n
      """;
  /** Claims due events by pushing their next attempt past the delivery timeout (a lease). */
  private static final String CLAIM =
      """
      UPDATE outbox_event o SET next_attempt_at = :lease
        FROM marketplace m
       WHERE o.marketplace_id = m.id
         AND o.id IN (SELECT id FROM outbox_event WHERE status = 'PENDING' AND next_attempt_at <= :now
                      ORDER BY next_attempt_at, id LIMIT :limit FOR UPDATE SKIP LOCKED)
      RETURNING o.id, o.event_id, o.type, o.payload::text AS payload, o.attempts, m.webhook_url, m.webhook_secret
      """;
  private static final String RESULT =
      """
      UPDATE outbox_event SET status = :status, attempts = :attempts, next_attempt_at = :next, delivered_at = :delivered
       WHERE id = :id
      """;
  private static final String ATTEMPT =
      """
      INSERT INTO webhook_attempt (outbox_id, attempt, url, status_code, error, duration_ms, attempted_at)
      VALUES (:id, :attempt, :url, :code, :error, :ms, :at)
      """;
  private static final String DELIVERIES =
      """
      SELECT o.event_id, o.type, o.status, o.attempts, o.created_at, o.delivered_at,
             a.attempt, a.url, a.status_code, a.error, a.duration_ms, a.attempted_at
        FROM outbox_event o LEFT JOIN webhook_attempt a ON a.outbox_id = o.id
       WHERE o.marketplace_id = :mp
       ORDER BY o.id DESC, a.attempt DESC
       LIMIT :limit
      """;
  private static final String EVENTS =
      """
      SELECT id, payload::text AS payload FROM outbox_event
       WHERE marketplace_id = :mp AND id > :after ORDER BY id LIMIT :limit
      """;

  private final JdbcClient jdbc;

  JdbcOutboxRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** An event to write. */
  record Event(UUID eventId, UUID marketplaceId, String type, String payload, Instant at) {}

  /** Writes a transaction's events in one statement, in order (ids follow it). */
  void insertAll(List<Event> events) {
    jdbc.sql(INSERT)
        .param("events", events.stream().map(e -> e.eventId().toString()).toArray(String[]::new))
        .param("mps", events.stream().map(e -> e.marketplaceId().toString()).toArray(String[]::new))
        .param("types", events.stream().map(Event::type).toArray(String[]::new))
        .param("payloads", events.stream().map(Event::payload).toArray(String[]::new))
        .param("ats", events.stream().map(e -> e.at().toString()).toArray(String[]::new))
        .update();
  }

  record Due(long id, UUID eventId, String type, String payload, int attempts, @Nullable String url,
      @Nullable String secret) {}

  List<Due> claim(Instant now, Instant lease, int limit) {
    return jdbc.sql(CLAIM)
        .param("now", Sql.ts(now))
        .param("lease", Sql.ts(lease))
        .param("limit", limit)
        .query(
            (rs, n) ->
                new Due(
                    rs.getLong("id"),
                    Sql.uuid(rs, "event_id"),
                    rs.getString("type"),
                    rs.getString("payload"),
                    rs.getInt("attempts"),
                    rs.getString("webhook_url"),
                    rs.getString("webhook_secret")))
        .list();
  }

  void result(long id, String status, int attempts, Instant next, @Nullable Instant delivered) {
    jdbc.sql(RESULT)
        .param("id", id)
        .param("status", status)
        .param("attempts", attempts)
        .param("next", Sql.ts(next))
        .param("delivered", Sql.ts(delivered))
        .update();
  }

  void attempt(long id, int attempt, String url, @Nullable Integer code, @Nullable String error, long ms, Instant at) {
    jdbc.sql(ATTEMPT)
        .param("id", id)
        .param("attempt", attempt)
        .param("url", url)
        .param("code", code)
        .param("error", error)
        .param("ms", ms)
        .param("at", Sql.ts(at))
        .update();
  }

  List<WebhookDeliveries.Delivery> deliveries(UUID marketplaceId, int limit) {
    return jdbc.sql(DELIVERIES)
        .param("mp", marketplaceId)
        .param("limit", limit)
        .query(
            (rs, n) ->
                new WebhookDeliveries.Delivery(
                    Sql.uuid(rs, "event_id"),
                    rs.getString("type"),
                    rs.getString("status"),
                    rs.getInt("attempts"),
                    Sql.instant(rs, "created_at"),
                    Sql.instant(rs, "delivered_at"),
                    (Integer) rs.getObject("attempt"),
                    rs.getString("url"),
                    (Integer) rs.getObject("status_code"),
                    rs.getString("error"),
                    Sql.instant(rs, "attempted_at")))
        .list();
  }

  List<WebhookDeliveries.Event> events(UUID marketplaceId, long after, int limit) {
    return jdbc.sql(EVENTS)
        .param("mp", marketplaceId)
        .param("after", after)
        .param("limit", limit)
        .query((rs, n) -> new WebhookDeliveries.Event(rs.getLong("id"), rs.getString("payload")))
        .list();
  }
}
