package com.steward.core.screening.rules;

/** Numbers about a listing that rules compare with a value. */
public enum Measure {
  /** Distinct brands the title names other than nominatively (brand stuffing). */
  DISTINCT_BRANDS,
  /** Distinct suspicious terms in title and description. */
  SUSPICIOUS_TERMS,
  /** The seller's rating, 0 to 1, when the seller-integrity feature provides one (else absent). */
  SELLER_RATING,
  /** The risk of the seller's linked cluster, 0 to 1, when known (else absent). */
  CLUSTER_RISK,
  /** Similarity of the listing's images to the brand's reference images, 0 to 1, when known. */
  IMAGE_MATCH
}
