package com.steward.bench;

import com.steward.core.audit.AuditChain;
import com.steward.core.audit.AuditEntry;
import com.steward.core.audit.AuditRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The audit chain's cost: one link per state change on the write path, and a full walk for
 * {@code /api/v1/audit/verify}. The record mirrors a real notice-item entry.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AuditChainBenchmark {

  private AuditRecord record;
  private List<AuditEntry> chain;

  @Setup
  public void setUp() {
    record = record(1);
    chain = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int i = 1; i <= 10_000; i++) {
      AuditEntry e = AuditEntry.chain(prev, record(i));
      chain.add(e);
      prev = e.hash();
    }
  }

  private static AuditRecord record(long seq) {
    return new AuditRecord(seq, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(seq), "analyst:ann",
        "notice_item.taken_down", "notice_item", "6f1c2a8e-4d4b-4f0e-9a57-1f4f4f3c2b10",
        "{\"event\":\"Accepted\",\"from\":\"PENDING_REVIEW\",\"notice\":\"0b7e4c1e-2f9d-4b1a-8f0e-7d2c9a6b5e41\","
            + "\"reason\":\"Logo and price match known counterfeits\",\"to\":\"TAKEN_DOWN\"}");
  }

  /** Hashing one entry: what every audited state change pays. */
  @Benchmark
  public String linkOneEntry() {
    return AuditChain.hash(AuditChain.GENESIS, record);
  }

  /** Verifying 10,000 entries, as the verify endpoint does page by page. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Optional<AuditChain.Break> verifyTenThousand() {
    return AuditChain.verify(chain);
  }
}
