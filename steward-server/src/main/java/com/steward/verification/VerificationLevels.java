package com.steward.verification;

import com.steward.sellers.SellerVerification;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * How far a seller is verified, for its rating: an approved case is VERIFIED (VERIFIED_ENTERPRISE
 * for an enterprise, whose executives were verified too); trader information given but not yet
 * approved is BASIC; nothing, a rejection or an expiry is NONE.
 */
@Component
class VerificationLevels implements SellerVerification {

  private final JdbcVerificationRepository cases;

  VerificationLevels(JdbcVerificationRepository cases) {
    this.cases = cases;
  }

  @Override
  public String levelOf(UUID sellerId) {
    return cases.bySeller(sellerId).map(c -> switch (c.status()) {
      case APPROVED -> "ENTERPRISE".equals(c.sellerKind()) ? "VERIFIED_ENTERPRISE" : "VERIFIED";
      case SUBMITTED, IN_REVIEW, VIDEO_CALL_REQUESTED, REVERIFICATION_DUE -> "BASIC";
      default -> "NONE";
    }).orElse("NONE");
  }
}
