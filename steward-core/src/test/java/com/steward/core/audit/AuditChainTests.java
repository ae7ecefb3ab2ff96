package com.steward.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTests {

  static List<AuditEntry> chain(int n) {
    List<AuditEntry> out = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int i = 1; i <= n; i++) {
      AuditEntry e = AuditEntry.chain(prev, new AuditRecord(i, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(i),
          "analyst:ann", "notice_item.taken_down", "notice_item", "item-" + i, "{\"reason\":\"fake\"}"));
      out.add(e);
      prev = e.hash();
    }
    return out;
  }

  @Test
  void anUntouchedChainVerifies() {
    assertThat(AuditChain.verify(chain(50))).isEmpty();
  }

  @Test
  void editingAnEntryIsFoundAtThatEntry() {
    var entries = chain(10);
    AuditEntry e = entries.get(4);
    AuditRecord r = e.record();
    entries.set(4, new AuditEntry(new AuditRecord(r.sequence(), r.occurredAt(), "admin:mallory", r.action(),
        r.subjectType(), r.subjectId(), r.detail()), e.previousHash(), e.hash()));
    assertThat(AuditChain.verify(entries)).hasValueSatisfying(b -> assertThat(b.sequence()).isEqualTo(5));
  }

  @Test
  void droppingAnEntryIsFound() {
    var entries = chain(10);
    entries.remove(3);
    assertThat(AuditChain.verify(entries)).hasValueSatisfying(b -> assertThat(b.reason()).contains("sequence"));
  }

  @Test
  void fieldsCannotBeShiftedBetweenEachOther() {
    var a = new AuditRecord(1, Instant.EPOCH, "ab", "c", "t", "i", "{}");
    var b = new AuditRecord(1, Instant.EPOCH, "a", "bc", "t", "i", "{}");
    assertThat(AuditChain.hash(AuditChain.GENESIS, a)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, b));
  }
}
