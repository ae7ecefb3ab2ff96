package com.steward.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.steward.platform.scheduling.Deadlines;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After a brand is approved, a sweep re-screens the catalogue and blocks what the new knowledge catches. */
class SweepIntegrationTests extends IntegrationTest {

  @Autowired
  Deadlines deadlines;

  @Autowired
  org.springframework.jdbc.core.simple.JdbcClient jdbc;

  @Autowired
  com.steward.audit.AuditLog audit;

  @Test
  void aSweepBlocksListingsThatWereAllowedBeforeTheBrandWasKnown() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("Sw");
    for (int i = 0; i < 5; i++) {
      var put = api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/sw-" + i, Map.of("sellerId", s.id(),
          "storeId", "st-" + s.id(), "title", brand + " watch 1:1 replica no. " + i));
      assertThat(put.str("status")).as("the brand is not known yet").isEqualTo("ACTIVE");
    }
    fixtures.approvedBrand(h, Map.of("name", brand));

    assertThat(api.post(h.key(), "/api/v1/sweeps", Map.of("reason", "x")).status()).isEqualTo(403);
    assertThat(api.post(ADMIN_KEY, "/api/v1/sweeps", Map.of()).status()).isEqualTo(400);
    var done = fixtures.sweep(deadlines, "brand " + brand + " approved");
    String sweep = done.str("id");
    assertThat(done.str("done")).isEqualTo(done.str("total"));
    assertThat(Integer.parseInt(done.str("blocked"))).isGreaterThanOrEqualTo(5);
    assertThat(done.at("eta")).isNull();
    for (int i = 0; i < 5; i++) {
      assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/sw-" + i).str("status"))
          .isEqualTo("BLOCKED");
    }
    assertThat(api.get(ADMIN_KEY, "/api/v1/sweeps").body()).contains(sweep);

    // a second sweep finds these listings blocked already: they are not counted as blocked again
    assertThat(fixtures.sweep(deadlines, "again").str("blocked"))
        .as("the catalogue was swept just before: nothing new to take out of sight").isEqualTo("0");
  }

  @Autowired
  ScreeningActions actions;

  @Autowired
  com.steward.listings.Listings listings;

  @Autowired
  com.steward.marketplaces.Marketplaces marketplaces;

  @Autowired
  org.springframework.transaction.support.TransactionTemplate tx;

  /**
   * A sweep's chunk reads its listings and sellers ahead; here its blocks reach the penalty
   * ladder's last rung part way through, the ban takes the seller's other listings down in the same
   * transaction, and the rest of the chunk is screened as the ban left it.
   */
  @Test
  void aChunkWhoseBlocksCloseTheStoreScreensTheRestAsTheBanLeftThem() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String brand = Fixtures.brandName("Sc");
    var items = new java.util.ArrayList<Map<String, Object>>();
    for (int i = 0; i < 60; i++) {
      items.add(Map.of("id", "sc-" + i, "listing", Map.of("sellerId", s.id(), "storeId", "st-" + s.id(),
          "title", brand + " watch 1:1 replica no. " + i)));
    }
    var put = api.post(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings:batch", items);
    assertThat(put.str("accepted")).as(put.toString()).isEqualTo("60");
    fixtures.approvedBrand(h, Map.of("name", brand));
    var ids = jdbc.sql("SELECT l.id FROM listing l JOIN marketplace mp ON mp.id = l.marketplace_id WHERE mp.code = :c")
        .param("c", m.code()).query(java.util.UUID.class).list();

    var swept = tx.execute(t -> actions.sweep(com.steward.platform.security.Actor.system("sweep"),
        id -> marketplaces.byId(id).orElseThrow(), listings.lockByIds(ids)));

    var before = new java.util.HashMap<String, Integer>();
    var after = new java.util.HashMap<String, Integer>();
    for (var x : swept) {
      before.merge(x.before().status().name(), 1, Integer::sum);
      after.merge(x.screened().listing().status().name(), 1, Integer::sum);
    }
    // one point a block, and the store is closed at 48: the ban removes the 12 listings still live
    assertThat(before).as("as each listing was screened").isEqualTo(Map.of("ACTIVE", 48, "REMOVED", 12));
    assertThat(after).isEqualTo(Map.of("BLOCKED", 48, "REMOVED", 12));
    var stored = new java.util.HashMap<String, Integer>();
    for (int i = 0; i < 60; i++) {
      stored.merge(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/sc-" + i).str("status"), 1,
          Integer::sum);
    }
    assertThat(stored).isEqualTo(Map.of("BLOCKED", 48, "REMOVED", 12));
    assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/sellers/" + s.id()).str("status"))
        .isEqualTo("BANNED");
  }

  @Autowired
  Sweeps sweeps;

  @Test
  void twoSweepsStartedAtOnceLeaveOneRunning() throws Exception {
    // a catalogue of more than one chunk, so that a sweep is still running when the other starts
    // (over a smaller one the first can be done before the second's start, with nothing to supersede)
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var items = new java.util.ArrayList<Map<String, Object>>();
    for (int i = 0; i < 450; i++) {
      items.add(Map.of("id", "two-" + i, "listing", Map.of("sellerId", s.id(), "storeId", "st-" + s.id(),
          "title", "Plain cotton tee no. " + i)));
    }
    assertThat(api.post(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings:batch", items).str("accepted"))
        .isEqualTo("450");
    var ready = new java.util.concurrent.CyclicBarrier(2);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var a = pool.submit(() -> {
        ready.await();
        return sweeps.start(com.steward.platform.security.Actor.system("test"), "approval on node a");
      });
      var b = pool.submit(() -> {
        ready.await();
        return sweeps.start(com.steward.platform.security.Actor.system("test"), "approval on node b");
      });
      var ids = java.util.List.of(a.get().toString(), b.get().toString());
      var statuses = jdbc.sql("SELECT status FROM sweep WHERE id IN (CAST(:a AS uuid), CAST(:b AS uuid))")
          .param("a", ids.get(0)).param("b", ids.get(1)).query(String.class).list();
      assertThat(statuses).as("the later start supersedes the earlier, whichever commits first")
          .contains("SUPERSEDED").hasSize(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aSweepStartedWhileAnotherRunsTakesOverFromIt() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    String brand = Fixtures.brandName("Sv");
    for (int i = 0; i < 3; i++) {
      api.put(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/sv-" + i, Map.of("sellerId", s.id(),
          "storeId", "st-" + s.id(), "title", brand + " bag 1:1 replica no. " + i));
    }
    fixtures.approvedBrand(fixtures.holder(), Map.of("name", brand));
    // a sweep part of the way through the catalogue (its steps run as soon as they are due, so one
    // started here could be done before the next call)
    String first = java.util.UUID.randomUUID().toString();
    jdbc.sql("""
        INSERT INTO sweep (id, reason, status, total, done, started_at, updated_at)
        VALUES (CAST(:id AS uuid), 'first', 'RUNNING', 1000, 400, now(), now())
        """).param("id", first).update();
    var started = api.post(ADMIN_KEY, "/api/v1/sweeps", Map.of("reason", "second"));
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    String second = started.str("id");

    var older = api.get(ADMIN_KEY, "/api/v1/sweeps/" + first);
    assertThat(older.str("status")).isEqualTo("SUPERSEDED");
    assertThat(older.str("supersededBy")).isEqualTo(second);
    assertThat(older.at("eta")).isNull();
    assertThat(older.at("finishedAt")).isNotNull();
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      deadlines.checkNow();
      return "DONE".equals(api.get(ADMIN_KEY, "/api/v1/sweeps/" + second).str("status"));
    });
    assertThat(api.get(ADMIN_KEY, "/api/v1/sweeps/" + first).str("done")).as("the superseded sweep stopped").isEqualTo("400");
    assertThat(audit.trail("sweep", java.util.UUID.fromString(first)).stream().map(e -> e.record().action()))
        .contains("sweep.superseded");
    for (int i = 0; i < 3; i++) {
      assertThat(api.get(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings/sv-" + i).str("status"))
          .as("the sweep that took over screened everything").isEqualTo("BLOCKED");
    }
  }

  @Test
  void aSweepMovesFromChunkToChunkWithoutWaitingForThePoll() {
    // these tests' scheduler polls once an hour: every chunk must start the next itself
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var items = new java.util.ArrayList<Map<String, Object>>();
    for (int i = 0; i < Sweeps.CHUNK * 2 + 1; i++) {
      items.add(Map.of("id", "ch-" + i, "listing", Map.of("sellerId", s.id(), "storeId", "st-" + s.id(),
          "title", "Plain cotton tote bag no. " + i)));
    }
    var batch = api.post(m.key(), "/api/v1/marketplaces/" + m.code() + "/listings:batch", items);
    assertThat(batch.status()).as(batch.toString()).isLessThan(300);
    String sweep = api.post(ADMIN_KEY, "/api/v1/sweeps", Map.of("reason", "chunks")).str("id");
    await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(api.get(ADMIN_KEY, "/api/v1/sweeps/" + sweep)
        .str("status")));
    assertThat(Integer.parseInt(api.get(ADMIN_KEY, "/api/v1/sweeps/" + sweep).str("done")))
        .isGreaterThan(Sweeps.CHUNK * 2);
  }
}
