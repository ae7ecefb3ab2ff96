package com.steward.screening;

import com.steward.platform.db.Sql;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSuspiciousTermRepository {

  private final JdbcClient jdbc;

  JdbcSuspiciousTermRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<SuspiciousTerms.Term> all() {
    return jdbc.sql("SELECT term, language, added_by, added_at FROM suspicious_term ORDER BY language, term")
        .query((rs, n) -> new SuspiciousTerms.Term(rs.getString("term"), rs.getString("language"),
            rs.getString("added_by"), Sql.instant(rs, "added_at")))
        .list();
  }

  boolean insert(String term, String language, String by, Instant at) {
    return jdbc.sql("""
        INSERT INTO suspicious_term (term, language, added_by, added_at) VALUES (:t, :l, :by, :at)
        ON CONFLICT (term) DO NOTHING
        """).param("t", term).param("l", language).param("by", by).param("at", Sql.ts(at)).update() == 1;
  }

  boolean delete(String term) {
    return jdbc.sql("DELETE FROM suspicious_term WHERE term = :t").param("t", term).update() == 1;
  }
}
