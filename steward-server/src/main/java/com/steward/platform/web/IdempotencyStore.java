package com.steward.platform.web;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Kept answers of idempotent POSTs, in {@code idempotency_key}. */
@Repository
public class IdempotencyStore {

  private static final String BEGIN =
      """
      INSERT INTO idempotency_key (scope, idem_key, fingerprint, status, created_at)
      VALUES (:scope, :key, :fp, 0, :at)
      ON CONFLICT (scope, idem_key) DO NOTHING
      """;
  private static final String FIND =
      """
      SELECT fingerprint, status, content_type, location, body
        FROM idempotency_key WHERE scope = :scope AND idem_key = :key
      """;
  private static final String COMPLETE =
      """
      UPDATE idempotency_key SET status = :status, content_type = :type, location = :location, body = :body
       WHERE scope = :scope AND idem_key = :key
      """;

  private final JdbcClient jdbc;

  IdempotencyStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A kept answer. Status 0 means the first request is still running. */
  public record Stored(String fingerprint, int status, @Nullable String contentType, @Nullable String location,
      byte[] body) {}

  /** Claims the key, or returns what an earlier request with it left. */
  Optional<Stored> begin(String scope, String key, String fingerprint, Instant at) {
    int inserted =
        jdbc.sql(BEGIN).param("scope", scope).param("key", key).param("fp", fingerprint).param("at", Sql.ts(at)).update();
    if (inserted == 1) {
      return Optional.empty();
    }
    return jdbc.sql(FIND)
        .param("scope", scope)
        .param("key", key)
        .query(
            (rs, n) ->
                new Stored(
                    rs.getString("fingerprint"),
                    rs.getInt("status"),
                    rs.getString("content_type"),
                    rs.getString("location"),
                    rs.getBytes("body") == null ? new byte[0] : rs.getBytes("body")))
        .optional();
  }

  void complete(String scope, String key, int status, @Nullable String type, @Nullable String location, byte[] body) {
    jdbc.sql(COMPLETE)
        .param("scope", scope)
        .param("key", key)
        .param("status", status)
        .param("type", type)
        .param("location", location)
        .param("body", body)
        .update();
  }

  void forget(String scope, String key) {
    jdbc.sql("DELETE FROM idempotency_key WHERE scope = :scope AND idem_key = :key AND status = 0")
        .param("scope", scope)
        .param("key", key)
        .update();
  }
}
