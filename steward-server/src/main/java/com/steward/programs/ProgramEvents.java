package com.steward.programs;

import com.steward.notices.NoticeProcess;
import com.steward.notices.Notices;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Where notices meet the programs: a member's notice takes the expedited path as it is filed,
 * and every settled item has its notifier's record re-read after commit (coalesced, off the
 * request path).
 */
@Component
class ProgramEvents {

  private static final Logger log = LoggerFactory.getLogger(ProgramEvents.class);

  private final Programs programs;
  private final NoticeProcess process;
  private final Set<UUID> waiting = ConcurrentHashMap.newKeySet();
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "programs-evaluate");
    t.setDaemon(true);
    return t;
  });

  ProgramEvents(Programs programs, NoticeProcess process) {
    this.programs = programs;
    this.process = process;
  }

  /** In the filing transaction: a member's items act at once, a share of them audited afterwards. */
  @EventListener
  void onFiled(Notices.NoticeFiled e) {
    programs.expediting(e.notifierId()).ifPresent(program -> {
      double share = programs.settings().auditShare(program);
      process.expedite(e.noticeId(), e.itemIds(), program.name(),
          item -> ThreadLocalRandom.current().nextDouble() < share);
    });
  }

  @TransactionalEventListener
  void onMoved(Notices.NoticeItemMoved e) {
    if (e.to().isOpen()) {
      return;
    }
    if (waiting.add(e.notifierId())) {
      worker.execute(() -> {
        waiting.remove(e.notifierId());
        try {
          programs.evaluate(e.notifierId());
        } catch (RuntimeException ex) {
          log.warn("could not evaluate the programs of notifier {}; the nightly review will", e.notifierId(), ex);
        }
      });
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
