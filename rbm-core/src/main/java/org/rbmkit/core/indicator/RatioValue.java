package org.rbmkit.core.indicator;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A ratio kept as its numerator and denominator, so that ratios can be added up by their counts
 * rather than averaged.
 *
 * <pre>{@code
 * RatioValue r = RatioValue.parse("72/119");            // seed 004: 72 new services of 119 projects
 * r.quotient(3, RoundingMode.HALF_UP);                  // Optional[0.605]
 * r.percentage(0, RoundingMode.HALF_UP);                // Optional[61]; the text says "60"
 * r.plus(RatioValue.of(10, 20));                        // 82/139
 * }</pre>
 *
 * <p>Numerator and denominator are not negative; the denominator may be zero, and then the
 * quotient is undefined: {@link #quotient} returns empty. The ratio is not reduced ({@code 2/4}
 * is not {@code 1/2}): the counts are the data. Each part keeps its scale but compares
 * numerically.
 *
 * <p>Immutable and thread-safe.
 *
 * @param numerator the count of the part, such as participants certified
 * @param denominator the count of the whole, such as participants
 */
public record RatioValue(BigDecimal numerator, BigDecimal denominator) implements Value {

  /** Checks both parts. */
  public RatioValue {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    numerator = Values.checkRatioPart(numerator, "numerator");
    denominator = Values.checkRatioPart(denominator, "denominator");
  }

  /** The ratio of two counts. */
  public static RatioValue of(long numerator, long denominator) {
    return new RatioValue(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** The ratio of two decimals. */
  public static RatioValue of(BigDecimal numerator, BigDecimal denominator) {
    return new RatioValue(numerator, denominator);
  }

  /**
   * Parses {@code numerator/denominator}, each a plain non-negative decimal: {@code 72/119}.
   *
   * @throws IllegalArgumentException quoting the text and the accepted form
   */
  public static RatioValue parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0 || s.startsWith("-") || s.contains("/-")) {
      throw new IllegalArgumentException(
          "cannot parse ratio \""
              + Values.abbreviate(s)
              + "\": expected numerator/denominator such as 72/119");
    }
    return new RatioValue(
        Values.parseDecimal(s.substring(0, slash), "ratio numerator"),
        Values.parseDecimal(s.substring(slash + 1), "ratio denominator"));
  }

  /**
   * The numerator divided by the denominator, to {@code scale} decimal places; empty when the
   * denominator is zero.
   */
  public Optional<BigDecimal> quotient(int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(numerator.divide(denominator, scale, rounding));
  }

  /**
   * The ratio as a percentage, to {@code scale} decimal places; empty when the denominator is
   * zero.
   */
  public Optional<BigDecimal> percentage(int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(
        numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, scale, rounding));
  }

  /** The ratio of the summed numerators to the summed denominators; exact. */
  public RatioValue plus(RatioValue other) {
    checkNotNull(other, "other");
    return new RatioValue(numerator.add(other.numerator), denominator.add(other.denominator));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RatioValue r
        && numerator.compareTo(r.numerator) == 0
        && denominator.compareTo(r.denominator) == 0;
  }

  @Override
  public int hashCode() {
    return Values.canonical(numerator).hashCode() * 31 + Values.canonical(denominator).hashCode();
  }

  /** {@code 72/119}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
