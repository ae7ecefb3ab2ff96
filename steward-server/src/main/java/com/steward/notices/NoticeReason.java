package com.steward.notices;

/** What the notifier alleges about the listing. */
public enum NoticeReason {
  COUNTERFEIT,
  TRADEMARK_MISUSE,
  COPYRIGHT_INFRINGEMENT,
  PATENT_INFRINGEMENT,
  DESIGN_INFRINGEMENT
}
