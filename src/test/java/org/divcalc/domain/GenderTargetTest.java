package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class GenderTargetTest {
  private static GenderTarget target(String percent) {
    return new GenderTarget("P-5+", new BigDecimal(percent));
  }

  private static GenderCount women(long women, long others) {
    return new GenderCount(women, others, 0, 0);
  }

  @Test
  void nineWomenOfTwentyMeetFortyFivePerCent() {
    GenderCount c = women(9, 11);
    assertThat(target("45").status(c)).isEqualTo(GenderTarget.Status.MET);
    assertThat(target("45").womenNeeded(c)).isZero();
  }

  @Test
  void eightWomenOfTwentyNeedOneMore() {
    GenderCount c = women(8, 12);
    assertThat(target("45").status(c)).isEqualTo(GenderTarget.Status.NOT_MET);
    assertThat(target("45").womenNeeded(c)).isEqualTo(1);
  }

  @Test
  void noStaffIsNeitherMetNorMissed() {
    assertThat(target("45").status(GenderCount.ZERO)).isEqualTo(GenderTarget.Status.NO_STAFF);
    assertThat(target("45").status(new GenderCount(0, 0, 0, 3)))
        .isEqualTo(GenderTarget.Status.NO_STAFF);
  }

  @Test
  void theGapIsTheSmallestWholeNumberReachingTheTarget() {
    // 38 % of 736 = 279.68 -> 280 women needed; 282 women is enough, 279 is one short.
    assertThat(target("38").womenNeeded(women(279, 457))).isEqualTo(1);
    assertThat(target("38").womenNeeded(women(280, 456))).isZero();
    // 45.5 % of 200 = 91 exactly: 91 meets it, 90 needs one.
    assertThat(target("45.5").womenNeeded(women(91, 109))).isZero();
    assertThat(target("45.5").womenNeeded(women(90, 110))).isEqualTo(1);
    // Parity of 7: 3.5 -> 4 women; 0 women need all 4.
    assertThat(target("50").womenNeeded(women(0, 7))).isEqualTo(4);
    assertThat(target("100").womenNeeded(women(3, 2))).isEqualTo(2);
    assertThat(target("0").womenNeeded(women(0, 5))).isZero();
  }

  @Test
  void otherCountsInTheDenominatorAndNotRecordedDoesNot() {
    // 5 women, 4 men, 1 X, 10 not recorded: share 5/10, parity met.
    GenderCount c = new GenderCount(5, 4, 1, 10);
    assertThat(c.recorded()).isEqualTo(10);
    assertThat(c.total()).isEqualTo(20);
    assertThat(c.womenShare(4)).contains(new BigDecimal("0.5000"));
    assertThat(target("50").status(c)).isEqualTo(GenderTarget.Status.MET);
  }

  @Test
  void percentIsRoundedOnceFromTheExactRatio() {
    // 4525/10001 = 0.452454...: 45.2 %, not 45.3 % as rounding 0.4525 again would give.
    GenderCount c = women(4525, 5476);
    assertThat(c.womenShare(4)).contains(new BigDecimal("0.4525"));
    assertThat(c.womenPercent(1)).contains(new BigDecimal("45.2"));
  }

  @Test
  void targetsOutsideZeroToHundredAreRejected() {
    assertThatThrownBy(() -> target("101")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> target("-1")).isInstanceOf(IllegalArgumentException.class);
  }
}
