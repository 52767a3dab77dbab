package org.rbmkit.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.MissingPolicy;
import org.rbmkit.kpi.benchmark.CompositeScheme.CompositeTable;
import org.rbmkit.kpi.benchmark.CompositeScheme.Normalisation;
import org.rbmkit.kpi.benchmark.MetricTable.Missing;

/** Composite scores, changes, planned ratios and statistics on hand-computed cases. */
class CalculationsTest {

  private static final CalendarYear Y1 = CalendarYear.of(2021);
  private static final CalendarYear Y2 = CalendarYear.of(2022);
  private static final MathContext MC = MathContext.DECIMAL128;

  private static BenchmarkSet set() {
    return BenchmarkSet.builder()
        .metric(Metric.of("visits", "Visits", "", Direction.HIGHER_IS_BETTER))
        .metric(Metric.of("cost", "Cost", "EUR", Direction.LOWER_IS_BETTER))
        .metric(Metric.of("flat", "Flat", "", Direction.HIGHER_IS_BETTER))
        .entity(BenchmarkEntity.of("a", "unit", "A"))
        .entity(BenchmarkEntity.of("b", "unit", "B"))
        .entity(BenchmarkEntity.of("c", "unit", "C"))
        .value("a", "visits", Y2, "100")
        .value("b", "visits", Y2, "200")
        .value("c", "visits", Y2, "300")
        .value("a", "cost", Y2, "10")
        .value("b", "cost", Y2, "30")
        .value("c", "cost", Y2, "20")
        .value("a", "flat", Y2, "1")
        .value("b", "flat", Y2, "1.0")
        .build();
  }

  private static Map<String, BigDecimal> weights(String... pairs) {
    Map<String, BigDecimal> w = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      w.put(pairs[i], new BigDecimal(pairs[i + 1]));
    }
    return w;
  }

  @Test
  void composite_minMax_isDirectionAware() {
    CompositeTable t =
        Benchmark.of(BenchmarkOptions.defaults())
            .composite(set(), CompositeScheme.of(weights("visits", "0.5", "cost", "0.5"), Normalisation.MIN_MAX, true), Y2);
    // visits: a 0, b 0.5, c 1; cost (lower better, worst 30): a 1, b 0, c 0.5
    assertThat(t.score("a").orElseThrow()).isEqualByComparingTo("0.5");
    assertThat(t.score("b").orElseThrow()).isEqualByComparingTo("0.25");
    assertThat(t.score("c").orElseThrow()).isEqualByComparingTo("0.75");
    assertThat(t.table().positions()).extracting(Position::entity).containsExactly("c", "a", "b");
    assertThat(t.degenerateMetrics()).isEmpty();
  }

  @Test
  void composite_zScore_negatesLowerIsBetter() {
    CompositeTable t =
        Benchmark.of(BenchmarkOptions.defaults())
            .composite(set(), CompositeScheme.of(weights("cost", "1"), Normalisation.Z_SCORE, true), Y2);
    // cost mean 20, population sd sqrt(200/3); a at 10 is better: +1.2247…
    assertThat(t.score("a").orElseThrow()).isCloseTo(new BigDecimal("1.224744871391589"), within(new BigDecimal("1e-15")));
    assertThat(t.score("c").orElseThrow()).isEqualByComparingTo("0");
  }

  @Test
  void composite_missingMetric_andDegenerateMetric_areReported() {
    CompositeTable t =
        Benchmark.of(BenchmarkOptions.defaults().withMissingPolicy(MissingPolicy.RANK_LAST))
            .composite(set(), CompositeScheme.of(weights("visits", "2", "flat", "1"), Normalisation.MIN_MAX, false), Y2);
    assertThat(t.degenerateMetrics()).containsExactly("flat");
    assertThat(t.table().missing()).containsExactly(new Missing("c", "no value of metric \"flat\""));
    assertThat(t.table().position("c").orElseThrow().rank()).isEqualByComparingTo("3");
    // visits normalised over a, b and c (c has visits): b 0.5 · 2 + flat 0 · 1
    assertThat(t.score("b").orElseThrow()).isEqualByComparingTo("1");
  }

  @Test
  void composite_badSchemes_nameTheMetrics() {
    assertThatThrownBy(() -> CompositeScheme.of(weights("visits", "0.5", "cost", "0.4"), Normalisation.MIN_MAX, true))
        .isInstanceOf(ProblemException.class)
        .hasMessage("the composite scheme has 1 problem: weights of metrics [visits, cost] sum to 0.9, not 1");
    assertThatThrownBy(() -> CompositeScheme.of(weights("visits", "0", "cost", "1"), Normalisation.MIN_MAX, true))
        .hasMessage("the composite scheme has 1 problem: metric \"visits\": weight 0 is not positive");
    CompositeScheme unknown = CompositeScheme.of(weights("visitz", "1"), Normalisation.MIN_MAX, true);
    assertThatThrownBy(() -> Benchmark.of(BenchmarkOptions.defaults()).composite(set(), unknown, Y2))
        .hasMessage("the composite scheme has 1 problem: unknown metric \"visitz\" (the set has [visits, cost, flat])");
  }

  @Test
  void change_fromZero_hasNoPercent_andFromNegative_dividesByMagnitude() {
    Change zero = new Change(Y1, BigDecimal.ZERO, Y2, BigDecimal.TEN);
    assertThat(zero.absolute()).isEqualByComparingTo("10");
    assertThat(zero.percent(MC)).isEmpty();
    assertThat(zero.percent(1, RoundingMode.HALF_UP)).isEmpty();
    Change negative = new Change(Y1, new BigDecimal("-200"), Y2, new BigDecimal("-100"));
    assertThat(negative.percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("50"));
    assertThat(negative.isImprovement(Direction.HIGHER_IS_BETTER)).isTrue();
    assertThat(negative.isImprovement(Direction.LOWER_IS_BETTER)).isFalse();
  }

  @Test
  void plannedRatio_edgeCases() {
    assertThatThrownBy(() -> PlannedRatio.of(0, 0)).hasMessage("planned ratio 0:0 has no parts");
    assertThatThrownBy(() -> PlannedRatio.of(2, 1).gapInPoints(new BigDecimal("59"), 2, RoundingMode.HALF_UP))
        .hasMessage("actual share 59 is not a fraction between 0 and 1 (write 59 percent as 0.59)");
    assertThat(PlannedRatio.of(2, 1).actualRatio(BigDecimal.ONE, MC)).isEmpty();
    assertThat(PlannedRatio.shareOf(new BigDecimal("59"), new BigDecimal("41"), MC)).isEqualByComparingTo("0.59");
    assertThat(PlannedRatio.of(2, 1)).hasToString("2:1");
  }

  @Test
  void statistics_sampleAndPopulation() {
    ValueStatistics s = ValueStatistics.of(List.of(new BigDecimal("2"), new BigDecimal("4"), new BigDecimal("4"),
        new BigDecimal("4"), new BigDecimal("5"), new BigDecimal("5"), new BigDecimal("7"), new BigDecimal("9")));
    assertThat(s.mean(MC).orElseThrow()).isEqualByComparingTo("5");
    assertThat(s.populationStandardDeviation(MC).orElseThrow()).isEqualByComparingTo("2");
    assertThat(s.sampleVariance(MC).orElseThrow()).isEqualByComparingTo(new BigDecimal("32").divide(new BigDecimal("7"), MC));
    assertThat(s.zScore(new BigDecimal("9"), MC).orElseThrow()).isEqualByComparingTo("2");
    assertThat(ValueStatistics.empty().mean(MC)).isEmpty();
    assertThat(ValueStatistics.empty().zScore(BigDecimal.ONE, MC)).isEmpty();
    assertThat(ValueStatistics.empty().plus(BigDecimal.ONE).sampleVariance(MC)).isEmpty();
    assertThat(ValueStatistics.empty().plus(BigDecimal.ONE).populationVariance(MC).orElseThrow()).isEqualByComparingTo("0");
  }

  @Test
  void changeTable_format_statesTheRounding() {
    BenchmarkSet s =
        BenchmarkSet.builder()
            .metric(Metric.of("cost", "Cost", "EUR", Direction.LOWER_IS_BETTER))
            .entity(BenchmarkEntity.of("a", "unit", "A"))
            .entity(BenchmarkEntity.of("b", "unit", "B"))
            .value("a", "cost", Y1, "80")
            .value("a", "cost", Y2, "100")
            .value("b", "cost", Y2, "5")
            .build();
    String text = Benchmark.of(BenchmarkOptions.defaults()).changes(s, "cost", Y1, Y2).format(1, RoundingMode.HALF_EVEN);
    assertThat(text)
        .contains("Cost: change 2021 to 2022 (percent of |2021|, rounded HALF_EVEN to 1 places)")
        .contains("a: 80 -> 100, +20, +25.0 % (worse)")
        .contains("missing: b (no value in 2021)");
  }
}
