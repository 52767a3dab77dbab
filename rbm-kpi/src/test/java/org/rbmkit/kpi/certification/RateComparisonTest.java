package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.certification.Breakdown.GroupRate.RateComparison;

class RateComparisonTest {

  @Test
  void differences_areExactThenRoundedOnce() {
    RateComparison c = RateComparison.of(Rate.parse("uptake 1/3"), Rate.parse("uptake 1/6"));
    assertThat(c.percentagePoints(4, RoundingMode.HALF_UP)).contains(new BigDecimal("16.6667"));
    assertThat(c.relativeDifference(1, RoundingMode.HALF_UP)).contains(new BigDecimal("100.0"));
    RateComparison lower =
        RateComparison.of(Rate.parse("uptake 1/6"), Rate.parse("uptake 1/3"));
    assertThat(lower.percentagePoints(2, RoundingMode.HALF_UP))
        .contains(new BigDecimal("-16.67"));
    assertThat(lower.relativeDifference(0, RoundingMode.HALF_UP)).contains(new BigDecimal("-50"));
  }

  @Test
  void smallGroups_overlap_evenWithALargeGap() {
    RateComparison c = RateComparison.of(Rate.parse("uptake 4/5"), Rate.parse("uptake 2/5"));
    assertThat(c.percentagePoints(0, RoundingMode.HALF_UP)).contains(new BigDecimal("40"));
    assertThat(c.overlap()).isEqualTo(RateComparison.Overlap.OVERLAPPING);
    RateComparison large =
        RateComparison.of(Rate.parse("uptake 800/1000"), Rate.parse("uptake 400/1000"));
    assertThat(large.overlap()).isEqualTo(RateComparison.Overlap.SEPARATE);
  }

  @Test
  void noData_orZeroReference_isUndefined() {
    RateComparison c = RateComparison.of(Rate.parse("uptake 1/2"), Rate.parse("uptake 0/0"));
    assertThat(c.isUndefined()).isTrue();
    assertThat(c.percentagePoints(1, RoundingMode.HALF_UP)).isEmpty();
    assertThat(c.relativeDifference(1, RoundingMode.HALF_UP)).isEmpty();
    assertThat(c.overlap()).isEqualTo(RateComparison.Overlap.UNDEFINED);
    RateComparison zero = RateComparison.of(Rate.parse("uptake 1/2"), Rate.parse("uptake 0/5"));
    assertThat(zero.percentagePoints(0, RoundingMode.HALF_UP)).contains(new BigDecimal("50"));
    assertThat(zero.relativeDifference(1, RoundingMode.HALF_UP)).isEmpty();
  }

  @Test
  void differentKinds_cannotBeCompared() {
    assertThatThrownBy(
            () -> RateComparison.of(Rate.parse("uptake 1/2"), Rate.parse("certification 1/2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot compare rate kind uptake (credential accessed ÷ credential earned) with rate"
                + " kind certification (credential earned ÷ enrolled): their denominators differ");
  }
}
