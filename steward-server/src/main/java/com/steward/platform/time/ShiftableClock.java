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
  private volatile @org.jspecify.annotations.Nullable Instant pinned;

  public ShiftableClock(Clock base) {
    this.base = base;
  }

  public void setOffset(Duration offset) {
    this.pinned = null;
    this.offset = offset;
  }

  /**
   * Pins the clock at {@code now} until it is set again: between two moves of the simulator no
   * real time passes on it, so a deadline computed from it falls exactly on simulated time and is
   * due at a move, never in the middle of a phase at a moment of real time.
   */
  @Override
  public void set(Instant now) {
    this.pinned = now;
  }

  @Override
  public void reset() {
    this.pinned = null;
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
    Instant p = pinned;
    return p != null ? p : base.instant().plus(offset);
  }
}
