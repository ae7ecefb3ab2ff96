package com.steward.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.support.IntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulator moves Steward's clock through its days; the deadlines it passes have run when the call answers. */
class ClockIntegrationTests extends IntegrationTest {

  @Test
  void settingTheClockPastADeadlineRunsItBeforeTheAnswer() {
    var m = fixtures.marketplace();
    var s = fixtures.seller(m);
    var h = fixtures.holder();
    String listing = fixtures.listing(m, s, "ACME Air running shoes");
    var filed = fixtures.notice(h, m, listing);
    String noticeId = filed.str("id");
    String itemId = filed.str("items[0].id");
    var reviewed = api.post(fixtures.analystKey(), "/api/v1/notices/" + noticeId + "/items/" + itemId + "/review",
        Map.of("decision", "ACCEPT", "reason", "Logo and price match known counterfeits"));
    assertThat(reviewed.str("status")).isEqualTo("TAKEN_DOWN");

    String later = START.plus(Duration.ofDays(14).plusMinutes(1)).toString();
    var set = api.put(ADMIN_KEY, "/api/v1/admin/clock", Map.of("now", later));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.str("now")).isEqualTo(later);
    assertThat(set.str("pendingDeadlines")).isEqualTo("0");
    // no waiting here: the counter-notice window closed inside the call
    assertThat(api.get(h.key(), "/api/v1/notices/" + noticeId).str("items[0].status")).isEqualTo("FINAL_TAKEDOWN");
    assertThat(api.get(ADMIN_KEY, "/api/v1/admin/clock").str("now")).isEqualTo(later);
  }

  @Test
  void onlyAnAdminSetsTheClockAndABadTimeNamesTheField() {
    var before = clock.instant();
    assertThat(api.put(fixtures.analystKey(), "/api/v1/admin/clock", Map.of("now", "2026-05-01T00:00:00Z")).status())
        .isEqualTo(403);
    var m = fixtures.marketplace();
    assertThat(api.put(m.key(), "/api/v1/admin/clock", Map.of("now", "2026-05-01T00:00:00Z")).status())
        .isEqualTo(403);
    for (Object bad : new Object[] {"tomorrow", "", "2026-13-01T00:00:00Z", "1970-01-01T00:00:00Z", "ᛞ".repeat(5000)}) {
      var r = api.put(ADMIN_KEY, "/api/v1/admin/clock", Map.of("now", bad));
      assertThat(r.status()).as(String.valueOf(bad)).isEqualTo(400);
      assertThat(r.str("errors[0].field")).isEqualTo("now");
    }
    var both = new HashMap<String, Object>();
    both.put("now", "2026-05-01T00:00:00Z");
    both.put("reset", true);
    assertThat(api.put(ADMIN_KEY, "/api/v1/admin/clock", both).status()).isEqualTo(400);
    assertThat(api.put(ADMIN_KEY, "/api/v1/admin/clock", Map.of()).status()).isEqualTo(400);
    assertThat(clock.instant()).as("nothing refused moved the clock").isEqualTo(before);
  }
}
