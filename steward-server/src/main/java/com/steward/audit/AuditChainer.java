package com.steward.audit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit entries into the chain, one batch a transaction, off the request path:
 * {@link #GATHER} after a transaction that wrote entries commits on this node (so that the entries
 * of many commits share one chaining transaction), and every half second for the others' (and
 * after a restart). One chainer at a time across nodes holds the chain's lock. Reading a trail or
 * verifying the chain drains the queue first, so the delay is never visible.
 */
@Component
class AuditChainer {

  private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
  private static final int BATCH = 2000;
  /** How long a signal waits for more commits: one chaining transaction per request doubled the commits. */
  static final long GATHER = 50;

  private final JdbcAuditRepository repository;
  private final TransactionTemplate tx;
  private final com.steward.platform.scheduling.LocalWorker worker =
      new com.steward.platform.scheduling.LocalWorker("audit-chainer", this::drainQuietly);

  AuditChainer(JdbcAuditRepository repository, PlatformTransactionManager transactions) {
    this.repository = repository;
    this.tx = new TransactionTemplate(transactions);
    this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    worker.every(java.time.Duration.ofMillis(500));
  }

  /** Entries were committed: chain them soon, once for any number of signals in between. */
  void signal() {
    worker.signal(java.time.Duration.ofMillis(GATHER));
  }

  /** Chains everything committed so far, waiting for another chainer if one is at work. */
  void drainNow() {
    while (Boolean.TRUE.equals(tx.execute(s -> repository.chainWaiting(BATCH, true) == BATCH))) {
      // the next batch
    }
  }

  private void drainQuietly() {
    try {
      while (Boolean.TRUE.equals(tx.execute(s -> repository.chainWaiting(BATCH, false) == BATCH))) {
        // the next batch
      }
    } catch (RuntimeException e) {
      log.warn("audit chaining failed; the entries stay queued and are retried", e);
    }
  }

  @PreDestroy
  void stop() {
    worker.stop();
  }
}
