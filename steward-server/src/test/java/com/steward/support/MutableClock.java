package com.steward.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that tests move by hand; it never moves on its own. */
public final class MutableClock extends Clock implements com.steward.platform.time.SettableClock {

  private final Instant start;
  private volatile Instant now;

  public MutableClock(Instant start) {
    this.start = start;
    this.now = start;
  }

  /** Back to where the clock started. */
  @Override
  public void reset() {
    now = start;
  }

  public void advance(Duration d) {
    now = now.plus(d);
  }

  @Override
  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}
