package com.steward.platform.time;

import java.time.Instant;

/**
 * A clock that can be told what time it is: the demo plays history with it, and the marketplace
 * simulator makes Steward live through its simulated year, so that deadlines, monthly reports and
 * penalty expiries follow simulated time. A production server runs on the system clock and has
 * none.
 */
public interface SettableClock {

  /** From now on the clock reads {@code now}, until it is set again or reset. */
  void set(Instant now);

  /** Back to the real time. */
  void reset();
}
