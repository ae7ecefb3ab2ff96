/**
 * Governance metrics against a known truth (issue 6): pure arithmetic over what a simulated
 * marketplace knows (which listings infringe, which sellers form a ring) and what it observed of
 * Steward's decisions (when a listing came down and why, when a notice was decided). Times are
 * minutes of simulated time since the start of a run.
 */
@NullMarked
package com.steward.core.metrics;

import org.jspecify.annotations.NullMarked;
