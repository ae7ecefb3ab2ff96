package com.steward.audit;

import com.steward.core.audit.AuditChain;
import com.steward.core.audit.AuditEntry;
import com.steward.platform.security.Actor;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only, hash-chained audit log. {@link #record} joins the caller's transaction, so an
 * entry exists exactly when the change it describes was committed.
 */
@Service
public class AuditLog {

  private static final JsonMapper CANONICAL = JsonMapper.builder().build();

  private final JdbcAuditRepository repository;
  private final AuditChainer chainer;
  private final Clock clock;

  AuditLog(JdbcAuditRepository repository, AuditChainer chainer, Clock clock) {
    this.repository = repository;
    this.chainer = chainer;
    this.clock = clock;
  }

  /**
   * Records an entry in the caller's transaction. The transaction's entries are queued just
   * before it commits, in one statement and without a lock; the {@link AuditChainer} links them
   * into the chain once they are committed, so transactions never wait for one another here.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(Actor actor, String action, String subjectType, Object subjectId, Map<String, ?> detail) {
    String json = CANONICAL.writeValueAsString(new TreeMap<>(detail));
    pending().add(new JdbcAuditRepository.Pending(clock.instant().truncatedTo(ChronoUnit.MICROS), actor.label(), action,
        subjectType, String.valueOf(subjectId), json));
  }

  private List<JdbcAuditRepository.Pending> pending() {
    return com.steward.platform.db.TransactionEnds.writtenAtCommit(this, repository::enqueue, chainer::signal);
  }

  /** Records security changes published by the platform, in their transaction. */
  @org.springframework.context.event.EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(com.steward.platform.security.SecurityAudited e) {
    record(e.actor(), e.action(), e.subjectType(), e.subjectId(), e.detail());
  }

  /** The entries about one subject, oldest first, including those committed a moment ago. */
  public List<AuditEntry> trail(String subjectType, Object subjectId) {
    chainer.drainNow();
    return repository.trail(subjectType, String.valueOf(subjectId));
  }

  /** The entries about any of the subjects, oldest first, including those committed a moment ago. */
  public List<AuditEntry> trail(String subjectType, List<?> subjectIds) {
    chainer.drainNow();
    return repository.trail(subjectType, subjectIds.stream().map(String::valueOf).toList());
  }

  /** Chains what is waiting, then walks the whole chain. */
  public Verification verify() {
    chainer.drainNow();
    return walk();
  }

  private Verification walk() {
    var verifier = new AuditChain.Verifier();
    Optional<AuditChain.Break> broken = repository.walk(verifier::accept);
    return new Verification(broken.isEmpty(), verifier.count(), broken.orElse(null));
  }

  /** The result of a walk: {@code entries} counts those checked before a break, if any. */
  public record Verification(boolean valid, long entries, AuditChain.Break firstBreak) {}
}
