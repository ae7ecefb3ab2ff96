package com.steward.trading;

import com.steward.platform.security.Actor;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A marketplace's daily trading figures: reported (and replaced) per day, and read back by period. */
@RestController
class TradingDayController {

  private final TradingDays tradingDays;

  TradingDayController(TradingDays tradingDays) {
    this.tradingDays = tradingDays;
  }

  /** The figures of one day, e.g. {@code {"orders":120,"refunds":7,"refundsAsFake":3}}. */
  record Figures(@Nullable Long orders, @Nullable Long refunds, @Nullable Long refundsAsFake) {}

  @PutMapping("/api/v1/marketplaces/{code}/trading-days/{day}")
  TradingDay put(Actor actor, @PathVariable String code, @PathVariable String day, @RequestBody Figures body) {
    return tradingDays.report(actor, code, day, body.orders(), body.refunds(), body.refundsAsFake());
  }

  /** The days in {@code [from, to)}, oldest first (at most ten years of days a call). */
  @GetMapping("/api/v1/marketplaces/{code}/trading-days")
  List<TradingDays.Reported> list(Actor actor, @PathVariable String code,
      @RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to) {
    return tradingDays.list(actor, code, from, to);
  }
}
