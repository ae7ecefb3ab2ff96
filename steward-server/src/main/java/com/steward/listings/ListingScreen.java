package com.steward.listings;

import com.steward.marketplaces.Marketplace;
import com.steward.platform.security.Actor;
import com.steward.sellers.Seller;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Screens a listing version as it is saved, inside the same transaction, and may restrict it.
 * Implemented by the screening feature; the catalogue only knows this interface, so that it does
 * not depend on screening.
 */
public interface ListingScreen {

  /**
   * Screens {@code listing} of {@code seller}, which the caller wrote in its transaction (and so
   * holds its row); returns the decision, or null if not screened.
   */
  @Nullable Screened screen(Actor actor, Marketplace marketplace, Seller seller, Listing listing);

  /**
   * A screening decision as the API shows it, and the listing after it: blocked, if screening
   * took it out of sight.
   */
  record Screened(Map<String, Object> decision, Listing listing) {}
}
