/**
 * Seller rating (issue 5): a composite score from verification, credibility, compliance, penalty
 * record, positive behaviour and cooperation, each shown with its contribution, and the seller
 * risk that screening reads.
 */
@NullMarked
package com.steward.core.rating;

import org.jspecify.annotations.NullMarked;
