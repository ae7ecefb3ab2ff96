package com.steward.core.screening.rules;

/** Yes-or-no facts about a listing and one brand it names. */
public enum Signal {
  /** The title names the brand (not nominatively) and the seller is not authorised for it. */
  UNAUTHORISED_MENTION,
  /** The title names the brand to say what the product copies ("Nike style", "replica of"). */
  IMITATION_MENTION,
  /** The price is below the brand's floor for the listing's category. */
  PRICE_BELOW_FLOOR,
  /** The brand attribute names another brand, or none, while the title names this one. */
  BRAND_ATTRIBUTE_MISMATCH,
  /** A suspicious term ("replica", "1:1", "高仿") stands in a listing that names the brand. */
  SUSPICIOUS_TERM,
  /** The brand is named only in the description, not in the title. */
  ONLY_IN_DESCRIPTION,
  /**
   * The title writes the brand in a disguise: letters that are not the name's (leetspeak {@code N1ke},
   * look-alikes of other scripts, letters drawn as symbols, a letter repeated) or the name spelled
   * out letter by letter ({@code N.I.K.E}). Not in the standard rule set; rule sets may weigh it.
   */
  DISGUISED_MENTION
}
