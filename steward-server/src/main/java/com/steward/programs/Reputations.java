package com.steward.programs;

import com.steward.core.programs.Outcomes;
import com.steward.core.programs.Reputation;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.rightsholders.RightsHolder;
import com.steward.rightsholders.RightsHolders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Notifier reputation: for each notifier (the organisation that files, so an agent is judged
 * across all the principals it acts for), the outcomes of the items of the notices it filed in a
 * rolling window, the Bayesian accuracy with its lower bound, the share of successful
 * counter-notices with its upper bound, the breakdown by principal and the monthly history.
 * Staff see every notifier; a notifier sees its own account.
 */
@Service
public class Reputations {

  /** The credible level of the bounds. */
  public static final double CONFIDENCE = 0.95;

  private final JdbcReputationRepository repository;
  private final RightsHolders rightsHolders;
  private final Clock clock;

  Reputations(JdbcReputationRepository repository, RightsHolders rightsHolders, Clock clock) {
    this.repository = repository;
    this.rightsHolders = rightsHolders;
    this.clock = clock;
  }

  /** One notifier's reputation over the last {@code months} months, with 12 months of history. */
  public Map<String, Object> of(Actor actor, UUID notifierId, int months) {
    RightsHolder holder = rightsHolders.byId(notifierId).orElseThrow(() -> new NotFoundException("rights holder",
        notifierId));
    if (!actor.isStaff() && !notifierId.equals(actor.rightsHolderId())) {
      throw new NotFoundException("rights holder", notifierId);
    }
    Instant to = clock.instant();
    Instant from = monthsBefore(to, months);
    var counts = repository.counts(from, to, notifierId, false);
    var out = new LinkedHashMap<String, Object>();
    out.put("rightsHolderId", holder.id());
    out.put("name", holder.name());
    out.put("window", Map.of("from", from, "to", to, "months", window(months)));
    out.putAll(view(JdbcReputationRepository.outcomes(counts)));
    var byPrincipal = counts.stream().filter(c -> c.principalId() != null)
        .collect(Collectors.groupingBy(JdbcReputationRepository.Count::principalId, LinkedHashMap::new,
            Collectors.toList()));
    Map<UUID, String> names = repository.names(byPrincipal.keySet());
    List<Map<String, Object>> principals = new ArrayList<>();
    byPrincipal.forEach((id, list) -> {
      var p = new LinkedHashMap<String, Object>();
      p.put("principalId", id);
      p.put("name", names.get(id));
      p.putAll(view(JdbcReputationRepository.outcomes(list)));
      principals.add(p);
    });
    out.put("byPrincipal", principals);
    Instant historyFrom = monthsBefore(to, 12);
    var monthly = new TreeMap<String, List<JdbcReputationRepository.Count>>();
    repository.counts(historyFrom, to, notifierId, true)
        .forEach(c -> monthly.computeIfAbsent(c.month(), k -> new ArrayList<>()).add(c));
    List<Map<String, Object>> history = new ArrayList<>();
    monthly.forEach((month, list) -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("month", month);
      m.putAll(view(JdbcReputationRepository.outcomes(list)));
      history.add(m);
    });
    out.put("history", history);
    return out;
  }

  /** The record of a notifier over the last {@code months} months, for the programs' rules. */
  public Reputation reputation(UUID notifierId, int months) {
    Instant to = clock.instant();
    return Reputation.of(JdbcReputationRepository.outcomes(repository.counts(monthsBefore(to, months), to, notifierId,
        false)), CONFIDENCE);
  }

  /** A notifier's outcomes per principal it filed for (other than itself), over the last {@code months} months. */
  public Map<UUID, Outcomes> byPrincipal(UUID notifierId, int months) {
    Instant to = clock.instant();
    return repository.counts(monthsBefore(to, months), to, notifierId, false).stream()
        .filter(c -> c.principalId() != null && !c.principalId().equals(notifierId))
        .collect(Collectors.groupingBy(JdbcReputationRepository.Count::principalId, LinkedHashMap::new,
            Collectors.collectingAndThen(Collectors.toList(), JdbcReputationRepository::outcomes)));
  }

  /** Staff: every notifier with items in the window, the most trustworthy first. */
  public List<Map<String, Object>> all(Actor staff, int months) {
    staff.requireStaff();
    Instant to = clock.instant();
    var byNotifier = repository.counts(monthsBefore(to, months), to, null, false).stream()
        .collect(Collectors.groupingBy(JdbcReputationRepository.Count::notifierId, LinkedHashMap::new,
            Collectors.toList()));
    Map<UUID, String> names = repository.names(byNotifier.keySet());
    List<Map<String, Object>> out = new ArrayList<>();
    byNotifier.forEach((id, list) -> {
      var m = new LinkedHashMap<String, Object>();
      m.put("rightsHolderId", id);
      m.put("name", names.get(id));
      m.putAll(view(JdbcReputationRepository.outcomes(list)));
      out.add(m);
    });
    out.sort(Comparator.comparingDouble((Map<String, Object> m) -> (double) m.get("accuracyLower")).reversed());
    return out;
  }

  private static Map<String, Object> view(Outcomes o) {
    Reputation r = Reputation.of(o, CONFIDENCE);
    var m = new LinkedHashMap<String, Object>();
    m.put("upheld", o.upheld());
    m.put("reversed", o.reversed());
    m.put("rejected", o.rejected());
    m.put("pending", o.pending());
    m.put("decided", o.decided());
    m.put("accuracy", round(r.accuracy()));
    m.put("accuracyLower", round(r.accuracyLower()));
    m.put("counterNoticeSuccess", round(r.counterNoticeSuccess()));
    m.put("counterNoticeUpper", round(r.counterNoticeUpper()));
    return m;
  }

  /** Four decimals, as every figure of the programs is reported. */
  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static int window(int months) {
    return Math.clamp(months, 1, 36);
  }

  private static Instant monthsBefore(Instant to, int months) {
    return to.atOffset(ZoneOffset.UTC).minusMonths(window(months)).toInstant();
  }

}
