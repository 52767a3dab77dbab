package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rbmkit.kpi.achievement.ScoringReference.FINE;
import static org.rbmkit.kpi.achievement.ScoringReference.band;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.period.PlanPeriod;
import org.rbmkit.core.period.Quarter;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.AchievementPolicy.MissingBaseline;
import org.rbmkit.kpi.achievement.AchievementPolicy.OverAchievement;
import org.rbmkit.kpi.achievement.Pace.PaceCurve;
import org.rbmkit.kpi.achievement.Pace.PaceStatus;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBand;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBasis;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;
import org.rbmkit.kpi.achievement.RollupCalculator.IndicatorWeights;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;

/**
 * Seeded random frameworks rolled up under random policies, schemes, rules, dates and weights,
 * against a reference written here: each indicator's achievement from {@link
 * AchievementCalculator}, scored and banded by plain {@code BigDecimal} arithmetic, tallied with
 * {@link RatingTally#plus(Rated, BigDecimal)} over each result's subtree, and rated by the rule.
 * The seed and case are in every failure message.
 */
class RollupPropertiesTest {

  static final long SEED = 0x9E9A_2ED0L;
  static final int CASES = 2_000;

  /**
   * Target and actual periods drawn from: years, bienniums, quarters, the plan period, and two
   * date ranges far in time.
   */
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
          new PlanPeriod(2018, 2021),
          // days beyond what an indicator's value columns hold: compared as whole periods
          DateRange.ofInclusive(LocalDate.of(202_020, 1, 1), LocalDate.of(202_020, 12, 31)),
          DateRange.ofInclusive(LocalDate.of(202_020, 4, 1), LocalDate.of(202_020, 6, 30)));

  @Test
  void rollUp_equalsTheReferenceComputation() {
    SplittableRandom r = new SplittableRandom(SEED);
    // how the indicator-periods are laid out: not rated, exact, fast (any flags)
    int[] kinds = new int[3];
    int wide = 0; // fast ones with figures beyond an int
    int[] paths = new int[2]; // roll-ups with a date, with weights
    for (int c = 0; c < CASES; c++) {
      ResultsFramework f = framework(r);
      Config config = config(r);
      paths[0] += config.asOf.isPresent() ? 1 : 0;
      paths[1] += config.weights != IndicatorWeights.EQUAL ? 1 : 0;
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
        assertRollUpEqualsReference(f, period, config, where, c % 10 == 0);
        FrameworkLayout.Column column = FrameworkLayout.of(f).column(period);
        for (byte kind : column.kind) {
          kinds[Math.min(kind, 2)]++;
          wide += (kind & FrameworkLayout.WIDE) != 0 ? 1 : 0;
        }
      }
    }
    // every way of rating is exercised many times
    assertThat(Arrays.stream(kinds).min().getAsInt())
        .as("kinds %s", Arrays.toString(kinds))
        .isGreaterThan(CASES / 2);
    assertThat(wide).as("fast with figures beyond an int; kinds %s", Arrays.toString(kinds))
        .isGreaterThan(CASES / 4);
    assertThat(Arrays.stream(paths).min().getAsInt())
        .as("dated, weighted %s", Arrays.toString(paths))
        .isGreaterThan(CASES / 30);
  }

  /**
   * Checks that the roll-up of {@code f} for {@code period} under {@code config} equals the
   * reference: every result's subtree tally and rating, and the total; with {@code results}, also
   * every result's own indicator ratings and children.
   */
  static void assertRollUpEqualsReference(
      ResultsFramework f, Period period, Config config, Supplier<String> where, boolean results) {
    FrameworkRollup actual = config.calculator().rollUp(f, period);
    Map<String, List<IndicatorRating>> own = reference(f, period, config);
    List<Object> want = new ArrayList<>();
    List<Object> got = new ArrayList<>();
    RatingTally total = RatingTally.EMPTY;
    for (ResultNode n : f.nodes()) {
      RatingTally subtree = RatingTally.EMPTY;
      for (ResultNode m : subtreeOf(f, n)) {
        for (IndicatorRating i : own.get(m.code())) {
          subtree = subtree.plus(i.rated(), i.weight());
        }
      }
      if (f.parent(n.code()).isEmpty()) {
        total = total.plus(subtree);
      }
      want.add(n.code() + " " + subtree);
      want.add(subtree);
      want.add(ruleRating(config, subtree));
      got.add(n.code() + " " + actual.subtree(n.code()));
      got.add(actual.subtree(n.code()));
      got.add(actual.rating(n.code()));
    }
    want.add(total);
    got.add(actual.total());
    assertThat(got).as(where).isEqualTo(want);
    if (results) {
      for (ResultNode n : f.nodes()) {
        ResultRollup result = actual.result(n.code());
        assertThat(result.indicators()).as(where).isEqualTo(own.get(n.code()));
        assertThat(result.subtree()).as(where).isEqualTo(actual.subtree(n.code()));
        assertThat(result.rating()).as(where).isEqualTo(actual.rating(n.code()));
        assertThat(result.childCodes())
            .as(where)
            .isEqualTo(n.children().stream().map(ResultNode::code).toList());
      }
    }
  }

  /** The ratings of every result's own indicators, computed one by one. */
  static Map<String, List<IndicatorRating>> reference(
      ResultsFramework f, Period period, Config config) {
    AchievementCalculator calc = new AchievementCalculator(config.policy);
    Map<String, List<IndicatorRating>> out = new HashMap<>();
    for (ResultNode n : f.nodes()) {
      List<IndicatorRating> own = new ArrayList<>();
      for (Indicator i : n.indicators()) {
        Achievement a =
            config.asOf.isPresent()
                ? calc.achievementAt(i, period, config.asOf.get())
                : calc.achievement(i, period);
        Optional<Pace> pace = config.asOf.map(d -> Pace.of(a, d, PaceCurve.LINEAR));
        own.add(
            new IndicatorRating(
                n.code(), a, pace, rate(config.scheme, a, pace), config.weights.weight(n, i)));
      }
      out.put(n.code(), own);
    }
    return out;
  }

  /** The scheme's rating of an achievement or its pace, by the rules of docs/achievement.md. */
  static Rated rate(RatingScheme scheme, Achievement a, Optional<Pace> pace) {
    if (!a.status().isDefined()) {
      return Rated.NOT_RATED;
    }
    Optional<ExactRatio> low = a.low();
    Optional<ExactRatio> high = a.high();
    if (scheme.basis() == RatingBasis.PACE) {
      if (pace.get().status() == PaceStatus.NOT_STARTED) {
        return Rated.NOT_RATED;
      }
      low = pace.get().low();
      high = pace.get().high();
    }
    Optional<BigDecimal> lowScore = low.map(x -> percent(scheme, x));
    Optional<BigDecimal> highScore = high.map(x -> percent(scheme, x));
    List<RatingBand> bands = scheme.bands();
    Rating lowRating = lowScore.map(s -> band(scheme, s)).orElse(bands.get(0).rating());
    Rating highRating =
        highScore.map(s -> band(scheme, s)).orElse(bands.get(bands.size() - 1).rating());
    boolean lowWorse = lowRating.severity() >= highRating.severity();
    return new Rated(
        lowWorse ? lowRating : highRating,
        lowWorse ? lowScore : highScore,
        !lowRating.equals(highRating));
  }

  static BigDecimal percent(RatingScheme scheme, ExactRatio x) {
    return ScoringReference.percent(scheme, x.numerator(), x.denominator());
  }

  /** The rating of a subtree's tally under the configured rule. */
  static Rating ruleRating(Config config, RatingTally t) {
    List<Rating> rated = new ArrayList<>();
    t.counts()
        .forEach(
            (rating, n) -> {
              for (long i = 0; i < n && rating.isRated(); i++) {
                rated.add(rating);
              }
            });
    if (rated.isEmpty()) {
      return Rating.NOT_RATED;
    }
    rated.sort(Rating.WORST_FIRST);
    return switch (config.rule) {
      case WORST -> rated.get(0);
      // the worse middle one for an even count: best first, index n / 2
      case MEDIAN -> rated.get(rated.size() - 1 - rated.size() / 2);
      case WEIGHTED ->
          t.weightedMean(config.scheme.scale(), config.scheme.rounding())
              .map(m -> band(config.scheme, m))
              .orElse(Rating.NOT_RATED);
    };
  }

  /** {@code node} and every result under it. */
  static List<ResultNode> subtreeOf(ResultsFramework f, ResultNode node) {
    List<ResultNode> out = new ArrayList<>();
    out.add(node);
    for (int i = 0; i < out.size(); i++) {
      out.addAll(out.get(i).children());
    }
    return out;
  }

  @Test
  void rollUp_answersForEveryResult_rejectsUnknownCodes_andKeepsTheLayout() {
    ResultsFramework f = framework(new SplittableRandom(SEED + 2));
    FrameworkRollup r = RollupCalculator.withDefaults().rollUp(f);
    assertThat(r.period()).isEqualTo(f.period());
    assertThat(FrameworkLayout.of(f)).isSameAs(FrameworkLayout.of(f));
    assertThat(FrameworkLayout.of(f).indicators)
        .containsExactlyElementsOf(
            f.nodes().stream().flatMap(n -> n.indicators().stream()).toList());
    assertThatThrownBy(() -> r.subtree("no-such"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("no-such");
    assertThatThrownBy(() -> r.rating("no-such")).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> r.result("no-such")).isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(
            () ->
                RollupCalculator.withDefaults()
                    .withScheme(RatingScheme.TIME_PACED)
                    .rollUp(f, CalendarYear.of(2020)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("time-paced");
  }

  /**
   * The layout takes the choice made for the indicator before when one has the same shape; two
   * indicators whose values look alike in their columns but are not rated alike are each rated
   * by the rules: a non-cumulative indicator taking the latest of two actuals (scored from its
   * figures) before a cumulative one summing them (rated through the calculator), and two
   * indicators whose periods lie beyond the days the columns hold.
   */
  @Test
  void indicatorsLikeTheOneBefore_areRatedByTheirOwnValues() {
    ResultNode.Builder b =
        ResultNode.builder("1", ResultLevel.OUTCOME, LocalizedText.of("en", "Result 1"));
    for (Cumulation c : List.of(Cumulation.NON_CUMULATIVE, Cumulation.CUMULATIVE)) {
      b.indicator(
          Indicator.builder("Q" + c.ordinal(), LocalizedText.of("en", "Indicator"), Measure.UNIT)
              .direction(Direction.INCREASE)
              .cumulation(c)
              .baseline(Baseline.inYear(2017, IndicatorValue.of(0)))
              .target(new PeriodValue(CalendarYear.of(2020), IndicatorValue.of(100)))
              .actual(new PeriodValue(Quarter.of(2020, 1), IndicatorValue.of(50)))
              .actual(new PeriodValue(Quarter.of(2020, 2), IndicatorValue.of(45)))
              .build());
    }
    Period far = PERIODS.get(PERIODS.size() - 2);
    for (Period p : List.of(far, PERIODS.get(PERIODS.size() - 1))) {
      b.indicator(
          Indicator.builder("F" + p.hashCode(), LocalizedText.of("en", "Indicator"), Measure.UNIT)
              .direction(Direction.INCREASE)
              .baseline(Baseline.inYear(2017, IndicatorValue.of(0)))
              .target(new PeriodValue(p, IndicatorValue.of(100)))
              .actual(new PeriodValue(p, IndicatorValue.of(95)))
              .build());
    }
    ResultsFramework f =
        ResultsFramework.of(
            "TEST",
            new PlanPeriod(2018, 2021),
            LocalizedText.of("en", "Twins"),
            List.of(b.build()));
    RollupCalculator calculator = RollupCalculator.withDefaults();
    // summed, 95 of 100: on track; the latest alone, 45 of 100: off track
    assertThat(calculator.rollUp(f, CalendarYear.of(2020)).total().count(Rating.ON_TRACK))
        .isEqualTo(1);
    assertThat(calculator.rollUp(f, CalendarYear.of(2020)).total().count(Rating.OFF_TRACK))
        .isEqualTo(1);
    // the far period's own indicator alone is rated for it
    assertThat(calculator.rollUp(f, far).total().rated()).isEqualTo(1);
    for (Period p : List.of(CalendarYear.of(2020), far, PERIODS.get(PERIODS.size() - 1))) {
      assertRollUpEqualsReference(f, p, Config.DEFAULTS, () -> "period " + p, true);
    }
  }

  @Test
  void scoresBeyondALong_sumExactly() {
    // 4e18 % each: two of them overflow a long sum of scores, which carries on in BigDecimal
    BigDecimal big = new BigDecimal("40000000000000000");
    ResultNode.Builder b =
        ResultNode.builder("1", ResultLevel.OUTCOME, LocalizedText.of("en", "Result 1"));
    for (int i = 0; i < 3; i++) {
      b.indicator(
          Indicator.builder("I" + i, LocalizedText.of("en", "Indicator"), Measure.UNIT)
              .direction(Direction.INCREASE)
              .baseline(Baseline.inYear(2017, IndicatorValue.of(0)))
              .target(new PeriodValue(CalendarYear.of(2020), IndicatorValue.of(1)))
              .actual(new PeriodValue(CalendarYear.of(2020), IndicatorValue.of(big)))
              .build());
    }
    ResultsFramework f =
        ResultsFramework.of(
            "TEST", new PlanPeriod(2018, 2021), LocalizedText.of("en", "Big"), List.of(b.build()));
    FrameworkRollup r =
        RollupCalculator.withDefaults()
            .withRule(RollupRule.WEIGHTED)
            .rollUp(f, CalendarYear.of(2020));
    BigDecimal score = big.multiply(BigDecimal.valueOf(100));
    assertThat(r.total().weightedMean(0, RoundingMode.FLOOR)).contains(score);
    assertThat(r.subtree("1"))
        .isEqualTo(
            RatingTally.EMPTY
                .plus(new Rated(Rating.ON_TRACK, Optional.of(score), false), BigDecimal.ONE)
                .plus(new Rated(Rating.ON_TRACK, Optional.of(score), false), BigDecimal.ONE)
                .plus(new Rated(Rating.ON_TRACK, Optional.of(score), false), BigDecimal.ONE));
    assertThat(r.rating("1")).isEqualTo(Rating.ON_TRACK);
  }

  @Test
  void indicatorRatings_areBuiltOnce_forConcurrentReaders() throws Exception {
    ResultsFramework f = framework(new SplittableRandom(SEED + 3));
    Period y2020 = CalendarYear.of(2020);
    FrameworkRollup r = RollupCalculator.withDefaults().rollUp(f, y2020);
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
      Map<String, List<IndicatorRating>> own = reference(f, y2020, Config.DEFAULTS);
      first.forEach((code, result) -> assertThat(result.indicators()).isEqualTo(own.get(code)));
    } finally {
      pool.shutdownNow();
    }
  }

  /** A roll-up's settings. */
  record Config(
      AchievementPolicy policy,
      RatingScheme scheme,
      RollupRule rule,
      Optional<LocalDate> asOf,
      IndicatorWeights weights) {

    /** The calculator's defaults: no date, the traffic light, the worst rating, equal weights. */
    static final Config DEFAULTS =
        new Config(
            AchievementPolicy.DEFAULT,
            RatingScheme.TRAFFIC_LIGHT,
            RollupRule.WORST,
            Optional.empty(),
            IndicatorWeights.EQUAL);

    RollupCalculator calculator() {
      RollupCalculator c =
          RollupCalculator.withDefaults()
              .withPolicy(policy)
              .withScheme(scheme)
              .withRule(rule)
              .withWeights(weights);
      return asOf.isPresent() ? c.asOf(asOf.get()) : c;
    }
  }

  static Config config(SplittableRandom r) {
    int s = r.nextInt(5);
    RollupRule rule = RollupRule.values()[r.nextInt(RollupRule.values().length)];
    AchievementPolicy policy = AchievementPolicy.DEFAULT;
    if (r.nextInt(3) == 0) {
      policy = policy.withOverAchievement(OverAchievement.CAP);
    }
    if (r.nextInt(3) == 0) {
      policy = policy.withMissingBaseline(MissingBaseline.TREAT_AS_ZERO);
    }
    if (r.nextInt(4) == 0) {
      policy = policy.withMethod(AchievementMethod.RATIO_TO_TARGET);
    }
    // a date in the middle of the periods, or after all of them
    Optional<LocalDate> asOf =
        r.nextInt(6) == 0
            ? Optional.of(r.nextBoolean() ? LocalDate.of(2020, 12, 31) : LocalDate.of(2022, 6, 30))
            : Optional.empty();
    RatingScheme scheme =
        s == 0
            ? RatingScheme.ON_TARGET_15
            : s == 1
                ? FINE
                : s == 2 && asOf.isPresent() ? RatingScheme.TIME_PACED : RatingScheme.TRAFFIC_LIGHT;
    IndicatorWeights weights =
        r.nextInt(6) == 0
            ? (node, indicator) -> BigDecimal.valueOf(indicator.code().length(), 1)
            : IndicatorWeights.EQUAL;
    return new Config(policy, scheme, rule, asOf, weights);
  }

  static ResultsFramework framework(SplittableRandom r) {
    Drawn drawn = new Drawn();
    List<ResultNode> roots = new ArrayList<>();
    int n = r.nextInt(1, 4);
    for (int i = 0; i < n; i++) {
      roots.add(node(r, "R" + i, 0, drawn));
    }
    return ResultsFramework.of(
        "TEST", new PlanPeriod(2018, 2021), LocalizedText.of("en", "Random framework"), roots);
  }

  /** The indicators drawn so far for a framework: how many, and the last, in document order. */
  static final class Drawn {
    int count;
    Indicator last;

    /**
     * The next indicator: half the time a twin of the one before it in document order (the
     * layout then takes the choice made for that one), else drawn afresh.
     */
    Indicator next(SplittableRandom r) {
      String code = "I" + count++;
      last = last != null && r.nextBoolean() ? twin(r, last, code) : indicator(r, code);
      return last;
    }
  }

  static ResultNode node(SplittableRandom r, String code, int depth, Drawn drawn) {
    ResultLevel level =
        depth == 0 ? ResultLevel.OUTCOME : depth == 1 ? ResultLevel.OUTPUT : ResultLevel.ACTIVITY;
    ResultNode.Builder b = ResultNode.builder(code, level, LocalizedText.of("en", "Result " + code));
    int indicators = r.nextInt(0, 6);
    for (int i = 0; i < indicators; i++) {
      b.indicator(drawn.next(r));
    }
    if (depth < 2) {
      int children = r.nextInt(0, 4);
      for (int c = 0; c < children; c++) {
        b.child(node(r, code + "." + c, depth + 1, drawn));
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
    if (r.nextInt(3) == 0) {
      usual(r, b, measure, tiny, huge);
      return b.build();
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

  /**
   * An indicator like {@code prev}, with other numbers: most often of exactly its shape (the same
   * measure, direction, cumulation, and values for the same periods with the same qualifiers,
   * dimensions and scales); one time in three with every decimal at one scale (the start of a new
   * shape whose fast figures need no common scale); one time in four then one thing changed: the
   * direction, the cumulation, one target's or actual's scale or its qualifier.
   */
  static Indicator twin(SplittableRandom r, Indicator prev, String code) {
    int scale = r.nextInt(3) == 0 ? r.nextInt(0, 3) : -1;
    List<Baseline> baselines = new ArrayList<>();
    for (Baseline b : prev.baselines()) {
      baselines.add(new Baseline(b.period(), renumbered(r, b.value(), scale)));
    }
    List<PeriodValue> targets = renumbered(r, prev.targets(), scale);
    List<PeriodValue> actuals = renumbered(r, prev.actuals(), scale);
    Direction direction = prev.direction();
    Cumulation cumulation = prev.cumulation();
    if (r.nextInt(4) == 0) {
      List<PeriodValue> values = r.nextBoolean() ? targets : actuals;
      int k = values.isEmpty() ? 0 : r.nextInt(values.size());
      switch (r.nextInt(4)) {
        case 0 ->
            direction =
                direction == Direction.INCREASE
                    ? Direction.DECREASE
                    : direction == Direction.DECREASE ? Direction.INCREASE : direction;
        case 1 ->
            cumulation =
                Cumulation.values()[(cumulation.ordinal() + 1) % Cumulation.values().length];
        case 2 -> {
          if (!values.isEmpty() && values.get(k).value().value() instanceof DecimalValue d) {
            IndicatorValue v = values.get(k).value();
            // another scale that a currency allows too (at most 2 places)
            int other = d.value().scale() >= 2 ? d.value().scale() - 1 : d.value().scale() + 1;
            BigDecimal rescaled = BigDecimal.valueOf(r.nextLong(-200_000, 200_000), other);
            values.set(k, new PeriodValue(values.get(k).period(), withNumber(v, rescaled)));
          }
        }
        default -> {
          if (!values.isEmpty()) {
            IndicatorValue v = values.get(k).value();
            Qualifier[] all = Qualifier.values();
            Qualifier q = all[(v.qualifier().ordinal() + 1) % all.length];
            values.set(k, new PeriodValue(values.get(k).period(), v.with(q)));
          }
        }
      }
    }
    return new Indicator(
        code,
        LocalizedText.of("en", "Indicator " + code),
        prev.measure(),
        prev.unit(),
        direction,
        prev.band(),
        cumulation,
        baselines,
        targets,
        prev.milestones(),
        actuals);
  }

  static List<PeriodValue> renumbered(SplittableRandom r, List<PeriodValue> values, int scale) {
    List<PeriodValue> out = new ArrayList<>();
    for (PeriodValue v : values) {
      out.add(new PeriodValue(v.period(), renumbered(r, v.value(), scale)));
    }
    return out;
  }

  /**
   * {@code v} with another number of its kind: a decimal at its scale, or at {@code scale} unless
   * that is -1, most often within an {@code int}, one time in eight beyond; a ratio of other
   * counts.
   */
  static IndicatorValue renumbered(SplittableRandom r, IndicatorValue v, int scale) {
    if (v.value() instanceof DecimalValue d) {
      long bound = r.nextInt(8) == 0 ? 3_000_000_000_000L : 200_000;
      int s = scale < 0 ? d.value().scale() : scale;
      return withNumber(v, BigDecimal.valueOf(r.nextLong(-bound, bound), s));
    }
    if (v.value() instanceof RatioValue) {
      long den = r.nextLong(1, 50);
      return new IndicatorValue(
          RatioValue.of(r.nextLong(0, den + 1), den), v.qualifier(), v.dimensions());
    }
    return v;
  }

  /** {@code v} with the number {@code d}, its qualifier and dimensions kept. */
  static IndicatorValue withNumber(IndicatorValue v, BigDecimal d) {
    return new IndicatorValue(DecimalValue.of(d), v.qualifier(), v.dimensions());
  }

  /** Periods in order, each ending before the next starts: for {@link #usual} indicators. */
  static final List<List<Period>> CHAINS =
      List.of(
          List.of(
              CalendarYear.of(2018),
              CalendarYear.of(2019),
              CalendarYear.of(2020),
              CalendarYear.of(2021)),
          List.of(
              Biennium.startingIn(2018),
              Quarter.of(2020, 1),
              Quarter.of(2020, 2),
              Quarter.of(2021, 4)),
          List.of(CalendarYear.of(2018), CalendarYear.of(2019), Biennium.startingIn(2020)),
          List.of(Biennium.startingIn(2018), CalendarYear.of(2020), Quarter.of(2021, 4)));

  /**
   * The usual indicator's targets and actuals: a total target and a total actual for each of some
   * periods of a chain, in its order (the figures the roll-up chooses without searching), one time
   * in three a step from that ({@link #unpair}).
   */
  static void usual(
      SplittableRandom r, Indicator.Builder b, Measure measure, boolean tiny, boolean huge) {
    List<Period> periods = new ArrayList<>();
    for (Period p : CHAINS.get(r.nextInt(CHAINS.size()))) {
      if (r.nextInt(4) != 0) {
        periods.add(p);
      }
    }
    List<PeriodValue> actuals = new ArrayList<>();
    for (Period p : periods) {
      IndicatorValue target = qualified(r, value(r, measure, tiny, huge));
      // now and then a target for one group only: then the period has no total target
      b.target(
          new PeriodValue(p, r.nextInt(12) == 0 ? target.withDimension("sex", "male") : target));
      actuals.add(new PeriodValue(p, qualified(r, value(r, measure, tiny, huge))));
    }
    List<Period> off = new ArrayList<>(PERIODS);
    off.removeAll(periods);
    unpair(r, b, actuals, off);
    actuals.forEach(b::actual);
  }

  /**
   * One time in three, takes {@code actuals}, each for the period of the target of its position,
   * a step from that: one actual disaggregated, missing, for a period of {@code off}, or out of
   * order, or a target (added to {@code b}) and an actual for a period of {@code off}, out of order
   * and perhaps overlapping the others.
   */
  static void unpair(
      SplittableRandom r, Indicator.Builder b, List<PeriodValue> actuals, List<Period> off) {
    if (actuals.isEmpty() || r.nextInt(3) != 0) {
      return;
    }
    int k = r.nextInt(actuals.size());
    PeriodValue v = actuals.get(k);
    switch (r.nextInt(5)) {
      case 0 ->
          actuals.set(k, new PeriodValue(v.period(), v.value().withDimension("sex", "male")));
      case 1 -> actuals.remove(k);
      case 2 -> actuals.set(k, new PeriodValue(off.get(r.nextInt(off.size())), v.value()));
      case 3 -> Collections.swap(actuals, k, r.nextInt(actuals.size()));
      default -> {
        Period p = off.get(r.nextInt(off.size()));
        b.target(new PeriodValue(p, v.value()));
        actuals.add(new PeriodValue(p, v.value()));
      }
    }
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
    if (r.nextInt(8) == 0) {
      // beyond an int at the common scale, within a long: the layout keeps such figures apart
      long wide = 3_000_000_000_000L;
      return IndicatorValue.of(BigDecimal.valueOf(r.nextLong(-wide, wide), scale));
    }
    return IndicatorValue.of(BigDecimal.valueOf(r.nextLong(-2_000, 200_000), scale));
  }
}
