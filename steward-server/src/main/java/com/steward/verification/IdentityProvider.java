package com.steward.verification;

/**
 * An identity-verification service: compares a face on a photograph with the one on an identity
 * document, and judges whether a document is authentic. Its verdicts are advice for the analyst
 * who decides; Steward never approves or refuses a seller on a provider's word alone. To plug in a
 * service, declare a bean of this type marked {@code @Primary}.
 */
public interface IdentityProvider {

  /** What a check concluded. */
  enum Verdict {
    MATCH,
    NO_MATCH,
    NEEDS_REVIEW
  }

  record Result(Verdict verdict, String detail) {}

  /** A document or photograph as uploaded (already opened from its seal). */
  record Image(String contentType, byte[] bytes) {}

  /** The provider's name, recorded with its results. */
  String name();

  Result faceMatch(Image identityDocument, Image photo);

  Result documentAuthenticity(Image document);
}
