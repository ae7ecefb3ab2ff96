package com.steward.platform.security;

/** What kind of actor is calling; each role sees only its own rows. */
public enum Role {
  /** Operator administrators: marketplaces, keys, users, everything an analyst can do. */
  ADMIN,
  /** Governance analysts (staff): review queues, verification, every tenant's data. */
  ANALYST,
  /** A user of a rights-holder organisation: its own organisation and the principals it acts for. */
  RIGHTS_HOLDER,
  /** A seller: its own stores and listings, notices against them. */
  SELLER,
  /** A marketplace's systems: its own marketplace only. */
  MARKETPLACE;

  public String authority() {
    return "ROLE_" + name();
  }
}
