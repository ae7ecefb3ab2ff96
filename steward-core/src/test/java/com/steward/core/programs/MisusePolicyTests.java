package com.steward.core.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.core.programs.MisusePolicy.NotifierSignals;
import org.junit.jupiter.api.Test;

class MisusePolicyTests {

  static final MisusePolicy P = MisusePolicy.DEFAULT;

  @Test
  void mostlyReversedNoticesAreManifestlyUnfounded() {
    var spurious = new NotifierSignals(new Outcomes(3, 6, 11, 0), 0, 0, 0, 0);
    assertThat(P.findings(spurious)).containsExactly("17 of 20 settled notice items were reversed or rejected");
    var careful = new NotifierSignals(new Outcomes(18, 1, 1, 0), 0, 0, 0, 0);
    assertThat(P.findings(careful)).isEmpty();
    var unlucky = new NotifierSignals(new Outcomes(1, 2, 1, 0), 0, 0, 0, 0);
    assertThat(P.findings(unlucky)).as("four items prove nothing").isEmpty();
  }

  @Test
  void aCompetitorTargetedWithFailingNoticesIsAFinding() {
    var targeted = new NotifierSignals(new Outcomes(10, 4, 4, 2), 14, 8, 0, 0);
    assertThat(P.findings(targeted)).containsExactly(
        "14 of 20 notice items named one seller, and 8 of those were reversed or rejected");
    var bigInfringer = new NotifierSignals(new Outcomes(16, 1, 1, 2), 14, 2, 0, 0);
    assertThat(P.findings(bigInfringer)).as("a real counterfeiter gets many notices that hold").isEmpty();
  }

  @Test
  void retaliationAndAgentsPatternsAreFindings() {
    assertThat(P.findings(new NotifierSignals(new Outcomes(5, 0, 0, 3), 0, 0, 3, 0)))
        .containsExactly("3 notice items were filed against sellers within 7 days of their counter-notices against you");
    assertThat(P.findings(new NotifierSignals(new Outcomes(5, 0, 0, 0), 0, 0, 0, 2)))
        .containsExactly("the notices filed for 2 of your principals were manifestly unfounded");
  }

  @Test
  void sellersWhoseCounterNoticesAreDefeatedAreJudgedToo() {
    assertThat(P.sellerFindings(14, 15)).containsExactly(
        "14 of 15 settled counter-notices were defeated by the rights holder's evidence");
    assertThat(P.sellerFindings(9, 10)).as("the bound is still under 0.7").isEmpty();
    assertThat(P.sellerFindings(3, 10)).isEmpty();
    assertThat(P.sellerFindings(4, 4)).as("too few").isEmpty();
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> new MisusePolicy(0, 0.5, 0.6, 10, 3, 7, 2, 5, 0.7, 14, 30)).hasMessageContaining("counts");
    assertThatThrownBy(() -> new MisusePolicy(10, 1.5, 0.6, 10, 3, 7, 2, 5, 0.7, 14, 30)).hasMessageContaining("shares");
    assertThatThrownBy(() -> new MisusePolicy(10, 0.5, 0.6, 10, 3, 7, 2, 5, 0.7, 14, 0)).hasMessageContaining("days");
  }
}
