package com.steward.rightsholders;

import com.steward.audit.AuditLog;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rights holders, their agents' mandates and their IP rights. The scope rule of the portal lives
 * here: a rights-holder user acts for its own organisation and for the principals that gave it a
 * mandate ({@link #actsFor}).
 */
@Service
public class RightsHolders {

  private final JdbcRightsHolderRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  RightsHolders(JdbcRightsHolderRepository repository, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  public record Registration(@Nullable String name, @Nullable String kind, @Nullable String country,
      @Nullable String contactName, @Nullable String contactEmail) {}

  public record NewRight(@Nullable IpRightType type, @Nullable String name, @Nullable String registrationNumber,
      @Nullable String office, @Nullable String jurisdiction, @Nullable List<String> classes,
      @Nullable LocalDate validFrom, @Nullable LocalDate validUntil, @Nullable List<IpRight.Evidence> evidence) {}

  @Transactional
  public RightsHolder register(Actor actor, Registration r) {
    var c = new Check();
    String name = c.text("name", r.name(), 300);
    String kind = r.kind() == null ? "OWNER" : r.kind();
    if (!List.of("OWNER", "AGENT").contains(kind)) {
      c.add("kind", "one of OWNER, AGENT");
    }
    String country = c.country("country", r.country());
    String contact = c.text("contactName", r.contactName(), 200);
    String email = c.email("contactEmail", r.contactEmail());
    c.done();
    var rh = new RightsHolder(UUID.randomUUID(), name, kind, country, contact, email, "PENDING");
    repository.insert(rh, clock.instant());
    audit.record(actor, "rights_holder.registered", "rights_holder", rh.id(), Map.of("name", name, "kind", kind));
    return rh;
  }

  /** The organisation, if the actor may see it (staff, itself, or an agent acting for it). */
  public RightsHolder get(Actor actor, UUID id) {
    RightsHolder rh = repository.find(id).orElseThrow(() -> new NotFoundException("rights holder", id));
    if (!actor.isStaff() && !(actor.role() == Role.RIGHTS_HOLDER && actsFor(actor.rightsHolderId()).contains(id))) {
      throw new NotFoundException("rights holder", id);
    }
    return rh;
  }

  public java.util.Optional<RightsHolder> byId(UUID id) {
    return repository.find(id);
  }

  @Transactional
  public RightsHolder verify(Actor staff, UUID id, @Nullable String decision, @Nullable String reason) {
    staff.requireStaff();
    RightsHolder rh = repository.find(id).orElseThrow(() -> new NotFoundException("rights holder", id));
    String d = verificationDecision(decision, reason);
    repository.setStatus(id, d, clock.instant());
    audit.record(staff, "rights_holder." + d.toLowerCase(), "rights_holder", id, Map.of("reason", reason));
    return repository.find(rh.id()).orElseThrow();
  }

  /** The organisations {@code rightsHolderId} acts for: itself and its principals with a valid mandate. */
  public Set<UUID> actsFor(@Nullable UUID rightsHolderId) {
    if (rightsHolderId == null) {
      return Set.of();
    }
    var out = new java.util.HashSet<UUID>(repository.principals(rightsHolderId, LocalDate.now(clock)));
    out.add(rightsHolderId);
    return out;
  }

  @Transactional
  public void addPrincipal(Actor staff, UUID agentId, UUID principalId, @Nullable String mandate,
      @Nullable LocalDate validUntil) {
    staff.requireStaff();
    var c = new Check();
    String m = c.text("mandate", mandate, 2000);
    c.done();
    RightsHolder agent = repository.find(agentId).orElseThrow(() -> new NotFoundException("rights holder", agentId));
    repository.find(principalId).orElseThrow(() -> new com.steward.platform.errors.InvalidRequestException(
        "principalId", "no rights holder " + principalId));
    if (!"AGENT".equals(agent.kind())) {
      throw new ConflictException("agentId", "only an AGENT organisation can act for principals");
    }
    if (agentId.equals(principalId)) {
      throw new com.steward.platform.errors.InvalidRequestException("principalId", "an agent cannot be its own principal");
    }
    repository.upsertAgency(agentId, principalId, m, validUntil, staff.label(), clock.instant());
    audit.record(staff, "agency.granted", "rights_holder", agentId,
        Map.of("principal", principalId.toString(), "validUntil", String.valueOf(validUntil)));
  }

  @Transactional
  public IpRight addRight(Actor actor, UUID ownerId, NewRight r) {
    get(actor, ownerId);
    var c = new Check();
    c.required("type", r.type());
    String name = c.text("name", r.name(), 300);
    String reg = c.optionalText("registrationNumber", r.registrationNumber(), 100);
    String office = c.optionalText("office", r.office(), 100);
    String jurisdiction = c.text("jurisdiction", r.jurisdiction(), 50);
    List<String> classes = r.classes() == null ? List.of() : r.classes();
    if (classes.size() > 45) {
      c.add("classes", "at most 45");
    }
    for (int i = 0; i < classes.size() && i < 45; i++) {
      c.text("classes[" + i + "]", classes.get(i), 20);
    }
    if (r.type() == IpRightType.TRADEMARK || r.type() == IpRightType.DESIGN || r.type() == IpRightType.PATENT) {
      c.required("registrationNumber", reg);
    }
    if (r.validFrom() != null && r.validUntil() != null && r.validUntil().isBefore(r.validFrom())) {
      c.add("validUntil", "before validFrom");
    }
    List<IpRight.Evidence> evidence = new ArrayList<>();
    List<IpRight.Evidence> given = r.evidence() == null ? List.of() : r.evidence();
    if (given.size() > 20) {
      c.add("evidence", "at most 20 documents");
    }
    for (int i = 0; i < given.size() && i < 20; i++) {
      String t = c.text("evidence[" + i + "].title", given.get(i).title(), 300);
      String u = c.url("evidence[" + i + "].url", given.get(i).url());
      if (u == null && given.get(i).url() == null) {
        c.add("evidence[" + i + "].url", "required");
      }
      if (t != null && u != null) {
        evidence.add(new IpRight.Evidence(t, u));
      }
    }
    c.done();
    var right = new IpRight(UUID.randomUUID(), ownerId, r.type(), name, reg, office, jurisdiction,
        classes.stream().map(String::strip).toList(), r.validFrom(), r.validUntil(), "PENDING", null, evidence);
    repository.insertRight(right, clock.instant());
    audit.record(actor, "ip_right.added", "ip_right", right.id(),
        Map.of("owner", ownerId.toString(), "type", right.type().name(), "name", name));
    return right;
  }

  /** The right, if the actor may see it (staff, or an organisation acting for its owner). */
  public IpRight right(Actor actor, UUID id) {
    IpRight r = repository.findRight(id).orElseThrow(() -> new NotFoundException("IP right", id));
    if (!actor.isStaff() && !(actor.role() == Role.RIGHTS_HOLDER && actsFor(actor.rightsHolderId()).contains(r.ownerId()))) {
      throw new NotFoundException("IP right", id);
    }
    return r;
  }

  public java.util.Optional<IpRight> rightById(UUID id) {
    return repository.findRight(id);
  }

  public List<IpRight> rights(Actor actor, UUID ownerId) {
    get(actor, ownerId);
    return repository.rightsOf(List.of(ownerId));
  }

  /** Every right the actor's organisation may file notices on (its own and its principals'). */
  public List<IpRight> rightsActingFor(Actor actor) {
    return repository.rightsOf(List.copyOf(actsFor(actor.requireRightsHolder())));
  }

  public List<RightsHolder> pending() {
    return repository.byStatus("PENDING");
  }

  public List<IpRight> pendingRights() {
    return repository.rightsByStatus("PENDING");
  }

  @Transactional
  public IpRight verifyRight(Actor staff, UUID id, @Nullable String decision, @Nullable String reason) {
    staff.requireStaff();
    IpRight r = repository.findRight(id).orElseThrow(() -> new NotFoundException("IP right", id));
    String d = verificationDecision(decision, reason);
    if ("VERIFIED".equals(d) && r.validUntil() != null && r.validUntil().isBefore(LocalDate.now(clock))) {
      throw new ConflictException("decision", "the right expired on " + r.validUntil());
    }
    repository.setRightStatus(id, d, reason.strip(), staff.label(), clock.instant());
    audit.record(staff, "ip_right." + d.toLowerCase(), "ip_right", id, Map.of("reason", reason.strip()));
    return repository.findRight(id).orElseThrow();
  }

  private static String verificationDecision(@Nullable String decision, @Nullable String reason) {
    var c = new Check();
    if (!"VERIFIED".equals(decision) && !"REJECTED".equals(decision)) {
      c.add("decision", "one of VERIFIED, REJECTED");
    }
    c.text("reason", reason, 2000);
    c.done();
    return decision;
  }
}
