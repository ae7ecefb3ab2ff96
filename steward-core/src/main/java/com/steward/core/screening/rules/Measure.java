package com.steward.core.screening.rules;

/** Numbers about a listing that rules compare with a value. */
public enum Measure {
  /** Distinct brands the title names other than nominatively (brand stuffing). */
  DISTINCT_BRANDS,
  /** Distinct suspicious terms in title and description. */
  SUSPICIOUS_TERMS,
  /** The seller's rating, 0 to 1 (its score over 100: higher is better), once it has been rated (else absent). */
  SELLER_RATING,
  /**
   * The seller's risk, 0 to 1 (higher is riskier): low for a good rating, 0.95 or more when its
   * linked cluster holds a banned account; absent until the seller has been rated.
   */
  CLUSTER_RISK,
  /** Similarity of the listing's images to the brand's reference images, 0 to 1, when known. */
  IMAGE_MATCH
}
