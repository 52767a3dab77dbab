package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.Set;
import org.rbmkit.budget.measure.Ratio;

/**
 * The stated rule that puts a result's achievement next to its execution: which rating codes
 * count as on track, which mean "not rated", and how far the execution rate may stray from the
 * elapsed share of the period before it counts as under- or over-spent.
 *
 * <pre>{@code
 * ExecutionRule rule = ExecutionRule.DEFAULT;   // on-track, on-target; ±10 points
 * rule.classify(execution, "on-track").code();  // "on-track/under-spent"
 * new ExecutionRule(new BigDecimal("5"), Set.of("on-track"), Set.of("not-rated"));
 * }</pre>
 *
 * <p>Spending: with rate = actual ÷ budget and elapsed = the share of the period elapsed, the
 * result is under-spent when rate − elapsed &lt; −tolerance/100, over-spent when it is &gt;
 * tolerance/100, as expected otherwise (bounds included), and without budget when the budget is
 * zero. The comparison is exact: no rate is rounded before it is compared. The rating codes are
 * plain strings, so any rating scheme fits (rbm-kpi's schemes use {@code on-track}, {@code
 * at-risk}, {@code off-track}, {@code not-rated} …). Immutable and thread-safe.
 *
 * @param tolerancePoints the tolerance, in percentage points, from 0 to 100, with at most {@link
 *     #MAX_SCALE} decimal places
 * @param onTrack the rating codes counted as on track
 * @param notRated the rating codes meaning the achievement is undefined
 */
public record ExecutionRule(
    BigDecimal tolerancePoints, Set<String> onTrack, Set<String> notRated) {

  /** The most decimal places a tolerance may have: finer than 10^-10 points means nothing. */
  public static final int MAX_SCALE = 10;

  /** On track: {@code on-track}, {@code on-target}; not rated: {@code not-rated}; ±10 points. */
  public static final ExecutionRule DEFAULT = new ExecutionRule(BigDecimal.TEN,
      Set.of("on-track", "on-target"), Set.of("not-rated"));

  /** Validates the rule. */
  public ExecutionRule {
    checkNotNull(tolerancePoints, "tolerancePoints");
    // the value as BigDecimal.toString gives it: short even for 1E+999999999
    if (tolerancePoints.signum() < 0 || tolerancePoints.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          lenientFormat("tolerance %s points is not in 0..100", tolerancePoints));
    }
    if (tolerancePoints.stripTrailingZeros().scale() > MAX_SCALE) {
      throw new IllegalArgumentException(
          lenientFormat(
              "tolerance %s points has more than %s decimal places", tolerancePoints, MAX_SCALE));
    }
    onTrack = ImmutableSortedSet.copyOf(checkNotNull(onTrack, "onTrack"));
    notRated = ImmutableSortedSet.copyOf(checkNotNull(notRated, "notRated"));
    for (String c : onTrack) {
      checkArgument(!notRated.contains(c), "rating %s is both on track and not rated", c);
    }
  }

  /** How this rule reads a rating code. */
  public Standing.AchievementClass achievement(String rating) {
    checkNotNull(rating, "rating");
    if (onTrack.contains(rating)) {
      return Standing.AchievementClass.ON_TRACK;
    }
    return notRated.contains(rating) ? Standing.AchievementClass.NOT_RATED : Standing.AchievementClass.OFF_TRACK;
  }

  /** The spending status of an execution under this rule. */
  public Standing.SpendingStatus spending(Execution e) {
    checkNotNull(e, "execution");
    Ratio rate = e.rate();
    Ratio elapsed = e.elapsed();
    if (!rate.isDefined()) {
      return Standing.SpendingStatus.NO_BUDGET;
    }
    checkArgument(elapsed.isDefined(), "elapsed share %s is undefined", elapsed);
    // rate − elapsed = (a·ed − en·b) / (b·ed); compare × 100 with the tolerance, exactly
    BigDecimal b = rate.denominator();
    BigDecimal ed = elapsed.denominator();
    BigDecimal lhs = rate.numerator().multiply(ed).subtract(elapsed.numerator().multiply(b))
        .movePointRight(2);
    BigDecimal bound = tolerancePoints.multiply(b.multiply(ed).abs());
    if (b.multiply(ed).signum() < 0) {
      lhs = lhs.negate();
    }
    if (lhs.compareTo(bound.negate()) < 0) {
      return Standing.SpendingStatus.UNDER_SPENT;
    }
    return lhs.compareTo(bound) > 0 ? Standing.SpendingStatus.OVER_SPENT : Standing.SpendingStatus.AS_EXPECTED;
  }

  /** A result's standing: its rating read by this rule next to its spending. */
  public Standing classify(Execution e, String rating) {
    return new Standing(e, rating, achievement(rating), spending(e));
  }

  /** {@code "on track [on-target, on-track]; not rated [not-rated]; ±10 points"}. */
  @Override
  public String toString() {
    return "on track " + onTrack + "; not rated " + notRated + "; ±"
        + tolerancePoints.toPlainString() + " points";
  }
}
