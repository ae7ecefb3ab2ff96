package com.steward.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.support.Api;
import com.steward.support.Fixtures;
import com.steward.support.IntegrationTest;
import com.steward.support.PageClient;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transparency report of a quarter ({@link ReportWorld}): its numbers are the hand counts and the
 * counts of the tables, the CSV holds the same numbers, the console draws its charts for staff, and a
 * marketplace reads its own report only.
 */
class TransparencyReportIntegrationTests extends IntegrationTest {

  static ReportWorld world;

  @Autowired
  JdbcClient jdbc;

  @BeforeEach
  void quarter() {
    if (world == null) {
      world = ReportWorld.build(api, fixtures, clock);
      clock.set(START);
    }
  }

  Api.Response report(String key, String path, String marketplace) {
    return api.get(key, path + ReportWorld.QUERY + (marketplace == null ? "" : "&marketplace=" + marketplace));
  }

  Api.Response report() {
    var r = report(world.analyst(), "/api/v1/reports/transparency", world.market().code());
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    return r;
  }

  @Test
  void theNumbersAreTheHandCountsAndTheCountsOfTheTables() {
    var r = report();
    assertThat(r.str("marketplace")).isEqualTo(world.market().code());
    assertThat(r.str("from")).isEqualTo("2026-01-01");
    assertThat(r.str("lastDay")).isEqualTo("2026-03-31");
    assertThat(r.at("months")).isEqualTo(List.of("2026-01", "2026-02", "2026-03"));

    assertThat(monthly(r, "takedowns", "screeningBlocks")).containsExactly(1L, 1L, 1L, 3L)
        .isEqualTo(withTotal(sql(BLOCKS)));
    assertThat(monthly(r, "takedowns", "referralTakedowns")).containsExactly(0L, 1L, 0L, 1L)
        .isEqualTo(withTotal(sql(TAKEN_DOWN.formatted("="))));
    assertThat(monthly(r, "takedowns", "banRemovals")).containsExactly(0L, 0L, 2L, 2L)
        .isEqualTo(withTotal(sql(BAN_LISTINGS)));
    assertThat(monthly(r, "takedowns", "reactive")).containsExactly(4L, 0L, 2L, 6L)
        .isEqualTo(withTotal(sql(TAKEN_DOWN.formatted("<>"))));
    assertThat(monthly(r, "takedowns", "proactive")).containsExactly(1L, 2L, 3L, 6L);
    assertThat(r.at("takedowns.proactiveShare")).isEqualTo(0.5);
    assertThat(r.at("takedowns.proactiveToReactive")).isEqualTo(1.0);

    assertThat(group(r, "GOOD_FAITH")).isEqualTo(Map.of("group", "GOOD_FAITH", "accounts", 1, "items", 3,
        "itemsPerAccount", 3.0, "settled", 2, "invalid", 1, "invalidRate", 0.5));
    assertThat(group(r, "PARTNER")).as("R joined a partner program in March: its March notice counts there")
        .isEqualTo(Map.of("group", "PARTNER", "accounts", 1, "items", 2, "itemsPerAccount", 2.0, "settled", 0,
            "invalid", 0, "invalidRate", 0.0));
    assertThat(group(r, "TRUSTED_FLAGGER").get("items")).isEqualTo(0);
    assertThat(r.at("notices.programMembers")).isEqualTo(Map.of("group", "PROGRAM_MEMBERS", "accounts", 2, "items", 5,
        "itemsPerAccount", 2.5, "settled", 2, "invalid", 1, "invalidRate", 0.5));
    assertThat(r.at("notices.regular")).as("R's January notices, filed before it joined; not O's referral notice")
        .isEqualTo(Map.of("group", "REGULAR", "accounts", 1, "items", 3, "itemsPerAccount", 3.0, "settled", 1,
            "invalid", 1, "invalidRate", 1.0));
    assertThat(r.at("notices.itemsPerAccountRatio")).isEqualTo(0.8333);
    assertThat(r.at("notices.invalidRateRatio")).isEqualTo(2.0);
    assertThat(one(NOTICE_ITEMS.formatted("true"))).isEqualTo(8L);
    assertThat(one(NOTICE_ITEMS.formatted("i.status IN ('FINAL_TAKEDOWN','UPHELD','RESTORED','REJECTED')")))
        .isEqualTo(3L);
    assertThat(one(NOTICE_ITEMS.formatted("i.status IN ('RESTORED','REJECTED')"))).isEqualTo(2L);

    assertThat(monthly(r, "referrals", "received")).containsExactly(0L, 3L, 0L, 3L)
        .isEqualTo(withTotal(sql(REFERRALS.formatted("true"))));
    assertThat(monthly(r, "referrals", "answered")).containsExactly(0L, 2L, 0L, 2L)
        .isEqualTo(withTotal(sql(REFERRALS.formatted("answered_at IS NOT NULL"))));
    assertThat(monthly(r, "referrals", "confirmed")).containsExactly(0L, 1L, 0L, 1L)
        .isEqualTo(withTotal(sql(REFERRALS.formatted("notice_id IS NOT NULL"))));
    assertThat(r.at("referrals.total.responseRate")).isEqualTo(0.6667);
    assertThat(r.at("referrals.total.confirmationRate")).isEqualTo(0.5);

    assertThat(monthly(r, "hazeClearing", "trademarkMisuseNotices")).containsExactly(1L, 0L, 1L, 2L)
        .isEqualTo(withTotal(sql(MISUSE.formatted("DISTINCT n.id"))));
    assertThat(monthly(r, "hazeClearing", "trademarkMisuseItems")).containsExactly(1L, 0L, 2L, 3L)
        .isEqualTo(withTotal(sql(MISUSE.formatted("i.id"))));
    assertThat(monthly(r, "hazeClearing", "screeningBlocks")).containsExactly(1L, 1L, 1L, 3L);

    assertThat(violation(r, "SCREENING_BLOCK")).containsExactly(2L, 1L)
        .containsExactly(one(VIOLATIONS.formatted("SCREENING_BLOCK", "false")),
            one(VIOLATIONS.formatted("SCREENING_BLOCK", "true")));
    assertThat(violation(r, "UPHELD_NOTICE")).containsExactly(1L, 0L)
        .containsExactly(one(VIOLATIONS.formatted("UPHELD_NOTICE", "false")),
            one(VIOLATIONS.formatted("UPHELD_NOTICE", "true")));
    assertThat(violation(r, "BAN_EVASION")).containsExactly(0L, 0L);
    assertThat(restriction(r, "WARNING")).as("A, C and B; D's December warning left out").isEqualTo(3L)
        .isEqualTo(one(RESTRICTIONS.formatted("WARNING")));
    assertThat(restriction(r, "CLOSURE")).isEqualTo(1L).isEqualTo(one(RESTRICTIONS.formatted("CLOSURE")));
    assertThat(restriction(r, "LISTING_LIMIT")).isZero();
    assertThat(n(r, "penalties.accountsBanned")).isEqualTo(1L).isEqualTo(one(BANS.formatted("created_at")));
    assertThat(n(r, "penalties.bansLifted")).isEqualTo(1L).isEqualTo(one(BANS.formatted("lifted_at")));
    assertThat(n(r, "penalties.listingsRemovedByBans")).isEqualTo(2L);

    assertThat(monthly(r, "refunds", "daysReported")).containsExactly(2L, 1L, 2L, 5L)
        .isEqualTo(withTotal(sql(TRADING.formatted("count(*)"))));
    assertThat(monthly(r, "refunds", "orders")).as("the day sent twice counts once, with its second figures")
        .containsExactly(150L, 200L, 320L, 670L).isEqualTo(withTotal(sql(TRADING.formatted("sum(orders)"))));
    assertThat(monthly(r, "refunds", "refunds")).containsExactly(15L, 8L, 8L, 31L)
        .isEqualTo(withTotal(sql(TRADING.formatted("sum(refunds)"))));
    assertThat(monthly(r, "refunds", "refundsAsFake")).containsExactly(5L, 2L, 1L, 8L)
        .isEqualTo(withTotal(sql(TRADING.formatted("sum(refunds_as_fake)"))));
    assertThat(r.at("refunds.months[0].refundRate")).isEqualTo(0.1);
    assertThat(r.at("refunds.months[2].fakeRefundRate")).isEqualTo(0.0031);
    assertThat(r.at("refunds.total.refundRate")).isEqualTo(0.0463);
    assertThat(r.at("refunds.total.fakeRefundRate")).isEqualTo(0.0119);

    var charts = charts(r);
    assertThat(charts.stream().map(c -> c.get("id")).toList()).containsExactly("takedowns", "program-items",
        "program-invalid", "referrals", "haze-clearing", "refunds");
    assertThat(series(charts.get(0), 0)).containsExactly(1.0, 2.0, 3.0);
    assertThat(series(charts.get(0), 1)).containsExactly(4.0, 0.0, 2.0);
    assertThat(charts.get(2).get("categories")).isEqualTo(List.of("Good Faith", "Partner", "Trusted flagger",
        "Regular notifiers"));
    assertThat(series(charts.get(2), 0)).containsExactly(50.0, 0.0, 0.0, 100.0);
    assertThat(series(charts.get(5), 0)).containsExactly(10.0, 4.0, 2.5);
  }

  @Test
  @SuppressWarnings("unchecked")
  void theReportOfAllMarketplacesCountsTheOthersToo() {
    var all = report(world.analyst(), "/api/v1/reports/transparency", null);
    assertThat(all.status()).as(all.toString()).isEqualTo(200);
    assertThat(all.str("marketplace")).isNull();
    assertThat(n(all, "refunds.total.orders")).as("the other marketplace's January day")
        .isGreaterThanOrEqualTo(670L + 500L);
    var bad = api.get(world.analyst(), "/api/v1/reports/transparency?from=2026-13-01");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("\"field\":\"from\"");
    var empty = api.get(world.analyst(), "/api/v1/reports/transparency?from=2026-03-01&to=2026-03-01");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"to\"");
    var byDefault = api.get(world.analyst(), "/api/v1/reports/transparency?marketplace=" + world.market().code());
    assertThat((List<Object>) byDefault.at("months")).as("the last twelve months, this one to date").hasSize(12)
        .startsWith("2025-04").endsWith("2026-03");
    assertThat(byDefault.str("to")).isEqualTo("2026-03-03");
  }

  @Test
  void theCsvHoldsEveryNumberOfTheJson() throws Exception {
    var json = report();
    var csv = report(world.analyst(), "/api/v1/reports/transparency.csv", world.market().code());
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.headers().get("content-disposition").getFirst()).contains("attachment", ".csv");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.body())).getRecords();
    int months = 3;
    int groups = 5;
    int violations = ((List<?>) json.at("penalties.violations")).size();
    int restrictions = ((List<?>) json.at("penalties.restrictions")).size();
    assertThat(rows).hasSize(4 + (months + 1) * 5 + 2 + groups * 6 + 2 + (months + 1) * 5 + (months + 1) * 3
        + violations * 2 + restrictions + 3 + (months + 1) * 6);
    Map<String, String> report = new HashMap<>();
    for (CSVRecord row : rows) {
      if (row.get("section").equals("report")) {
        report.put(row.get("metric"), row.get("value"));
        continue;
      }
      Object expected = jsonValue(json, row.get("section"), row.get("metric"), row.get("period"));
      if (expected == null) {
        assertThat(row.get("value")).as(row.toString()).isEmpty();
      } else {
        assertThat(Double.parseDouble(row.get("value"))).as(row.toString())
            .isCloseTo(((Number) expected).doubleValue(), within(1e-9));
      }
    }
    assertThat(report).isEqualTo(Map.of("marketplace", world.market().code(), "from", "2026-01-01", "to",
        "2026-04-01", "zone", "UTC"));
  }

  @Test
  void theConsoleDrawsTheChartsForStaffAndNobodyElse() {
    var json = report();
    String analyst = "analyst-" + Fixtures.suffix();
    String seller = "seller-" + Fixtures.suffix();
    String holder = "holder-" + Fixtures.suffix();
    user(analyst, "ANALYST", null);
    user(seller, "SELLER", world.seller().uuid().toString());
    user(holder, "RIGHTS_HOLDER", world.holder().id().toString());
    String page = "/console/reports/transparency" + ReportWorld.QUERY + "&marketplace=" + world.market().code();

    var staff = new PageClient(port).signIn(analyst, "long-enough-pw");
    var html = staff.get(page);
    assertThat(html.statusCode()).isEqualTo(200);
    int bars = charts(json).stream().mapToInt(c -> ((List<?>) c.get("categories")).size()
        * ((List<?>) c.get("series")).size()).sum();
    assertThat(html.body().split("<rect class=\"bar\"", -1).length - 1).isEqualTo(bars);
    assertThat(html.body().split("<svg ", -1).length - 1).isEqualTo(6);
    assertThat(html.body()).contains("Listings removed per month: proactive and reactive", "2026-01-01 to 2026-03-31",
        "<title>2026-03, Reactive: 2</title>", "Transparency report</a>");
    assertThat(html.body()).contains("href=\"/console/reports/transparency.pdf?from=2026-01-01&amp;to=2026-04-01"
        + "&amp;marketplace=" + world.market().code() + "\"");
    var pdf = staff.get("/console/reports/transparency.pdf" + ReportWorld.QUERY);
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    assertThat(staff.get("/console/reports/transparency.csv" + ReportWorld.QUERY).body())
        .startsWith("section,metric,period,value");

    assertThat(new PageClient(port).signIn(seller, "long-enough-pw").get(page).statusCode()).isEqualTo(403);
    assertThat(new PageClient(port).signIn(holder, "long-enough-pw").get(page).statusCode()).isEqualTo(403);
    var anonymous = new PageClient(port).get(page);
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElse("")).endsWith("/login");
  }

  @Test
  void aMarketplaceReadsItsOwnReportAndNoOther() {
    var own = world.market();
    var other = world.other();
    for (String path : List.of("/api/v1/reports/transparency", "/api/v1/reports/transparency.csv",
        "/api/v1/reports/transparency.pdf")) {
      assertThat(report(own.key(), path, own.code()).status()).as(path).isEqualTo(200);
      assertThat(report(own.key(), path, other.code()).status()).as(path).isEqualTo(404);
      assertThat(report(other.key(), path, own.code()).status()).as(path).isEqualTo(404);
      assertThat(report(own.key(), path, null).status()).as("all marketplaces: " + path).isEqualTo(403);
      assertThat(report(world.seller().key(), path, own.code()).status()).as(path).isEqualTo(403);
      assertThat(report(world.holder().key(), path, own.code()).status()).as(path).isEqualTo(403);
    }
    var mine = report(own.key(), "/api/v1/reports/transparency", own.code());
    assertThat(mine.at("refunds.total")).isEqualTo(report().at("refunds.total"));
    assertThat(mine.at("notices")).isEqualTo(report().at("notices"));
  }

  // --- the tables, counted independently of the report's queries -------------------------------------------

  static final OffsetDateTime Q1_START = OffsetDateTime.parse("2026-01-01T00:00:00Z");
  static final OffsetDateTime Q1_END = OffsetDateTime.parse("2026-04-01T00:00:00Z");

  static final String BLOCKS = """
      SELECT to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(DISTINCT d.listing_id) AS n
        FROM screening_decision d JOIN marketplace m ON m.id = d.marketplace_id
       WHERE m.code = :code AND d.action = 'BLOCK' AND d.created_at >= :from AND d.created_at < :to
       GROUP BY 1
      """;

  /** Items by month of their first takedown, of notices whose channel is (=) or is not (<>) REFERRAL. */
  static final String TAKEN_DOWN = """
      SELECT to_char(f.first AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS n
        FROM (SELECT notice_item_id, min(decided_at) AS first FROM decision WHERE to_status = 'TAKEN_DOWN'
               GROUP BY notice_item_id) f
        JOIN notice_item i ON i.id = f.notice_item_id JOIN notice n ON n.id = i.notice_id
        JOIN marketplace m ON m.id = i.marketplace_id
       WHERE m.code = :code AND n.channel %s 'REFERRAL' AND f.first >= :from AND f.first < :to
       GROUP BY 1
      """;

  static final String BAN_LISTINGS = """
      SELECT to_char(b.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS n
        FROM account_ban_listing l JOIN account_ban b ON b.id = l.ban_id JOIN marketplace m ON m.id = b.marketplace_id
       WHERE m.code = :code AND b.created_at >= :from AND b.created_at < :to
       GROUP BY 1
      """;

  static final String NOTICE_ITEMS = """
      SELECT count(*) FROM notice_item i JOIN notice n ON n.id = i.notice_id
        JOIN marketplace m ON m.id = i.marketplace_id
       WHERE m.code = :code AND n.channel <> 'REFERRAL' AND n.created_at >= :from
         AND n.created_at < :to AND %s
      """;

  static final String REFERRALS = """
      SELECT to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(*) AS n
        FROM referral r JOIN marketplace m ON m.id = r.marketplace_id
       WHERE m.code = :code AND r.created_at >= :from AND r.created_at < :to AND %s
       GROUP BY 1
      """;

  static final String MISUSE = """
      SELECT to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month, count(%s) AS n
        FROM notice n JOIN notice_item i ON i.notice_id = n.id JOIN marketplace m ON m.id = i.marketplace_id
       WHERE m.code = :code AND n.reason = 'TRADEMARK_MISUSE' AND n.created_at >= :from
         AND n.created_at < :to
       GROUP BY 1
      """;

  static final String VIOLATIONS = """
      SELECT count(*) FROM penalty_violation v JOIN marketplace m ON m.id = v.marketplace_id
       WHERE m.code = :code AND v.type = '%s' AND v.overturned = %s AND v.occurred_at >= :from
         AND v.occurred_at < :to
      """;

  static final String RESTRICTIONS = """
      SELECT count(*) FROM penalty_restriction x JOIN marketplace m ON m.id = x.marketplace_id
       WHERE m.code = :code AND x.restriction = '%s' AND x.since >= :from AND x.since < :to
      """;

  static final String BANS = """
      SELECT count(*) FROM account_ban b JOIN marketplace m ON m.id = b.marketplace_id
       WHERE m.code = :code AND b.%1$s >= :from AND b.%1$s < :to
      """;

  static final String TRADING = """
      SELECT to_char(t.day, 'YYYY-MM') AS month, %s AS n
        FROM trading_day t JOIN marketplace m ON m.id = t.marketplace_id
       WHERE m.code = :code AND t.day BETWEEN DATE '2026-01-01' AND DATE '2026-03-31'
       GROUP BY 1
      """;

  private Map<String, Long> sql(String query) {
    Map<String, Long> out = new HashMap<>();
    jdbc.sql(query).param("code", world.market().code()).param("from", Q1_START).param("to", Q1_END)
        .query((rs, i) -> out.put(rs.getString("month"), rs.getLong("n"))).list();
    return out;
  }

  private long one(String query) {
    return jdbc.sql(query).param("code", world.market().code()).param("from", Q1_START).param("to", Q1_END)
        .query(Long.class).single();
  }

  /** The months of the quarter, then the total. */
  private static List<Long> withTotal(Map<String, Long> byMonth) {
    List<Long> out = new ArrayList<>();
    for (String month : List.of("2026-01", "2026-02", "2026-03")) {
      out.add(byMonth.getOrDefault(month, 0L));
    }
    out.add(out.stream().mapToLong(Long::longValue).sum());
    return out;
  }

  private static List<Long> monthly(Api.Response r, String section, String metric) {
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      out.add(n(r, section + ".months[" + i + "]." + metric));
    }
    out.add(n(r, section + ".total." + metric));
    return out;
  }

  private static long n(Api.Response r, String path) {
    return ((Number) r.at(path)).longValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> group(Api.Response r, String name) {
    return ((List<Map<String, Object>>) r.at("notices.programs")).stream().filter(g -> name.equals(g.get("group")))
        .findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Long> violation(Api.Response r, String type) {
    var v = ((List<Map<String, Object>>) r.at("penalties.violations")).stream().filter(x -> type.equals(x.get("type")))
        .findFirst().orElseThrow();
    return List.of(((Number) v.get("standing")).longValue(), ((Number) v.get("overturned")).longValue());
  }

  @SuppressWarnings("unchecked")
  private static long restriction(Api.Response r, String kind) {
    return ((List<Map<String, Object>>) r.at("penalties.restrictions")).stream()
        .filter(x -> kind.equals(x.get("restriction"))).mapToLong(x -> ((Number) x.get("applied")).longValue())
        .findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> charts(Api.Response r) {
    return (List<Map<String, Object>>) r.at("charts");
  }

  @SuppressWarnings("unchecked")
  static List<Double> series(Map<String, Object> chart, int i) {
    var s = (List<Map<String, Object>>) chart.get("series");
    return ((List<Number>) s.get(i).get("values")).stream().map(Number::doubleValue).toList();
  }

  /** The JSON value a CSV row stands for. */
  @SuppressWarnings("unchecked")
  private static Object jsonValue(Api.Response json, String section, String metric, String period) {
    if (section.equals("notices") && metric.contains(".")) {
      String name = metric.substring(0, metric.indexOf('.'));
      String field = metric.substring(metric.indexOf('.') + 1);
      Map<String, Object> g = switch (name) {
        case "PROGRAM_MEMBERS" -> (Map<String, Object>) json.at("notices.programMembers");
        case "REGULAR" -> (Map<String, Object>) json.at("notices.regular");
        default -> group(json, name);
      };
      return g.get(field);
    }
    if (section.equals("penalties") && metric.startsWith("violations.")) {
      String[] p = metric.split("\\.");
      return violation(json, p[1]).get(p[2].equals("standing") ? 0 : 1);
    }
    if (section.equals("penalties") && metric.startsWith("restrictions.")) {
      return restriction(json, metric.substring("restrictions.".length()));
    }
    Object sectionNode = json.at(section);
    if (section.equals("notices") || section.equals("penalties") || ((Map<String, Object>) sectionNode)
        .containsKey(metric)) {
      return ((Map<String, Object>) sectionNode).get(metric);
    }
    if (period.equals("total")) {
      return ((Map<String, Object>) ((Map<String, Object>) sectionNode).get("total")).get(metric);
    }
    return ((List<Map<String, Object>>) ((Map<String, Object>) sectionNode).get("months")).stream()
        .filter(m -> period.equals(m.get("month"))).findFirst().orElseThrow().get(metric);
  }

  private void user(String name, String role, String subject) {
    var body = new HashMap<String, Object>(Map.of("username", name, "password", "long-enough-pw", "role", role));
    if (subject != null) {
      body.put("subjectId", subject);
    }
    var r = api.post(ADMIN_KEY, "/api/v1/admin/users", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }
}
