package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
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
 * number of results. Immutable and thread-safe.
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
    Optional<Rating> r =
        switch (rule) {
          case WORST -> t.worst();
          case MEDIAN -> t.median();
          case WEIGHTED -> t.weightedMean(scheme.scale(), scheme.rounding()).map(scheme::band);
        };
    return r.orElse(Rating.NOT_RATED);
  }
}
