package com.steward.trading;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTradingDayRepository {

  /** A day reported again replaces the figures and who reported them. */
  private static final String UPSERT = """
      INSERT INTO trading_day (marketplace_id, day, orders, refunds, refunds_as_fake, reported_by, reported_at)
      VALUES (:mp, :day, :orders, :refunds, :fakes, :by, :at)
      ON CONFLICT (marketplace_id, day) DO UPDATE
         SET orders = EXCLUDED.orders, refunds = EXCLUDED.refunds, refunds_as_fake = EXCLUDED.refunds_as_fake,
             reported_by = EXCLUDED.reported_by, reported_at = EXCLUDED.reported_at
      """;

  private static final String LIST = """
      SELECT day, orders, refunds, refunds_as_fake, reported_by, reported_at
        FROM trading_day
       WHERE marketplace_id = :mp
         AND (CAST(:from AS date) IS NULL OR day >= :from)
         AND (CAST(:to AS date) IS NULL OR day < :to)
       ORDER BY day
       LIMIT :limit
      """;

  private final JdbcClient jdbc;

  JdbcTradingDayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void save(UUID marketplaceId, TradingDay d, String by, Instant at) {
    jdbc.sql(UPSERT).param("mp", marketplaceId).param("day", d.day()).param("orders", d.orders())
        .param("refunds", d.refunds()).param("fakes", d.refundsAsFake()).param("by", by).param("at", Sql.ts(at))
        .update();
  }

  /** The marketplace's days in {@code [from, to)} (either bound may be open), oldest first. */
  List<TradingDays.Reported> list(UUID marketplaceId, @Nullable LocalDate from, @Nullable LocalDate to, int limit) {
    return jdbc.sql(LIST).param("mp", marketplaceId).param("from", from).param("to", to).param("limit", limit)
        .query((rs, n) -> new TradingDays.Reported(rs.getObject("day", LocalDate.class), rs.getInt("orders"),
            rs.getInt("refunds"), rs.getInt("refunds_as_fake"), rs.getString("reported_by"),
            Sql.instant(rs, "reported_at")))
        .list();
  }
}
