package com.steward.screening;

import com.steward.brands.BrandRevision;
import com.steward.brands.Brands;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What proactive screening did for one brand, for its owner (and the owner's agents) and staff:
 * per month, the listings naming the brand that screening blocked or referred before anyone
 * complained, and the latest of them with their state now. It is the rights holder's side of the
 * report's proactive removals: what it did not have to notice itself.
 */
@Component
class BrandScreeningReport {

  /** The latest restricted listings shown. */
  static final int LATEST = 20;
  /** Decisions read to find them: a sweep may decide a listing again, so some are the same listing. */
  private static final int READ = 200;
  static final int MAX_MONTHS = 36;

  private final Brands brands;
  private final JdbcScreeningRepository repository;
  private final JsonMapper json;
  private final Clock clock;

  BrandScreeningReport(Brands brands, JdbcScreeningRepository repository, JsonMapper json, Clock clock) {
    this.brands = brands;
    this.repository = repository;
    this.json = json;
    this.clock = clock;
  }

  Map<String, Object> of(Actor actor, UUID brandId, int months) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new InvalidRequestException("months", "1 to " + MAX_MONTHS);
    }
    List<BrandRevision> revisions = brands.revisions(actor, brandId); // 404 unless staff, the owner or its agent
    // a decision names the brand as screening knew it then: every name an approved revision gave
    // it (a pending or rejected rename is not screening's), the latest approved one shown
    List<String> approved = revisions.stream().filter(r -> "APPROVED".equals(r.status()))
        .map(r -> r.profile().name()).toList();
    String name = approved.isEmpty() ? revisions.getLast().profile().name() : approved.getLast();
    java.util.Set<String> names = new java.util.LinkedHashSet<>(approved);
    names.add(name);
    YearMonth last = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    YearMonth first = last.minusMonths(months - 1L);
    Instant from = first.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);

    var counts = new LinkedHashMap<String, long[]>(); // month -> {blocked, referred}
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      counts.put(m.toString(), new long[2]);
    }
    for (var c : repository.restrictionsByMonth(names, from)) {
      long[] row = counts.get(c.month());
      if (row != null) {
        row["BLOCK".equals(c.action()) ? 0 : 1] += c.listings();
      }
    }
    List<Map<String, Object>> byMonth = new ArrayList<>();
    counts.forEach((month, row) -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("month", month);
      m.put("blocked", row[0]);
      m.put("referred", row[1]);
      byMonth.add(m);
    });

    List<Map<String, Object>> latest = new ArrayList<>();
    Set<UUID> seen = new HashSet<>();
    for (var r : repository.latestRestrictions(names, from, READ)) {
      if (latest.size() == LATEST) {
        break;
      }
      if (seen.add(r.listingId())) {
        var v = new LinkedHashMap<String, Object>();
        v.put("marketplace", r.marketplace());
        v.put("listingId", r.externalId());
        v.put("title", r.title());
        v.put("action", r.action());
        v.put("rules", json.readValue(r.rules(), List.class));
        v.put("decidedAt", r.decidedAt().toString());
        v.put("statusNow", r.status());
        latest.add(v);
      }
    }

    var out = new LinkedHashMap<String, Object>();
    out.put("brandId", brandId);
    out.put("brand", name);
    out.put("from", from.toString());
    out.put("byMonth", byMonth);
    out.put("latest", latest);
    return out;
  }
}
