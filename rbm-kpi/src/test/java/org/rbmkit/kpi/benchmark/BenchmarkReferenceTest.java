package org.rbmkit.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.MissingPolicy;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.TieRule;
import org.rbmkit.kpi.benchmark.Position.Quartile;

/**
 * A generated benchmark of 10 000 entities, with many ties and some missing values, checked
 * against a brute-force reference: pairwise counts for ranks and percentiles, a two-pass
 * high-precision computation for z-scores.
 */
class BenchmarkReferenceTest {

  private static final long SEED = 0x5EED_0006L;
  private static final int N = 10_000;
  private static final CalendarYear YEAR = CalendarYear.of(2024);
  private static final MathContext REFERENCE = new MathContext(60);

  /** Unscaled values with scale 1 (0.0 … 299.9, so ties are frequent); null when missing. */
  private static Long[] unscaled;

  private static BenchmarkSet set;

  @BeforeAll
  static void generate() {
    SplittableRandom random = new SplittableRandom(SEED);
    unscaled = new Long[N];
    BenchmarkSet.Builder b =
        BenchmarkSet.builder()
            .metric(Metric.of("up", "Higher is better", "", Direction.HIGHER_IS_BETTER))
            .metric(Metric.of("down", "Lower is better", "", Direction.LOWER_IS_BETTER));
    for (int i = 0; i < N; i++) {
      String id = String.format("e%05d", i);
      b.entity(BenchmarkEntity.of(id, "unit", "Unit " + i));
      if (random.nextInt(20) == 0) {
        continue; // about 5 % missing
      }
      long u = random.nextLong(3000) - 500; // negative values too
      unscaled[i] = u;
      BigDecimal v = BigDecimal.valueOf(u, 1);
      b.value(id, "up", YEAR, v);
      b.value(id, "down", YEAR, v);
    }
    set = b.build();
  }

  private record Counts(int better, int equal, int distinctBetter) {}

  /** Pairwise: for each entity with a value, how many are strictly better and how many equal. */
  private static Counts[] bruteForce(Direction direction) {
    Counts[] out = new Counts[N];
    TreeSet<Long> distinct = new TreeSet<>();
    for (Long u : unscaled) {
      if (u != null) {
        distinct.add(u);
      }
    }
    for (int i = 0; i < N; i++) {
      if (unscaled[i] == null) {
        continue;
      }
      long x = unscaled[i];
      int better = 0;
      int equal = 0;
      for (int j = 0; j < N; j++) {
        if (unscaled[j] == null) {
          continue;
        }
        long y = unscaled[j];
        if (y == x) {
          equal++;
        } else if (direction == Direction.HIGHER_IS_BETTER ? y > x : y < x) {
          better++;
        }
      }
      int distinctBetter =
          direction == Direction.HIGHER_IS_BETTER
              ? distinct.tailSet(x, false).size()
              : distinct.headSet(x, false).size();
      out[i] = new Counts(better, equal, distinctBetter);
    }
    return out;
  }

  private static final Counts[][] COUNTS = new Counts[2][];

  private static synchronized Counts[] counts(Direction d) {
    int k = d == Direction.HIGHER_IS_BETTER ? 0 : 1;
    if (COUNTS[k] == null) {
      COUNTS[k] = bruteForce(d);
    }
    return COUNTS[k];
  }

  @ParameterizedTest
  @EnumSource(TieRule.class)
  void ranksAndPercentiles_matchPairwiseCounts_bothPoliciesBothDirections(TieRule rule) {
    int present = (int) Arrays.stream(unscaled).filter(u -> u != null).count();
    int missing = N - present;
    for (Direction direction : Direction.values()) {
      String metric = direction == Direction.HIGHER_IS_BETTER ? "up" : "down";
      Counts[] counts = counts(direction);
      int distinctCount = (int) Arrays.stream(unscaled).filter(u -> u != null).distinct().count();
      for (MissingPolicy policy : MissingPolicy.values()) {
        BenchmarkOptions options =
            BenchmarkOptions.defaults().withTieRule(rule).withMissingPolicy(policy);
        MetricTable table = Benchmark.of(options).table(set, metric, YEAR);
        String context = "seed " + SEED + ", " + rule + ", " + policy + ", " + direction;
        int ranked = policy == MissingPolicy.RANK_LAST ? N : present;
        assertThat(table.positions()).as(context).hasSize(ranked);
        assertThat(table.missing()).as(context).hasSize(missing);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < N; i++) {
          String id = String.format("e%05d", i);
          Position p = table.position(id).orElse(null);
          String expected;
          if (unscaled[i] == null) {
            if (policy == MissingPolicy.EXCLUDE) {
              expected = "not ranked";
            } else {
              BigDecimal rank =
                  switch (rule) {
                    case COMPETITION -> BigDecimal.valueOf(present + 1L);
                    case DENSE -> BigDecimal.valueOf(distinctCount + 1L);
                    case FRACTIONAL ->
                        BigDecimal.valueOf(2L * present + missing + 1)
                            .divide(BigDecimal.valueOf(2));
                  };
              BigDecimal percentile =
                  BigDecimal.valueOf(100L * missing)
                      .divide(BigDecimal.valueOf(2L * N), MathContext.DECIMAL128);
              expected = describe(rank, percentile, Quartile.ofPercentile(percentile), null);
            }
          } else {
            Counts c = counts[i];
            BigDecimal rank =
                switch (rule) {
                  case COMPETITION -> BigDecimal.valueOf(c.better() + 1L);
                  case DENSE -> BigDecimal.valueOf(c.distinctBetter() + 1L);
                  case FRACTIONAL ->
                      BigDecimal.valueOf(2L * c.better() + c.equal() + 1)
                          .divide(BigDecimal.valueOf(2));
                };
            long worse = (long) ranked - c.better() - c.equal();
            BigDecimal percentile =
                BigDecimal.valueOf(100 * (2 * worse + c.equal()))
                    .divide(BigDecimal.valueOf(2L * ranked), MathContext.DECIMAL128);
            expected =
                describe(
                    rank, percentile, Quartile.ofPercentile(percentile), BigDecimal.valueOf(unscaled[i], 1));
          }
          String actual =
              p == null
                  ? "not ranked"
                  : describe(p.rank(), p.percentile(), p.quartile(), p.value().orElse(null));
          if (!actual.equals(expected) && mismatches.size() < 5) {
            mismatches.add(id + ": expected " + expected + ", was " + actual);
          }
        }
        assertThat(mismatches).as(context).isEmpty();
      }
    }
  }

  private static String describe(BigDecimal rank, BigDecimal percentile, Quartile q, BigDecimal value) {
    return "rank "
        + rank.stripTrailingZeros().toPlainString()
        + ", percentile "
        + percentile.stripTrailingZeros().toPlainString()
        + ", "
        + q.code()
        + ", value "
        + (value == null ? "missing" : value.stripTrailingZeros().toPlainString());
  }

  @ParameterizedTest
  @EnumSource(Direction.class)
  void zScores_meanAndMedian_matchTwoPassReference(Direction direction) {
    List<BigDecimal> values = new ArrayList<>();
    for (Long u : unscaled) {
      if (u != null) {
        values.add(BigDecimal.valueOf(u, 1));
      }
    }
    BigDecimal n = BigDecimal.valueOf(values.size());
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal mean = sum.divide(n, REFERENCE);
    BigDecimal squares = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      BigDecimal d = v.subtract(mean);
      squares = squares.add(d.multiply(d));
    }
    BigDecimal sd = squares.divide(n, REFERENCE).sqrt(REFERENCE);
    List<BigDecimal> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int m = sorted.size();
    BigDecimal median =
        sorted.get((m - 1) / 2).add(sorted.get(m / 2)).divide(BigDecimal.valueOf(2));

    String metric = direction == Direction.HIGHER_IS_BETTER ? "up" : "down";
    MetricTable table = Benchmark.of(BenchmarkOptions.defaults()).table(set, metric, YEAR);
    String context = "seed " + SEED + ", " + direction;
    assertThat(table.total()).as(context).isEqualByComparingTo(sum);
    assertThat(table.median()).as(context).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(median));
    assertThat(table.mean().orElseThrow()).as(context).isCloseTo(mean, within(new BigDecimal("1e-28")));
    assertThat(table.standardDeviation().orElseThrow())
        .as(context)
        .isCloseTo(sd, within(new BigDecimal("1e-28")));
    BigDecimal tolerance = new BigDecimal("1e-28");
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      if (unscaled[i] == null) {
        continue;
      }
      BigDecimal x = BigDecimal.valueOf(unscaled[i], 1);
      BigDecimal z = x.subtract(mean).divide(sd, REFERENCE);
      String id = String.format("e%05d", i);
      Position p = table.position(id).orElseThrow();
      BigDecimal actual = p.zScore().orElseThrow();
      if (actual.subtract(z).abs().compareTo(tolerance) > 0 && mismatches.size() < 5) {
        mismatches.add(id + ": z-score " + actual + ", reference " + z);
      }
      BigDecimal gap = p.gapToMedian().orElseThrow().difference();
      if (gap.compareTo(x.subtract(median)) != 0 && mismatches.size() < 5) {
        mismatches.add(id + ": gap to median " + gap + ", reference " + x.subtract(median));
      }
    }
    assertThat(mismatches).as(context).isEmpty();
  }
}
