package com.steward.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Looks for clear values in every text, JSON and binary column of every table of the database. */
public final class ClearTextScan {

  private ClearTextScan() {}

  /** Each {@code table.column} holding any of {@code values} (case-insensitive; in binary columns as UTF-8). */
  public static List<String> find(JdbcClient jdbc, List<String> values) {
    List<String[]> columns = jdbc.sql("""
        SELECT table_name, column_name, data_type FROM information_schema.columns
         WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'bytea')
         ORDER BY table_name, column_name
        """).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    if (columns.size() < 50) {
      throw new IllegalStateException("expected the whole schema, found " + columns.size() + " columns");
    }
    List<String> hits = new ArrayList<>();
    for (String[] c : columns) {
      String column = "\"" + c[1] + "\"";
      String condition = "bytea".equals(c[2])
          ? "(position(convert_to(:v, 'UTF8') IN " + column + ") > 0 OR position(convert_to(lower(:v), 'UTF8') IN "
              + column + ") > 0 OR position(convert_to(upper(:v), 'UTF8') IN " + column + ") > 0)"
          : "strpos(lower(" + column + "::text), lower(:v)) > 0";
      for (String v : values) {
        long n = jdbc.sql("SELECT count(*) FROM \"" + c[0] + "\" WHERE " + condition).param("v", v)
            .query(Long.class).single();
        if (n > 0) {
          hits.add(c[0] + "." + c[1] + " holds \"" + v + "\"");
        }
      }
    }
    return hits;
  }
}
