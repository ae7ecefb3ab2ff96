package com.steward.marketplaces;

import com.steward.audit.AuditLog;
import com.steward.platform.db.RowCache;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marketplaces, and the rule every marketplace-scoped call goes through: {@link #scoped}. */
@Service
public class Marketplaces {

  private final JdbcMarketplaceRepository repository;
  private final AuditLog audit;
  private final Clock clock;

  Marketplaces(JdbcMarketplaceRepository repository, AuditLog audit, Clock clock) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
  }

  public record Saved(Marketplace marketplace, boolean created, @Nullable String newWebhookSecret) {}

  /**
   * Marketplaces by code and by id, read on nearly every request, kept for a few seconds. A
   * change on this node clears them at once and again at its commit; another node's change is
   * seen within the lifetime.
   */
  private final RowCache<String, Marketplace> byCode = new RowCache<>(Duration.ofSeconds(10), 10_000);
  private final RowCache<UUID, Marketplace> byId = new RowCache<>(Duration.ofSeconds(10), 10_000);

  /** Creates or updates a marketplace (admin). A webhook secret is generated when none is given. */
  @Transactional
  public Saved put(Actor admin, String code, @Nullable String name, @Nullable String model,
      @Nullable String webhookUrl, @Nullable String webhookSecret) {
    var c = new Check();
    c.id("code", code);
    String n = c.text("name", name, 200);
    String m = model == null ? "C2C" : model;
    if (!List.of("C2C", "B2C", "B2B").contains(m)) {
      c.add("model", "one of C2C, B2C, B2B");
    }
    String url = c.url("webhookUrl", webhookUrl);
    if (webhookSecret != null && (webhookSecret.length() < 16 || webhookSecret.length() > 200)) {
      c.add("webhookSecret", "16-200 characters");
    }
    c.done();
    Optional<Marketplace> existing = repository.findByCode(code);
    String secret = webhookSecret;
    String generated = null;
    if (secret == null && (existing.isEmpty() || !repository.hasSecret(existing.get().id()))) {
      generated = newSecret();
      secret = generated;
    }
    var now = clock.instant();
    Marketplace saved =
        existing.isPresent()
            ? repository.update(existing.get().id(), n, m, url, secret, now)
            : repository.insert(UUID.randomUUID(), code, n, m, url, secret, now);
    audit.record(admin, existing.isPresent() ? "marketplace.updated" : "marketplace.created", "marketplace",
        saved.id(), Map.of("code", code, "name", n, "webhookUrl", url == null ? "" : url));
    byCode.changing();
    byId.changing();
    return new Saved(saved, existing.isEmpty(), generated);
  }

  /**
   * The marketplace {@code code} if the actor may act on it: staff on any, a marketplace's key on
   * its own, a seller on its own marketplace. Anyone else learns only that it was not found.
   */
  public Marketplace scoped(Actor actor, String code) {
    Marketplace m = byCode(code).orElseThrow(() -> new NotFoundException("marketplace", code));
    boolean allowed =
        actor.isStaff()
            || ((actor.role() == Role.MARKETPLACE || actor.role() == Role.SELLER)
                && m.id().equals(actor.marketplaceId()));
    if (!allowed) {
      throw new NotFoundException("marketplace", code);
    }
    return m;
  }

  /** Any marketplace by code, for resolving references inside notices (no data is revealed). */
  public Optional<Marketplace> byCode(String code) {
    return byCode.get(code, repository::findByCode);
  }

  public Optional<Marketplace> byId(UUID id) {
    return byId.get(id, repository::findById);
  }

  public List<Marketplace> all() {
    return repository.all();
  }

  private static String newSecret() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
