package com.steward.core.linkage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The person attributes the linker knows, how each is encoded and the column names it goes by in
 * input files (Febrl and Splink names included).
 */
public enum Attribute {
  GIVEN_NAME(Encoding.BLOOM, "given_name", "first_name"),
  SURNAME(Encoding.BLOOM, "surname", "last_name"),
  STREET_NUMBER(Encoding.HASH, "street_number"),
  ADDRESS_1(Encoding.BLOOM, "address_1"),
  ADDRESS_2(Encoding.BLOOM, "address_2"),
  SUBURB(Encoding.BLOOM, "suburb", "city"),
  POSTCODE(Encoding.HASH, "postcode"),
  STATE(Encoding.HASH, "state"),
  DATE_OF_BIRTH(Encoding.HASH, "date_of_birth", "dob"),
  SOC_SEC_ID(Encoding.HASH, "soc_sec_id"),
  EMAIL(Encoding.HASH, "email"),
  PHONE(Encoding.HASH, "phone"),
  DOCUMENT_NUMBER(Encoding.HASH, "document_number"),
  PAYMENT_ACCOUNT(Encoding.HASH, "payment_account"),
  DEVICE(Encoding.HASH, "device");

  /** How an attribute is encoded: a keyed hash compared for equality, or a keyed Bloom filter compared by Dice. */
  public enum Encoding { HASH, BLOOM }

  private final Encoding encoding;
  private final List<String> columns;

  Attribute(Encoding encoding, String... columns) {
    this.encoding = encoding;
    this.columns = List.of(columns);
  }

  public Encoding encoding() {
    return encoding;
  }

  /** The name used in explanations and the first of the column names. */
  public String label() {
    return columns.getFirst();
  }

  /** Whether one equal value is, on its own, strong evidence of the same person. */
  public boolean strongIdentifier() {
    return switch (this) {
      case SOC_SEC_ID, EMAIL, PHONE, DOCUMENT_NUMBER, PAYMENT_ACCOUNT, DEVICE -> true;
      default -> false;
    };
  }

  /** The attribute a column header names (case and surrounding spaces ignored), if any. */
  public static Optional<Attribute> forColumn(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    for (Attribute a : values()) {
      if (a.columns.contains(h)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
