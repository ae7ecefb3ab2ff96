package com.steward.trading;

import java.time.LocalDate;

/**
 * What a marketplace traded on one day of the operator's zone: orders placed, refunds granted,
 * and the refunds whose buyer gave a suspected fake as the reason ({@code 0 <= refundsAsFake <=
 * refunds <= orders}).
 */
public record TradingDay(LocalDate day, int orders, int refunds, int refundsAsFake) {}
