package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;

/**
 * Rates every indicator of a framework for a period and rolls the ratings up through every result
 * and level, in one pass.
 *
 * <pre>{@code
 * FrameworkRollup r = RollupCalculator.withDefaults()        // default policy, traffic light, worst
 *     .withRule(RollupRule.MEDIAN)
 *     .withScheme(RatingScheme.TIME_PACED).asOf(LocalDate.of(2021, 6, 30))
 *     .rollUp(framework, PlanPeriod.parse("2018-2021"));
 * r.summary("en").forEach(System.out::println);
 * }</pre>
 *
 * <p>Each indicator is rated against its target for exactly the period rolled up (an indicator
 * without one is not rated). A result's tally counts its own indicators and those of every result
 * under it; its rating applies the {@link RollupRule} to that tally. Results reached through {@code
 * contributesTo} are not counted twice: only the tree is followed. Memory is proportional to the
 * number of results.
 *
 * <p>A framework rolled up many times (for each year, each scheme) can be {@linkplain
 * #prepare(ResultsFramework) prepared} once; {@link #rollUp(PreparedFramework, Period)} then rates
 * its indicators in {@code long} arithmetic and builds their {@link IndicatorRating}s only when
 * asked for, with results equal to those of {@link #rollUp(ResultsFramework, Period)}.
 * Immutable and thread-safe.
 */
public final class RollupCalculator {

  private final AchievementCalculator calculator;
  private final RatingScheme scheme;
  private final RollupRule rule;
  private final Optional<LocalDate> asOf;
  private final PaceCurve curve;
  private final IndicatorWeights weights;

  private RollupCalculator(
      AchievementCalculator calculator,
      RatingScheme scheme,
      RollupRule rule,
      Optional<LocalDate> asOf,
      PaceCurve curve,
      IndicatorWeights weights) {
    this.calculator = calculator;
    this.scheme = scheme;
    this.rule = rule;
    this.asOf = asOf;
    this.curve = curve;
    this.weights = weights;
  }

  /**
   * The default policy, the {@link RatingScheme#TRAFFIC_LIGHT} scheme, the {@link RollupRule#WORST}
   * rule, no pace date, the linear curve and equal weights.
   */
  public static RollupCalculator withDefaults() {
    return new RollupCalculator(
        new AchievementCalculator(AchievementPolicy.DEFAULT),
        RatingScheme.TRAFFIC_LIGHT,
        RollupRule.WORST,
        Optional.empty(),
        PaceCurve.LINEAR,
        IndicatorWeights.EQUAL);
  }

  /** This calculator with another achievement policy. */
  public RollupCalculator withPolicy(AchievementPolicy policy) {
    return new RollupCalculator(
        new AchievementCalculator(policy), scheme, rule, asOf, curve, weights);
  }

  /** This calculator with another rating scheme. */
  public RollupCalculator withScheme(RatingScheme newScheme) {
    return new RollupCalculator(
        calculator, checkNotNull(newScheme, "scheme"), rule, asOf, curve, weights);
  }

  /** This calculator with another roll-up rule. */
  public RollupCalculator withRule(RollupRule newRule) {
    return new RollupCalculator(
        calculator, scheme, checkNotNull(newRule, "rule"), asOf, curve, weights);
  }

  /**
   * This calculator rating every indicator as known at the end of {@code date} (only actuals whose
   * period has ended count) and computing its pace then.
   */
  public RollupCalculator asOf(LocalDate date) {
    return new RollupCalculator(
        calculator, scheme, rule, Optional.of(checkNotNull(date, "date")), curve, weights);
  }

  /** This calculator with another pace curve. */
  public RollupCalculator withCurve(PaceCurve newCurve) {
    return new RollupCalculator(
        calculator, scheme, rule, asOf, checkNotNull(newCurve, "curve"), weights);
  }

  /** This calculator with indicator weights for {@link RollupRule#WEIGHTED}. */
  public RollupCalculator withWeights(IndicatorWeights newWeights) {
    return new RollupCalculator(
        calculator, scheme, rule, asOf, curve, checkNotNull(newWeights, "weights"));
  }

  /**
   * The roll-up of {@code framework} for its own period: indicators are rated against their targets
   * for the whole framework period.
   *
   * @throws IllegalStateException if the scheme bands the pace and no date was given
   */
  public FrameworkRollup rollUp(ResultsFramework framework) {
    checkNotNull(framework, "framework");
    return rollUp(framework, framework.period());
  }

  /**
   * The roll-up of {@code framework} for the target period {@code period}.
   *
   * @throws IllegalStateException if the scheme bands the pace and no date was given
   * @throws IllegalArgumentException if a weight is negative
   */
  public FrameworkRollup rollUp(ResultsFramework framework, Period period) {
    checkNotNull(framework, "framework");
    checkNotNull(period, "period");
    checkState(
        scheme.basis() == RatingBasis.ACHIEVEMENT || asOf.isPresent(),
        "rating scheme %s bands the pace: give a date with asOf(date)",
        scheme.code());
    Map<String, ResultRollup> byCode = new HashMap<>();
    RatingTally total = RatingTally.EMPTY;
    for (ResultNode root : framework.roots()) {
      total = total.plus(visit(root, period, byCode).subtree());
    }
    ImmutableMap.Builder<String, ResultRollup> ordered = ImmutableMap.builder();
    for (ResultNode n : framework.nodes()) {
      ordered.put(n.code(), byCode.get(n.code()));
    }
    return new FrameworkRollup(framework, period, scheme, rule, ordered.buildOrThrow(), total);
  }

  /**
   * The framework laid out for fast roll-ups by any calculator, for any period; building it reads
   * every indicator once per target period.
   */
  public static PreparedFramework prepare(ResultsFramework framework) {
    return PreparedFramework.of(framework);
  }

  /**
   * The roll-up of a prepared framework for its own period, equal to {@link
   * #rollUp(ResultsFramework)} of its framework.
   *
   * @throws IllegalStateException if the scheme bands the pace and no date was given
   */
  public FrameworkRollup rollUp(PreparedFramework prepared) {
    checkNotNull(prepared, "prepared");
    return rollUp(prepared, prepared.framework().period());
  }

  /**
   * The roll-up of a prepared framework for the target period {@code period}, equal to {@link
   * #rollUp(ResultsFramework, Period)} of its framework: the same tallies, ratings and summaries,
   * and, built on first request, the same indicator ratings.
   *
   * <p>The tallies are computed from the prepared figures with the default weights, no pace date,
   * and the progress method; indicator-periods the preparation marked are rated by the {@link
   * AchievementCalculator}. With weights, a date or the ratio-to-target method, or should a sum of
   * scores overflow a {@code long}, this is {@link #rollUp(ResultsFramework, Period)}.
   *
   * @throws IllegalStateException if the scheme bands the pace and no date was given
   */
  public FrameworkRollup rollUp(PreparedFramework prepared, Period period) {
    checkNotNull(prepared, "prepared");
    checkNotNull(period, "period");
    checkState(
        scheme.basis() == RatingBasis.ACHIEVEMENT || asOf.isPresent(),
        "rating scheme %s bands the pace: give a date with asOf(date)",
        scheme.code());
    ResultsFramework framework = prepared.framework();
    if (asOf.isPresent()
        || weights != IndicatorWeights.EQUAL
        || calculator.policy().method() != AchievementMethod.PROGRESS) {
      return rollUp(framework, period);
    }
    TallyTable table;
    try {
      table = tallies(prepared, period);
    } catch (ArithmeticException overflow) {
      return rollUp(framework, period);
    }
    return new FrameworkRollup(
        framework,
        period,
        scheme,
        rule,
        () -> rollUp(framework, period).results(),
        table,
        prepared.positions());
  }

  /**
   * The tallies of every result and of the framework.
   *
   * @throws ArithmeticException if a sum of scores overflows a {@code long}
   */
  private TallyTable tallies(PreparedFramework prepared, Period period) {
    // one column per rating, worst first (not rated, the most severe, first of all)
    List<Rating> distinct = new ArrayList<>();
    distinct.add(Rating.NOT_RATED);
    for (RatingBand b : scheme.bands()) {
      if (!distinct.contains(b.rating())) {
        distinct.add(b.rating());
      }
    }
    distinct.sort(Rating.WORST_FIRST);
    Rating[] slots = distinct.toArray(new Rating[0]);
    int width = slots.length;
    int notRated = distinct.indexOf(Rating.NOT_RATED);
    // a band admits a score (in units of 10^-scale) from its threshold on
    int scale = scheme.scale();
    List<RatingBand> bands = scheme.bands();
    long[] threshold = new long[bands.size()];
    int[] bandSlot = new int[bands.size()];
    for (int j = 0; j < bands.size(); j++) {
      RatingBand b = bands.get(j);
      bandSlot[j] = distinct.indexOf(b.rating());
      threshold[j] =
          b.from().isEmpty() ? Long.MIN_VALUE : threshold(b.from().get(), b.inclusive(), scale);
    }
    long hundred = BigDecimal.ONE.movePointRight(scale + 2).longValueExact();
    boolean cap = calculator.policy().overAchievement() == OverAchievement.CAP;
    boolean require = calculator.policy().missingBaseline() == MissingBaseline.REQUIRE;
    RoundingMode rounding = scheme.rounding();

    int nodes = prepared.nodeCount();
    long[] counts = new long[(nodes + 1) * width];
    long[] scoreSums = new long[nodes + 1];
    long[] scored = new long[nodes + 1];
    PreparedFramework.Column column = prepared.column(period);
    int indicators = prepared.indicatorCount();
    if (column == null) {
      // no indicator has a target for the period
      for (int i = 0; i < indicators; i++) {
        counts[prepared.nodeOf(i) * width + notRated]++;
      }
    } else {
      byte[] kind = column.kind;
      long[] numerator = column.numerator;
      long[] denominator = column.denominator;
      for (int i = 0; i < indicators; i++) {
        int node = prepared.nodeOf(i);
        byte k = kind[i];
        if (k == PreparedFramework.PROGRESS
            || (k == PreparedFramework.PROGRESS_WITHOUT_BASELINE && !require)) {
          long n = numerator[i];
          long d = denominator[i];
          long score = cap && n > d ? hundred : divide(n * hundred, d, rounding);
          int slot = bandSlot[0];
          for (int j = 1; j < threshold.length; j++) {
            if (score >= threshold[j]) {
              slot = bandSlot[j];
            }
          }
          counts[node * width + slot]++;
          scoreSums[node] = Math.addExact(scoreSums[node], score);
          scored[node]++;
        } else if (k == PreparedFramework.EXACT) {
          Rated rated = scheme.rate(calculator.achievement(prepared.indicator(i), period));
          Rating r = rated.rating();
          counts[node * width + distinct.indexOf(r)]++;
          if (r.isRated() && rated.score().isPresent()) {
            long score =
                rated.score().get().setScale(scale).unscaledValue().longValueExact();
            scoreSums[node] = Math.addExact(scoreSums[node], score);
            scored[node]++;
          }
        } else {
          counts[node * width + notRated]++;
        }
      }
    }
    // pre-order puts every parent before its children: add each result into its parent (or the
    // total) from the last one back
    for (int n = nodes - 1; n >= 0; n--) {
      int up = prepared.parent(n) < 0 ? nodes : prepared.parent(n);
      for (int k = 0; k < width; k++) {
        counts[up * width + k] += counts[n * width + k];
      }
      scoreSums[up] = Math.addExact(scoreSums[up], scoreSums[n]);
      scored[up] += scored[n];
    }
    Rating[] ratings = new Rating[nodes];
    TallyTable table = new TallyTable(slots, counts, scoreSums, scored, scale, ratings);
    for (int n = 0; n < nodes; n++) {
      ratings[n] = rule == RollupRule.WORST ? worst(slots, counts, n) : rating(table.tally(n));
    }
    return table;
  }

  /** The worst rated slot with a count in row {@code row}; not rated when there is none. */
  private static Rating worst(Rating[] slots, long[] counts, int row) {
    for (int k = 0; k < slots.length; k++) {
      if (counts[row * slots.length + k] > 0 && slots[k].isRated()) {
        return slots[k];
      }
    }
    return Rating.NOT_RATED;
  }

  /**
   * The least score, in units of {@code 10^-scale}, that passes the lower bound {@code from}: at
   * or above it when {@code inclusive}, else above it; clamped to the range of {@code long}.
   */
  private static long threshold(BigDecimal from, boolean inclusive, int scale) {
    BigDecimal units = from.movePointRight(scale);
    BigDecimal least =
        inclusive
            ? units.setScale(0, RoundingMode.CEILING)
            : units.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
    if (least.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Long.MAX_VALUE; // scores stay below: see PreparedFramework.MAX_NUMERATOR
    }
    if (least.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
      return Long.MIN_VALUE;
    }
    return least.longValueExact();
  }

  /**
   * {@code x / d} rounded to a whole number by {@code rounding}, as {@link
   * BigDecimal#divide(BigDecimal, int, RoundingMode)} to scale 0; {@code d} is positive.
   */
  static long divide(long x, long d, RoundingMode rounding) {
    long q = Math.floorDiv(x, d);
    long r = x - q * d; // 0 <= r < d: the quotient lies in [q, q + 1)
    if (r == 0) {
      return q;
    }
    return switch (rounding) {
      case FLOOR -> q;
      case CEILING -> q + 1;
      case DOWN -> x >= 0 ? q : q + 1;
      case UP -> x >= 0 ? q + 1 : q;
      case HALF_UP, HALF_DOWN, HALF_EVEN -> {
        int c = Long.compare(r, d - r); // the fraction against one half
        if (c != 0) {
          yield c < 0 ? q : q + 1;
        }
        yield switch (rounding) {
          case HALF_UP -> x > 0 ? q + 1 : q;
          case HALF_DOWN -> x > 0 ? q : q + 1;
          default -> (q & 1) == 0 ? q : q + 1;
        };
      }
      case UNNECESSARY -> throw new ArithmeticException("rounding necessary: " + x + "/" + d);
    };
  }

  private ResultRollup visit(ResultNode node, Period period, Map<String, ResultRollup> byCode) {
    ImmutableList.Builder<IndicatorRating> own = ImmutableList.builder();
    // the node's own indicators are counted in place (a few distinct ratings, compared by
    // identity first) and made into one tally, rather than a new tally per indicator
    List<Rating> ratings = new ArrayList<>(4);
    long[] counts = new long[4];
    BigDecimal weightedScores = BigDecimal.ZERO;
    BigDecimal weightSum = BigDecimal.ZERO;
    for (Indicator i : node.indicators()) {
      BigDecimal w = checkNotNull(weights.weight(node, i), "weight of indicator %s", i.code());
      checkArgument(
          w.signum() >= 0,
          "result %s, indicator %s: weight %s is negative",
          node.code(),
          i.code(),
          w);
      Achievement a =
          asOf.isPresent()
              ? calculator.achievementAt(i, period, asOf.get())
              : calculator.achievement(i, period);
      Optional<Pace> pace = asOf.map(d -> Pace.of(a, d, curve));
      Rated rated = pace.isPresent() ? scheme.rate(pace.get()) : scheme.rate(a);
      own.add(new IndicatorRating(node.code(), a, pace, rated, w));
      Rating r = rated.rating();
      int k = indexOf(ratings, r);
      if (k < 0) {
        k = ratings.size();
        ratings.add(r);
        if (k == counts.length) {
          counts = Arrays.copyOf(counts, 2 * k);
        }
      }
      counts[k]++;
      if (r.isRated() && rated.score().isPresent()) {
        weightedScores = weightedScores.add(rated.score().get().multiply(w));
        weightSum = weightSum.add(w);
      }
    }
    Map<Rating, Long> ownCounts = new LinkedHashMap<>();
    for (int k = 0; k < ratings.size(); k++) {
      ownCounts.put(ratings.get(k), counts[k]);
    }
    RatingTally tally = RatingTally.of(ownCounts, weightedScores, weightSum);
    ImmutableList.Builder<String> childCodes = ImmutableList.builder();
    for (ResultNode c : node.children()) {
      tally = tally.plus(visit(c, period, byCode).subtree());
      childCodes.add(c.code());
    }
    ResultRollup r =
        new ResultRollup(
            node.code(),
            node.level(),
            node.title(),
            own.build(),
            tally,
            rating(tally),
            childCodes.build());
    byCode.put(node.code(), r);
    return r;
  }

  /** The position of {@code r} in {@code ratings}, or -1. */
  private static int indexOf(List<Rating> ratings, Rating r) {
    for (int k = 0; k < ratings.size(); k++) {
      Rating x = ratings.get(k);
      if (x == r || x.equals(r)) {
        return k;
      }
    }
    return -1;
  }

  private Rating rating(RatingTally t) {
    return rule.rate(t, scheme);
  }
}
