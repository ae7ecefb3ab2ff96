package com.steward.reports;

import com.steward.marketplaces.Marketplace;
import com.steward.platform.config.StewardProperties;
import com.steward.platform.security.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The governance numbers that show whether enforcement works. */
@Service
public class Reports {

  private final JdbcReportRepository repository;
  private final StewardProperties props;
  private final Clock clock;

  Reports(JdbcReportRepository repository, StewardProperties props, Clock clock) {
    this.repository = repository;
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
    int n = Math.clamp(months, 1, 120);
    YearMonth now = YearMonth.from(ZonedDateTime.now(clock.withZone(props.zone())));
    Instant from = now.minusMonths(n - 1L).atDay(1).atStartOfDay(props.zone()).toInstant();
    Instant to = now.plusMonths(1).atDay(1).atStartOfDay(props.zone()).toInstant();
    return repository.monthly(from, to.minusNanos(1000), props.zone().getId(),
        marketplace == null ? null : marketplace.id());
  }
}
