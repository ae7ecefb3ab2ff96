package com.steward.brands;

import com.steward.core.screening.TextNormalizer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes each brand's name key again when normalising has changed since the keys were written. The
 * key is the brand's name as screening folds it ({@code 香奈兒} is {@code 香奈儿} since traditional
 * Chinese folds to simplified); a key written by an older normaliser would let the same brand be
 * registered twice and would miss it in a search.
 *
 * <p>A repeatable Flyway migration whose checksum is {@link TextNormalizer#fingerprint()}: Flyway runs
 * it after the versioned migrations whenever the fingerprint differs from the one it last ran
 * under. Brands are taken oldest first, in passes until no key moves (a key that a brand leaves
 * later in a pass is free in the next). A brand whose name now folds to a key another brand keeps
 * holding (two brands registered apart whose names now meet, as {@code 香奈兒} and {@code 香奈儿})
 * keeps its old key, with a warning in the log naming both; its revisions and referrals go on by
 * its own name ({@link Brands#byName}, {@link Brands#revise}).
 */
@Component
class BrandNameKeys implements JavaMigration {

  private static final Logger log = LoggerFactory.getLogger(BrandNameKeys.class);
  private static final String BRANDS = "SELECT id, name_key, display_name FROM brand ORDER BY created_at, id";
  private static final String UPDATE = "UPDATE brand SET name_key = ? WHERE id = ?";

  @Override
  public MigrationVersion getVersion() {
    return null; // repeatable
  }

  @Override
  public String getDescription() {
    return "brand name keys under the current normaliser";
  }

  @Override
  public Integer getChecksum() {
    return TextNormalizer.fingerprint();
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    record Brand(Object id, String key, String name) {}
    List<Brand> brands = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(BRANDS); ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        brands.add(new Brand(rs.getObject("id"), rs.getString("name_key"), rs.getString("display_name")));
      }
    }
    Map<String, Brand> byKey = new HashMap<>();
    Map<Object, String> keyOf = new HashMap<>();
    brands.forEach(b -> {
      byKey.put(b.key(), b);
      keyOf.put(b.id(), b.key());
    });
    int changed = 0;
    try (PreparedStatement update = c.prepareStatement(UPDATE)) {
      // passes until nothing moves: a key another brand leaves later in a pass is free in the next
      boolean moved = true;
      while (moved) {
        moved = false;
        for (Brand b : brands) {
          String key = Brands.nameKey(b.name());
          String now = keyOf.get(b.id());
          if (key.isEmpty() || key.equals(now) || byKey.containsKey(key)) {
            continue;
          }
          byKey.remove(now);
          byKey.put(key, b);
          keyOf.put(b.id(), key);
          update.setString(1, key);
          update.setObject(2, b.id());
          update.executeUpdate();
          changed++;
          moved = true;
        }
      }
    }
    for (Brand b : brands) {
      String key = Brands.nameKey(b.name());
      Brand holder = byKey.get(key);
      if (!key.isEmpty() && holder != null && holder != b) {
        log.warn("brand {} ({}) now folds to the name of brand {} ({}) and keeps its old key {}; screening and "
            + "referrals tell them apart by name, and an analyst may merge them", b.id(), b.name(), holder.id(),
            holder.name(), keyOf.get(b.id()));
      }
    }
    if (changed > 0) {
      log.info("{} brand name keys written again under normaliser {}", changed,
          Integer.toHexString(TextNormalizer.fingerprint()));
    }
  }
}
