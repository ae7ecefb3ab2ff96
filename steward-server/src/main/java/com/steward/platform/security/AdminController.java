package com.steward.platform.security;

import com.steward.platform.errors.InvalidRequestException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Admin only (enforced by the API security chain): keys and web users. */
@RestController
class AdminController {

  private final ApiKeyService keys;
  private final UserAccounts users;
  private final Permissions permissions;

  AdminController(ApiKeyService keys, UserAccounts users, Permissions permissions) {
    this.keys = keys;
    this.users = users;
    this.permissions = permissions;
  }

  record GrantRequest(@Nullable String principal, @Nullable Permission permission) {}

  /** Grants an analyst ({@code analyst:<name>}) a permission over its role, e.g. to author rule sets. */
  @PostMapping("/api/v1/admin/permissions")
  ResponseEntity<Permissions.Grant> grant(Actor admin, @RequestBody GrantRequest body) {
    return ResponseEntity.status(HttpStatus.CREATED).body(permissions.grant(admin, body.principal(), body.permission()));
  }

  @GetMapping("/api/v1/admin/permissions")
  List<Permissions.Grant> grants() {
    return permissions.grants();
  }

  @DeleteMapping("/api/v1/admin/permissions")
  ResponseEntity<Void> revoke(Actor admin, @RequestParam String principal,
      @RequestParam String permission) {
    Permission p;
    try {
      p = Permission.valueOf(permission);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("permission", "one of RULES_AUTHOR, RULES_PUBLISH");
    }
    return permissions.revoke(admin, principal, p) ? ResponseEntity.noContent().build()
        : ResponseEntity.notFound().build();
  }

  record KeyRequest(ApiKeyService.@Nullable SubjectType subjectType, @Nullable String subjectId) {}

  record UserRequest(@Nullable String username, @Nullable String password, @Nullable Role role,
      @Nullable String subjectId) {}

  @PostMapping("/api/v1/admin/api-keys")
  ResponseEntity<ApiKeyService.IssuedKey> issue(Actor admin, @RequestBody KeyRequest body) {
    if (body.subjectType() == null) {
      throw new InvalidRequestException("subjectType", "one of MARKETPLACE, RIGHTS_HOLDER, SELLER, ANALYST");
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(keys.issue(body.subjectType(), body.subjectId(), admin));
  }

  /** Every key, newest first: its prefix, whom it stands for, who issued and who revoked it; never the key. */
  @GetMapping("/api/v1/admin/api-keys")
  List<JdbcApiKeyRepository.Listed> keys(@RequestParam(defaultValue = "100") int limit) {
    return keys.list(limit);
  }

  /** Revokes a key (a lost or leaked one, a partner that left): requests with it are refused from then on. */
  @DeleteMapping("/api/v1/admin/api-keys/{id}")
  ResponseEntity<Void> revokeKey(Actor admin, @PathVariable UUID id) {
    keys.revoke(id, admin);
    return ResponseEntity.noContent().build();
  }

  /** Creates or resets a web user; the scope comes from an API-key subject of the same kind. */
  @PostMapping("/api/v1/admin/users")
  ResponseEntity<Map<String, Object>> user(Actor admin, @RequestBody UserRequest body) {
    if (body.role() == null) {
      throw new InvalidRequestException("role", "one of ADMIN, ANALYST, RIGHTS_HOLDER, SELLER");
    }
    Actor actor =
        switch (body.role()) {
          case ADMIN, ANALYST -> new Actor(body.role(), String.valueOf(body.username()), null, null, null);
          case RIGHTS_HOLDER -> keys.subject(ApiKeyService.SubjectType.RIGHTS_HOLDER, body.subjectId());
          case SELLER -> keys.subject(ApiKeyService.SubjectType.SELLER, body.subjectId());
          case MARKETPLACE -> throw new InvalidRequestException("role", "marketplaces use API keys, not web users");
        };
    users.save(admin, body.username(), body.password(), actor);
    var out = new LinkedHashMap<String, Object>();
    out.put("username", body.username());
    out.put("role", body.role());
    out.put("subjectId", body.subjectId());
    return ResponseEntity.status(HttpStatus.CREATED).body(out);
  }

}
