package com.steward.programs;

/** The programs a notifier can be in; each one's notices act at once. */
public enum Program {
  /** Earned on the record (or granted by staff); demoted when the record falls. */
  GOOD_FAITH,
  /** Sponsored by a trade association for a term; graduates into Good Faith on a good record. */
  PARTNER,
  /** A trusted flagger awarded under DSA Art. 22; its notices are handled with priority. */
  TRUSTED_FLAGGER
}
