package org.rbmkit.kpi.achievement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Rates indicators for a roll-up under one policy and one rating scheme: the score and the band,
 * with a fast exact path for the common case.
 *
 * <p>An indicator whose figures are exact decimals within 62 bits at a common scale (see {@link
 * FrameworkLayout}) is scored here in {@code long} arithmetic: its fraction from the method's
 * rule ({@link AchievementMethod#progressStatus}, {@link AchievementMethod#ratioToTargetStatus}),
 * capped as the policy says, as a percentage rounded to the scheme's scale by its rounding mode
 * ({@link #divide}, equal to {@link BigDecimal#divide(BigDecimal, int, RoundingMode)}), banded by
 * the least score each band admits. That is the same number {@link AchievementCalculator} and
 * {@link RatingScheme#rate(Achievement)} give through exact ratios; an indicator it cannot score
 * exactly in {@code long}s ({@link #EXACT}) is rated through them. Not thread-safe: one per
 * roll-up.
 */
final class Scorer {

  /** The score of an indicator that is not rated under the policy. */
  static final long NOT_RATED = Long.MIN_VALUE;

  /** The score of an indicator the {@code long} path cannot score exactly. */
  static final long EXACT = Long.MIN_VALUE + 1;

  /**
   * The largest fraction numerator scored in {@code long}s: times 100 × 10^6 (a percentage to the
   * finest scheme scale) it still fits.
   */
  static final long MAX_NUMERATOR = Long.MAX_VALUE / 100_000_000L;

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
    if (cap && n > d) {
      return hundred;
    }
    if (n > MAX_NUMERATOR || n < -MAX_NUMERATOR) {
      return EXACT;
    }
    return divide(n * hundred, d, rounding);
  }

  /** The slot of the band a score (in units of {@code 10^-scale}) falls in. */
  int slot(long score) {
    int slot = bandSlot[0];
    for (int j = 1; j < threshold.length; j++) {
      if (score >= threshold[j]) {
        slot = bandSlot[j];
      }
    }
    return slot;
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
      return Long.MAX_VALUE; // scores stay below: see MAX_NUMERATOR
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
}
