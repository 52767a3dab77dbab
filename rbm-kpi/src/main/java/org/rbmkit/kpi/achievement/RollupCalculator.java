package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.Coded;
import org.rbmkit.kpi.achievement.Pace.PaceCurve;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBasis;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;

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
 * contributesTo} are not counted twice: only the tree is followed. A roll-up's memory is
 * proportional to the number of results (and, once asked for, of indicators).
 *
 * <p>Rolling a framework up reads its object graph once: its layout in arrays is kept with the
 * framework instance, for as long as it lives, for its next roll-ups (each year, scheme, rule or
 * policy), and most indicators are then scored in {@code long} arithmetic, exactly; indicator
 * ratings with their achievements and explanations are built when first asked for. Immutable and
 * thread-safe.
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
   * <p>The tallies and every result's rating are computed now; the indicators' ratings, with their
   * achievements and explanations, when {@link FrameworkRollup#results()}, {@link
   * FrameworkRollup#result} or {@link FrameworkRollup#indicators()} is first called. The
   * framework's layout in arrays is kept with the framework for its next roll-ups.
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
    FrameworkLayout layout = FrameworkLayout.of(framework);
    FrameworkLayout.Column column = layout.column(period);
    Scorer scorer = new Scorer(calculator.policy(), scheme);
    int count = layout.indicators.length;
    boolean equal = weights == IndicatorWeights.EQUAL;
    BigDecimal[] weighed = equal ? null : new BigDecimal[count];
    // the figures hold for a date from the end of the period on (every actual within it has
    // ended), when the achievement, not the pace, is banded
    boolean fast =
        asOf.isEmpty()
            || (scheme.basis() == RatingBasis.ACHIEVEMENT
                && asOf.get().toEpochDay() >= column.end);
    // the ratings made on the way, kept for results(); allocated on the first
    IndicatorRating[][] rated = new IndicatorRating[1][];
    TallyTable table =
        new TallyTable(scorer.slots, layout.nodes.length + 1, scorer.scale, !equal);
    byte[] kind = column.kind;
    int[] figures = column.figures;
    // with equal weights, the scores of a result's indicators (next to each other in the layout)
    // are summed here and added to its row once: runRow's runCount scores sum to runSum
    int runRow = -1;
    long runSum = 0;
    long runCount = 0;
    for (int i = 0; i < count; i++) {
      int node = layout.nodeOf[i];
      BigDecimal w = BigDecimal.ONE;
      if (!equal) {
        w = weight(layout.nodes[node], layout.indicators[i]);
        weighed[i] = w;
      }
      byte k = kind[i];
      if (k == FrameworkLayout.UNRATED) {
        table.count(node, scorer.notRated);
        continue;
      }
      if ((k & FrameworkLayout.FAST) != 0 && fast) {
        boolean hasBaseline = (k & FrameworkLayout.HAS_BASELINE) != 0;
        boolean increase = (k & FrameworkLayout.INCREASE) != 0;
        int at = 3 * i;
        long score;
        if ((k & FrameworkLayout.WIDE) == 0) {
          score =
              scorer.score(
                  figures[at], figures[at + 1], figures[at + 2], hasBaseline, increase);
        } else {
          long[] wide = column.wide;
          int x = figures[at];
          score = scorer.score(wide[x], wide[x + 1], wide[x + 2], hasBaseline, increase);
        }
        if (score == Scorer.NOT_RATED) {
          table.count(node, scorer.notRated);
          continue;
        }
        if (score != Scorer.EXACT) {
          if (!equal) {
            table.count(node, scorer.slot(score), score, w);
            continue;
          }
          table.count(node, scorer.slot(score));
          long sum = runSum + score;
          if (node != runRow || TallyTable.overflows(runSum, score, sum)) {
            if (runCount > 0) {
              table.addScores(runRow, runSum, runCount);
            }
            runRow = node;
            sum = score;
            runCount = 0;
          }
          runSum = sum;
          runCount++;
          continue;
        }
      }
      IndicatorRating r = rate(layout.nodes[node], layout.indicators[i], period, w);
      if (rated[0] == null) {
        rated[0] = new IndicatorRating[count];
      }
      rated[0][i] = r;
      Rated x = r.rated();
      if (x.rating().isRated() && x.score().isPresent()) {
        table.count(node, scorer.slot(x.rating()), x.score().get(), w);
      } else {
        table.count(node, scorer.slot(x.rating()));
      }
    }
    if (runCount > 0) {
      table.addScores(runRow, runSum, runCount);
    }
    table.sumUp(layout.parent);
    table.rate(rule, scheme);
    return new FrameworkRollup(
        framework,
        period,
        scheme,
        rule,
        () -> results(layout, period, rated[0], weighed, table),
        table,
        layout.positions);
  }

  /** The weight of indicator {@code i} of {@code node}, checked. */
  private BigDecimal weight(ResultNode node, Indicator i) {
    BigDecimal w = checkNotNull(weights.weight(node, i), "weight of indicator %s", i.code());
    checkArgument(
        w.signum() >= 0,
        "result %s, indicator %s: weight %s is negative",
        node.code(),
        i.code(),
        w);
    return w;
  }

  /** The rating of one indicator, with its achievement and pace. */
  private IndicatorRating rate(ResultNode node, Indicator i, Period period, BigDecimal weight) {
    Achievement a =
        asOf.isPresent()
            ? calculator.achievementAt(i, period, asOf.get())
            : calculator.achievement(i, period);
    Optional<Pace> pace = asOf.map(d -> Pace.of(a, d, curve));
    Rated rated = pace.isPresent() ? scheme.rate(pace.get()) : scheme.rate(a);
    return new IndicatorRating(node.code(), a, pace, rated, weight);
  }

  /**
   * Every result's roll-up: its indicators' ratings (those {@code rated} already, the others
   * rated now; {@code rated} is null when none was) with the tallies and ratings of {@code table}.
   */
  private ImmutableMap<String, ResultRollup> results(
      FrameworkLayout layout,
      Period period,
      IndicatorRating[] rated,
      BigDecimal[] weighed,
      TallyTable table) {
    ImmutableMap.Builder<String, ResultRollup> b =
        ImmutableMap.builderWithExpectedSize(layout.nodes.length);
    for (int n = 0; n < layout.nodes.length; n++) {
      ResultNode node = layout.nodes[n];
      ImmutableList.Builder<IndicatorRating> own = ImmutableList.builder();
      for (int i = layout.firstIndicator[n]; i < layout.firstIndicator[n + 1]; i++) {
        own.add(
            rated != null && rated[i] != null
                ? rated[i]
                : rate(
                    node,
                    layout.indicators[i],
                    period,
                    weighed == null ? BigDecimal.ONE : weighed[i]));
      }
      ImmutableList.Builder<String> children = ImmutableList.builder();
      node.children().forEach(c -> children.add(c.code()));
      b.put(
          node.code(),
          new ResultRollup(
              node.code(),
              node.level(),
              node.title(),
              own.build(),
              table.tally(n),
              table.rating(n),
              children.build()));
    }
    return b.buildOrThrow();
  }

  /**
   * The weight of an indicator in a {@link RollupRule#WEIGHTED} roll-up.
   *
   * <pre>{@code
   * IndicatorWeights w = (node, indicator) -> node.level() == ResultLevel.OUTCOME ? BigDecimal.TWO : BigDecimal.ONE;
   * }</pre>
   *
   * <p>Implementations return a non-negative weight and must be thread-safe.
   */
  @FunctionalInterface
  public interface IndicatorWeights {

    /** Every indicator weighs 1. */
    IndicatorWeights EQUAL = (node, indicator) -> BigDecimal.ONE;

    /** The weight of {@code indicator} of the result {@code node}, not negative. */
    BigDecimal weight(ResultNode node, Indicator indicator);
  }

  /**
   * How the rating of a result follows from the ratings of the indicators under it.
   *
   * <pre>{@code
   * // indicators on track, on track, off track
   * RollupRule.WORST;      // off track
   * RollupRule.MEDIAN;     // on track
   * }</pre>
   *
   * <p>Unrated indicators take no part; a result without any rated indicator is {@link
   * Rating#NOT_RATED}.
   */
  public enum RollupRule implements Coded {
    /** The worst rating. The default: a result is only as sound as its weakest indicator. */
    WORST("worst"),
    /** The median rating by severity; for an even count, the worse of the two middle ones. */
    MEDIAN("median"),
    /**
     * The scheme's rating of the weighted mean of the indicators' scores (the rounded percentages the
     * scheme banded).
     */
    WEIGHTED("weighted");

    private final String code;

    RollupRule(String code) {
      this.code = code;
    }

    /**
     * The rating of a result whose indicators are counted in {@code tally}, under this rule and the
     * {@code scheme} that rated them: the worst or the median rating of the tally, or the scheme's
     * band of the tally's weighted mean score; {@link Rating#NOT_RATED} when the tally holds no rated
     * indicator. Every roll-up rates its results through this method, and so can a caller that
     * groups results its own way (all the results of an IATI activity, say).
     *
     * <pre>{@code
     * RatingTally t = RatingTally.EMPTY.plus(Rating.ON_TRACK).plus(Rating.OFF_TRACK);
     * RollupRule.WORST.rate(t, RatingScheme.TRAFFIC_LIGHT);   // off-track
     * }</pre>
     */
    public Rating rate(RatingTally tally, RatingScheme scheme) {
      checkNotNull(tally, "tally");
      checkNotNull(scheme, "scheme");
      Optional<Rating> r =
          switch (this) {
            case WORST -> tally.worst();
            case MEDIAN -> tally.median();
            case WEIGHTED ->
                tally.weightedMean(scheme.scale(), scheme.rounding()).map(scheme::band);
          };
      return r.orElse(Rating.NOT_RATED);
    }

    /** The stable code, such as {@code median}. */
    public String code() {
      return code;
    }

    /**
     * The constant with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static RollupRule fromCode(String code) {
      return Coded.fromCode(RollupRule.class, code, "roll-up rule");
    }
  }
}
