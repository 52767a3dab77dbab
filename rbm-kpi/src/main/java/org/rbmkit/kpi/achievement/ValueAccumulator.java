package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.indicator.Value;

/**
 * Combines indicator values by a declared {@link AggregationRule}, in one pass, with an associative
 * {@link #plus(ValueAccumulator)} so work can be split.
 *
 * <pre>{@code
 * ValueAccumulator acc = ValueAccumulator.EMPTY
 *     .plus(RatioValue.of(30, 50))
 *     .plus(RatioValue.of(42, 69));
 * acc.value(AggregationRule.RATIO_OF_SUMS);    // Optional[72/119], never the mean of 60 % and 60.9 %
 * }</pre>
 *
 * <p>It keeps the count of decimals, ratios and texts, the sum, minimum and maximum of the decimals
 * and the summed numerators and denominators of the ratios: memory is constant. A percentage with
 * its base counts as a ratio ({@link #plusPercentage}). Exact throughout. Immutable and
 * thread-safe; equality compares the figures numerically.
 */
public final class ValueAccumulator {

  /** No values. */
  public static final ValueAccumulator EMPTY =
      new ValueAccumulator(0, 0, 0, BigDecimal.ZERO, null, null, BigDecimal.ZERO, BigDecimal.ZERO);

  private final long decimals;
  private final long ratios;
  private final long texts;
  private final BigDecimal sum;
  private final BigDecimal min;
  private final BigDecimal max;
  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private ValueAccumulator(
      long decimals,
      long ratios,
      long texts,
      BigDecimal sum,
      BigDecimal min,
      BigDecimal max,
      BigDecimal numerator,
      BigDecimal denominator) {
    this.decimals = decimals;
    this.ratios = ratios;
    this.texts = texts;
    this.sum = sum;
    this.min = min;
    this.max = max;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** This accumulator with one more value. */
  public ValueAccumulator plus(Value value) {
    checkNotNull(value, "value");
    if (value instanceof DecimalValue d) {
      BigDecimal v = d.value();
      return new ValueAccumulator(
          decimals + 1,
          ratios,
          texts,
          sum.add(v),
          min == null ? v : min.min(v),
          max == null ? v : max.max(v),
          numerator,
          denominator);
    }
    if (value instanceof RatioValue r) {
      return new ValueAccumulator(
          decimals,
          ratios + 1,
          texts,
          sum,
          min,
          max,
          numerator.add(r.numerator()),
          denominator.add(r.denominator()));
    }
    checkArgument(value instanceof TextValue, "unknown value %s", value);
    return new ValueAccumulator(decimals, ratios, texts + 1, sum, min, max, numerator, denominator);
  }

  /**
   * This accumulator with a percentage of a base count, taken as the ratio {@code percentage × base
   * ÷ 100} over {@code base}: "60 % of 119" counts as 71.4/119. Exact.
   *
   * @throws IllegalArgumentException if the percentage or the base is negative
   */
  public ValueAccumulator plusPercentage(BigDecimal percentage, BigDecimal base) {
    checkNotNull(percentage, "percentage");
    checkNotNull(base, "base");
    if (percentage.signum() < 0) {
      throw new IllegalArgumentException(
          lenientFormat(
              "percentage %s is negative",
              percentage.toPlainString()));
    }
    if (base.signum() < 0) {
      throw new IllegalArgumentException(
          lenientFormat(
              "base %s is negative",
              base.toPlainString()));
    }
    return plus(RatioValue.of(percentage.multiply(base).movePointLeft(2), base));
  }

  /** The values of both accumulators; associative and commutative. */
  public ValueAccumulator plus(ValueAccumulator other) {
    checkNotNull(other, "other");
    return new ValueAccumulator(
        decimals + other.decimals,
        ratios + other.ratios,
        texts + other.texts,
        sum.add(other.sum),
        min == null ? other.min : other.min == null ? min : min.min(other.min),
        max == null ? other.max : other.max == null ? max : max.max(other.max),
        numerator.add(other.numerator),
        denominator.add(other.denominator));
  }

  /** The number of values accumulated. */
  public long count() {
    return decimals + ratios + texts;
  }

  /** The summed ratio of the ratios accumulated, {@code 0/0} when there are none. */
  public RatioValue ratio() {
    return RatioValue.of(numerator, denominator);
  }

  /**
   * The aggregate under {@code rule}; empty when there are no values or the rule does not fit them
   * (a sum of ratios or texts, a ratio of sums of plain decimals, any rule over texts). {@link
   * AggregationRule#RATIO_OF_SUMS} may return a ratio with a zero denominator: the rate is then
   * undefined ({@link RatioValue#quotient} is empty).
   */
  public Optional<Value> value(AggregationRule rule) {
    checkNotNull(rule, "rule");
    if (count() == 0 || texts > 0) {
      return Optional.empty();
    }
    return switch (rule) {
      case RATIO_OF_SUMS -> decimals == 0 ? Optional.of(ratio()) : Optional.empty();
      case SUM -> ratios == 0 ? Optional.of(DecimalValue.of(sum)) : Optional.empty();
      case MIN -> ratios == 0 ? Optional.of(DecimalValue.of(min)) : Optional.empty();
      case MAX -> ratios == 0 ? Optional.of(DecimalValue.of(max)) : Optional.empty();
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueAccumulator a
        && decimals == a.decimals
        && ratios == a.ratios
        && texts == a.texts
        && sum.compareTo(a.sum) == 0
        && numerator.compareTo(a.numerator) == 0
        && denominator.compareTo(a.denominator) == 0
        && sameNumber(min, a.min)
        && sameNumber(max, a.max);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        decimals,
        ratios,
        texts,
        sum.stripTrailingZeros(),
        numerator.stripTrailingZeros(),
        denominator.stripTrailingZeros());
  }

  /** {@code 3 values: sum 12, ratio 72/119}. */
  @Override
  public String toString() {
    return count()
        + " values: sum "
        + sum.toPlainString()
        + ", ratio "
        + ratio()
        + (min == null ? "" : ", min " + min.toPlainString() + ", max " + max.toPlainString());
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}
