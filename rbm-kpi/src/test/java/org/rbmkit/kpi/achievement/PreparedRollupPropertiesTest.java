package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.period.PlanPeriod;
import org.rbmkit.core.period.Quarter;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;

/**
 * Seeded random frameworks rolled up from their prepared form and directly: the same tallies,
 * ratings, summaries and indicator ratings. The seed and case are in every failure message.
 */
class PreparedRollupPropertiesTest {

  static final long SEED = 0x9E9A_2ED0L;
  static final int CASES = 2_000;

  /** Target and actual periods drawn from: years, bienniums, quarters and the plan period. */
  static final List<Period> PERIODS =
      List.of(
          CalendarYear.of(2018),
          CalendarYear.of(2019),
          CalendarYear.of(2020),
          CalendarYear.of(2021),
          Biennium.startingIn(2018),
          Biennium.startingIn(2020),
          Quarter.of(2020, 1),
          Quarter.of(2020, 2),
          Quarter.of(2021, 4),
          new PlanPeriod(2018, 2021));

  /** A custom scheme: two places, half even, an exclusive bound and a repeated rating. */
  static final RatingScheme FINE =
      new RatingScheme(
          "fine",
          LocalizedText.of("en", "Fine"),
          RatingBasis.ACHIEVEMENT,
          2,
          RoundingMode.HALF_EVEN,
          ImmutableList.of(
              RatingBand.lowest(Rating.OFF_TRACK),
              RatingBand.above(new BigDecimal("33.335"), Rating.AT_RISK),
              RatingBand.from(new BigDecimal("66.67"), Rating.ON_TRACK),
              RatingBand.above(new BigDecimal("150"), Rating.AT_RISK)));

  @Test
  void preparedRollUp_equalsTheRollUpOfTheFramework() {
    SplittableRandom r = new SplittableRandom(SEED);
    // how the indicator-periods were prepared: not rated, progress, without baseline, exact
    int[] kinds = new int[4];
    for (int c = 0; c < CASES; c++) {
      ResultsFramework f = framework(r);
      RollupCalculator calc = calculator(r);
      PreparedFramework p = RollupCalculator.prepare(f);
      // three periods of the framework, or one without any target
      List<Period> periods = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        periods.add(
            r.nextInt(12) == 0 ? CalendarYear.of(2030) : PERIODS.get(r.nextInt(PERIODS.size())));
      }
      for (Period period : periods) {
        int k = c;
        Supplier<String> where =
            () -> "seed " + SEED + " case " + k + " period " + period + " framework " + f;
        FrameworkRollup expected = calc.rollUp(f, period);
        FrameworkRollup actual = calc.rollUp(p, period);
        List<Object> want = new ArrayList<>();
        List<Object> got = new ArrayList<>();
        want.add(expected.total());
        got.add(actual.total());
        for (ResultNode n : f.nodes()) {
          want.add(n.code() + " " + expected.result(n.code()).subtree());
          want.add(expected.result(n.code()).subtree());
          want.add(expected.result(n.code()).rating());
          got.add(n.code() + " " + actual.subtree(n.code()));
          got.add(actual.subtree(n.code()));
          got.add(actual.rating(n.code()));
        }
        for (ResultLevel level : ResultLevel.values()) {
          want.add(expected.levelTally(level));
          got.add(actual.levelTally(level));
        }
        want.add(expected.summary("fr"));
        got.add(actual.summary("fr"));
        assertThat(got).as(where).isEqualTo(want);
        if (c % 10 == 0) {
          assertThat(actual.results()).as(where).isEqualTo(expected.results());
          assertThat(actual.indicators()).as(where).isEqualTo(expected.indicators());
          assertThat(actual.summary("en")).as(where).isEqualTo(expected.summary("en"));
        }
        PreparedFramework.Column column = p.column(period);
        for (int i = 0; column != null && i < p.indicatorCount(); i++) {
          kinds[column.kind[i]]++;
        }
      }
    }
    // every way of rating is exercised many times
    assertThat(Arrays.stream(kinds).min().getAsInt())
        .as("kinds %s", Arrays.toString(kinds))
        .isGreaterThan(CASES / 2);
  }

  @Test
  void divide_roundsAsBigDecimal() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int c = 0; c < 20 * CASES; c++) {
      long d = c % 2 == 0 ? r.nextLong(1, 20) : r.nextLong(1, Long.MAX_VALUE);
      long x = c % 3 == 0 ? r.nextLong(-60, 60) : r.nextLong();
      for (RoundingMode mode : RoundingMode.values()) {
        if (mode == RoundingMode.UNNECESSARY) {
          continue;
        }
        assertThat(RollupCalculator.divide(x, d, mode))
            .as("seed %s case %s: %s / %s %s", SEED + 1, c, x, d, mode)
            .isEqualTo(
                BigDecimal.valueOf(x)
                    .divide(BigDecimal.valueOf(d), 0, mode)
                    .longValueExact());
      }
    }
  }

  @Test
  void preparedRollUp_answersForEveryResult_andRejectsUnknownCodes() {
    ResultsFramework f = framework(new SplittableRandom(SEED + 2));
    PreparedFramework p = RollupCalculator.prepare(f);
    List<Indicator> all = f.nodes().stream().flatMap(n -> n.indicators().stream()).toList();
    assertThat(p.indicatorCount()).isEqualTo(all.size());
    assertThat(p.periods())
        .containsExactlyInAnyOrderElementsOf(
            all.stream()
                .flatMap(i -> i.targets().stream())
                .filter(t -> t.value().isTotal())
                .map(PeriodValue::period)
                .distinct()
                .toList());
    assertThat(p.framework()).isSameAs(f);
    FrameworkRollup r = RollupCalculator.withDefaults().rollUp(p);
    assertThat(r.period()).isEqualTo(f.period());
    assertThatThrownBy(() -> r.subtree("no-such"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no-such");
    assertThatThrownBy(() -> r.rating("no-such")).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> r.result("no-such")).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(
            () ->
                RollupCalculator.withDefaults()
                    .withScheme(RatingScheme.TIME_PACED)
                    .rollUp(RollupCalculator.prepare(f), CalendarYear.of(2020)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("time-paced");
  }

  @Test
  void indicatorRatings_areBuiltOnce_forConcurrentReaders() throws Exception {
    ResultsFramework f = framework(new SplittableRandom(SEED + 3));
    Period y2020 = CalendarYear.of(2020);
    FrameworkRollup r = RollupCalculator.withDefaults().rollUp(RollupCalculator.prepare(f), y2020);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<ImmutableMap<String, ResultRollup>>> reads = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        reads.add(pool.submit(r::results));
      }
      ImmutableMap<String, ResultRollup> first = reads.get(0).get();
      for (Future<ImmutableMap<String, ResultRollup>> read : reads) {
        assertThat(read.get()).isSameAs(first);
      }
      assertThat(first).isEqualTo(RollupCalculator.withDefaults().rollUp(f, y2020).results());
    } finally {
      pool.shutdownNow();
    }
  }

  static RollupCalculator calculator(SplittableRandom r) {
    RollupCalculator calc = RollupCalculator.withDefaults();
    int scheme = r.nextInt(4);
    calc =
        calc.withScheme(
            scheme == 0 ? RatingScheme.ON_TARGET_15 : scheme == 1 ? FINE : RatingScheme.TRAFFIC_LIGHT);
    calc = calc.withRule(RollupRule.values()[r.nextInt(RollupRule.values().length)]);
    AchievementPolicy policy = AchievementPolicy.DEFAULT;
    if (r.nextInt(3) == 0) {
      policy = policy.withOverAchievement(OverAchievement.CAP);
    }
    if (r.nextInt(3) == 0) {
      policy = policy.withMissingBaseline(MissingBaseline.TREAT_AS_ZERO);
    }
    if (r.nextInt(10) == 0) {
      policy = policy.withMethod(AchievementMethod.RATIO_TO_TARGET);
    }
    calc = calc.withPolicy(policy);
    if (r.nextInt(20) == 0) {
      calc = calc.asOf(LocalDate.of(2020, 12, 31));
    }
    if (r.nextInt(20) == 0) {
      calc = calc.withWeights((node, indicator) -> BigDecimal.valueOf(indicator.code().length()));
    }
    return calc;
  }

  static ResultsFramework framework(SplittableRandom r) {
    int[] next = {0};
    List<ResultNode> roots = new ArrayList<>();
    int n = r.nextInt(1, 4);
    for (int i = 0; i < n; i++) {
      roots.add(node(r, "R" + i, 0, next));
    }
    return ResultsFramework.of(
        "TEST", new PlanPeriod(2018, 2021), LocalizedText.of("en", "Random framework"), roots);
  }

  static ResultNode node(SplittableRandom r, String code, int depth, int[] next) {
    ResultLevel level =
        depth == 0 ? ResultLevel.OUTCOME : depth == 1 ? ResultLevel.OUTPUT : ResultLevel.ACTIVITY;
    ResultNode.Builder b = ResultNode.builder(code, level, LocalizedText.of("en", "Result " + code));
    int indicators = r.nextInt(0, 6);
    for (int i = 0; i < indicators; i++) {
      b.indicator(indicator(r, "I" + next[0]++));
    }
    if (depth < 2) {
      int children = r.nextInt(0, 4);
      for (int c = 0; c < children; c++) {
        b.child(node(r, code + "." + c, depth + 1, next));
      }
    }
    return b.build();
  }

  static Indicator indicator(SplittableRandom r, String code) {
    int m = r.nextInt(10);
    Measure measure =
        m < 5 ? Measure.UNIT : m < 7 ? Measure.PERCENTAGE : m < 9 ? Measure.CURRENCY : Measure.RATIO;
    int d = r.nextInt(20);
    Direction direction =
        d < 9 ? Direction.INCREASE : d < 17 ? Direction.DECREASE : d < 19 ? Direction.MAINTAIN : Direction.NONE;
    Indicator.Builder b =
        Indicator.builder(code, LocalizedText.of("en", "Indicator " + code), measure)
            .direction(direction)
            .cumulation(Cumulation.values()[r.nextInt(Cumulation.values().length)]);
    if (measure == Measure.CURRENCY) {
      b.unit("EUR");
    }
    if (direction == Direction.MAINTAIN) {
      b.maintainWithin(new BigDecimal("40"), new BigDecimal("60"));
    }
    boolean tiny = r.nextInt(4) == 0; // few distinct values: baselines equal to targets
    boolean huge = r.nextInt(30) == 0; // beyond the prepared long figures
    int baselines = r.nextInt(0, 3);
    for (int i = 0; i < baselines; i++) {
      IndicatorValue v = value(r, measure, tiny, huge);
      if (r.nextInt(8) == 0) {
        v = v.withDimension("sex", "female");
      }
      b.baseline(Baseline.inYear(2016 + 2 * i + r.nextInt(2), v));
    }
    List<Period> targetPeriods = new ArrayList<>(PERIODS);
    int targets = r.nextInt(0, 6);
    for (int i = 0; i < targets; i++) {
      Period p = targetPeriods.remove(r.nextInt(targetPeriods.size()));
      if (r.nextInt(8) == 0) {
        b.target(new PeriodValue(p, value(r, measure, tiny, huge).withDimension("sex", "male")));
      }
      if (r.nextInt(10) != 0) {
        b.target(new PeriodValue(p, qualified(r, value(r, measure, tiny, huge))));
      }
    }
    List<Period> actualPeriods = new ArrayList<>(PERIODS);
    int actuals = r.nextInt(0, 6);
    for (int i = 0; i < actuals; i++) {
      Period p = actualPeriods.remove(r.nextInt(actualPeriods.size()));
      if (r.nextInt(8) == 0) {
        b.actual(new PeriodValue(p, value(r, measure, tiny, huge).withDimension("sex", "male")));
      }
      if (r.nextInt(10) != 0) {
        b.actual(new PeriodValue(p, qualified(r, value(r, measure, tiny, huge))));
      }
    }
    return b.build();
  }

  static IndicatorValue qualified(SplittableRandom r, IndicatorValue v) {
    int q = r.nextInt(12);
    return q < 9 ? v : v.with(Qualifier.values()[q - 8]);
  }

  static IndicatorValue value(SplittableRandom r, Measure measure, boolean tiny, boolean huge) {
    if (measure == Measure.RATIO) {
      long den = r.nextLong(0, 50);
      return IndicatorValue.ratio(r.nextLong(0, den + 1), den);
    }
    if (tiny) {
      return IndicatorValue.of(r.nextLong(0, 4));
    }
    if (huge) {
      return IndicatorValue.of(
          BigDecimal.valueOf(r.nextLong(-Long.MAX_VALUE, Long.MAX_VALUE), r.nextInt(0, 3)));
    }
    int scale = measure == Measure.CURRENCY ? r.nextInt(0, 3) : r.nextInt(0, 4);
    return IndicatorValue.of(BigDecimal.valueOf(r.nextLong(-2_000, 200_000), scale));
  }
}
