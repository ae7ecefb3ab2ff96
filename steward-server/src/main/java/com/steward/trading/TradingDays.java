package com.steward.trading;

import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.config.StewardProperties;
import com.steward.platform.errors.Check;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The trading figures a marketplace reports per day (orders, refunds, refunds for suspected
 * fakes), the only per-period trading data Steward holds: the transparency report's refund-rate
 * trend is computed from them. A marketplace's key reports and reads its own days; staff any.
 * Reporting a day again replaces it, so a marketplace may send a day as often as it likes.
 */
@Service
public class TradingDays {

  /** The largest count accepted for a day: more is a mistake, not a marketplace. */
  static final long MAX = 1_000_000_000L;

  /** The earliest day accepted. */
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  /** The most days one read returns: ten years. */
  static final int MAX_DAYS = 3_660;

  private final JdbcTradingDayRepository repository;
  private final Marketplaces marketplaces;
  private final StewardProperties props;
  private final Clock clock;

  TradingDays(JdbcTradingDayRepository repository, Marketplaces marketplaces, StewardProperties props, Clock clock) {
    this.repository = repository;
    this.marketplaces = marketplaces;
    this.props = props;
    this.clock = clock;
  }

  /** A stored day with who reported it last and when. */
  public record Reported(LocalDate day, int orders, int refunds, int refundsAsFake, String reportedBy,
      Instant reportedAt) {}

  /**
   * Stores (or replaces) the figures of {@code day} (YYYY-MM-DD, not after today in the operator's
   * zone) for marketplace {@code code}; every problem of the request is named by its field.
   */
  public TradingDay report(Actor actor, String code, String day, @Nullable Long orders, @Nullable Long refunds,
      @Nullable Long refundsAsFake) {
    Marketplace m = scope(actor, code);
    var c = new Check();
    LocalDate date = day(c, "day", day);
    if (date != null && date.isAfter(today())) {
      c.add("day", "not after today (" + today() + " in " + props.zone().getId() + ")");
    } else if (date != null && date.isBefore(EARLIEST)) {
      c.add("day", "not before " + EARLIEST);
    }
    boolean countsValid = count(c, "orders", orders) & count(c, "refunds", refunds)
        & count(c, "refundsAsFake", refundsAsFake);
    if (countsValid && refunds > orders) {
      c.add("refunds", "at most the orders (" + orders + ")");
    }
    if (countsValid && refundsAsFake > refunds) {
      c.add("refundsAsFake", "at most the refunds (" + refunds + ")");
    }
    c.done();
    var figures = new TradingDay(date, orders.intValue(), refunds.intValue(), refundsAsFake.intValue());
    repository.save(m.id(), figures, actor.label(), clock.instant());
    return figures;
  }

  /** The marketplace's reported days in {@code [from, to)}, oldest first; either bound may be left out. */
  public List<Reported> list(Actor actor, String code, @Nullable String from, @Nullable String to) {
    Marketplace m = scope(actor, code);
    var c = new Check();
    LocalDate f = from == null || from.isBlank() ? null : day(c, "from", from);
    LocalDate t = to == null || to.isBlank() ? null : day(c, "to", to);
    if (f != null && t != null && !t.isAfter(f)) {
      c.add("to", "after from");
    }
    c.done();
    return repository.list(m.id(), f, t, MAX_DAYS);
  }

  /** A marketplace's own key, or staff; the figures of another marketplace are not found. */
  private Marketplace scope(Actor actor, String code) {
    if (actor.role() != Role.MARKETPLACE) {
      actor.requireStaff();
    }
    return marketplaces.scoped(actor, code);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), props.zone());
  }

  private static @Nullable LocalDate day(Check c, String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      c.add(field, "a date as YYYY-MM-DD");
      return null;
    }
  }

  private static boolean count(Check c, String field, @Nullable Long value) {
    if (value == null) {
      c.add(field, "required");
    } else if (value < 0) {
      c.add(field, "0 or more");
    } else if (value > MAX) {
      c.add(field, "at most 10^9");
    } else {
      return true;
    }
    return false;
  }
}
