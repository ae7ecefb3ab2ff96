package com.steward.sellers;

import java.util.UUID;

/**
 * How far a seller's identity is verified, for its rating: {@code NONE}, {@code BASIC},
 * {@code VERIFIED} or {@code VERIFIED_ENTERPRISE}. Implemented by the verification feature.
 */
public interface SellerVerification {

  String levelOf(UUID sellerId);
}
