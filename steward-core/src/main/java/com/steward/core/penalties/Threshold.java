package com.steward.core.penalties;

/**
 * One rung of the ladder: from {@code points} active points on, {@code restriction} applies.
 * Only a listing limit has {@code maxListings} and only a store suspension has
 * {@code suspensionDays}; both are 0 for every other restriction, so the record stays a flat
 * value that reads and writes as plain JSON.
 *
 * @param points the active points from which the restriction applies, at least 1
 * @param restriction what applies
 * @param maxListings for {@link Restriction#LISTING_LIMIT}: the most active listings allowed, at least 1
 * @param suspensionDays for {@link Restriction#STORE_SUSPENSION}: how long, 1 to 365 days
 */
public record Threshold(int points, Restriction restriction, int maxListings, int suspensionDays) {

  public Threshold {
    if (points < 1) {
      throw new IllegalArgumentException("points: at least 1, was " + points);
    }
    if (restriction == null) {
      throw new IllegalArgumentException("restriction: required");
    }
    boolean limit = restriction == Restriction.LISTING_LIMIT;
    if (limit && maxListings < 1) {
      throw new IllegalArgumentException("maxListings: at least 1 for a LISTING_LIMIT, was " + maxListings);
    }
    if (!limit && maxListings != 0) {
      throw new IllegalArgumentException("maxListings: only a LISTING_LIMIT has one, was " + maxListings);
    }
    boolean suspension = restriction == Restriction.STORE_SUSPENSION;
    if (suspension && (suspensionDays < 1 || suspensionDays > 365)) {
      throw new IllegalArgumentException("suspensionDays: 1 to 365 for a STORE_SUSPENSION, was " + suspensionDays);
    }
    if (!suspension && suspensionDays != 0) {
      throw new IllegalArgumentException("suspensionDays: only a STORE_SUSPENSION has them, was " + suspensionDays);
    }
  }

  public static Threshold warning(int points) {
    return new Threshold(points, Restriction.WARNING, 0, 0);
  }

  public static Threshold listingLimit(int points, int maxListings) {
    return new Threshold(points, Restriction.LISTING_LIMIT, maxListings, 0);
  }

  public static Threshold marketingSuspension(int points) {
    return new Threshold(points, Restriction.MARKETING_SUSPENSION, 0, 0);
  }

  public static Threshold storeSuspension(int points, int days) {
    return new Threshold(points, Restriction.STORE_SUSPENSION, 0, days);
  }

  public static Threshold closure(int points) {
    return new Threshold(points, Restriction.CLOSURE, 0, 0);
  }

  /** The restriction in a seller's words, such as "store suspended for 7 days". */
  public String describe() {
    return switch (restriction) {
      case WARNING -> "warning";
      case LISTING_LIMIT -> "listings limited to " + maxListings + " active";
      case MARKETING_SUSPENSION -> "marketing suspended";
      case STORE_SUSPENSION -> "store suspended for " + suspensionDays + (suspensionDays == 1 ? " day" : " days");
      case CLOSURE -> "store closed";
    };
  }
}
