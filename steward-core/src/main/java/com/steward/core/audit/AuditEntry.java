package com.steward.core.audit;

/** An audit record as stored, with its link to the previous entry and its own hash. */
public record AuditEntry(AuditRecord record, String previousHash, String hash) {

  /** The entry that follows {@code previousHash} in the chain. */
  public static AuditEntry chain(String previousHash, AuditRecord record) {
    return new AuditEntry(record, previousHash, AuditChain.hash(previousHash, record));
  }
}
