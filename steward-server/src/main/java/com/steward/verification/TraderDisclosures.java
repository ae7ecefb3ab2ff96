package com.steward.verification;

import com.steward.audit.AuditLog;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.verification.VerificationCase.Status;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The only two ways trader information leaves its seal for anyone but the reviewing analyst, each
 * read audited. Buyers (through the marketplace's listing page) see what DSA Art. 30(7) asks, and,
 * for INFORM high-volume sellers with USD 20,000 a year, name, address (country and state only for a
 * residential address) and contact details. Authorities get everything, from an administrator who
 * records the legal basis (Art. 30(6)).
 */
@Service
public class TraderDisclosures {

  private final CaseAccess access;
  private final JdbcTraderDataRepository data;
  private final TraderVault vault;
  private final InformVolumes inform;
  private final AuditLog audit;
  private final TransactionTemplate tx;

  TraderDisclosures(CaseAccess access, JdbcTraderDataRepository data, TraderVault vault, InformVolumes inform,
      AuditLog audit, TransactionTemplate tx) {
    this.access = access;
    this.data = data;
    this.vault = vault;
    this.inform = inform;
    this.audit = audit;
    this.tx = tx;
  }

  /** What buyers are shown about a verified trader. */
  public Map<String, Object> forBuyers(Actor actor, String code, String sellerId) {
    CaseAccess.Scoped s = access.resolve(actor, code, sellerId);
    VerificationCase c = s.vcase();
    if (c.status() != Status.APPROVED && c.status() != Status.REVERIFICATION_DUE) {
      throw new ConflictException("the seller's trader information is not verified (" + c.status() + ")");
    }
    return tx.execute(t -> {
      TraderInfo info = open(c);
      var dsa = new LinkedHashMap<String, Object>();
      dsa.put("name", info.displayName());
      dsa.put("address", info.address());
      dsa.put("phone", info.phone());
      dsa.put("email", info.email());
      dsa.put("tradeRegister", info.tradeRegister());
      dsa.put("selfCertification", Map.of("statement", Verifications.SELF_CERTIFICATION, "certifiedAt",
          String.valueOf(c.selfCertifiedAt())));
      var out = new LinkedHashMap<String, Object>();
      out.put("marketplace", s.marketplace().code());
      out.put("sellerId", s.seller().externalId());
      out.put("verifiedAt", c.approvedAt());
      out.put("dsa", dsa);
      out.put("inform", inform.disclosesContact(c) ? informPart(info) : null);
      audit.record(actor, "verification.disclosed_to_buyers", "verification_case", c.id(),
          Map.of("inform", out.get("inform") != null));
      return out;
    });
  }

  /** Everything kept about the trader, for an authority, by an administrator naming the legal basis. */
  public Map<String, Object> toAuthority(Actor actor, String code, String sellerId, @Nullable String authority,
      @Nullable String legalBasis) {
    if (actor.role() != Role.ADMIN) {
      throw new ForbiddenException("only an administrator discloses trader information to an authority");
    }
    var check = new Check();
    String who = check.text("authority", authority, 2, 300);
    String basis = check.text("legalBasis", legalBasis, 10, 2000);
    check.done();
    CaseAccess.Scoped s = access.resolve(actor, code, sellerId);
    VerificationCase c = s.vcase();
    return tx.execute(t -> {
      var out = new LinkedHashMap<String, Object>();
      out.put("marketplace", s.marketplace().code());
      out.put("sellerId", s.seller().externalId());
      out.put("status", c.status());
      out.put("traderInformation", open(c));
      out.put("executives", data.executives(c.id()).stream().filter(e -> e.sealed() != null)
          .map(e -> Map.of("id", e.id(), "status", e.status(), "info", vault.openExecutive(e.id(), e.sealed())))
          .toList());
      out.put("documents", data.documents(c.id()).stream().map(CaseViews::document).toList());
      audit.record(actor, "verification.disclosed_to_authority", "verification_case", c.id(),
          Map.of("authority", who, "legalBasis", basis));
      return out;
    });
  }

  private TraderInfo open(VerificationCase c) {
    var sealed = data.info(c.id()).orElseThrow(() -> new ConflictException(c.purged()
        ? "the trader information was deleted on " + c.purgedAt() : "the seller has not given trader information"));
    return vault.openInfo(c.id(), sealed.sealed());
  }

  private static Map<String, Object> informPart(TraderInfo info) {
    var out = new LinkedHashMap<String, Object>();
    out.put("name", info.displayName());
    TraderInfo.Address a = info.address();
    out.put("address", a != null && Boolean.TRUE.equals(a.residential())
        ? Map.of("state", String.valueOf(a.state()), "country", String.valueOf(a.country())) : a);
    out.put("phone", info.phone());
    out.put("email", info.email());
    return out;
  }
}
