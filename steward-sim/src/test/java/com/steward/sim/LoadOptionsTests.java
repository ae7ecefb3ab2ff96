package com.steward.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoadOptionsTests {

  private static LoadOptions parse(String line) {
    return LoadOptions.parse(List.of(line.split(" ")));
  }

  @Test
  void readsEveryOptionAndDefaultsTheWarmupAndSeed() {
    var o = parse("--load --listings-per-second 100 --notices-per-second 5 --duration 60 --target http://127.0.0.1:1");
    assertThat(o.listingsPerSecond()).isEqualTo(100);
    assertThat(o.noticesPerSecond()).isEqualTo(5);
    assertThat(o.durationSeconds()).isEqualTo(60);
    assertThat(o.warmupSeconds()).isEqualTo(LoadOptions.DEFAULT_WARMUP_SECONDS);
    assertThat(o.seed()).isEqualTo(1);
    assertThat(o.target()).isEqualTo("http://127.0.0.1:1");
    assertThat(o.out()).isNull();
    var all = parse("--load --listings-per-second 2.5 --notices-per-second 0.5 --duration 3 --warmup 0 --seed -7 --out x.json");
    assertThat(all.listingsPerSecond()).isEqualTo(2.5);
    assertThat(all.warmupSeconds()).isZero();
    assertThat(all.seed()).isEqualTo(-7);
    assertThat(all.out()).isEqualTo("x.json");
    assertThat(all.serverPid()).isZero();
    assertThat(all.databaseDir()).isNull();
    var local = parse("--load --listings-per-second 1 --notices-per-second 1 --duration 3 --server-pid 31337 "
        + "--database-dir /tmp/steward-sim.x/postgres");
    assertThat(local.serverPid()).isEqualTo(31337);
    assertThat(local.databaseDir()).isEqualTo("/tmp/steward-sim.x/postgres");
    assertThatThrownBy(() -> parse("--load --listings-per-second 1 --notices-per-second 1 --duration 3 --server-pid -2"))
        .hasMessageStartingWith("--server-pid: must be a process id above 0");
  }

  @Test
  void aMissingRateIsNamed() {
    assertThatThrownBy(() -> parse("--load --notices-per-second 5 --duration 60"))
        .hasMessage("--listings-per-second is required (requests per second, 0 or more)");
    assertThatThrownBy(() -> parse("--load --listings-per-second 5 --duration 60"))
        .hasMessage("--notices-per-second is required (requests per second, 0 or more)");
  }

  @Test
  void aBadRateIsRefusedWithItsName() {
    assertThatThrownBy(() -> parse("--load --listings-per-second 10 --notices-per-second -1 --duration 60"))
        .hasMessage("--notices-per-second: must be a rate of 0 or more (requests per second), not -1.0");
    assertThatThrownBy(() -> parse("--load --listings-per-second NaN --notices-per-second 1 --duration 60"))
        .hasMessageStartingWith("--listings-per-second: must be a rate of 0 or more");
    assertThatThrownBy(() -> parse("--load --listings-per-second ten --notices-per-second 1 --duration 60"))
        .hasMessage("--listings-per-second: 'ten' is not a number");
    assertThatThrownBy(() -> parse("--load --listings-per-second 1 --notices-per-second 1 --dry-runs-per-second Infinity "
        + "--duration 60")).hasMessageStartingWith("--dry-runs-per-second: must be a rate of 0 or more");
  }

  @Test
  void aKindAtZeroIsLeftOutButSomethingMustBeSentAndNoticesNeedListings() {
    var upsertsOnly = parse("--load --listings-per-second 100 --notices-per-second 0 --duration 60");
    assertThat(upsertsOnly.noticesPerSecond()).isZero();
    assertThat(upsertsOnly.dryRunsPerSecond()).isZero();
    var dryRunsOnly = parse("--load --listings-per-second 0 --notices-per-second 0 --dry-runs-per-second 500 --duration 60");
    assertThat(dryRunsOnly.dryRunsPerSecond()).isEqualTo(500);
    assertThat(dryRunsOnly.asMap()).containsEntry("dryRunsPerSecond", 500.0);
    assertThatThrownBy(() -> parse("--load --listings-per-second 0 --notices-per-second 0 --duration 60"))
        .hasMessage("nothing to send: --listings-per-second, --notices-per-second or --dry-runs-per-second must be above 0");
    assertThatThrownBy(() -> parse("--load --listings-per-second 0 --notices-per-second 5 --duration 60"))
        .hasMessage("--notices-per-second: notices name live listings, so --listings-per-second must be above 0 too");
    assertThatThrownBy(() -> parse("--load --listings-per-second 0 --notices-per-second 0 --dry-runs-per-second 1e-12 "
        + "--duration 60")).hasMessage("--dry-runs-per-second: 1.0E-12 requests per second send none in 60 s");
  }

  @Test
  void theDurationIsRequiredAndPositiveAndTheWarmupNotNegative() {
    assertThatThrownBy(() -> parse("--load --listings-per-second 1 --notices-per-second 1"))
        .hasMessage("--duration is required (seconds, above 0)");
    assertThatThrownBy(() -> parse("--load --listings-per-second 1 --notices-per-second 1 --duration 0"))
        .hasMessageStartingWith("--duration: must be a whole number of seconds above 0");
    assertThatThrownBy(() -> parse("--load --listings-per-second 1 --notices-per-second 1 --duration 1.5"))
        .hasMessage("--duration: '1.5' is not a whole number");
    assertThatThrownBy(() -> parse("--load --listings-per-second 1 --notices-per-second 1 --duration 5 --warmup -1"))
        .hasMessageStartingWith("--warmup: must be a whole number of seconds, 0 or more");
  }

  @Test
  void anOptionWithoutItsValueOrUnknownOrRepeatedIsRefused() {
    assertThatThrownBy(() -> parse("--load --listings-per-second --notices-per-second 1 --duration 5"))
        .hasMessage("--listings-per-second needs a value");
    assertThatThrownBy(() -> parse("--load --duration"))
        .hasMessage("--duration needs a value");
    assertThatThrownBy(() -> parse("--load --report --listings-per-second 1 --notices-per-second 1 --duration 5"))
        .hasMessage("unknown argument '--report' for --load");
    assertThatThrownBy(() -> parse("--load --duration 5 --duration 6"))
        .hasMessage("--duration is given twice");
  }
}
