package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact quotient kept as numerator and denominator, so that an achievement is divided out once,
 * by a stated rule, and only when it is shown or banded.
 *
 * <pre>{@code
 * ExactRatio r = ExactRatio.of(new BigDecimal("72"), new BigDecimal("119"));
 * r.percentage(0, RoundingMode.DOWN);      // 60
 * r.percentage(0, RoundingMode.HALF_UP);   // 61
 * }</pre>
 *
 * <p>The denominator is positive; the numerator may be negative (an indicator that moved away from
 * its target). Equality compares numerator and denominator numerically, not the quotient: {@code
 * 1/2} and {@code 2/4} are different records of the same value; use {@link #compareValue} to
 * compare values. Immutable and thread-safe.
 *
 * @param numerator the numerator
 * @param denominator the denominator, positive
 */
public record ExactRatio(BigDecimal numerator, BigDecimal denominator) {

  /** One, a whole target reached. */
  public static final ExactRatio ONE = new ExactRatio(BigDecimal.ONE, BigDecimal.ONE);

  /** Zero, no progress. */
  public static final ExactRatio ZERO = new ExactRatio(BigDecimal.ZERO, BigDecimal.ONE);

  /** Checks that the denominator is positive. */
  public ExactRatio {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    if (denominator.signum() <= 0) {
      throw new IllegalArgumentException(
          lenientFormat(
              "denominator %s is not positive",
              denominator.toPlainString()));
    }
  }

  /**
   * The ratio {@code numerator / denominator}; a negative denominator is moved to the numerator.
   *
   * @throws IllegalArgumentException if the denominator is zero
   */
  public static ExactRatio of(BigDecimal numerator, BigDecimal denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    checkArgument(denominator.signum() != 0, "denominator is zero");
    return denominator.signum() > 0
        ? new ExactRatio(numerator, denominator)
        : new ExactRatio(numerator.negate(), denominator.negate());
  }

  /** The whole number or decimal {@code value} as {@code value/1}. */
  public static ExactRatio of(BigDecimal value) {
    return new ExactRatio(value, BigDecimal.ONE);
  }

  /** The quotient to {@code scale} decimal places, rounded by {@code rounding}. */
  public BigDecimal decimal(int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    return numerator.divide(denominator, scale, rounding);
  }

  /** The quotient times 100 to {@code scale} decimal places, rounded by {@code rounding}. */
  public BigDecimal percentage(int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    return ScoreArithmetic.percentage(numerator, denominator, scale, rounding);
  }

  /**
   * Compares the values of this and {@code other}: negative, zero or positive as this is less than,
   * equal to or greater than {@code other}. Exact (cross multiplication).
   */
  public int compareValue(ExactRatio other) {
    checkNotNull(other, "other");
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /** The smaller value of this and {@code other}; this when equal. */
  public ExactRatio min(ExactRatio other) {
    return compareValue(other) <= 0 ? this : other;
  }

  /** The larger value of this and {@code other}; this when equal. */
  public ExactRatio max(ExactRatio other) {
    return compareValue(other) >= 0 ? this : other;
  }

  /** This minus {@code other}, exact. */
  ExactRatio minus(ExactRatio other) {
    return new ExactRatio(
        numerator.multiply(other.denominator).subtract(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /** This divided by {@code other}, exact; {@code other} must not be zero. */
  ExactRatio dividedBy(ExactRatio other) {
    return of(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /** This times {@code factor}, exact. */
  ExactRatio times(BigDecimal factor) {
    return of(numerator.multiply(factor), denominator);
  }

  /** The sign of the value: -1, 0 or 1. */
  public int signum() {
    return numerator.signum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExactRatio r
        && numerator.compareTo(r.numerator) == 0
        && denominator.compareTo(r.denominator) == 0;
  }

  @Override
  public int hashCode() {
    return canonical(numerator).hashCode() * 31 + canonical(denominator).hashCode();
  }

  /** {@code 72/119}. */
  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }

  private static BigDecimal canonical(BigDecimal v) {
    return v.signum() == 0 ? BigDecimal.ZERO : v.stripTrailingZeros();
  }
}
