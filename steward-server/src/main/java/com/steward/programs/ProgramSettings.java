package com.steward.programs;

import com.steward.core.programs.GoodFaithPolicy;

/**
 * What administrators configure: the Good Faith policy, the term of partner programs, the share
 * of expedited takedowns audited for partners and trusted flaggers, and the misuse policy
 * (the defaults when absent).
 */
public record ProgramSettings(GoodFaithPolicy goodFaith, int partnerTermMonths, double partnerAuditShare,
    double trustedFlaggerAuditShare, com.steward.core.programs.MisusePolicy misuse) {

  public static final ProgramSettings DEFAULT = new ProgramSettings(GoodFaithPolicy.DEFAULT, 12, 0.10, 0.05,
      com.steward.core.programs.MisusePolicy.DEFAULT);

  public ProgramSettings {
    if (goodFaith == null) {
      throw new IllegalArgumentException("goodFaith: required");
    }
    if (misuse == null) {
      misuse = com.steward.core.programs.MisusePolicy.DEFAULT;
    }
    if (partnerTermMonths < 1 || partnerTermMonths > 60) {
      throw new IllegalArgumentException("partnerTermMonths: 1 to 60");
    }
    if (!(partnerAuditShare >= 0 && partnerAuditShare <= 1) || !(trustedFlaggerAuditShare >= 0
        && trustedFlaggerAuditShare <= 1)) {
      throw new IllegalArgumentException("partnerAuditShare and trustedFlaggerAuditShare: 0 to 1");
    }
  }

  /** The share of a program's expedited takedowns that go to review afterwards. */
  public double auditShare(Program p) {
    return switch (p) {
      case GOOD_FAITH -> goodFaith.auditShare();
      case PARTNER -> partnerAuditShare;
      case TRUSTED_FLAGGER -> trustedFlaggerAuditShare;
    };
  }
}
