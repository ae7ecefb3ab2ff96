package com.steward.rightsholders;

import com.steward.core.statements.CategoryKeyword;

/** The kinds of IP right, each with its Transparency Database keyword and legal ground. */
public enum IpRightType {
  TRADEMARK(CategoryKeyword.KEYWORD_TRADEMARK_INFRINGEMENT,
      "Infringement of a registered trademark (Regulation (EU) 2017/1001 Art. 9; Directive (EU) 2015/2436 Art. 10)"),
  COPYRIGHT(CategoryKeyword.KEYWORD_COPYRIGHT_INFRINGEMENT,
      "Infringement of copyright (Directive 2001/29/EC Arts. 2-4)"),
  PATENT(CategoryKeyword.KEYWORD_PATENT_INFRINGEMENT, "Infringement of a patent under the law of the jurisdiction"),
  DESIGN(CategoryKeyword.KEYWORD_DESIGN_INFRINGEMENT,
      "Infringement of a registered design (Regulation (EC) No 6/2002 Art. 19; Directive 98/71/EC Art. 12)");

  private final CategoryKeyword keyword;
  private final String legalGround;

  IpRightType(CategoryKeyword keyword, String legalGround) {
    this.keyword = keyword;
    this.legalGround = legalGround;
  }

  public CategoryKeyword keyword() {
    return keyword;
  }

  public String legalGround() {
    return legalGround;
  }
}
