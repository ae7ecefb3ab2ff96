/**
 * Penalty points (issue 5): violations give points by type and severity, points count per seller
 * cluster over a rolling window, and a ladder of thresholds turns points into restrictions. The
 * policy is data an analyst edits; {@link com.steward.core.penalties.PenaltyLedger} reads a
 * cluster's violations at a given moment and says where it stands and what a new violation
 * changes.
 */
@NullMarked
package com.steward.core.penalties;

import org.jspecify.annotations.NullMarked;
