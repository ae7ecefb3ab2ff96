package com.steward.ratings;

import com.steward.core.rating.Rating;
import com.steward.marketplaces.Marketplace;
import com.steward.marketplaces.Marketplaces;
import com.steward.platform.errors.Check;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import com.steward.platform.security.Role;
import com.steward.sellers.Seller;
import com.steward.sellers.Sellers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** A seller's rating with every component and its history; the trading figures marketplaces report. */
@RestController
class RatingController {

  private final Ratings ratings;
  private final Marketplaces marketplaces;
  private final Sellers sellers;
  private final JsonMapper json;

  RatingController(Ratings ratings, Marketplaces marketplaces, Sellers sellers, JsonMapper json) {
    this.ratings = ratings;
    this.marketplaces = marketplaces;
    this.sellers = sellers;
    this.json = json;
  }

  record MetricsRequest(@Nullable Integer orders12m, @Nullable Double refundRate, @Nullable Double fakeRefundRate) {}

  @GetMapping("/api/v1/marketplaces/{code}/sellers/{id}/rating")
  Map<String, Object> rating(Actor actor, @PathVariable String code, @PathVariable String id) {
    Seller s = visible(actor, code, id);
    Rating r = ratings.current(s);
    var out = new LinkedHashMap<String, Object>();
    out.put("score", Math.round(r.score() * 10) / 10.0);
    out.put("band", r.band().name());
    out.put("sellerRisk", Math.round(r.sellerRisk() * 1000) / 1000.0);
    out.put("components", r.components().stream().map(Ratings::component).toList());
    out.put("explanation", r.explain());
    out.put("history", ratings.history(s, 50).stream().map(h -> {
      var v = new LinkedHashMap<String, Object>();
      v.put("score", Math.round(h.score() * 10) / 10.0);
      v.put("band", h.band());
      v.put("sellerRisk", Math.round(h.sellerRisk() * 1000) / 1000.0);
      v.put("cause", h.cause());
      v.put("ratedAt", h.ratedAt());
      v.put("components", json.readValue(h.components(), java.util.List.class));
      return v;
    }).toList());
    return out;
  }

  @PutMapping("/api/v1/marketplaces/{code}/sellers/{id}/metrics")
  @Transactional
  Map<String, Object> metrics(Actor actor, @PathVariable String code, @PathVariable String id,
      @RequestBody MetricsRequest body) {
    if (actor.role() != Role.MARKETPLACE) {
      actor.requireStaff();
    }
    Marketplace m = marketplaces.scoped(actor, code);
    Seller s = sellers.get(m, id);
    var c = new Check();
    if (body.orders12m() != null && (body.orders12m() < 0 || body.orders12m() > 1_000_000_000)) {
      c.add("orders12m", "between 0 and 10^9");
    }
    share(c, "refundRate", body.refundRate());
    share(c, "fakeRefundRate", body.fakeRefundRate());
    c.done();
    ratings.reportMetrics(s, new JdbcRatingRepository.Metrics(body.orders12m(), body.refundRate(),
        body.fakeRefundRate()));
    return rating(actor, code, id);
  }

  private Seller visible(Actor actor, String code, String id) {
    Marketplace m = marketplaces.scoped(actor, code);
    Seller s = sellers.get(m, id);
    if (actor.role() == Role.RIGHTS_HOLDER || actor.role() == Role.SELLER && !s.id().equals(actor.sellerId())) {
      throw new NotFoundException("seller", id);
    }
    return s;
  }

  private static void share(Check c, String field, @Nullable Double v) {
    if (v != null && (v.isNaN() || v < 0 || v > 1)) {
      c.add(field, "a share between 0 and 1");
    }
  }
}
