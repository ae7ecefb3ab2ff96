package com.steward.reports;

import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.config.StewardProperties;
import com.steward.platform.errors.ForbiddenException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The governance numbers that show whether enforcement works: the trademark-misuse trend, and the
 * transparency report (computed from Steward's own tables, never from the simulator's truth).
 * Staff read any marketplace's report and the all-marketplaces one; a marketplace's key reads its
 * own marketplace's report only.
 */
@Service
public class Reports {

  private final JdbcReportRepository repository;
  private final TransparencyFigures figures;
  private final Marketplaces marketplaces;
  private final StewardProperties props;
  private final Clock clock;

  Reports(JdbcReportRepository repository, TransparencyFigures figures, Marketplaces marketplaces,
      StewardProperties props, Clock clock) {
    this.repository = repository;
    this.figures = figures;
    this.marketplaces = marketplaces;
    this.props = props;
    this.clock = clock;
  }

  /** One month: trademark-misuse notices and their items, and listings blocked by screening. */
  public record Month(String month, long trademarkMisuseNotices, long trademarkMisuseItems, long screeningBlocks) {}

  /**
   * The last {@code months} months, this one included, so that the fall of trademark-misuse
   * complaints as Haze Clearing blocks listings up front can be shown. Staff only.
   */
  public List<Month> trademarkMisuse(Actor staff, int months, @Nullable Marketplace marketplace) {
    staff.requireStaff();
    if (months < 1 || months > 120) {
      throw new com.steward.platform.errors.InvalidRequestException("months", "from 1 to 120");
    }
    int n = months;
    YearMonth now = YearMonth.from(ZonedDateTime.now(clock.withZone(props.zone())));
    Instant from = now.minusMonths(n - 1L).atDay(1).atStartOfDay(props.zone()).toInstant();
    Instant to = now.plusMonths(1).atDay(1).atStartOfDay(props.zone()).toInstant();
    return repository.monthly(from, to, props.zone().getId(), marketplace == null ? null : marketplace.id());
  }

  /**
   * The transparency report of {@code [from, to)} (YYYY-MM-DD in the operator's zone; by default the
   * last twelve months, this one to date) for marketplace {@code code}, or for all marketplaces when
   * it is blank (staff only).
   */
  public TransparencyReport transparency(Actor actor, @Nullable String from, @Nullable String to,
      @Nullable String code) {
    Marketplace m = scope(actor, code);
    ReportPeriod period = ReportPeriod.parse(from, to, LocalDate.ofInstant(clock.instant(), props.zone()),
        props.zone());
    return figures.report(actor, period, m);
  }

  private @Nullable Marketplace scope(Actor actor, @Nullable String code) {
    boolean all = code == null || code.isBlank();
    if (actor.isStaff()) {
      return all ? null : marketplaces.scoped(actor, code);
    }
    if (actor.role() != Role.MARKETPLACE) {
      throw new ForbiddenException("transparency reports are for staff, and for a marketplace's own key");
    }
    if (all) {
      throw new ForbiddenException("a marketplace's key reads its own marketplace's report: add marketplace=<code>");
    }
    return marketplaces.scoped(actor, code);
  }
}
