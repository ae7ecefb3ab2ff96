/**
 * Notifier programs (issue 4): how accurate a notifier has been, as a Bayesian estimate from the
 * outcomes of its notices.
 */
@NullMarked
package com.steward.core.programs;

import org.jspecify.annotations.NullMarked;
