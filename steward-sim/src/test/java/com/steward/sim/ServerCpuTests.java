package com.steward.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs(OS.LINUX)
class ServerCpuTests {

  @Test
  void theServersCpuGrowsWithTheWorkItDoes() {
    var cpu = new ServerCpu(ProcessHandle.current().pid(), null);
    var before = cpu.sample();
    long sink = 0;
    for (long end = System.nanoTime() + 300_000_000L; System.nanoTime() < end; ) {
      sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
    }
    var used = cpu.sample().since(before);
    assertThat(used.server()).as("work %d", sink).isGreaterThan(0.1);
    assertThat(used.database()).as("no database directory given").isEqualTo(-1);
  }

  @Test
  void theDatabaseIsFoundByItsDataDirectory(@TempDir Path dir) throws Exception {
    Path data = Files.createDirectory(dir.resolve("postgres"));
    // a busy process whose command line reads like an embedded PostgreSQL's
    Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done", "postgres", "-D", data.toString()).start();
    Process other = new ProcessBuilder("sh", "-c", "while :; do :; done", "postgres", "-D", data + "-other").start();
    try {
      var cpu = new ServerCpu(ProcessHandle.current().pid(), data.toString());
      var before = cpu.sample();
      double busy0 = ServerCpu.seconds(busy.toHandle());
      double other0 = ServerCpu.seconds(other.toHandle());
      Thread.sleep(400);
      var used = cpu.sample().since(before);
      double busyUsed = ServerCpu.seconds(busy.toHandle()) - busy0;
      double otherUsed = ServerCpu.seconds(other.toHandle()) - other0;
      assertThat(used.database()).isGreaterThan(0.05).isCloseTo(busyUsed, within(0.05));
      assertThat(otherUsed).as("the other process ran too").isGreaterThan(0.05);
    } finally {
      busy.destroy();
      other.destroy();
    }
  }

  @Test
  void aWindowMeasuresBetweenItsTwoSamples() {
    var window = new ServerCpu(ProcessHandle.current().pid(), null)
        .window(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(500));
    long sink = 0;
    for (long end = System.nanoTime() + 700_000_000L; System.nanoTime() < end; ) {
      sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
    }
    var used = window.used();
    assertThat(used).as("work %d", sink).isPresent();
    assertThat(used.get().server()).as("about 0.4 s of one busy thread").isBetween(0.2, 1.0);
  }

  @Test
  void aServerThatIsGoneGivesNoFigure() {
    assertThat(new ServerCpu(Long.MAX_VALUE - 1, "/nowhere").sample())
        .isEqualTo(new ServerCpu.Sample(-1, -1));
  }
}
