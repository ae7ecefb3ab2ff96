package com.steward.sellers;

import java.util.Map;
import java.util.UUID;

/**
 * What the seller-integrity features tell one another, published as application events inside
 * the transaction that caused them. They live here, beside the seller they are about, so that
 * verification, linkage and penalties can hear each other without depending on each other.
 */
public final class SellerEvents {

  private SellerEvents() {}

  /**
   * A seller's identifiers became known or changed (at registration by the marketplace, or in the
   * trader information the seller gave for verification). The values are in clear and must only
   * be encoded (hashed, Bloom-encoded) or sealed by listeners, never stored as they are. Keys are
   * the linkage attribute labels: {@code given_name}, {@code surname}, {@code date_of_birth}
   * (YYYY-MM-DD), {@code street_number}, {@code address_1}, {@code address_2}, {@code suburb},
   * {@code postcode}, {@code state}, {@code email}, {@code phone}, {@code document_number},
   * {@code payment_account}, {@code device}, {@code soc_sec_id}.
   */
  public record IdentityGiven(UUID sellerId, Map<String, String> identifiers, String source) {}

  /** Something about a seller calls for checking its identity again (verification schedules it). */
  public record ReverificationTriggered(UUID sellerId, String reason) {}

  /** The penalty standing of these accounts (one cluster) changed: points added, overturned or expired. */
  public record PenaltiesChanged(java.util.List<UUID> sellerIds) {}

  /** A seller's account was banned (alone or with its cluster); its listings are out of sight. */
  public record SellerBanned(UUID sellerId, @org.jspecify.annotations.Nullable UUID clusterId, String reason) {}
}
