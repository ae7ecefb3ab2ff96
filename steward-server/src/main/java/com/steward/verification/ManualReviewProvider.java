package com.steward.verification;

import org.springframework.stereotype.Component;

/**
 * The built-in provider: it judges nothing and sends every case to the analysts, who compare the
 * challenge photo with the identity document side by side in the review queue.
 */
@Component
class ManualReviewProvider implements IdentityProvider {

  @Override
  public String name() {
    return "manual";
  }

  @Override
  public Result faceMatch(Image identityDocument, Image photo) {
    return new Result(Verdict.NEEDS_REVIEW, "compare the challenge photo with the identity document side by side");
  }

  @Override
  public Result documentAuthenticity(Image document) {
    return new Result(Verdict.NEEDS_REVIEW, "check the document's security features by eye");
  }
}
