package com.steward.core.penalties;

/** What a seller did that gives penalty points. */
public enum ViolationType {
  /** Screening blocked a listing before it was published. */
  SCREENING_BLOCK("blocked listing"),
  /** A rights holder's notice was upheld after the seller could counter-notice. */
  UPHELD_NOTICE("upheld notice"),
  /** A test buy or a referral confirmed that goods sold were counterfeit. */
  COUNTERFEIT_CONFIRMED("confirmed counterfeit"),
  /** A listing offered goods the marketplace or the law prohibits. */
  PROHIBITED_ITEM("prohibited item"),
  /** The seller gave a false identity or forged documents. */
  IDENTITY_FRAUD("identity fraud"),
  /** A banned seller came back under another account. */
  BAN_EVASION("ban evasion");

  private final String label;

  ViolationType(String label) {
    this.label = label;
  }

  /** The words a seller reads, such as "upheld notice". */
  public String label() {
    return label;
  }
}
