package com.steward.marketplaces;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.support.IntegrationTest;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The marketplaces kept in memory follow a change as soon as it commits. */
class MarketplaceCacheIntegrationTests extends IntegrationTest {

  @Autowired
  Marketplaces marketplaces;
  @Autowired
  TransactionTemplate tx;

  @Test
  void aChangeIsSeenAtItsCommitEvenIfARequestReadTheOldMarketplaceMeanwhile() throws Exception {
    var admin = new Actor(Role.ADMIN, "test", null, null, null);
    String code = fixtures.marketplace().code();
    String before = marketplaces.byCode(code).orElseThrow().webhookUrl();
    try (var other = Executors.newSingleThreadExecutor()) {
      tx.executeWithoutResult(status -> {
        marketplaces.put(admin, code, "Renamed", "C2C", "https://hooks.example/renamed", null);
        // a request on another thread, before the change commits, reads and caches the old marketplace
        try {
          assertThat(other.submit(() -> marketplaces.byCode(code).orElseThrow().webhookUrl()).get()).isEqualTo(before);
        } catch (InterruptedException | ExecutionException e) {
          throw new AssertionError(e);
        }
      });
    }
    assertThat(marketplaces.byCode(code).orElseThrow().webhookUrl()).isEqualTo("https://hooks.example/renamed");
    assertThat(marketplaces.byCode(code).orElseThrow().name()).isEqualTo("Renamed");
  }
}
