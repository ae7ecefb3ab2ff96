package com.steward.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock, moved by an offset. Only the demo and the simulator use it: the demo plays a
 * month of history in the past and then returns to the present, letting the durable deadlines of
 * that month fall due as they would have; the simulator moves it through its simulated days.
 */
public final class ShiftableClock extends Clock implements SettableClock {

  private final Clock base;
  private volatile Duration offset = Duration.ZERO;

  public ShiftableClock(Clock base) {
    this.base = base;
  }

  public void setOffset(Duration offset) {
    this.offset = offset;
  }

  @Override
  public void set(Instant now) {
    this.offset = Duration.between(base.instant(), now);
  }

  @Override
  public void reset() {
    this.offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset);
  }
}
