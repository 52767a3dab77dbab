package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A Wilson score confidence interval for a proportion (Wilson 1927; method 3 of Newcombe 1998,
 * without continuity correction).
 *
 * <pre>{@code
 * WilsonInterval w = WilsonInterval.of95(81, 263);
 * w.lower().setScale(4, RoundingMode.HALF_UP);   // 0.2553  (Newcombe 1998, Table I)
 * w.upper().setScale(4, RoundingMode.HALF_UP);   // 0.3662
 * }</pre>
 *
 * <p>For {@code x} successes in {@code n} trials and the normal quantile {@code z}:
 *
 * <pre>
 *   bounds = (2x + z² ∓ z·√(z² + 4x(n − x)/n)) / (2(n + z²))
 * </pre>
 *
 * <p><b>Precision.</b> The bounds are computed in {@link BigDecimal} with {@link #PRECISION}
 * ({@link MathContext#DECIMAL128}: 34 significant digits, half-even), with {@link #Z_95} given
 * to 40 digits; they agree with a 50-digit computation to at least 30 decimal places. The bound
 * is exactly 0 when {@code x = 0} and exactly 1 when {@code x = n}. A bound is a statistical
 * estimate, not money: round it only to print it, and say how.
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the lower bound, in [0, 1]
 * @param upper the upper bound, in [lower, 1]
 */
public record WilsonInterval(BigDecimal lower, BigDecimal upper) {

  /**
   * The two-sided 95 % normal quantile, Φ⁻¹(0.975), to 40 significant digits
   * (1.959963984540054235524594430520551527956).
   */
  public static final BigDecimal Z_95 = new BigDecimal("1.959963984540054235524594430520551527956");

  /** The arithmetic of the bounds: 34 significant digits, half-even. */
  public static final MathContext PRECISION = MathContext.DECIMAL128;

  /** Validates the bounds. */
  public WilsonInterval {
    checkNotNull(lower, "lower");
    checkNotNull(upper, "upper");
    checkArgument(lower.signum() >= 0, "lower %s is negative", lower);
    checkArgument(upper.compareTo(BigDecimal.ONE) <= 0, "upper %s is above 1", upper);
    checkArgument(lower.compareTo(upper) <= 0, "lower %s is above upper %s", lower, upper);
  }

  /**
   * The 95 % Wilson interval of {@code successes} out of {@code trials}.
   *
   * @throws IllegalArgumentException if {@code trials} is not positive or {@code successes} is
   *     outside [0, trials]; a group without trials has no interval, see {@link Rate#wilson95()}
   */
  public static WilsonInterval of95(long successes, long trials) {
    return of(successes, trials, Z_95);
  }

  /**
   * The Wilson interval for the given normal quantile {@code z} (1.96 for 95 %, 2.576 for 99 %).
   *
   * @throws IllegalArgumentException if {@code trials} is not positive, {@code successes} is
   *     outside [0, trials], or {@code z} is not positive
   */
  public static WilsonInterval of(long successes, long trials, BigDecimal z) {
    checkArgument(trials > 0, "trials %s is not positive", trials);
    checkArgument(
        successes >= 0 && successes <= trials,
        "successes %s is outside [0, %s]",
        successes,
        trials);
    checkNotNull(z, "z");
    checkArgument(z.signum() > 0, "z %s is not positive", z);
    MathContext mc = PRECISION;
    BigDecimal x = BigDecimal.valueOf(successes);
    BigDecimal n = BigDecimal.valueOf(trials);
    BigDecimal z2 = z.multiply(z, mc);
    BigDecimal spread =
        x.multiply(n.subtract(x)).multiply(BigDecimal.valueOf(4)).divide(n, mc);
    BigDecimal root = z.multiply(z2.add(spread, mc).sqrt(mc), mc);
    BigDecimal centre = x.multiply(BigDecimal.valueOf(2)).add(z2, mc);
    BigDecimal divisor = n.add(z2, mc).multiply(BigDecimal.valueOf(2), mc);
    BigDecimal lower =
        successes == 0 ? BigDecimal.ZERO : centre.subtract(root, mc).divide(divisor, mc);
    BigDecimal upper =
        successes == trials ? BigDecimal.ONE : centre.add(root, mc).divide(divisor, mc);
    return new WilsonInterval(lower, upper);
  }

  /** Whether the two intervals share at least one point (touching counts as overlapping). */
  public boolean overlaps(WilsonInterval other) {
    checkNotNull(other, "other");
    return lower.compareTo(other.upper) <= 0 && other.lower.compareTo(upper) <= 0;
  }

  /** Whether the proportion lies within the interval, bounds included. */
  public boolean contains(BigDecimal proportion) {
    checkNotNull(proportion, "proportion");
    return lower.compareTo(proportion) <= 0 && proportion.compareTo(upper) <= 0;
  }

  /**
   * The interval as percentages, such as {@code [69.5 %, 84.0 %]}, each bound rounded to the
   * given number of decimals with the given rule.
   */
  public String format(int decimals, RoundingMode rounding) {
    checkArgument(decimals >= 0, "decimals %s is negative", decimals);
    checkNotNull(rounding, "rounding");
    return "["
        + lower.movePointRight(2).setScale(decimals, rounding).toPlainString()
        + " %, "
        + upper.movePointRight(2).setScale(decimals, rounding).toPlainString()
        + " %]";
  }
}
