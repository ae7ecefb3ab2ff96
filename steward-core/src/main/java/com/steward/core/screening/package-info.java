/** Listing screening: text normalisation and the brand matcher. */
@NullMarked
package com.steward.core.screening;

import org.jspecify.annotations.NullMarked;
