package com.steward.platform.scheduling;

import com.steward.platform.db.Sql;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Counts the scheduler's executions that are due, straight from its table. */
@Repository
class JdbcDueTasks {

  private final JdbcClient jdbc;

  JdbcDueTasks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Executions due at {@code now} (running ones included, since they stay in the table until they
   * finish), webhook deliveries excepted: those wait on other servers, not on this clock.
   */
  int due(Instant now) {
    return jdbc.sql("""
        SELECT count(*) FROM scheduled_tasks WHERE execution_time <= :now AND task_name <> 'webhook-dispatch'
        """).param("now", Sql.ts(now)).query(Integer.class).single();
  }
}
