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

  /** Screens {@code listing} of {@code seller}; returns the decision as the API shows it, or null if not screened. */
  @Nullable Map<String, Object> screen(Actor actor, Marketplace marketplace, Seller seller, Listing listing);
}
