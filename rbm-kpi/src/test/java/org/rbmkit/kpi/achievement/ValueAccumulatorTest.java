package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;

class ValueAccumulatorTest {

  @Test
  void ratios_sumNumeratorsAndDenominators_neverAveragePercentages() {
    ValueAccumulator acc =
        ValueAccumulator.EMPTY.plus(RatioValue.of(30, 50)).plus(RatioValue.of(42, 69));
    RatioValue r = (RatioValue) acc.value(AggregationRule.RATIO_OF_SUMS).orElseThrow();
    assertThat(r).isEqualTo(RatioValue.of(72, 119));
    assertThat(r.percentage(2, RoundingMode.HALF_UP)).contains(new BigDecimal("60.50"));
    // the mean of the two rates, 60.00 % and 60.87 %, would say 60.43 %
    BigDecimal mean =
        new BigDecimal("60.00")
            .add(new BigDecimal("60.87"))
            .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    assertThat(mean).isNotEqualByComparingTo(r.percentage(2, RoundingMode.HALF_UP).orElseThrow());
  }

  @Test
  void percentages_withTheirBase_countAsRatios() {
    ValueAccumulator acc =
        ValueAccumulator.EMPTY
            .plusPercentage(new BigDecimal("60"), new BigDecimal("50")) // 30/50
            .plusPercentage(new BigDecimal("50"), new BigDecimal("150")); // 75/150
    assertThat(acc.ratio()).isEqualTo(RatioValue.of(105, 200));
    assertThatThrownBy(
            () -> ValueAccumulator.EMPTY.plusPercentage(new BigDecimal("-1"), BigDecimal.ONE))
        .hasMessageContaining("percentage -1 is negative");
  }

  @Test
  void counts_sum_andMinMax() {
    // seed 004 l.160: 239 information sessions, 117 in English, 68 in French, 54 in Spanish
    ValueAccumulator acc =
        ValueAccumulator.EMPTY
            .plus(DecimalValue.of(117))
            .plus(DecimalValue.of(68))
            .plus(DecimalValue.of(54));
    assertThat(acc.value(AggregationRule.SUM)).contains(DecimalValue.of(239));
    assertThat(acc.value(AggregationRule.MIN)).contains(DecimalValue.of(54));
    assertThat(acc.value(AggregationRule.MAX)).contains(DecimalValue.of(117));
    assertThat(acc.count()).isEqualTo(3);
  }

  @Test
  void undefinedAggregates_areEmpty() {
    assertThat(ValueAccumulator.EMPTY.value(AggregationRule.SUM)).isEmpty();
    assertThat(ValueAccumulator.EMPTY.plus(RatioValue.of(1, 2)).value(AggregationRule.SUM))
        .isEmpty();
    assertThat(ValueAccumulator.EMPTY.plus(DecimalValue.of(1)).value(AggregationRule.RATIO_OF_SUMS))
        .isEmpty();
    assertThat(ValueAccumulator.EMPTY.plus(new TextValue("x")).value(AggregationRule.MAX))
        .isEmpty();
    RatioValue zero =
        (RatioValue)
            ValueAccumulator.EMPTY
                .plus(RatioValue.of(0, 0))
                .value(AggregationRule.RATIO_OF_SUMS)
                .orElseThrow();
    assertThat(zero.quotient(3, RoundingMode.HALF_UP)).as("0/0: rate undefined").isEmpty();
  }

  @Test
  void defaultRules_byMeasure() {
    assertThat(AggregationRule.defaultFor(Measure.RATIO)).contains(AggregationRule.RATIO_OF_SUMS);
    assertThat(AggregationRule.defaultFor(Measure.UNIT)).contains(AggregationRule.SUM);
    assertThat(AggregationRule.defaultFor(Measure.CURRENCY)).contains(AggregationRule.SUM);
    assertThat(AggregationRule.defaultFor(Measure.PERCENTAGE)).isEmpty();
    assertThat(AggregationRule.defaultFor(Measure.ORDINAL)).isEmpty();
  }

  @Test
  void merge_equalsOnePass() {
    ValueAccumulator a = ValueAccumulator.EMPTY.plus(DecimalValue.of(3)).plus(RatioValue.of(1, 4));
    ValueAccumulator b = ValueAccumulator.EMPTY.plus(DecimalValue.of(-2)).plus(RatioValue.of(2, 5));
    ValueAccumulator all =
        ValueAccumulator.EMPTY
            .plus(DecimalValue.of(3))
            .plus(RatioValue.of(1, 4))
            .plus(DecimalValue.of(-2))
            .plus(RatioValue.of(2, 5));
    assertThat(a.plus(b)).isEqualTo(all).isEqualTo(b.plus(a)).hasSameHashCodeAs(all);
    assertThat(a.plus(ValueAccumulator.EMPTY)).isEqualTo(a);
    assertThat(all.toString()).isEqualTo("4 values: sum 1, ratio 3/9, min -2, max 3");
  }
}
