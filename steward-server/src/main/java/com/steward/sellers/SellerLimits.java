package com.steward.sellers;

import java.util.OptionalInt;
import java.util.UUID;

/**
 * Limits the penalty ladder puts on a seller that the catalogue enforces. Implemented by the
 * penalties feature; listings only know this interface.
 */
public interface SellerLimits {

  /** The most live listings the seller may have now, if a listing limit is in force. */
  OptionalInt listingLimit(UUID sellerId);
}
