package com.steward.core.metrics;

/** One period of the refund series: orders placed in {@code [from, from + length)} and those refunded as fakes. */
public record RefundPeriod(int index, long from, long orders, long fakeRefunds) {

  public double rate() {
    return orders == 0 ? Double.NaN : (double) fakeRefunds / orders;
  }
}
