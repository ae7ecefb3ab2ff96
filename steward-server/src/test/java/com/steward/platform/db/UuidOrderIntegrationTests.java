package com.steward.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows locked in chunks are locked in one order only if Java sorts ids as PostgreSQL does. */
class UuidOrderIntegrationTests extends IntegrationTest {

  @Autowired
  JdbcClient jdbc;

  @Test
  void uuidsSortAsPostgresqlSortsThem() {
    var random = new java.util.Random(42);
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      ids.add(new UUID(random.nextLong(), random.nextLong()));
    }
    // the halves' signs in every combination, which a signed comparison gets wrong
    ids.addAll(List.of(new UUID(-1, 0), new UUID(0, -1), new UUID(Long.MIN_VALUE, 1), new UUID(Long.MAX_VALUE, -1),
        new UUID(0, 0), new UUID(1, Long.MIN_VALUE)));
    List<UUID> ours = ids.stream().sorted(Sql.UUID_ORDER).toList();
    List<UUID> theirs = jdbc.sql("SELECT id FROM unnest(CAST(:ids AS uuid[])) AS t(id) ORDER BY id")
        .param("ids", ids.stream().map(UUID::toString).toArray(String[]::new)).query(UUID.class).list();
    assertThat(ours).isEqualTo(theirs);
    assertThat(ids.stream().sorted().toList()).as("UUID.compareTo orders them otherwise").isNotEqualTo(theirs);
  }
}
