package com.steward.brands;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.screening.TextNormalizer;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A brand's name key follows the normaliser: keys written by an older one (before traditional
 * Chinese folded to simplified) are written again, so the same brand cannot be registered twice.
 */
class BrandNameKeysIntegrationTests extends IntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Autowired
  DataSource dataSource;

  @Autowired
  BrandNameKeys migration;

  @Autowired
  Brands brands;

  /** A name with traditional characters; the old normaliser kept them in the key. */
  static String traditionalName() {
    return Fixtures.brandName("Tw") + "香奈兒";
  }

  /** The key as a normaliser that did not fold traditional Chinese wrote it. */
  static String oldKey(String name) {
    return Brands.nameKey(name).replace("香奈儿", "香奈兒");
  }

  void runMigration() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      migration.migrate(new Context() {
        @Override
        public Configuration getConfiguration() {
          return null;
        }

        @Override
        public Connection getConnection() {
          return c;
        }
      });
    }
  }

  String key(String brandId) {
    return jdbc.sql("SELECT name_key FROM brand WHERE id = CAST(:id AS uuid)").param("id", brandId)
        .query(String.class).single();
  }

  void stale(String brandId, String name) {
    jdbc.sql("UPDATE brand SET name_key = :key WHERE id = CAST(:id AS uuid)").param("key", oldKey(name))
        .param("id", brandId).update();
  }

  String simplified(String name) {
    return name.replace("香奈兒", "香奈儿");
  }

  @Test
  void flywayRanTheMigrationUnderTheCurrentNormaliser() {
    Integer checksum = jdbc.sql("SELECT checksum FROM flyway_schema_history WHERE version IS NULL AND description = :d")
        .param("d", migration.getDescription()).query(Integer.class).single();
    assertThat(checksum).isEqualTo(TextNormalizer.fingerprint());
  }

  @Test
  void aKeyWrittenByAnOlderNormaliserIsWrittenAgain() throws Exception {
    var owner = fixtures.holder();
    String name = traditionalName();
    String id = api.post(owner.key(), "/api/v1/brands", Map.of("name", name)).str("brandId");
    assertThat(key(id)).as("a new brand's key folds traditional to simplified").endsWith("香奈儿")
        .isEqualTo(Brands.nameKey(simplified(name)));
    assertThat(api.post(owner.key(), "/api/v1/brands", Map.of("name", simplified(name))).status())
        .as("the same brand in simplified characters").isEqualTo(409);

    stale(id, name);
    String q = URLEncoder.encode(simplified(name), StandardCharsets.UTF_8);
    assertThat((List<?>) api.get(ADMIN_KEY, "/api/v1/brands?q=" + q).json()).as("a stale key is not found").isEmpty();

    runMigration();
    assertThat(key(id)).isEqualTo(Brands.nameKey(simplified(name))).endsWith("香奈儿");
    assertThat(api.get(ADMIN_KEY, "/api/v1/brands?q=" + q).str("[0].id")).isEqualTo(id);
    assertThat(api.post(owner.key(), "/api/v1/brands", Map.of("name", name)).status())
        .as("registered again under its own name").isEqualTo(409);
  }

  @Test
  void aBrandWhoseNameNowFoldsToAnothersKeepsItsOldKey() throws Exception {
    var owner = fixtures.holder();
    String name = traditionalName();
    String older = api.post(owner.key(), "/api/v1/brands", Map.of("name", name)).str("brandId");
    stale(older, name); // registered before the change
    var newer = api.post(owner.key(), "/api/v1/brands", Map.of("name", simplified(name)));
    assertThat(newer.status()).as("the stale key let the same name in twice").isEqualTo(201);

    runMigration();
    assertThat(key(newer.str("brandId"))).isEqualTo(Brands.nameKey(name));
    assertThat(key(older)).as("left for an analyst to merge").isEqualTo(oldKey(name)).endsWith("香奈兒");

    assertThat(brands.byName(name).map(b -> b[0].toString())).as("each found by its own name").contains(older);
    assertThat(brands.byName(simplified(name)).map(b -> b[0].toString())).contains(newer.str("brandId"));
    var revised = api.put(owner.key(), "/api/v1/brands/" + older, Map.of("name", name, "keywords", List.of("bag")));
    assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    assertThat(api.put(owner.key(), "/api/v1/brands/" + older, Map.of("name", "Other" + name)).status())
        .as("still no new name").isEqualTo(400);
    assertThat(api.put(owner.key(), "/api/v1/brands/" + older, Map.of("name", simplified(name))).status())
        .as("nor the other brand's name").isEqualTo(400);
    assertThat(brands.byName(name.toLowerCase(java.util.Locale.ROOT)).map(b -> b[0].toString()))
        .as("a name screening reports in another case").contains(older);
  }

  @Test
  void aKeyThatAnotherBrandLeavesInTheSameRunIsTaken() throws Exception {
    var owner = fixtures.holder();
    String first = traditionalName();
    String second = traditionalName();
    String a = api.post(owner.key(), "/api/v1/brands", Map.of("name", first)).str("brandId");
    String b = api.post(owner.key(), "/api/v1/brands", Map.of("name", second)).str("brandId");
    // the older brand wants the key the newer holds; the newer moves to its own in the same run
    jdbc.sql("UPDATE brand SET name_key = 'stale ' || name_key WHERE id = CAST(:id AS uuid)").param("id", a).update();
    jdbc.sql("UPDATE brand SET name_key = :key WHERE id = CAST(:id AS uuid)").param("key", Brands.nameKey(first))
        .param("id", b).update();

    runMigration();
    assertThat(key(a)).isEqualTo(Brands.nameKey(first));
    assertThat(key(b)).isEqualTo(Brands.nameKey(second));
  }
}
