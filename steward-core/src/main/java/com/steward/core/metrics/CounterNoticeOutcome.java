package com.steward.core.metrics;

/**
 * A counter-notice a seller filed against a takedown on a notice: whether the listing was in truth
 * genuine, and whether it came back (the notifier withdrew, or let the response window pass).
 */
public record CounterNoticeOutcome(boolean genuine, boolean restored) {}
