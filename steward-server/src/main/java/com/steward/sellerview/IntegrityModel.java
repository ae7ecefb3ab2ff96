package com.steward.sellerview;

import com.steward.core.penalties.Standing;
import com.steward.penalties.Penalties;
import com.steward.ratings.Ratings;
import com.steward.sellers.Seller;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What both the console's seller view and the seller's own standing page show of a seller: its
 * penalty standing (points with their reasons and expiry, restrictions in force, the next step,
 * how to contest) and its rating (components with their explanations, the stored history). Dates
 * are days in UTC, as in the statements of reasons.
 */
@Component
class IntegrityModel {

  static final ZoneId ZONE = ZoneOffset.UTC;
  static final int HISTORY = 20;

  private final Penalties penalties;
  private final Ratings ratings;

  IntegrityModel(Penalties penalties, Ratings ratings) {
    this.penalties = penalties;
    this.ratings = ratings;
  }

  /** A violation whose points count now. */
  record Violation(int points, String what, String severity, LocalDate occurredOn, LocalDate expiresOn) {}

  /** A restriction in force; {@code until} is null for a closure. */
  record InForce(String restriction, String description, LocalDate since, @Nullable LocalDate until,
      boolean heldByPoints) {}

  /** The next rung of the ladder. */
  record Next(int points, String description, int pointsToGo) {}

  /** The standing as a page shows it. */
  record StandingView(int points, int windowDays, List<Violation> violations, List<InForce> restrictions,
      @Nullable Next next, List<String> explanation) {}

  void addTo(Model model, Seller seller) {
    model.addAttribute("standing", view(penalties.standing(seller)));
    model.addAttribute("howToContest", Penalties.howToContest());
    model.addAttribute("rating", ratings.current(seller));
    model.addAttribute("ratingHistory", ratings.recorded(seller, HISTORY));
  }

  static StandingView view(Standing st) {
    return new StandingView(st.points(), st.windowDays(),
        st.counted().stream().map(c -> new Violation(c.points(), c.violation().type().label()
            + (c.violation().reference().isEmpty() ? "" : " " + c.violation().reference()),
            c.violation().severity().label(), day(c.violation().occurredAt()), day(c.expiresAt()))).toList(),
        st.inForce().stream().map(r -> new InForce(r.restriction().name(), r.threshold().describe(), day(r.since()),
            r.until() == null ? null : day(r.until()), r.restriction().heldByPoints())).toList(),
        st.next() == null ? null : new Next(st.next().points(), st.next().describe(), st.pointsToNext()),
        st.explain(ZONE));
  }

  private static LocalDate day(Instant at) {
    return at.atZone(ZONE).toLocalDate();
  }
}
