package com.steward.platform.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Small conversions between Java time and JDBC that every repository needs. */
public final class Sql {

  private Sql() {}

  public static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
    return t == null ? null : t.toInstant();
  }

  public static @Nullable UUID uuid(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }

  /**
   * UUIDs in PostgreSQL's order (byte by byte, as unsigned), which {@link java.util.UUID#compareTo}
   * is not (it compares signed halves).
   */
  public static final java.util.Comparator<java.util.UUID> UUID_ORDER = (a, b) -> {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  };

  /** Splits ids for {@code IN (:ids)} lists, which PostgreSQL caps at 32,767 parameters a statement. */
  public static <T> java.util.List<java.util.List<T>> chunks(java.util.Collection<T> ids) {
    var all = java.util.List.copyOf(ids);
    var out = new java.util.ArrayList<java.util.List<T>>();
    for (int i = 0; i < all.size(); i += 5000) {
      out.add(all.subList(i, Math.min(all.size(), i + 5000)));
    }
    return out;
  }
}
