package com.steward.verification;

import com.steward.audit.AuditLog;
import com.steward.platform.config.StewardProperties;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.scheduling.Deadlines;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeping trader data only as long as the law asks (DSA Art. 30(5)): when the marketplace says the
 * relationship with a seller ended, a durable deadline deletes its trader information, documents
 * and executives' details six months later. Also re-encrypts sealed values after a key rotation.
 */
@Service
public class TraderDataRetention {

  private final CaseAccess access;
  private final JdbcVerificationRepository cases;
  private final JdbcTraderDataRepository data;
  private final TraderVault vault;
  private final AuditLog audit;
  private final Deadlines deadlines;
  private final VerificationSettings settings;
  private final StewardProperties props;
  private final TransactionTemplate tx;
  private final Clock clock;

  TraderDataRetention(CaseAccess access, JdbcVerificationRepository cases, JdbcTraderDataRepository data,
      TraderVault vault, AuditLog audit, Deadlines deadlines, VerificationSettings settings, StewardProperties props,
      TransactionTemplate tx, Clock clock) {
    this.access = access;
    this.cases = cases;
    this.data = data;
    this.vault = vault;
    this.audit = audit;
    this.deadlines = deadlines;
    this.settings = settings;
    this.props = props;
    this.tx = tx;
    this.clock = clock;
  }

  /** The marketplace ended its relationship with the seller ({@code endedAt}, default now); deletion is scheduled. */
  public Map<String, Object> end(Actor actor, String code, String sellerId, @Nullable String endedAt) {
    CaseAccess.Scoped s = access.resolve(actor, code, sellerId);
    if (actor.role() != Role.MARKETPLACE && !actor.isStaff()) {
      throw new ForbiddenException("the marketplace says when its relationship with a seller ends");
    }
    Instant now = clock.instant();
    Instant ended = now;
    if (endedAt != null && !endedAt.isBlank()) {
      try {
        ended = Instant.parse(endedAt.strip());
      } catch (DateTimeParseException e) {
        throw new InvalidRequestException("endedAt", "an instant such as 2026-03-02T09:00:00Z");
      }
      if (ended.isAfter(now)) {
        throw new InvalidRequestException("endedAt", "not in the future");
      }
    }
    Instant endedFinal = ended;
    return tx.execute(t -> {
      VerificationCase c = access.lockForChange(s.vcase().id());
      Instant purgeAt = endedFinal.atZone(props.zone()).plus(settings.retention()).toInstant();
      cases.relationshipEnded(c.id(), endedFinal, purgeAt, now);
      deadlines.cancel(VerificationOutcomes.REVERIFY, c.id());
      deadlines.cancel(VerificationOutcomes.GRACE, c.id());
      deadlines.cancel(VerificationDeadlines.INFORM, c.id());
      deadlines.schedule(VerificationDeadlines.PURGE, c.id(), purgeAt);
      audit.record(actor, "verification.relationship_ended", "verification_case", c.id(),
          Map.of("endedAt", endedFinal.toString(), "deleteAt", purgeAt.toString()));
      var out = new LinkedHashMap<String, Object>();
      out.put("verificationCase", c.id());
      out.put("relationshipEndedAt", endedFinal);
      out.put("traderDataDeletedAt", purgeAt);
      return out;
    });
  }

  /** Deletes the trader data of a case whose retention ended; does nothing otherwise. */
  void purge(UUID caseId) {
    tx.executeWithoutResult(t -> {
      VerificationCase c = cases.lock(caseId).orElse(null);
      Instant now = clock.instant();
      if (c == null || c.purged() || c.relationshipEndedAt() == null || c.purgeAt() == null
          || c.purgeAt().isAfter(now)) {
        return;
      }
      int[] gone = data.purge(c.id());
      cases.purged(c.id(), now);
      audit.record(Actor.system("retention"), "verification.trader_data_deleted", "verification_case", c.id(),
          Map.of("traderInformation", gone[0], "documents", gone[1], "executives", gone[2],
              "relationshipEndedAt", c.relationshipEndedAt().toString()));
    });
  }

  /** Re-encrypts every sealed value under the active key (after a rotation); returns how many. */
  public Map<String, Object> reencrypt(Actor actor) {
    if (actor.role() != Role.ADMIN) {
      throw new ForbiddenException("only an administrator re-encrypts");
    }
    int total = 0;
    int done;
    do {
      done = tx.execute(t -> vault.reencrypt(200));
      total += done;
    } while (done > 0);
    int count = total;
    tx.executeWithoutResult(t -> audit.record(actor, "verification.reencrypted", "encryption_key", vault.activeKey(),
        Map.of("values", count)));
    return Map.of("activeKey", vault.activeKey(), "reencrypted", count);
  }
}
