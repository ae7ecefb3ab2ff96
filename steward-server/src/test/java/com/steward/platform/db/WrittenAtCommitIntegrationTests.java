package com.steward.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.audit.AuditLog;
import com.steward.platform.outbox.Outbox;
import com.steward.platform.security.Actor;
import com.steward.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audit entries and outbox events are written when their transaction commits; one opened while
 * another commits (a listener after a commit that starts its own transaction, as a sweep does
 * after a brand's approval) writes its own.
 */
class WrittenAtCommitIntegrationTests extends IntegrationTest {

  @Autowired
  AuditLog audit;
  @Autowired
  Outbox outbox;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void aTransactionStartedAfterAnotherCommitsWritesItsOwnEntriesAndEvents() {
    UUID marketplace = jdbc.sql("SELECT id FROM marketplace WHERE code = :code")
        .param("code", fixtures.marketplace().code()).query(UUID.class).single();
    UUID outer = UUID.randomUUID();
    UUID inner = UUID.randomUUID();
    var tx = new TransactionTemplate(transactions);
    var requiresNew = new TransactionTemplate(transactions);
    requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

    tx.executeWithoutResult(s -> {
      audit.record(Actor.system("test"), "test.outer", "test", outer, Map.of());
      outbox.publish(marketplace, "test.outer", Map.of("id", outer.toString()));
      TransactionEnds.afterCommit(() -> requiresNew.executeWithoutResult(n -> {
        audit.record(Actor.system("test"), "test.inner", "test", inner, Map.of());
        outbox.publish(marketplace, "test.inner", Map.of("id", inner.toString()));
      }));
    });

    assertThat(audit.trail("test", inner)).extracting(e -> e.record().action()).containsExactly("test.inner");
    assertThat(audit.trail("test", outer)).extracting(e -> e.record().action()).containsExactly("test.outer");
    List<String> events = jdbc.sql("SELECT type FROM outbox_event WHERE marketplace_id = :mp ORDER BY id")
        .param("mp", marketplace).query(String.class).list();
    assertThat(events).containsSubsequence("test.outer", "test.inner");
  }
}
