package com.steward.platform.security;

import com.steward.platform.db.RowCache;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys: random, shown once, stored only as their SHA-256 (a key carries 256 bits of entropy,
 * so a slow password hash adds nothing). A key is bound to one subject and so to one tenant.
 */
@Service
public class ApiKeyService {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ApiKeyService.class);

  private final JdbcApiKeyRepository keys;
  private final Clock clock;
  private final org.springframework.context.ApplicationEventPublisher events;

  ApiKeyService(JdbcApiKeyRepository keys, Clock clock, org.springframework.context.ApplicationEventPublisher events) {
    this.keys = keys;
    this.clock = clock;
    this.events = events;
  }

  /** Subject types that {@code POST /api/v1/admin/api-keys} accepts. */
  public enum SubjectType {
    MARKETPLACE,
    RIGHTS_HOLDER,
    SELLER,
    ANALYST
  }

  public record IssuedKey(UUID id, String key, SubjectType subjectType, String subjectId) {}

  @Transactional
  public IssuedKey issue(SubjectType type, String subjectId, Actor by) {
    Actor actor = resolve(type, subjectId);
    String key = "stw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
    UUID id = keys.insert(hash(key), key.substring(0, 8), actor, by.label(), clock.instant());
    events.publishEvent(new SecurityAudited(by, "api_key.issued", "api_key", id.toString(),
        java.util.Map.of("subjectType", type.name(), "subjectId", subjectId, "prefix", key.substring(0, 8))));
    return new IssuedKey(id, key, type, subjectId);
  }

  /** Makes sure an admin key with exactly this value exists (for {@code STEWARD_BOOTSTRAP_ADMIN_KEY}). */
  @Transactional
  public void ensureAdminKey(String key) {
    String hash = hash(key);
    Optional<Boolean> revoked = keys.revokedByHash(hash);
    if (revoked.orElse(false)) {
      log.warn("STEWARD_BOOTSTRAP_ADMIN_KEY names a key that an admin revoked; it stays revoked (set another to bootstrap)");
      return;
    }
    if (revoked.isEmpty()) {
      UUID id = keys.insert(hash, "bootstrap", new Actor(Role.ADMIN, "bootstrap", null, null, null), "system",
          clock.instant());
      events.publishEvent(new SecurityAudited(Actor.system("bootstrap"), "api_key.issued", "api_key", id.toString(),
          java.util.Map.of("subjectType", "ADMIN", "subjectId", "bootstrap")));
    }
  }

  /**
   * The actor a key stands for. Known keys are kept for a few seconds, because every API request
   * asks; unknown keys are not kept, so guessing fills nothing.
   */
  public Optional<Actor> authenticate(String key) {
    return known.get(hash(key), keys::findByHash);
  }

  /** Known keys by hash; a revocation on this node forgets them at once, another node's within the lifetime. */
  private final RowCache<String, Actor> known = new RowCache<>(java.time.Duration.ofSeconds(10), 10_000);

  /**
   * Revokes a key: from its commit, on this node, a request with it is refused (401); other nodes
   * refuse it within the cache's 10 seconds. Revoking a revoked key changes nothing. The last
   * active admin key is not revoked: nobody could issue keys any more until a restart with another
   * {@code STEWARD_BOOTSTRAP_ADMIN_KEY}, which is also how admin keys are rotated (start with the
   * new one, then revoke the old).
   */
  @Transactional
  public void revoke(UUID id, Actor by) {
    Role role = keys.role(id).orElseThrow(() -> new NotFoundException("api key", id));
    if (role == Role.ADMIN && keys.lockActiveAdmins().equals(List.of(id))) {
      throw new ConflictException("id", "the last active admin key: start the server with another "
          + "STEWARD_BOOTSTRAP_ADMIN_KEY first, then revoke this one");
    }
    if (keys.revoke(id, by.label(), clock.instant())) {
      known.changing();
      events.publishEvent(new SecurityAudited(by, "api_key.revoked", "api_key", id.toString(), java.util.Map.of()));
    }
  }

  /** The keys, newest first, as {@link JdbcApiKeyRepository.Listed}: never a key or its hash. */
  List<JdbcApiKeyRepository.Listed> list(int limit) {
    return keys.list(Math.clamp(limit, 1, 1000));
  }

  /** The actor a subject stands for, checking that it exists. */
  public Actor subject(SubjectType type, String subjectId) {
    return resolve(type, subjectId);
  }

  private Actor resolve(SubjectType type, String subjectId) {
    if (subjectId == null || subjectId.isBlank() || subjectId.length() > 200) {
      throw new InvalidRequestException("subjectId", "required, at most 200 characters");
    }
    return switch (type) {
      case MARKETPLACE ->
          keys.marketplaceId(subjectId)
              .map(id -> new Actor(Role.MARKETPLACE, subjectId, null, null, id))
              .orElseThrow(() -> new InvalidRequestException("subjectId", "no marketplace with code " + subjectId));
      case RIGHTS_HOLDER ->
          keys.rightsHolderName(uuid(subjectId))
              .map(name -> new Actor(Role.RIGHTS_HOLDER, name, uuid(subjectId), null, null))
              .orElseThrow(() -> new InvalidRequestException("subjectId", "no rights holder " + subjectId));
      case SELLER ->
          keys.sellerMarketplace(uuid(subjectId))
              .map(mp -> new Actor(Role.SELLER, subjectId, null, uuid(subjectId), mp))
              .orElseThrow(() -> new InvalidRequestException("subjectId", "no seller " + subjectId));
      case ANALYST -> new Actor(Role.ANALYST, subjectId, null, null, null);
    };
  }

  private static UUID uuid(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("subjectId", "not a UUID: " + s);
    }
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return b;
  }

  static String hash(String key) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
