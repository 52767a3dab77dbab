package org.rbmkit.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.MissingPolicy;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.TieRule;
import org.rbmkit.kpi.benchmark.MetricTable.Missing;
import org.rbmkit.kpi.benchmark.Position.Gap;
import org.rbmkit.kpi.benchmark.Position.Quartile;

/** Hand-checked rankings of a small set: tie rules, missing policies, gaps, peers, text. */
class MetricTableTest {

  private static final CalendarYear YEAR = CalendarYear.of(2022);

  /** Values 10, 8, 8, 5 (higher better), E missing; cost per learner for A–C. */
  private static BenchmarkSet set() {
    BenchmarkSet.Builder b =
        BenchmarkSet.builder()
            .metric(Metric.of("score", "Score", "points", Direction.HIGHER_IS_BETTER))
            .metric(Metric.of("learners", "Learners", "", Direction.HIGHER_IS_BETTER))
            .metric(Metric.of("cost", "Cost", "EUR", Direction.LOWER_IS_BETTER).per("learners"));
    String[][] entities = {{"a", "north"}, {"b", "north"}, {"c", "south"}, {"d", "south"}, {"e", "south"}};
    for (String[] e : entities) {
      b.entity(new BenchmarkEntity(e[0], "unit", "Unit " + e[0].toUpperCase(), Map.of("region", e[1])));
    }
    return b.value("a", "score", YEAR, "10")
        .value("b", "score", YEAR, "8")
        .value("c", "score", YEAR, "8.0")
        .value("d", "score", YEAR, "5")
        .target("d", "score", YEAR, "6")
        .value("a", "learners", YEAR, "100")
        .value("b", "learners", YEAR, "40")
        .value("c", "learners", YEAR, "30")
        .value("a", "cost", YEAR, "25000")
        .value("b", "cost", YEAR, "12000")
        .value("c", "cost", YEAR, "9000")
        .value("d", "cost", YEAR, "1000")
        .build();
  }

  private static MetricTable table(TieRule rule, MissingPolicy policy) {
    return Benchmark.of(
            BenchmarkOptions.defaults()
                .withTieRule(rule)
                .withMissingPolicy(policy)
                .withPeerAttributes(List.of("region")))
        .table(set(), "score", YEAR);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({
    "competition, exclude, 1 2 2 4",
    "dense, exclude, 1 2 2 3",
    "fractional, exclude, 1 2.5 2.5 4",
    "competition, rank-last, 1 2 2 4 5",
    "dense, rank-last, 1 2 2 3 4",
    "fractional, rank-last, 1 2.5 2.5 4 5",
  })
  void ranks_followTheStatedTieRule(String rule, String policy, String ranks) {
    MetricTable t = table(TieRule.fromCode(rule), MissingPolicy.fromCode(policy));
    assertThat(t.positions()).extracting(p -> p.rank().toPlainString())
        .containsExactly(ranks.split(" "));
    assertThat(t.missing()).containsExactly(new Missing("e", "no value"));
  }

  @Test
  void percentiles_quartiles_andStatistics() {
    MetricTable t = table(TieRule.COMPETITION, MissingPolicy.EXCLUDE);
    // N = 4: a beats 3 -> 100·3.5/4; b, c beat 1 and tie 2 -> 100·2/4; d -> 100·0.5/4
    assertThat(t.positions()).extracting(p -> p.percentile().stripTrailingZeros().toPlainString())
        .containsExactly("87.5", "50", "50", "12.5");
    assertThat(t.positions()).extracting(Position::quartile)
        .containsExactly(Quartile.FIRST, Quartile.THIRD, Quartile.THIRD, Quartile.FOURTH);
    assertThat(t.median()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("8"));
    assertThat(t.best()).contains(new BigDecimal("10"));
    assertThat(t.worst()).contains(new BigDecimal("5"));
    assertThat(t.total()).isEqualByComparingTo("31");
    assertThat(t.mean().orElseThrow()).isEqualByComparingTo("7.75");
    // population variance: (100 + 64 + 64 + 25)/4 - 7.75² = 63.25 - 60.0625 = 3.1875
    assertThat(t.statistics().populationVariance(BenchmarkOptions.defaults().precision()))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("3.1875"));
  }

  @Test
  void rankLast_percentile_ofMissing_isHalfTheirShare() {
    MetricTable t = table(TieRule.COMPETITION, MissingPolicy.RANK_LAST);
    Position e = t.position("e").orElseThrow();
    assertThat(e.hasValue()).isFalse();
    assertThat(e.missingReason()).contains("no value");
    assertThat(e.percentile()).isEqualByComparingTo("10"); // 100 · 0.5 / 5
    assertThat(e.zScore()).isEmpty();
    assertThat(t.worst(1)).extracting(Position::entity).containsExactly("d");
    assertThat(t.best(2)).extracting(Position::entity).containsExactly("a", "b");
  }

  @Test
  void gaps_toMedianBestTargetAndPeers() {
    Position d = table(TieRule.COMPETITION, MissingPolicy.EXCLUDE).position("d").orElseThrow();
    assertThat(d.gapToMedian().orElseThrow().difference()).isEqualByComparingTo("-3");
    assertThat(d.gapToBest().orElseThrow().difference()).isEqualByComparingTo("-5");
    assertThat(d.gapToTarget().orElseThrow().difference()).isEqualByComparingTo("-1");
    assertThat(d.gapToTarget().orElseThrow().isFavourable()).isFalse();
    // south peers with values: c 8.0 and d 5 -> mean 6.5
    assertThat(d.peerGroup()).contains(new PeerGroup(Map.of("region", "south")));
    assertThat(d.gapToPeerMean().orElseThrow().reference()).isEqualByComparingTo("6.5");
    assertThat(d.gapToPeerMean().orElseThrow().difference()).isEqualByComparingTo("-1.5");
    assertThat(d.zScore().orElseThrow()).isNegative();
  }

  @Test
  void normalisedMetric_comparesPerUnit_lowerIsBetter_andReportsMissingNormaliser() {
    MetricTable t = Benchmark.of(BenchmarkOptions.defaults()).table(set(), "cost", YEAR);
    // b 300, c 300, a 250 per learner: a best; d has cost but no learners
    assertThat(t.positions()).extracting(Position::entity).containsExactly("a", "b", "c");
    assertThat(t.positions()).extracting(p -> p.value().orElseThrow().stripTrailingZeros().toPlainString())
        .containsExactly("250", "300", "300");
    assertThat(t.missing())
        .containsExactly(
            new Missing("d", "no value of normaliser \"learners\""), new Missing("e", "no value"));
    Gap b = t.position("b").orElseThrow().gapToBest().orElseThrow();
    assertThat(b.difference()).isEqualByComparingTo("50");
    assertThat(b.advantage()).isEqualByComparingTo("-50");
  }

  @Test
  void format_printsEveryPosition_statistics_andMissing() {
    String text = table(TieRule.FRACTIONAL, MissingPolicy.RANK_LAST).format(1);
    assertThat(text)
        .contains("Score (score, points, higher-is-better) 2022; ties: fractional, missing: rank-last")
        .containsPattern("rank\\s+entity\\s+value\\s+pctl\\s+quart\\s+z\\s+vs median")
        .containsPattern("2\\.5  b\\s+8\\.0\\s+60\\.0\\s+q2\\s+0\\.1\\s+\\+0\\.0\\s+-2\\.0")
        .containsPattern("4  d\\s+5\\.0\\s+30\\.0\\s+q3\\s+-1\\.5\\s+-3\\.0\\s+-5\\.0\\s+-1\\.0\\s+-1\\.5")
        .contains("n=4, median=8.0, mean=7.8, sd(population)=1.8, best=10.0, worst=5.0")
        .contains("missing: e (no value)")
        .containsPattern("5  e\\s+missing\\s+10\\.0\\s+q4");
  }

  @Test
  void profile_listsTheEntityOnEveryMetric() {
    EntityProfile p =
        Benchmark.of(BenchmarkOptions.defaults().withPeerAttributes(List.of("region")))
            .profile(set(), "d", YEAR);
    assertThat(p.position("score").orElseThrow().rank()).isEqualByComparingTo("4");
    assertThat(p.position("cost")).isEmpty();
    assertThat(p.format(1))
        .contains("Unit D (d) 2022")
        .contains("Score: 5.0, rank 4 of 4, percentile 12.5, q4, vs median -3.0, vs best -5.0,"
            + " vs target -1.0, vs peers (region=south) -1.5")
        .contains("Cost: missing (no value of normaliser \"learners\")");
  }

  @Test
  void allEqualValues_haveNoZScore_andShareRankOne() {
    BenchmarkSet s =
        BenchmarkSet.builder()
            .metric(Metric.of("m", "M", "", Direction.LOWER_IS_BETTER))
            .entity(BenchmarkEntity.of("x", "unit", "X"))
            .entity(BenchmarkEntity.of("y", "unit", "Y"))
            .value("x", "m", YEAR, "3")
            .value("y", "m", YEAR, "3.00")
            .build();
    MetricTable t = Benchmark.of(BenchmarkOptions.defaults()).table(s, "m", YEAR);
    assertThat(t.positions()).allSatisfy(p -> {
      assertThat(p.rank()).isEqualByComparingTo("1");
      assertThat(p.zScore()).isEmpty();
      assertThat(p.percentile()).isEqualByComparingTo("50");
    });
  }

  @Test
  void emptyTable_hasNoStatistics() {
    MetricTable t = Benchmark.of(BenchmarkOptions.defaults()).table(set(), "score", CalendarYear.of(1999));
    assertThat(t.positions()).isEmpty();
    assertThat(t.missing()).hasSize(5);
    assertThat(t.median()).isEmpty();
    assertThat(t.mean()).isEmpty();
    assertThat(t.best()).isEmpty();
    assertThat(t.total()).isEqualByComparingTo("0");
    assertThat(t.best(3)).isEmpty();
  }
}
