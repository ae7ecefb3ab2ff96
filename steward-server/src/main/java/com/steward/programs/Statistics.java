package com.steward.programs;

import com.steward.core.programs.Outcomes;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.rightsholders.RightsHolder;
import com.steward.rightsholders.RightsHolders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The numbers behind the report's comparisons, computed from Steward's own data: for a notifier,
 * its notices by outcome, time to decision, invalid rate and referrals, beside the averages of
 * program members and of regular notifiers; for staff, notice items per account and invalid rates
 * of program members against regular notifiers; for the transparency report, each program against
 * regular notifiers over a period, by membership at the time of filing. "Invalid" is reversed or
 * rejected over settled.
 */
@Service
public class Statistics {

  private final JdbcStatisticsRepository repository;
  private final JdbcReputationRepository reputations;
  private final RightsHolders rightsHolders;
  private final Programs programs;
  private final Clock clock;

  Statistics(JdbcStatisticsRepository repository, JdbcReputationRepository reputations, RightsHolders rightsHolders,
      Programs programs, Clock clock) {
    this.repository = repository;
    this.reputations = reputations;
    this.rightsHolders = rightsHolders;
    this.programs = programs;
    this.clock = clock;
  }

  /** One notifier's statistics over the last {@code months} months: staff, or the notifier itself. */
  public Map<String, Object> notifier(Actor actor, UUID id, int months) {
    RightsHolder h = rightsHolders.byId(id).orElseThrow(() -> new NotFoundException("rights holder", id));
    if (!actor.isStaff() && !id.equals(actor.rightsHolderId())) {
      throw new NotFoundException("rights holder", id);
    }
    Instant to = clock.instant();
    Instant from = to.atOffset(ZoneOffset.UTC).minusMonths(Math.clamp(months, 1, 36)).toInstant();
    var out = new LinkedHashMap<String, Object>();
    out.put("rightsHolderId", id);
    out.put("name", h.name());
    out.put("from", from);
    out.put("to", to);
    out.put("program", programs.expediting(id).map(Enum::name).orElse(null));
    out.putAll(figures(JdbcReputationRepository.outcomes(reputations.counts(from, to, id, false))));
    out.putAll(times(repository.hoursToFirstDecision(id, from, to)));
    long[] r = repository.referrals(id, from, to);
    out.put("referrals", Map.of("received", r[0], "answered", r[1], "confirmed", r[2], "responseRate", ratio(r[1], r[0]),
        "confirmationRate", ratio(r[2], r[1])));
    var groups = groups(from, to);
    out.put("averages",
        Map.of("programMembers", group(groups.programMembers()), "regular", group(groups.regular())));
    return out;
  }

  /** Staff: program members against regular notifiers, as the report compares them. */
  public Map<String, Object> programs(Actor staff, int months) {
    staff.requireStaff();
    Instant to = clock.instant();
    Instant from = to.atOffset(ZoneOffset.UTC).minusMonths(Math.clamp(months, 1, 36)).toInstant();
    var groups = groups(from, to);
    var out = new LinkedHashMap<String, Object>();
    out.put("from", from);
    out.put("to", to);
    out.put("programMembers", group(groups.programMembers()));
    out.put("regular", group(groups.regular()));
    out.put("itemsPerAccountRatio", groups.itemsPerAccountRatio());
    out.put("invalidRateRatio", groups.invalidRateRatio());
    out.putAll(times(repository.hoursToFirstDecision(null, from, to)));
    return out;
  }

  /**
   * Each program against regular notifiers over {@code [from, to)}, for the transparency report:
   * the items of notices filed in the period (on one marketplace's listings, unless null), each in
   * the group of the program its notifier was in when it filed, judged by the items' status now.
   * Notices filed on a confirmed referral are left out: they are the platform's finding, counted
   * with the referrals. Staff, or a marketplace's key for its own marketplace.
   */
  public ProgramComparison compare(Actor actor, Instant from, Instant to, @Nullable UUID marketplaceId) {
    if (!actor.isStaff() && !(actor.role() == Role.MARKETPLACE && marketplaceId != null
        && marketplaceId.equals(actor.marketplaceId()))) {
      throw new ForbiddenException("staff, or a marketplace for its own listings");
    }
    Map<String, Map<UUID, Outcomes>> byGroup = new LinkedHashMap<>();
    for (var c : repository.countsAtFiling(from, to, marketplaceId)) {
      byGroup.computeIfAbsent(c.group(), g -> new LinkedHashMap<>())
          .merge(c.notifierId(), Outcomes.of(c.status(), c.n()), Outcomes::plus);
    }
    List<ProgramComparison.Group> programs = new ArrayList<>();
    Outcomes all = Outcomes.NONE;
    Set<UUID> members = new HashSet<>();
    for (Program p : Program.values()) {
      Map<UUID, Outcomes> of = byGroup.getOrDefault(p.name(), Map.of());
      Outcomes sum = of.values().stream().reduce(Outcomes.NONE, Outcomes::plus);
      programs.add(ProgramComparison.Group.of(p.name(), sum, of.size()));
      all = all.plus(sum);
      members.addAll(of.keySet());
    }
    Map<UUID, Outcomes> regular = byGroup.getOrDefault(ProgramComparison.REGULAR, Map.of());
    return ProgramComparison.of(programs, ProgramComparison.Group.of(ProgramComparison.MEMBERS, all, members.size()),
        ProgramComparison.Group.of(ProgramComparison.REGULAR,
            regular.values().stream().reduce(Outcomes.NONE, Outcomes::plus), regular.size()));
  }

  /** Totals of program members (in a program now) and of regular notifiers over the window. */
  private ProgramComparison groups(Instant from, Instant to) {
    Set<UUID> members = new HashSet<>(repository.programMembers());
    var byNotifier = new LinkedHashMap<UUID, Outcomes>();
    for (var c : reputations.counts(from, to, null, false)) {
      byNotifier.merge(c.notifierId(), Outcomes.of(c.status(), c.n()), Outcomes::plus);
    }
    Outcomes m = Outcomes.NONE;
    Outcomes r = Outcomes.NONE;
    int mAccounts = 0;
    int rAccounts = 0;
    for (var e : byNotifier.entrySet()) {
      if (members.contains(e.getKey())) {
        m = m.plus(e.getValue());
        mAccounts++;
      } else {
        r = r.plus(e.getValue());
        rAccounts++;
      }
    }
    return ProgramComparison.of(List.of(), ProgramComparison.Group.of(ProgramComparison.MEMBERS, m, mAccounts),
        ProgramComparison.Group.of(ProgramComparison.REGULAR, r, rAccounts));
  }

  private static Map<String, Object> group(ProgramComparison.Group group) {
    var g = new LinkedHashMap<String, Object>();
    g.put("accounts", group.accounts());
    g.put("items", group.items());
    g.put("itemsPerAccount", group.itemsPerAccount());
    g.put("invalidRate", group.invalidRate());
    return g;
  }

  private static Map<String, Object> figures(Outcomes o) {
    var m = new LinkedHashMap<String, Object>();
    m.put("items", o.decided() + o.pending());
    m.put("upheld", o.upheld());
    m.put("reversed", o.reversed());
    m.put("rejected", o.rejected());
    m.put("pending", o.pending());
    m.put("invalidRate", ratio(o.reversed() + o.rejected(), o.decided()));
    return m;
  }

  private static Map<String, Object> times(List<Double> hours) {
    var m = new LinkedHashMap<String, Object>();
    m.put("medianHoursToDecision", hours.isEmpty() ? null : Reputations.round(hours.get(hours.size() / 2)));
    m.put("decidedWithin24Hours", hours.isEmpty() ? null
        : Reputations.round((double) hours.stream().filter(h -> h <= 24).count() / hours.size()));
    return m;
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0.0 : Reputations.round((double) a / b);
  }

}
