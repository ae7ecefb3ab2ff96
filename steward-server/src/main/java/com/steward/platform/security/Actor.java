package com.steward.platform.security;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, and which tenant rows that caller may see. Exactly one of the scope ids is set
 * for the scoped roles; staff have none.
 */
public record Actor(
    Role role,
    String name,
    @Nullable UUID rightsHolderId,
    @Nullable UUID sellerId,
    @Nullable UUID marketplaceId) {

  public static Actor system(String name) {
    return new Actor(Role.ADMIN, "system:" + name, null, null, null);
  }

  public boolean isStaff() {
    return role == Role.ADMIN || role == Role.ANALYST;
  }

  /** How the actor appears in the audit log and in decisions. */
  public String label() {
    return role.name().toLowerCase() + ":" + name;
  }

  public UUID requireRightsHolder() {
    if (role != Role.RIGHTS_HOLDER || rightsHolderId == null) {
      throw new com.steward.platform.errors.ForbiddenException("only a rights holder may do this");
    }
    return rightsHolderId;
  }

  public UUID requireSeller() {
    if (role != Role.SELLER || sellerId == null) {
      throw new com.steward.platform.errors.ForbiddenException("only the seller may do this");
    }
    return sellerId;
  }

  public void requireStaff() {
    if (!isStaff()) {
      throw new com.steward.platform.errors.ForbiddenException("only staff may do this");
    }
  }
}
