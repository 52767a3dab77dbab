package org.rbmkit.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.MissingPolicy;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.TieRule;
import org.rbmkit.kpi.benchmark.BenchmarkSet.Observation;
import org.rbmkit.kpi.benchmark.CompositeScheme.CompositeTable;
import org.rbmkit.kpi.benchmark.CompositeScheme.Normalisation;
import org.rbmkit.kpi.benchmark.MetricTable.Missing;

/** Seeded randomised properties of rankings, statistics and composite scores. */
class BenchmarkPropertiesTest {

  private static final long SEED = 20_261_128L;
  private static final int CASES = 2_000;
  private static final CalendarYear YEAR = CalendarYear.of(2023);

  private record Generated(
      List<Metric> metrics, List<BenchmarkEntity> entities, List<Observation> values) {
    BenchmarkSet set() {
      return BenchmarkSet.of("", metrics, entities, values, List.of());
    }

    Generated shuffled(Random random) {
      List<BenchmarkEntity> e = new ArrayList<>(entities);
      List<Observation> v = new ArrayList<>(values);
      Collections.shuffle(e, random);
      Collections.shuffle(v, random);
      return new Generated(metrics, e, v);
    }
  }

  /** Up to 60 entities, values with few digits (many ties), some missing, two metrics. */
  private static Generated generate(SplittableRandom r) {
    int n = 1 + r.nextInt(60);
    int spread = 1 + r.nextInt(20);
    List<Metric> metrics =
        List.of(
            Metric.of("a", "A", "", r.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER),
            Metric.of("b", "B", "", Direction.HIGHER_IS_BETTER));
    List<BenchmarkEntity> entities = new ArrayList<>();
    List<Observation> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String id = "u" + i;
      entities.add(new BenchmarkEntity(id, "unit", "Unit " + i, Map.of("region", "r" + r.nextInt(3))));
      for (String m : List.of("a", "b")) {
        if (r.nextInt(8) != 0) {
          // scale varies so that 1.5 and 1.50 must tie
          BigDecimal v = BigDecimal.valueOf(r.nextInt(spread) * 5L, 1).setScale(1 + r.nextInt(2));
          values.add(new Observation(id, m, YEAR, v));
        }
      }
    }
    return new Generated(metrics, entities, values);
  }

  @Test
  void ranksAndPercentiles_doNotDependOnInputOrder() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int c = 0; c < CASES; c++) {
      Generated g = generate(r);
      Generated s = g.shuffled(new Random(r.nextLong()));
      TieRule rule = TieRule.values()[r.nextInt(3)];
      MissingPolicy policy = MissingPolicy.values()[r.nextInt(2)];
      Benchmark b =
          Benchmark.of(
              BenchmarkOptions.defaults()
                  .withTieRule(rule)
                  .withMissingPolicy(policy)
                  .withPeerAttributes(List.of("region")));
      String context = "seed " + SEED + ", case " + c + ", " + rule + ", " + policy;
      for (String metric : List.of("a", "b")) {
        MetricTable x = b.table(g.set(), metric, YEAR);
        MetricTable y = b.table(s.set(), metric, YEAR);
        assertThat(y.positions()).as(context).isEqualTo(x.positions());
        assertThat(y.missing()).as(context).isEqualTo(x.missing());
        assertThat(
                x.positions().stream()
                    .map(Position::percentile)
                    .filter(p -> p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0)
                    .toList())
            .as(context + ": percentiles outside 0-100")
            .isEmpty();
      }
    }
  }

  @Test
  void fractionalRanks_sumLikePositions_andCompetitionRanks_neverExceedThem() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int c = 0; c < CASES; c++) {
      Generated g = generate(r);
      MissingPolicy policy = MissingPolicy.values()[r.nextInt(2)];
      String context = "seed " + (SEED + 1) + ", case " + c + ", " + policy;
      BenchmarkOptions o = BenchmarkOptions.defaults().withMissingPolicy(policy);
      MetricTable f = Benchmark.of(o.withTieRule(TieRule.FRACTIONAL)).table(g.set(), "a", YEAR);
      MetricTable k = Benchmark.of(o.withTieRule(TieRule.COMPETITION)).table(g.set(), "a", YEAR);
      MetricTable d = Benchmark.of(o.withTieRule(TieRule.DENSE)).table(g.set(), "a", YEAR);
      long n = f.positions().size();
      BigDecimal sum = f.positions().stream().map(Position::rank).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(sum).as(context).isEqualByComparingTo(BigDecimal.valueOf(n * (n + 1) / 2));
      for (int i = 0; i < n; i++) {
        BigDecimal position = BigDecimal.valueOf(i + 1L);
        assertThat(k.positions().get(i).rank()).as(context).isLessThanOrEqualTo(position);
        assertThat(d.positions().get(i).rank()).as(context).isLessThanOrEqualTo(k.positions().get(i).rank());
      }
    }
  }

  @Test
  void compositeOfOneMetricAtWeightOne_ordersEntitiesLikeThatMetric() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    for (int c = 0; c < CASES; c++) {
      Generated g = generate(r);
      Normalisation how = Normalisation.values()[r.nextInt(2)];
      TieRule rule = TieRule.values()[r.nextInt(3)];
      MissingPolicy policy = MissingPolicy.values()[r.nextInt(2)];
      String metric = r.nextBoolean() ? "a" : "b";
      String context = "seed " + (SEED + 2) + ", case " + c + ", " + how + ", " + rule + ", " + policy;
      Benchmark b =
          Benchmark.of(BenchmarkOptions.defaults().withTieRule(rule).withMissingPolicy(policy));
      CompositeTable composite =
          b.composite(g.set(), CompositeScheme.of(Map.of(metric, BigDecimal.ONE), how, true), YEAR);
      MetricTable single = b.table(g.set(), metric, YEAR);

      assertThat(composite.table().positions()).as(context).hasSameSizeAs(single.positions());
      for (int i = 0; i < single.positions().size(); i++) {
        Position s = single.positions().get(i);
        Position p = composite.table().positions().get(i);
        assertThat(p.entity()).as(context).isEqualTo(s.entity());
        assertThat(p.rank()).as(context).isEqualByComparingTo(s.rank());
        assertThat(p.percentile()).as(context).isEqualByComparingTo(s.percentile());
      }
      assertThat(composite.table().missing()).extracting(Missing::entity).as(context)
          .isEqualTo(single.missing().stream().map(Missing::entity).toList());
    }
  }

  @Test
  void statistics_mergedInAnySplit_equalOnePass() {
    SplittableRandom r = new SplittableRandom(SEED + 3);
    for (int c = 0; c < CASES; c++) {
      int n = r.nextInt(50);
      List<BigDecimal> values = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        values.add(BigDecimal.valueOf(r.nextLong(-100_000, 100_000), r.nextInt(4)));
      }
      int cut1 = n == 0 ? 0 : r.nextInt(n + 1);
      int cut2 = cut1 + (n - cut1 == 0 ? 0 : r.nextInt(n - cut1 + 1));
      ValueStatistics a = ValueStatistics.of(values.subList(0, cut1));
      ValueStatistics b = ValueStatistics.of(values.subList(cut1, cut2));
      ValueStatistics d = ValueStatistics.of(values.subList(cut2, n));
      ValueStatistics whole = ValueStatistics.of(values);
      String context = "seed " + (SEED + 3) + ", case " + c;
      assertThat(a.merge(b).merge(d)).as(context).isEqualTo(whole);
      assertThat(a.merge(b.merge(d))).as(context).isEqualTo(whole);
      assertThat(d.merge(a).merge(b)).as(context).isEqualTo(whole);
    }
  }
}
