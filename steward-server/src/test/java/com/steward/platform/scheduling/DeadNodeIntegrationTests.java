package com.steward.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node that dies while it runs a deadline (a sweep's chunk) leaves it picked in
 * {@code scheduled_tasks}. Another node takes it up once the dead one has missed six heartbeats
 * of 20 s, two minutes, and not before.
 */
class DeadNodeIntegrationTests extends IntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Autowired
  com.github.kagkarlsson.scheduler.Scheduler scheduler;

  @Test
  void aDeadlinePickedByANodeSilentForTwoMinutesIsTakenUpAndOneSilentForNinetySecondsIsLeftToItsNode()
      throws Exception {
    Instant now = clock.instant();
    // chunks of sweeps that no longer exist: were one run, it would end at once
    String dead = UUID.randomUUID() + ":0";
    String slow = UUID.randomUUID() + ":0";
    picked(dead, "node-that-died", now.minus(Duration.ofSeconds(121)));
    picked(slow, "node-that-is-slow", now.minus(Duration.ofSeconds(90)));
    try {
      // The scheduler looks for dead nodes every two heartbeats, timed by the application's clock,
      // which stands still in tests: the look is made here, as its timer would.
      var look = com.github.kagkarlsson.scheduler.Scheduler.class.getDeclaredMethod("detectDeadExecutions");
      look.setAccessible(true);
      look.invoke(scheduler);
      assertThat(state(dead)).as("free again and still scheduled: the next node to look for due work runs it")
          .isEqualTo("");
      assertThat(state(slow)).as("ninety seconds without a heartbeat is not yet a dead node")
          .isEqualTo("node-that-is-slow");
    } finally {
      jdbc.sql("DELETE FROM scheduled_tasks WHERE task_instance IN (:i)").param("i", java.util.List.of(dead, slow))
          .update();
    }
  }

  private void picked(String instance, String node, Instant heartbeat) {
    jdbc.sql("""
        INSERT INTO scheduled_tasks (task_name, task_instance, execution_time, picked, picked_by, last_heartbeat,
                                     version)
        VALUES ('sweep-step', :i, :t, true, :node, :t, 1)
        """).param("i", instance).param("t", Timestamp.from(heartbeat)).param("node", node).update();
  }

  /** The node that holds the deadline ("" if none does), or null once it has run. */
  private @org.jspecify.annotations.Nullable String state(String instance) {
    return jdbc.sql("SELECT CASE WHEN picked THEN picked_by ELSE '' END FROM scheduled_tasks"
        + " WHERE task_name = 'sweep-step' AND task_instance = :i").param("i", instance).query(String.class)
        .optional().orElse(null);
  }
}
