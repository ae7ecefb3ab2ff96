package com.steward.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain of the audit log: each entry's hash covers its own fields and the previous
 * entry's hash, so changing, inserting or dropping any entry breaks every later link.
 *
 * <p>Sequences start at 1. Fields are length-prefixed before hashing so that no choice of field values can make two
 * different entries hash alike.
 */
public final class AuditChain {

  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(String previousHash, AuditRecord record) {
    MessageDigest sha = sha256();
    update(sha, previousHash);
    update(sha, Long.toString(record.sequence()));
    update(sha, record.occurredAt().toString());
    update(sha, record.actor());
    update(sha, record.action());
    update(sha, record.subjectType());
    update(sha, record.subjectId());
    update(sha, record.detail());
    return HexFormat.of().formatHex(sha.digest());
  }

  /** The first entry (in sequence order) whose stored links do not hold, if any. */
  public static Optional<Break> verify(List<AuditEntry> entries) {
    Verifier v = new Verifier();
    for (AuditEntry e : entries) {
      Optional<Break> b = v.accept(e);
      if (b.isPresent()) {
        return b;
      }
    }
    return Optional.empty();
  }

  /** Checks a chain entry by entry, so that a long log can be streamed through it in pages. */
  public static final class Verifier {
    private String previous = GENESIS;
    private long expectedSequence = 1;
    private long count;

    public Optional<Break> accept(AuditEntry e) {
      long seq = e.record().sequence();
      if (seq != expectedSequence) {
        return Optional.of(new Break(seq, "sequence gap: expected " + expectedSequence));
      }
      if (!e.previousHash().equals(previous)) {
        return Optional.of(new Break(seq, "previous hash does not match"));
      }
      if (!hash(previous, e.record()).equals(e.hash())) {
        return Optional.of(new Break(seq, "entry hash does not match its content"));
      }
      previous = e.hash();
      expectedSequence++;
      count++;
      return Optional.empty();
    }

    public long count() {
      return count;
    }
  }

  private static void update(MessageDigest sha, String field) {
    byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
    sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    sha.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** Where and why a chain stops verifying. */
  public record Break(long sequence, String reason) {}
}
