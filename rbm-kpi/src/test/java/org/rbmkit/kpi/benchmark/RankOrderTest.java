package org.rbmkit.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.TieRule;

/**
 * The primitive ordering of a metric table against a reference written here with {@link
 * BigDecimal} comparisons: a sort of (value, id) pairs and sums taken value by value. The shapes
 * reach every branch of the ordering: values that pack as distances, values too far apart to
 * pack (ranked first), values beyond 18 digits (compared as decimals), sums beyond 2^47 units
 * (summed as decimals), mixed and negative scales, and tie blocks longer than sixteen.
 */
class RankOrderTest {

  private static final CalendarYear YEAR = CalendarYear.of(2024);
  private static final MathContext MC = MathContext.DECIMAL128;

  private enum Shape {
    CENTS,
    WIDE,
    HUGE,
    LARGE_UNITS,
    MIXED_SCALES,
    LONG_TIES
  }

  private static BigDecimal value(Shape shape, SplittableRandom r) {
    return switch (shape) {
      case CENTS -> BigDecimal.valueOf(r.nextLong(-50_000, 50_000), 2);
      case WIDE ->
          r.nextBoolean()
              ? BigDecimal.valueOf(r.nextLong(1000), 2)
              : BigDecimal.valueOf(r.nextLong(1000) * 1_000_000_000_000L);
      case HUGE -> new BigDecimal(r.nextInt(20) + "123456789012345678901234." + r.nextInt(10));
      case LARGE_UNITS -> BigDecimal.valueOf(r.nextLong(1L << 46, 1L << 50) * r.nextInt(-1, 2), 0);
      case MIXED_SCALES ->
          switch (r.nextInt(4)) {
            case 0 -> new BigDecimal("1.0");
            case 1 -> new BigDecimal("1.00");
            case 2 -> new BigDecimal("1E+3");
            default -> BigDecimal.valueOf(r.nextInt(-3000, 3000), r.nextInt(-2, 4));
          };
      case LONG_TIES -> BigDecimal.valueOf(r.nextInt(3));
    };
  }

  @Test
  void primitiveOrderEqualsDecimalReference() {
    SplittableRandom r = new SplittableRandom(0x5EED_0023L);
    for (Shape shape : Shape.values()) {
      for (Direction direction : Direction.values()) {
        for (int round = 0; round < 5; round++) {
          int n = 1 + r.nextInt(300);
          BenchmarkSet.Builder b =
              BenchmarkSet.builder().metric(Metric.of("m", "M", "", direction));
          List<String> ids = new ArrayList<>();
          List<BigDecimal> values = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            // ids not in entity order, so ties are ordered by id, not by input
            String id = "e" + Integer.toString(r.nextInt(1_000_000), 36) + "-" + i;
            b.entity(BenchmarkEntity.of(id, "unit", id));
            if (r.nextInt(10) > 0) {
              BigDecimal v = value(shape, r);
              b.value(id, "m", YEAR, v);
              ids.add(id);
              values.add(v);
            }
          }
          for (TieRule tie : TieRule.values()) {
            BenchmarkOptions options = BenchmarkOptions.defaults().withTieRule(tie);
            MetricTable t = Benchmark.of(options).table(b.build(), "m", YEAR);
            check(shape + " " + direction + " " + tie + " round " + round, t, ids, values, direction);
          }
        }
      }
    }
  }

  private static void check(
      String context, MetricTable t, List<String> ids, List<BigDecimal> values, Direction d) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      order.add(i);
    }
    Function<Integer, BigDecimal> value = values::get;
    order.sort(
        Comparator.<Integer, BigDecimal>comparing(value, d::compareBetterFirst)
            .thenComparing(ids::get));
    ValueStatistics reference = ValueStatistics.of(values);
    assertThat(t.statistics()).as(context).isEqualTo(reference);
    // equal with scale: the sums are the same decimals, not only the same numbers
    assertThat(t.total()).as(context).isEqualTo(reference.sum());
    assertThat(t.statistics().sumOfSquares()).as(context).isEqualTo(reference.sumOfSquares());
    int n = ids.size();
    assertThat(t.positions().stream().filter(Position::hasValue).count()).isEqualTo(n);
    int blockIndex = -1;
    int start = 0;
    for (int k = 0; k < n; k++) {
      BigDecimal v = values.get(order.get(k));
      if (k == 0 || v.compareTo(values.get(order.get(k - 1))) != 0) {
        blockIndex++;
        start = k;
      }
      int end = start;
      while (end < n && values.get(order.get(end)).compareTo(v) == 0) {
        end++;
      }
      Position p = t.positions().get(k);
      assertThat(p.entity()).as(context + " position " + k).isEqualTo(ids.get(order.get(k)));
      assertThat(p.value()).as(context).containsSame(v);
      BigDecimal rank =
          switch (t.options().tieRule()) {
            case COMPETITION -> BigDecimal.valueOf(start + 1L);
            case DENSE -> BigDecimal.valueOf(blockIndex + 1L);
            case FRACTIONAL -> BigDecimal.valueOf(start + 1L + end).divide(BigDecimal.valueOf(2));
          };
      assertThat(p.rank()).as(context).isEqualByComparingTo(rank);
      int ranked = t.positions().size();
      BigDecimal percentile =
          BigDecimal.valueOf(100L * (2L * (ranked - end) + (end - start)))
              .divide(BigDecimal.valueOf(2L * ranked), MC);
      assertThat(p.percentile()).as(context).isEqualTo(percentile);
      assertThat(p.zScore()).as(context).isEqualTo(reference.zScore(v, MC));
      assertThat(p.gapToBest().orElseThrow().reference())
          .as(context)
          .isSameAs(values.get(order.get(0)));
    }
    if (n > 0) {
      assertThat(t.worst()).as(context).containsSame(values.get(order.get(n - 1)));
      assertThat(t.worst(2)).as(context).first().isEqualTo(t.positions().get(n - 1));
      assertThat(t.best(3)).as(context).isEqualTo(t.positions().subList(0, Math.min(3, n)));
    }
  }
}
