package com.steward.platform.security;

import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.errors.InvalidRequestException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which staff principal holds which {@link Permission}. Administrators hold all of them; an
 * analyst holds those an administrator granted to its label ({@code analyst:ann}); nobody else
 * holds any.
 */
@Service
public class Permissions {

  private final JdbcPermissionRepository repository;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Permissions(JdbcPermissionRepository repository, ApplicationEventPublisher events, Clock clock) {
    this.repository = repository;
    this.events = events;
    this.clock = clock;
  }

  public record Grant(String principal, Permission permission, String grantedBy, java.time.Instant grantedAt) {}

  public Set<Permission> of(Actor actor) {
    if (actor.role() == Role.ADMIN) {
      return EnumSet.allOf(Permission.class);
    }
    if (actor.role() != Role.ANALYST) {
      return EnumSet.noneOf(Permission.class);
    }
    Set<Permission> out = EnumSet.noneOf(Permission.class);
    repository.of(actor.label()).forEach(p -> out.add(Permission.valueOf(p)));
    return out;
  }

  public boolean has(Actor actor, Permission permission) {
    return of(actor).contains(permission);
  }

  public void require(Actor actor, Permission permission) {
    if (!has(actor, permission)) {
      throw new ForbiddenException("this needs the " + permission + " permission");
    }
  }

  /** Grants a permission to an analyst label ({@code analyst:ann}); granting twice is harmless. */
  @Transactional
  public Grant grant(Actor admin, @Nullable String principal, @Nullable Permission permission) {
    String p = checkPrincipal(principal, permission);
    repository.insert(p, permission, admin.label(), clock.instant());
    events.publishEvent(new SecurityAudited(admin, "permission.granted", "staff_permission", p,
        Map.of("permission", permission.name())));
    return grants().stream().filter(g -> g.principal().equals(p) && g.permission() == permission).findFirst()
        .orElseThrow();
  }

  @Transactional
  public boolean revoke(Actor admin, @Nullable String principal, @Nullable Permission permission) {
    String p = checkPrincipal(principal, permission);
    boolean removed = repository.delete(p, permission);
    if (removed) {
      events.publishEvent(new SecurityAudited(admin, "permission.revoked", "staff_permission", p,
          Map.of("permission", permission.name())));
    }
    return removed;
  }

  public List<Grant> grants() {
    return repository.all();
  }

  private static String checkPrincipal(@Nullable String principal, @Nullable Permission permission) {
    if (principal == null || !principal.matches("analyst:[A-Za-z0-9._@-]{1,100}")) {
      throw new InvalidRequestException("principal", "an analyst's label, analyst:<name>");
    }
    if (permission == null) {
      throw new InvalidRequestException("permission", "one of RULES_AUTHOR, RULES_PUBLISH");
    }
    return principal;
  }
}
