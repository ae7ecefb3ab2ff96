package com.steward.verification;

import com.steward.audit.AuditLog;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.outbox.Outbox;
import com.steward.platform.scheduling.Deadlines;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * INFORM Consumers Act thresholds. The marketplace reports each seller's trailing twelve months
 * (discrete sales of new or unused products it processed payment for, and their gross revenue in
 * USD). At 200 sales and USD 5,000 the seller becomes high-volume: it has ten days to give and have
 * verified its bank, contact and tax details, or its sales are suspended. A seller stays
 * high-volume once it qualified (the Act looks back over 24 months).
 */
@Service
public class InformVolumes {

  private final CaseAccess access;
  private final JdbcVerificationRepository cases;
  private final JdbcVerificationDecisionRepository decisions;
  private final JdbcTraderDataRepository data;
  private final Outbox outbox;
  private final AuditLog audit;
  private final Deadlines deadlines;
  private final VerificationSettings settings;
  private final JsonMapper json;
  private final TransactionTemplate tx;
  private final Clock clock;

  InformVolumes(CaseAccess access, JdbcVerificationRepository cases, JdbcVerificationDecisionRepository decisions,
      JdbcTraderDataRepository data, Outbox outbox, AuditLog audit, Deadlines deadlines, VerificationSettings settings,
      JsonMapper json, TransactionTemplate tx, Clock clock) {
    this.access = access;
    this.cases = cases;
    this.decisions = decisions;
    this.data = data;
    this.outbox = outbox;
    this.audit = audit;
    this.deadlines = deadlines;
    this.settings = settings;
    this.json = json;
    this.tx = tx;
    this.clock = clock;
  }

  /** The marketplace reports a seller's twelve-month counters; crossing both thresholds starts the ten days. */
  public Map<String, Object> report(Actor actor, String code, String sellerId, @Nullable Integer sales,
      @Nullable BigDecimal revenueUsd) {
    CaseAccess.Scoped s = access.resolve(actor, code, sellerId);
    if (actor.role() != Role.MARKETPLACE && !actor.isStaff()) {
      throw new ForbiddenException("the marketplace reports its sellers' sales");
    }
    var c = new Check();
    if (c.required("salesLast12Months", sales) != null && sales < 0) {
      c.add("salesLast12Months", "zero or more");
    }
    if (c.required("revenueLast12MonthsUsd", revenueUsd) != null
        && (revenueUsd.signum() < 0 || revenueUsd.scale() > 2 || revenueUsd.precision() - revenueUsd.scale() > 14)) {
      c.add("revenueLast12MonthsUsd", "an amount of zero or more with at most two decimals");
    }
    c.done();
    return tx.execute(t -> {
      VerificationCase vc = cases.lock(s.vcase().id()).orElseThrow();
      Instant now = clock.instant();
      decisions.volume(vc.id(), sales, revenueUsd, now);
      audit.record(actor, "verification.sales_reported", "verification_case", vc.id(),
          Map.of("sales", sales, "revenueUsd", revenueUsd.toPlainString()));
      if (!vc.highVolume() && sales >= settings.informSales() && revenueUsd.compareTo(settings.informRevenueUsd()) >= 0) {
        Instant deadline = now.plus(settings.informWindow());
        cases.highVolume(vc.id(), now, deadline);
        deadlines.schedule(VerificationDeadlines.INFORM, vc.id(), deadline);
        var event = new LinkedHashMap<String, Object>();
        event.put("marketplace", s.marketplace().code());
        event.put("sellerId", s.seller().externalId());
        event.put("verificationCase", vc.id());
        event.put("answerBy", deadline.toString());
        outbox.publish(s.marketplace().id(), "seller.high_volume", event);
        audit.record(actor, "verification.high_volume", "verification_case", vc.id(),
            Map.of("sales", sales, "revenueUsd", revenueUsd.toPlainString(), "answerBy", deadline.toString()));
      }
      return view(cases.byId(vc.id()).orElseThrow());
    });
  }

  /** The INFORM side of a case: counters, level, the ten-day window and whether buyers see contact details. */
  Map<String, Object> view(VerificationCase c) {
    var out = new LinkedHashMap<String, Object>();
    var volume = decisions.volume(c.id());
    out.put("salesLast12Months", volume.map(JdbcVerificationDecisionRepository.Volume::sales).orElse(null));
    out.put("revenueLast12MonthsUsd", volume.map(JdbcVerificationDecisionRepository.Volume::revenueUsd).orElse(null));
    out.put("level", c.level());
    out.put("highVolumeSince", c.highVolumeSince());
    out.put("answerBy", c.informDeadline());
    out.put("compliant", !c.highVolume() || compliant(c));
    out.put("suspendedAt", c.informSuspendedAt());
    out.put("buyersSeeContactDetails", disclosesContact(c));
    return out;
  }

  /** A high-volume seller is compliant once approved with a tax identification number. */
  boolean compliant(VerificationCase c) {
    return c.status() == VerificationCase.Status.APPROVED && data.info(c.id())
        .map(i -> Boolean.TRUE.equals(json.readValue(i.facets(), Map.class).get("taxId"))).orElse(false);
  }

  /** INFORM's disclosure tier: high-volume with USD 20,000 or more a year. */
  boolean disclosesContact(VerificationCase c) {
    return c.highVolume() && decisions.volume(c.id())
        .map(v -> v.revenueUsd().compareTo(settings.informDisclosureUsd()) >= 0).orElse(false);
  }
}
