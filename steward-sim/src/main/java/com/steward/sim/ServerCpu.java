package com.steward.sim;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The CPU time of the server under load and of its PostgreSQL, when both run on the generator's
 * machine and it knows them ({@code ./steward sim --load} starts them and passes
 * {@code --server-pid} and {@code --database-dir}). What a request costs the machine belongs in a
 * load report beside its latency: on a small machine it is what the latency runs into.
 */
final class ServerCpu {

  private final long serverPid;
  private final @Nullable String databaseDir;

  ServerCpu(long serverPid, @Nullable String databaseDir) {
    this.serverPid = serverPid;
    this.databaseDir = databaseDir;
  }

  /** CPU seconds used so far: by the server, and by its database (-1 where it cannot be read). */
  record Sample(double server, double database) {

    /** The CPU used between {@code earlier} and this sample. */
    Sample since(Sample earlier) {
      return new Sample(server < 0 || earlier.server < 0 ? -1 : server - earlier.server,
          database < 0 || earlier.database < 0 ? -1 : database - earlier.database);
    }
  }

  /**
   * Samples at {@code from} and at {@code to} from now, on a thread of its own; {@link Window#used}
   * gives the CPU between the two once both are taken.
   */
  Window window(Duration from, Duration to) {
    return new Window(from, to);
  }

  final class Window {
    private final java.util.concurrent.ScheduledExecutorService sampler =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
          Thread t = new Thread(r, "server-cpu");
          t.setDaemon(true);
          return t;
        });
    private final java.util.concurrent.Future<Sample> first;
    private final java.util.concurrent.Future<Sample> last;

    private Window(Duration from, Duration to) {
      first = sampler.schedule(ServerCpu.this::sample, from.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      last = sampler.schedule(ServerCpu.this::sample, to.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
      sampler.shutdown(); // runs the two samples, then ends
    }

    /** The CPU used in the window, waiting up to 5 s for its end; none if it was not taken. */
    Optional<Sample> used() {
      try {
        return Optional.of(last.get(5, java.util.concurrent.TimeUnit.SECONDS).since(first.get()));
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        return Optional.empty();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Optional.empty();
      }
    }
  }

  Sample sample() {
    double server = ProcessHandle.of(serverPid).map(ServerCpu::seconds).orElse(-1.0);
    double database = -1;
    if (databaseDir != null) {
      // the database server (its postmaster) runs detached: found by its data directory, then
      // its processes (one per connection, and its writers) are its children
      for (ProcessHandle p : ProcessHandle.allProcesses().filter(this::isPostmaster).toList()) {
        double own = seconds(p);
        double children = p.children().mapToDouble(ServerCpu::seconds).filter(s -> s >= 0).sum();
        database = Math.max(database, 0) + Math.max(own, 0) + children;
      }
    }
    return new Sample(server, database);
  }

  private boolean isPostmaster(ProcessHandle p) {
    Optional<String> line = p.info().commandLine();
    if (line.isEmpty() || !line.get().contains("postgres")) {
      return false;
    }
    String l = line.get() + " ";
    return l.contains(" -D " + databaseDir + " "); // the whole directory, not one that begins with it
  }

  /** The process's CPU seconds so far, or -1 if the system does not tell. */
  static double seconds(ProcessHandle p) {
    return p.info().totalCpuDuration().map(Duration::toNanos).map(n -> n / 1e9).orElse(-1.0);
  }
}
