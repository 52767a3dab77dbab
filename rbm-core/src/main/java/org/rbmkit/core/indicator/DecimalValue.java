package org.rbmkit.core.indicator;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A number: a count, a percentage, an amount, a point on a scale.
 *
 * <pre>{@code
 * DecimalValue v = DecimalValue.parse("59.0");
 * v.toString();                              // "59.0": the published precision is kept
 * v.equals(DecimalValue.parse("59"));        // true: equality is numeric
 * }</pre>
 *
 * <p>The decimal keeps the scale it was given, so {@code 59.0} prints and serialises as
 * {@code 59.0}, but equality and hashing are numeric. Values are limited to 24 integer digits
 * and 12 decimal places; a negative scale ({@code 1E+3}) becomes zero ({@code 1000}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the number
 */
public record DecimalValue(BigDecimal value) implements Value {

  /** Checks the size of the value and normalises a negative scale. */
  public DecimalValue {
    checkNotNull(value, "value");
    value = Values.checkDecimal(value, "value");
  }

  /** The given number. */
  public static DecimalValue of(BigDecimal value) {
    return new DecimalValue(value);
  }

  /** The given whole number. */
  public static DecimalValue of(long value) {
    return new DecimalValue(BigDecimal.valueOf(value));
  }

  /**
   * Parses plain decimal text such as {@code 1250}, {@code -0.75} or {@code 59.0}: no grouping,
   * no exponent, a dot as decimal separator.
   *
   * @throws IllegalArgumentException quoting the text and the accepted form
   */
  public static DecimalValue parse(CharSequence text) {
    checkNotNull(text, "text");
    return new DecimalValue(Values.parseDecimal(text, "decimal value"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DecimalValue d && value.compareTo(d.value) == 0;
  }

  @Override
  public int hashCode() {
    return Values.canonical(value).hashCode();
  }

  /** The plain decimal, {@code 59.0}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
