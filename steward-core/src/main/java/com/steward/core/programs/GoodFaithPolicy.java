package com.steward.core.programs;

/**
 * When a notifier joins and leaves the Good Faith program on its record, in the spirit of the
 * published rules (at least 90% takedown success and at most 5% successful counter-notices over
 * three months). Joining asks for the lower credible bound of accuracy, so volume counts; leaving
 * has a wider margin than joining, so a notifier near the line does not flap in and out, and a
 * demoted notifier waits out a cool-off before it can join again.
 *
 * @param windowMonths the rolling window the record is read over
 * @param minDecided settled items needed before the record can enrol anyone
 * @param enrolAccuracyLower the lower bound of accuracy that enrols
 * @param enrolCounterNoticeSuccess the highest share of successful counter-notices that enrols
 * @param demoteMinDecided settled items needed before the record can demote
 * @param demoteAccuracyLower a lower bound of accuracy under which a member is demoted
 * @param demoteCounterNoticeSuccess a share of successful counter-notices above which a member is demoted
 * @param coolOffDays days after a demotion before automatic enrolment is possible again
 * @param auditShare the share of expedited takedowns sent to review afterwards
 */
public record GoodFaithPolicy(int windowMonths, long minDecided, double enrolAccuracyLower,
    double enrolCounterNoticeSuccess, long demoteMinDecided, double demoteAccuracyLower,
    double demoteCounterNoticeSuccess, int coolOffDays, double auditShare) {

  public static final GoodFaithPolicy DEFAULT = new GoodFaithPolicy(3, 30, 0.90, 0.05, 10, 0.80, 0.10, 90, 0.05);

  public GoodFaithPolicy {
    if (windowMonths < 1 || windowMonths > 36) {
      throw new IllegalArgumentException("windowMonths: 1 to 36");
    }
    if (minDecided < 1 || demoteMinDecided < 1) {
      throw new IllegalArgumentException("minDecided and demoteMinDecided: at least 1");
    }
    if (!(enrolAccuracyLower > 0 && enrolAccuracyLower < 1) || !(demoteAccuracyLower >= 0
        && demoteAccuracyLower <= enrolAccuracyLower)) {
      throw new IllegalArgumentException("0 <= demoteAccuracyLower <= enrolAccuracyLower < 1");
    }
    if (!(enrolCounterNoticeSuccess >= 0 && enrolCounterNoticeSuccess <= demoteCounterNoticeSuccess
        && demoteCounterNoticeSuccess <= 1)) {
      throw new IllegalArgumentException("0 <= enrolCounterNoticeSuccess <= demoteCounterNoticeSuccess <= 1");
    }
    if (coolOffDays < 0 || coolOffDays > 3650) {
      throw new IllegalArgumentException("coolOffDays: 0 to 3650");
    }
    if (!(auditShare >= 0 && auditShare <= 1)) {
      throw new IllegalArgumentException("auditShare: 0 to 1");
    }
  }

  /** What the record says about a notifier. */
  public enum Verdict {
    /** Not a member, and the record earns membership. */
    ENROL,
    /** A member whose record has fallen. */
    DEMOTE,
    /** Nothing to change. */
    STAY
  }

  /**
   * The verdict for a notifier with this record; {@code member} if it is in the program,
   * {@code coolingOff} if a demotion is too recent for automatic enrolment.
   */
  public Verdict judge(Reputation r, boolean member, boolean coolingOff) {
    Outcomes o = r.outcomes();
    if (member) {
      boolean fallen = o.decided() >= demoteMinDecided
          && (r.accuracyLower() < demoteAccuracyLower || r.counterNoticeSuccess() > demoteCounterNoticeSuccess);
      return fallen ? Verdict.DEMOTE : Verdict.STAY;
    }
    boolean earned = !coolingOff && o.decided() >= minDecided && r.accuracyLower() >= enrolAccuracyLower
        && r.counterNoticeSuccess() <= enrolCounterNoticeSuccess;
    return earned ? Verdict.ENROL : Verdict.STAY;
  }
}
