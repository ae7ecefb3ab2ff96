package com.steward.sellers;

import com.steward.marketplaces.Marketplace;
import com.steward.platform.security.Actor;
import java.util.Map;

/**
 * Links a seller's identifiers to the accounts before it, inside the registration's transaction,
 * and answers with the outcome (cluster, decision, reasons) for the registration call. Implemented
 * by the linkage feature; sellers only know this interface, so that they do not depend on it.
 */
public interface SellerLinkage {

  /**
   * Encodes {@code identifiers} (linkage attribute labels to clear values, never stored as they
   * are) and links the seller; returns the outcome as the API shows it.
   */
  Map<String, Object> link(Actor actor, Marketplace marketplace, Seller seller, Map<String, String> identifiers,
      String source);
}
