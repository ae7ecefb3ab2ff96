package com.steward.platform.scheduling;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.steward.platform.config.StewardProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler, persistent in {@code scheduled_tasks}: deadlines survive a restart, and a
 * deadline scheduled inside a transaction exists exactly when that transaction commits. It reads
 * time from the application's {@link Clock}, so a test that moves the clock moves the deadlines.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfig {

  @Bean
  Scheduler scheduler(
      DataSource dataSource, ObjectProvider<Task<?>> tasks, Clock clock, StewardProperties props) {
    List<Task<?>> all = tasks.orderedStream().toList();
    List<Task<?>> startup = new ArrayList<>();
    List<Task<?>> known = new ArrayList<>();
    for (Task<?> t : all) {
      (t instanceof OnStartup ? startup : known).add(t);
    }
    SchedulerBuilder builder = new ClockedBuilder(new TransactionAwareDataSourceProxy(dataSource), known, clock);
    builder
        .threads(2)
        .pollingInterval(props.schedulerPollInterval())
        // a node that dies while running a task (a sweep's chunk) leaves it picked; with the
        // library's five-minute heartbeat another node took it up after half an hour, now after two
        // minutes (six heartbeats of 20 s missed)
        .heartbeatInterval(java.time.Duration.ofSeconds(20))
        .missedHeartbeatsLimit(6)
        .enableImmediateExecution();
    builder.startTasks(recurring(startup));
    return builder.build();
  }

  /**
   * Runs the scheduler with the server. A one-off command (such as audit-verify) runs no
   * deadlines, and neither does a node started with {@code steward.scheduler-enabled=false} (an
   * API-only node beside others that run them).
   */
  @Bean
  SmartLifecycle schedulerLifecycle(Scheduler scheduler, StewardProperties props,
      @org.springframework.beans.factory.annotation.Value("${steward.scheduler-enabled:true}") boolean enabled) {
    return new SmartLifecycle() {
      private volatile boolean running;

      @Override
      public void start() {
        if (enabled && (props.command() == null || props.command().isBlank())) {
          scheduler.start();
        }
        running = true;
      }

      @Override
      public void stop() {
        scheduler.stop();
        running = false;
      }

      @Override
      public boolean isRunning() {
        return running;
      }
    };
  }

  /** A db-scheduler builder that reads the application's clock. */
  private static final class ClockedBuilder extends SchedulerBuilder {
    ClockedBuilder(DataSource dataSource, List<Task<?>> tasks, Clock clock) {
      super(dataSource, tasks);
      this.clock = clock::instant;
    }
  }

  /** The tasks that start themselves (recurring ones), typed as db-scheduler wants them. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T extends Task<?> & OnStartup> List<T> recurring(List<Task<?>> tasks) {
    return (List) tasks;
  }
}
