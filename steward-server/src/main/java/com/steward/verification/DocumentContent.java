package com.steward.verification;

import java.util.Optional;
import java.util.Set;

/**
 * What an upload is, read from its first bytes rather than from its name or the type the client
 * claims: JPEG ({@code FF D8 FF}), PNG (its eight-byte signature) or PDF ({@code %PDF-}). Anything
 * else is refused, whatever it calls itself.
 */
final class DocumentContent {

  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";
  static final String PDF = "application/pdf";

  /** What each kind of document may be: a challenge photo must be a picture. */
  enum Kind {
    IDENTITY_DOCUMENT(Set.of(JPEG, PNG, PDF)),
    BUSINESS_LICENCE(Set.of(JPEG, PNG, PDF)),
    CHALLENGE_PHOTO(Set.of(JPEG, PNG)),
    PAYMENT_PROOF(Set.of(JPEG, PNG, PDF));

    final Set<String> accepted;

    Kind(Set<String> accepted) {
      this.accepted = accepted;
    }
  }

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] PDF_SIGNATURE = {'%', 'P', 'D', 'F', '-'};

  private DocumentContent() {}

  /** The content type the bytes are, if one of the three accepted. */
  static Optional<String> detect(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
      return Optional.of(JPEG);
    }
    if (startsWith(b, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(b, PDF_SIGNATURE)) {
      return Optional.of(PDF);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
