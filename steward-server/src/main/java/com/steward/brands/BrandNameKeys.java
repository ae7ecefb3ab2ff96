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
 * under. Brands are taken oldest first. A brand whose name now folds to a key another brand holds
 * (or that an older brand took in this run) keeps its old key, with a warning in the log naming
 * both, for an analyst to merge them or rename one.
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
    brands.forEach(b -> byKey.put(b.key(), b));
    int changed = 0;
    try (PreparedStatement update = c.prepareStatement(UPDATE)) {
      for (Brand b : brands) {
        String key = Brands.nameKey(b.name());
        if (key.isEmpty() || key.equals(b.key())) {
          continue;
        }
        Brand holder = byKey.get(key);
        if (holder != null && holder != b) {
          log.warn("brand {} ({}) folds to the name of brand {} ({}) and keeps its old key {}; merge or rename one",
              b.id(), b.name(), holder.id(), holder.name(), b.key());
          continue;
        }
        byKey.remove(b.key());
        byKey.put(key, b);
        update.setString(1, key);
        update.setObject(2, b.id());
        update.addBatch();
        changed++;
      }
      update.executeBatch();
    }
    if (changed > 0) {
      log.info("{} brand name keys written again under normaliser {}", changed,
          Integer.toHexString(TextNormalizer.fingerprint()));
    }
  }
}
