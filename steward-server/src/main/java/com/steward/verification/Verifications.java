package com.steward.verification;

import com.steward.audit.AuditLog;
import com.steward.platform.config.StewardProperties;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.secrets.Sealer;
import com.steward.platform.security.Actor;
import com.steward.sellers.SellerEvents;
import com.steward.verification.VerificationCase.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seller's side of verification: it gives its trader information (and, for an enterprise, its
 * executives), certifies, and submits; uploads and challenges are in {@link VerificationUploads}.
 * What the seller gives is sealed at once; the clear identifiers go to account linkage in an
 * application event inside the same transaction, and nowhere else.
 */
@Service
public class Verifications {

  /** What the seller certifies (DSA Art. 30(1)(e); INFORM's yearly certification). */
  public static final String SELF_CERTIFICATION = "I commit to offer only products and services that comply with the "
      + "applicable rules of Union law, and I certify that the trader information I gave is accurate and current.";

  private final CaseAccess access;
  private final JdbcVerificationRepository cases;
  private final JdbcTraderDataRepository data;
  private final TraderVault vault;
  private final CaseViews views;
  private final VerificationOutcomes outcomes;
  private final ProviderChecks checks;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final VerificationSettings settings;
  private final StewardProperties props;
  private final JsonMapper json;
  private final TransactionTemplate tx;
  private final Clock clock;

  Verifications(CaseAccess access, JdbcVerificationRepository cases, JdbcTraderDataRepository data, TraderVault vault,
      CaseViews views, VerificationOutcomes outcomes, ProviderChecks checks, AuditLog audit,
      ApplicationEventPublisher events, VerificationSettings settings, StewardProperties props, JsonMapper json,
      TransactionTemplate tx, Clock clock) {
    this.access = access;
    this.cases = cases;
    this.data = data;
    this.vault = vault;
    this.views = views;
    this.outcomes = outcomes;
    this.checks = checks;
    this.audit = audit;
    this.events = events;
    this.settings = settings;
    this.props = props;
    this.json = json;
    this.tx = tx;
    this.clock = clock;
  }

  /** The case as the seller, its marketplace or staff see it: states and metadata, no personal data. */
  public Map<String, Object> view(Actor actor, String code, String sellerId) {
    return views.view(access.resolve(actor, code, sellerId));
  }

  /** The signed-in seller's own case. */
  public Map<String, Object> mine(Actor actor) {
    return views.view(access.mine(actor));
  }

  public Map<String, Object> giveTraderInfo(Actor actor, String code, String sellerId, @Nullable TraderInfo info) {
    return give(actor, access.own(actor, code, sellerId), info);
  }

  /**
   * Seals and stores the trader information (replacing what was there). A change after approval
   * opens a new round: the seller must be verified again within the trigger grace period.
   */
  Map<String, Object> give(Actor actor, CaseAccess.Scoped s, @Nullable TraderInfo raw) {
    TraderInfo info = TraderInfoCheck.trader(raw, today());
    tx.executeWithoutResult(t -> {
      VerificationCase c = access.changeable(s.vcase().id());
      Instant now = clock.instant();
      byte[] sealed = vault.seal(c.id(), info);
      data.saveInfo(c.id(), sealed, Sealer.keyIdOf(sealed), json.writeValueAsString(info.facets()), now);
      cases.kind(c.id(), info.kind(), now);
      var identifiers = info.identifiers();
      events.publishEvent(new SellerEvents.IdentityGiven(s.seller().id(), identifiers, "verification"));
      audit.record(actor, "verification.trader_info_given", "verification_case", c.id(),
          Map.of("kind", info.kind(), "identifiers", new ArrayList<>(identifiers.keySet()),
              "key", Sealer.keyIdOf(sealed)));
      if (c.status() == Status.APPROVED) {
        outcomes.openRound(new CaseAccess.Scoped(s.marketplace(), s.seller(), c), "the trader information changed",
            settings.triggerGrace(), actor);
      }
    });
    return views.view(access.byId(s.vcase().id()));
  }

  public Map<String, Object> addExecutive(Actor actor, String code, String sellerId, @Nullable ExecutiveInfo info) {
    return addExecutive(actor, access.own(actor, code, sellerId), info);
  }

  /** An enterprise names an executive (legal representative or major shareholder), verified like an individual. */
  Map<String, Object> addExecutive(Actor actor, CaseAccess.Scoped s, @Nullable ExecutiveInfo raw) {
    ExecutiveInfo info = TraderInfoCheck.executive(raw, today());
    return tx.execute(t -> {
      VerificationCase c = access.changeable(s.vcase().id());
      if (!"ENTERPRISE".equals(c.sellerKind())) {
        throw new ConflictException("executives", "only an enterprise names executives: give trader information of "
            + "kind ENTERPRISE first");
      }
      if (data.executives(c.id()).size() >= 20) {
        throw new ConflictException("executives", "at most 20 executives");
      }
      UUID id = UUID.randomUUID();
      byte[] sealed = vault.seal(id, info);
      data.insertExecutive(id, c.id(), info.role(), sealed, Sealer.keyIdOf(sealed), clock.instant());
      events.publishEvent(new SellerEvents.IdentityGiven(s.seller().id(), info.identifiers(), "verification:executive"));
      audit.record(actor, "verification.executive_added", "verification_case", c.id(),
          Map.of("executive", id.toString(), "role", info.role()));
      var out = new LinkedHashMap<String, Object>();
      out.put("id", id);
      out.put("role", info.role());
      out.put("status", "PENDING");
      return out;
    });
  }

  public Map<String, Object> selfCertify(Actor actor, String code, String sellerId, @Nullable Boolean certified) {
    return selfCertify(actor, access.own(actor, code, sellerId), certified);
  }

  Map<String, Object> selfCertify(Actor actor, CaseAccess.Scoped s, @Nullable Boolean certified) {
    var c = new Check();
    c.isTrue("certified", certified, "must be true: " + SELF_CERTIFICATION);
    c.done();
    tx.executeWithoutResult(t -> {
      VerificationCase vc = access.changeable(s.vcase().id());
      cases.selfCertified(vc.id(), clock.instant());
      audit.record(actor, "verification.self_certified", "verification_case", vc.id(),
          Map.of("statement", SELF_CERTIFICATION));
    });
    return views.view(access.byId(s.vcase().id()));
  }

  public Map<String, Object> submit(Actor actor, String code, String sellerId) {
    return submit(actor, access.own(actor, code, sellerId));
  }

  /** Submits a complete case; the provider's checks run next and the case joins the review queue. */
  Map<String, Object> submit(Actor actor, CaseAccess.Scoped s) {
    tx.executeWithoutResult(t -> {
      VerificationCase c = access.lockForChange(s.vcase().id());
      if (!c.status().submittable()) {
        throw new ConflictException("the case is " + c.status() + "; it cannot be submitted now");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> facets = data.info(c.id()).map(i -> (Map<String, Object>) json.readValue(i.facets(),
          Map.class)).orElse(null);
      var missing = Completeness.missing(c, facets, data.documents(c.id()), data.executives(c.id()));
      if (!missing.isEmpty()) {
        throw new InvalidRequestException(missing);
      }
      cases.submitted(c.id(), clock.instant());
      audit.record(actor, "verification.submitted", "verification_case", c.id(), Map.of("round", c.round()));
    });
    checks.run(s.vcase().id());
    return views.view(access.byId(s.vcase().id()));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), props.zone());
  }
}
