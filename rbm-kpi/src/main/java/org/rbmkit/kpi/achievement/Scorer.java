package org.rbmkit.kpi.achievement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.AchievementPolicy.MissingBaseline;
import org.rbmkit.kpi.achievement.AchievementPolicy.OverAchievement;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBand;

/**
 * The one scorer of achievements: the method's fraction of an actual, capped as the policy says,
 * as a percentage rounded to the scheme's scale and banded. {@link AchievementCalculator} computes
 * its fractions with {@link #fraction} and {@link #aboveOne}, and the roll-up scores and bands its
 * common case with {@link #score} and {@link #slot}; the percentages and the banding rule are
 * {@link ScoreArithmetic}'s, shared with {@link RatingScheme} and {@link ExactRatio}: one set of
 * rules, with a fast exact path inside.
 *
 * <pre>{@code
 * Scorer.fraction(actual, target, baseline, true, true);            // (a − b) ÷ (t − b), exact
 * }</pre>
 *
 * <p>The fast path: figures that are exact decimals within 62 bits at a common scale (see {@link
 * FrameworkLayout}) are scored in {@code long} arithmetic, without a ratio: the fraction's
 * numerator and denominator from the method's rule ({@link AchievementMethod#progressStatus},
 * {@link AchievementMethod#ratioToTargetStatus}) on the unscaled figures (the common scale
 * cancels), capped, then the percentage by {@link ScoreArithmetic#percentUnits} (equal to {@link
 * BigDecimal#divide(BigDecimal, int, RoundingMode)}), banded by the least score each band admits;
 * where the longs cannot hold the figures ({@link #EXACT}), the exact ratios are used. A scorer is
 * made for one policy and one scheme; not thread-safe: one per roll-up. The static methods are
 * stateless.
 */
final class Scorer {

  /** The score of an indicator that is not rated under the policy. */
  static final long NOT_RATED = Long.MIN_VALUE;

  /** The score of an indicator the {@code long} path cannot score exactly. */
  static final long EXACT = ScoreArithmetic.TOO_LONG;

  /** The ratings counted, worst first (not rated, the most severe, first of all). */
  final Rating[] slots;

  /** The slot of {@link Rating#NOT_RATED}. */
  final int notRated;

  final int scale;
  private final long[] threshold;
  private final int[] bandSlot;
  private final RoundingMode rounding;
  private final long hundred;
  private final boolean cap;
  private final boolean require;
  private final boolean progress;

  Scorer(AchievementPolicy policy, RatingScheme scheme) {
    List<Rating> distinct = new ArrayList<>();
    distinct.add(Rating.NOT_RATED);
    for (RatingBand b : scheme.bands()) {
      if (!distinct.contains(b.rating())) {
        distinct.add(b.rating());
      }
    }
    distinct.sort(Rating.WORST_FIRST);
    this.slots = distinct.toArray(new Rating[0]);
    this.notRated = distinct.indexOf(Rating.NOT_RATED);
    this.scale = scheme.scale();
    List<RatingBand> bands = scheme.bands();
    this.threshold = new long[bands.size()];
    this.bandSlot = new int[bands.size()];
    for (int j = 0; j < bands.size(); j++) {
      RatingBand b = bands.get(j);
      bandSlot[j] = distinct.indexOf(b.rating());
      threshold[j] =
          b.from().isEmpty() ? Long.MIN_VALUE : threshold(b.from().get(), b.inclusive(), scale);
    }
    this.rounding = scheme.rounding();
    this.hundred = BigDecimal.ONE.movePointRight(scale + 2).longValueExact();
    this.cap = policy.overAchievement() == OverAchievement.CAP;
    this.require = policy.missingBaseline() == MissingBaseline.REQUIRE;
    this.progress = policy.method() == AchievementMethod.PROGRESS;
  }

  /**
   * The score, in units of {@code 10^-scale} percent, of an increase or decrease indicator whose
   * actual, target and baseline (0 when it has none) are {@code a}, {@code t} and {@code b} at a
   * common scale, each within 62 bits; {@link #NOT_RATED} when the achievement is undefined, {@link
   * #EXACT} when it cannot be scored exactly here.
   */
  long score(long a, long t, long b, boolean hasBaseline, boolean increase) {
    long n;
    long d;
    if (progress) {
      if (!hasBaseline && require) {
        return NOT_RATED; // no baseline
      }
      d = t - b; // within 63 bits: each figure is within 62
      if (AchievementMethod.progressStatus(Long.signum(d), increase)
          != AchievementStatus.MEASURED) {
        return NOT_RATED;
      }
      n = a - b;
      if (d < 0) {
        n = -n;
        d = -d;
      }
    } else {
      if (AchievementMethod.ratioToTargetStatus(Long.signum(t), Long.signum(a), increase)
          != AchievementStatus.MEASURED) {
        return NOT_RATED;
      }
      n = increase ? a : t;
      d = increase ? t : a;
    }
    if (cap && n > d) { // aboveOne, in longs
      return hundred;
    }
    return ScoreArithmetic.percentUnits(n, d, scale + 2, rounding);
  }

  /**
   * The method's fraction of an actual {@code x}: progress {@code (x − b) ÷ (t − b)}, or the ratio
   * to target {@code x ÷ t} (increase) or {@code t ÷ x} (decrease); exact. {@link #score} is the
   * same rule on unscaled figures. The caller has checked the status: the divisor is not zero.
   */
  static ExactRatio fraction(
      ExactRatio x, ExactRatio t, ExactRatio b, boolean progress, boolean increase) {
    if (progress) {
      return x.minus(b).dividedBy(t.minus(b));
    }
    return increase ? x.dividedBy(t) : t.dividedBy(x);
  }

  /** Whether a fraction is above one: what a capping policy brings down to one. */
  static boolean aboveOne(ExactRatio fraction) {
    return fraction.compareValue(ExactRatio.ONE) > 0;
  }

  /**
   * The slot of the band a score (in units of {@code 10^-scale}) falls in: {@link #band} on
   * {@code long}s, each band's lower bound being the least score that {@link
   * ScoreArithmetic#passes} it.
   */
  int slot(long score) {
    return bandSlot[ScoreArithmetic.lastPassed(threshold.length, j -> score >= threshold[j])];
  }

  /** The slot of {@code rating}, one of the scheme's or not rated. */
  int slot(Rating rating) {
    for (int k = 0; k < slots.length; k++) {
      if (slots[k] == rating || slots[k].equals(rating)) {
        return k;
      }
    }
    throw new IllegalArgumentException("rating " + rating + " is not in the scheme");
  }

  /**
   * The least score, in units of {@code 10^-scale}, that {@link ScoreArithmetic#passes} the lower
   * bound {@code from}; clamped to the range of {@code long}.
   */
  private static long threshold(BigDecimal from, boolean inclusive, int scale) {
    BigDecimal units = from.movePointRight(scale);
    // the least whole number at or above the bound, or the next one when the bound itself fails
    BigDecimal least = units.setScale(0, RoundingMode.CEILING);
    if (!ScoreArithmetic.passes(least.compareTo(units), inclusive)) {
      least = least.add(BigDecimal.ONE);
    }
    if (least.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Long.MAX_VALUE; // scores stay below: n × 10^(scale + 2) fits, a multiple of 100
    }
    if (least.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0) {
      return Long.MIN_VALUE;
    }
    return least.longValueExact();
  }
}
