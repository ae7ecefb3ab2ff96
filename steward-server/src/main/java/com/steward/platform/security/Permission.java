package com.steward.platform.security;

/**
 * A power granted to a staff principal on top of its role. Writing rules and putting them in use
 * are separate, so that no one person changes what screening does on their own.
 */
public enum Permission {
  /** Write and change draft rule sets. */
  RULES_AUTHOR,
  /** Publish a rule set someone else wrote. */
  RULES_PUBLISH
}
