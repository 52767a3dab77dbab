package org.rbmkit.kpi.achievement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.IntPredicate;

/**
 * The arithmetic every score goes through, written once: the percentage of a quotient, in {@code
 * long}s when its parts fit and in {@code BigDecimal}s otherwise, with the same result either way,
 * and the banding rule. {@link ExactRatio#percentage} and {@link RatingScheme#score} compute their
 * percentages here, {@link RatingScheme#band} and {@link Scorer} their bands, and the scorer its
 * {@code long} scores with {@link #percentUnits}.
 *
 * <pre>{@code
 * ScoreArithmetic.percentage(new BigDecimal("72"), new BigDecimal("119"),
 *     0, RoundingMode.DOWN);                                 // 60, in longs
 * ScoreArithmetic.divide(-7, 2, RoundingMode.HALF_EVEN);     // -4
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
final class ScoreArithmetic {

  /** What {@link #percentUnits} gives when the {@code long}s cannot hold the figures. */
  static final long TOO_LONG = Long.MIN_VALUE + 1;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Powers of ten that fit a {@code long}, 10^0 to 10^18. */
  private static final long[] POWERS = new long[19];

  /** The largest {@code n} whose {@code n × 10^e} fits a {@code long}, {@code e} from 0 to 18. */
  private static final long[] LIMITS = new long[19];

  static {
    POWERS[0] = 1;
    for (int k = 1; k < POWERS.length; k++) {
      POWERS[k] = POWERS[k - 1] * 10;
    }
    for (int k = 0; k < LIMITS.length; k++) {
      LIMITS[k] = Long.MAX_VALUE / POWERS[k];
    }
  }

  private ScoreArithmetic() {}

  /** 10^{@code e}, {@code e} from 0 to 18. */
  static long powerOfTen(int e) {
    return POWERS[e];
  }

  /**
   * {@code num × 100 ÷ den} to {@code scale} decimal places rounded by {@code rounding}, as
   * {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} computes it; in {@code long}s when the
   * unscaled parts fit. {@code den} is positive.
   *
   * @throws ArithmeticException when {@code rounding} is {@code UNNECESSARY} and rounding is
   *     needed
   */
  static BigDecimal percentage(
      BigDecimal num, BigDecimal den, int scale, RoundingMode rounding) {
    if (num.precision() <= 18 && den.precision() <= 18) {
      // (n × 10^-sn) × 100 ÷ (d × 10^-sd) in units of 10^-scale: n × 10^(scale + 2 + sd − sn) ÷ d
      long e = (long) scale + 2 + den.scale() - num.scale();
      if (e >= -18 && e <= 18) {
        long n = num.unscaledValue().longValue();
        long d = den.unscaledValue().longValue();
        if (e < 0 && d <= Long.MAX_VALUE / POWERS[(int) -e]) {
          return BigDecimal.valueOf(divide(n, d * POWERS[(int) -e], rounding), scale);
        }
        long units = e < 0 ? TOO_LONG : percentUnits(n, d, (int) e, rounding);
        if (units != TOO_LONG) {
          return BigDecimal.valueOf(units, scale);
        }
      }
    }
    return num.multiply(HUNDRED).divide(den, scale, rounding);
  }

  /**
   * {@code n × 10^e ÷ d} rounded to a whole number, {@code d} positive, {@code e} from 0 to 18;
   * {@link #TOO_LONG} when {@code n × 10^e} does not fit a {@code long}.
   */
  static long percentUnits(long n, long d, int e, RoundingMode rounding) {
    long limit = LIMITS[e]; // a division saved per score: the roll-up scores every indicator
    if (n > limit || n < -limit) {
      return TOO_LONG;
    }
    return divide(n * POWERS[e], d, rounding);
  }

  /**
   * Whether a score passes a band's lower bound, given how it compares with the bound: at or above
   * an inclusive bound, above an exclusive one.
   */
  static boolean passes(int comparison, boolean inclusive) {
    return inclusive ? comparison >= 0 : comparison > 0;
  }

  /** The last of bands 1 to {@code count - 1} whose bound is passed; 0 when none is. */
  static int lastPassed(int count, IntPredicate passed) {
    int at = 0;
    for (int j = 1; j < count; j++) {
      if (passed.test(j)) {
        at = j;
      }
    }
    return at;
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
