/** Screening rules as data, the signals they read, and the decision they lead to. */
@NullMarked
package com.steward.core.screening.rules;

import org.jspecify.annotations.NullMarked;
