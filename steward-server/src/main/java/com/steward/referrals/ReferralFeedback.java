package com.steward.referrals;

import com.steward.brands.BrandProfileForm;
import com.steward.brands.BrandRevision;
import com.steward.brands.Brands;
import com.steward.platform.errors.ConflictException;
import com.steward.platform.errors.InvalidRequestException;
import com.steward.platform.errors.NotFoundException;
import com.steward.platform.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a brand's answers say about screening: response and confirmation rates, the median time
 * to answer, and the confirmation rate per score band (0.05 wide). A band whose referrals are
 * nearly all confirmed should block; a band that is nearly never confirmed should be allowed.
 * And where the referrals that marking the brand's name as an ordinary word would lift (screened
 * again with the mark) are nearly never confirmed, the brand should be marked so
 * ({@code ordinaryWord}). A recommendation becomes a new revision of the brand once an
 * analyst approves it, versioned and audited like any brand change.
 */
@Service
public class ReferralFeedback {

  /** A recommendation: the brand's thresholds after it, and why. */
  public record Recommendation(String kind, double bandFrom, double bandTo, int referrals, double confirmationRate,
      double refer, double block) {}

  private final JdbcReferralRepository repository;
  private final Brands brands;
  private final Clock clock;
  private final com.steward.screening.Screening screening;
  private final com.steward.screening.Backtests backtests;

  ReferralFeedback(JdbcReferralRepository repository, Brands brands, Clock clock,
      com.steward.screening.Screening screening, com.steward.screening.Backtests backtests) {
    this.backtests = backtests;
    this.screening = screening;
    this.repository = repository;
    this.brands = brands;
    this.clock = clock;
  }

  /**
   * The brand's referral statistics over the last {@code days} days, with the recommendations
   * for bands with at least {@code minReferrals} answered referrals: BLOCK where the
   * confirmation rate is at least {@code blockShare}, ALLOW where it is at most {@code allowShare}.
   */
  public Map<String, Object> stats(Actor actor, UUID brandId, int days, int minReferrals, double blockShare,
      double allowShare) {
    check(days, minReferrals, blockShare, allowShare);
    BrandRevision current = current(actor, brandId);
    List<Referral> all = repository.ofBrand(brandId, clock.instant().minus(Duration.ofDays(days)));
    var out = new LinkedHashMap<String, Object>();
    out.put("brandId", brandId);
    out.put("brand", current.profile().name());
    out.put("days", days);
    long answered = all.stream().filter(r -> r.answeredAt() != null && r.answeredBy() != null
        && !"CLOSED".equals(r.status())).count();
    long confirmed = all.stream().filter(r -> "CONFIRMED".equals(r.status())).count();
    out.put("referrals", all.size());
    out.put("answered", answered);
    out.put("responseRate", ratio(answered, all.size()));
    out.put("confirmed", confirmed);
    out.put("confirmationRate", ratio(confirmed, answered));
    List<Long> hours = all.stream().filter(r -> r.answeredAt() != null && !"CLOSED".equals(r.status()))
        .map(r -> Duration.between(r.createdAt(), r.answeredAt()).toMinutes()).sorted().toList();
    out.put("medianResponseHours", hours.isEmpty() ? null : Math.round(hours.get(hours.size() / 2) / 6.0) / 10.0);
    var bands = bands(all);
    out.put("bands", bands.values().stream().map(Band::view).toList());
    out.put("thresholds", thresholds(current));
    List<Recommendation> recs = new ArrayList<>(recommend(bands, current, minReferrals, blockShare, allowShare));
    if (actor.isStaff()) {
      // it screens up to 2,000 listings again: made for those who may apply it, not on every read of the owner's
      ordinaryWord(all, current, minReferrals, allowShare).ifPresent(recs::add);
    }
    out.put("recommendations", recs);
    return out;
  }

  /**
   * Staff approve the current recommendation of that kind: the brand gets a new revision with
   * the recommended thresholds, proposed by the feedback loop and approved by the analyst.
   */
  @Transactional
  public BrandRevision apply(Actor staff, UUID brandId, @Nullable String kind, @Nullable String reason, int days,
      int minReferrals, double blockShare, double allowShare) {
    staff.requireStaff();
    if (!"BLOCK".equals(kind) && !"ALLOW".equals(kind) && !ORDINARY_WORD.equals(kind)) {
      throw new InvalidRequestException("kind", "BLOCK, ALLOW or " + ORDINARY_WORD);
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw new InvalidRequestException("reason", "1-2000 characters");
    }
    check(days, minReferrals, blockShare, allowShare);
    BrandRevision current = current(staff, brandId);
    List<Referral> all = repository.ofBrand(brandId, clock.instant().minus(Duration.ofDays(days)));
    BrandProfileForm p = current.profile();
    if (ORDINARY_WORD.equals(kind)) {
      Recommendation rec = ordinaryWord(all, current, minReferrals, allowShare)
          .orElseThrow(() -> new ConflictException("kind", "no " + kind + " recommendation for this brand now"));
      Brands.Proposed proposed = brands.revise(Actor.system("referral-feedback"), brandId, p.withOrdinaryWord(true));
      return brands.decide(staff, brandId, proposed.revision(), "APPROVE", String.format(java.util.Locale.ROOT,
          "%s; referrals that marking the name as an ordinary word would lift were confirmed %.0f%% of %d times",
          reason, rec.confirmationRate() * 100, rec.referrals()));
    }
    Recommendation rec = recommend(bands(all), current, minReferrals, blockShare, allowShare).stream()
        .filter(r -> r.kind().equals(kind)).findFirst()
        .orElseThrow(() -> new ConflictException("kind", "no " + kind + " recommendation for this brand now"));
    Brands.Proposed proposed = brands.revise(Actor.system("referral-feedback"), brandId,
        p.withThresholds(new BrandProfileForm.Thresholds(rec.refer(), rec.block())));
    return brands.decide(staff, brandId, proposed.revision(), "APPROVE", String.format(java.util.Locale.ROOT,
        "%s; referrals scored %.2f-%.2f were confirmed %.0f%% of %d times", reason, rec.bandFrom(), rec.bandTo(),
        rec.confirmationRate() * 100, rec.referrals()));
  }

  private record Band(double from, int referrals, int answered, int confirmed) {

    Band plus(Referral r) {
      boolean a = r.answeredBy() != null && !"CLOSED".equals(r.status());
      return new Band(from, referrals + 1, answered + (a ? 1 : 0), confirmed + ("CONFIRMED".equals(r.status()) ? 1 : 0));
    }

    double to() {
      return round(from + 0.05);
    }

    double rate() {
      return answered == 0 ? 0 : (double) confirmed / answered;
    }

    Map<String, Object> view() {
      var m = new LinkedHashMap<String, Object>();
      m.put("from", from);
      m.put("to", to());
      m.put("referrals", referrals);
      m.put("answered", answered);
      m.put("confirmed", confirmed);
      m.put("confirmationRate", round(rate()));
      return m;
    }
  }

  private static TreeMap<Double, Band> bands(List<Referral> all) {
    var bands = new TreeMap<Double, Band>();
    for (Referral r : all) {
      double from = round(Math.floor(r.score() * 20) / 20);
      bands.merge(from, new Band(from, 0, 0, 0).plus(r), (a, b) -> a.plus(r));
    }
    return bands;
  }

  private List<Recommendation> recommend(TreeMap<Double, Band> bands, BrandRevision current, int min,
      double blockShare, double allowShare) {
    List<Recommendation> out = new ArrayList<>();
    double[] t = thresholdsOf(current);
    Band lowestBlock = null;
    for (Band b : bands.descendingMap().values()) {
      if (b.answered() >= min && b.rate() >= blockShare) {
        lowestBlock = b;
      } else if (b.answered() > 0) {
        break;
      }
    }
    if (lowestBlock != null && lowestBlock.from() < t[1]) {
      out.add(new Recommendation("BLOCK", lowestBlock.from(), lowestBlock.to(), lowestBlock.answered(),
          round(lowestBlock.rate()), Math.min(t[0], lowestBlock.from()), lowestBlock.from()));
    }
    Band highestAllow = null;
    for (Band b : bands.values()) {
      if (b.answered() >= min && b.rate() <= allowShare) {
        highestAllow = b;
      } else if (b.answered() > 0) {
        break;
      }
    }
    if (highestAllow != null && highestAllow.to() > t[0]) {
      double refer = Math.min(highestAllow.to(), t[1]);
      out.add(new Recommendation("ALLOW", highestAllow.from(), highestAllow.to(), highestAllow.answered(),
          round(highestAllow.rate()), refer, t[1]));
    }
    return out;
  }

  static final String ORDINARY_WORD = "ORDINARY_WORD";

  /** At most this many of the latest answered referrals are screened again for the ordinary-word recommendation. */
  static final int ORDINARY_WORD_REFERRALS = 2_000;

  /**
   * The recommendation to mark the brand's name as an ordinary word: the answered referrals whose
   * listing, as it is now, screening refers or blocks and would allow with the name marked (what
   * marking would lift, screened again; the latest {@link #ORDINARY_WORD_REFERRALS}), at least
   * {@code min} of them, confirmed at most {@code allowShare} of the time. Not made for a brand
   * already marked.
   */
  private java.util.Optional<Recommendation> ordinaryWord(List<Referral> all, BrandRevision current, int min,
      double allowShare) {
    BrandProfileForm p = current.profile();
    if (Boolean.TRUE.equals(p.ordinaryWord())) {
      return java.util.Optional.empty();
    }
    List<Referral> answered = all.stream().filter(r -> r.answeredBy() != null && !"CLOSED".equals(r.status()))
        .sorted(java.util.Comparator.comparing(Referral::createdAt).reversed()).limit(ORDINARY_WORD_REFERRALS).toList();
    if (answered.size() < min) {
      return java.util.Optional.empty();
    }
    boolean claimed = brands.active(current.brandId()).map(a -> a.profile().claimed()).orElse(true);
    var lifted = backtests.lifted(Brands.screeningProfile(p.withOrdinaryWord(true), claimed),
        answered.stream().map(Referral::listingId).toList());
    int count = 0;
    int confirmed = 0;
    for (Referral r : answered) {
      if (lifted.contains(r.listingId())) {
        count++;
        confirmed += "CONFIRMED".equals(r.status()) ? 1 : 0;
      }
    }
    if (count < min || (double) confirmed / count > allowShare) {
      return java.util.Optional.empty();
    }
    double[] t = thresholdsOf(current);
    return java.util.Optional.of(new Recommendation(ORDINARY_WORD, 0, 1, count, round((double) confirmed / count), t[0],
        t[1]));
  }

  private Map<String, Double> thresholds(BrandRevision current) {
    double[] t = thresholdsOf(current);
    return Map.of("refer", t[0], "block", t[1]);
  }

  /** The brand's own thresholds, or the defaults of the rule set in use. */
  private double[] thresholdsOf(BrandRevision current) {
    var t = current.profile().thresholds();
    var d = screening.current().ruleSet().defaults();
    return t == null || t.refer() == null || t.block() == null ? new double[] {d.refer(), d.block()}
        : new double[] {t.refer(), t.block()};
  }

  private BrandRevision current(Actor actor, UUID brandId) {
    List<BrandRevision> revisions = brands.revisions(actor, brandId);
    return revisions.stream().filter(r -> "APPROVED".equals(r.status())).reduce((a, b) -> b)
        .orElseThrow(() -> new NotFoundException("approved brand", brandId));
  }

  private static void check(int days, int min, double blockShare, double allowShare) {
    if (days < 1 || days > 3650) {
      throw new InvalidRequestException("days", "1 to 3650");
    }
    if (min < 1) {
      throw new InvalidRequestException("minReferrals", "at least 1");
    }
    if (!(blockShare > 0.5 && blockShare <= 1)) {
      throw new InvalidRequestException("blockShare", "a share in (0.5, 1]");
    }
    if (!(allowShare >= 0 && allowShare < 0.5)) {
      throw new InvalidRequestException("allowShare", "a share in [0, 0.5)");
    }
  }

  private static double ratio(long a, long b) {
    return b == 0 ? 0 : round((double) a / b);
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
