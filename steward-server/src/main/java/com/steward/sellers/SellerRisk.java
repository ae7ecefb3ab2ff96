package com.steward.sellers;

import java.util.Optional;
import java.util.UUID;

/**
 * What screening may know of a seller's standing: its rating (0 to 1, higher is better) and the
 * risk of its cluster (0 to 1, higher is riskier). Implemented by the ratings feature; screening
 * only knows this interface. Answers from the last stored rating, never by computing one.
 */
public interface SellerRisk {

  record Risk(double rating, double clusterRisk) {}

  Optional<Risk> of(UUID sellerId);

  /** {@link #of(UUID)} of many sellers, in one read: those with a rating, by id. */
  java.util.Map<UUID, Risk> of(java.util.Collection<UUID> sellerIds);
}
