package org.rbmkit.core.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.text.Shown;

/** Shared limits, checks and messages of the indicator types. */
final class Values {

  /** Most digits before the decimal point of an indicator value. */
  static final int MAX_INTEGER_DIGITS = 24;
  /** Most digits after the decimal point of an indicator value. */
  static final int MAX_SCALE = 12;

  static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");

  private Values() {}

  /**
   * Checks a decimal's size and returns it with a scale of at least zero ({@code 1E+3} becomes
   * {@code 1000}); the scale is otherwise kept as given.
   */
  static BigDecimal checkDecimal(BigDecimal value, String field) {
    if (Digits.integerDigits(value) > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          field + " " + abbreviate(value) + " has more than " + MAX_INTEGER_DIGITS + " integer digits");
    }
    if (value.scale() > MAX_SCALE) {
      throw new IllegalArgumentException(
          field + " " + abbreviate(value) + " has more than " + MAX_SCALE + " decimal places");
    }
    return value.scale() < 0 ? value.setScale(0, RoundingMode.UNNECESSARY) : value;
  }

  /** Checks one part of a ratio: a decimal in bounds ({@link #checkDecimal}), not negative. */
  static BigDecimal checkRatioPart(BigDecimal part, String name) {
    BigDecimal checked = checkDecimal(part, name);
    if (checked.signum() < 0) {
      throw new IllegalArgumentException(name + " " + abbreviate(part) + " is negative");
    }
    return checked;
  }

  /** Parses plain decimal text: optional minus, digits, optional dot and digits. */
  static BigDecimal parseDecimal(CharSequence text, String field) {
    String s = text.toString();
    if (s.length() > MAX_INTEGER_DIGITS + MAX_SCALE + 2 || !DECIMAL.matcher(s).matches()) {
      throw new IllegalArgumentException(
          "cannot parse "
              + field
              + " \""
              + abbreviate(s)
              + "\": expected a plain decimal such as 1250 or -0.75");
    }
    return new BigDecimal(s);
  }

  /** The decimal without trailing zeros, for scale-blind equality and hashing. */
  static BigDecimal canonical(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  static String abbreviate(Object value) {
    // plain text only for a bounded scale: 1E+999999999 in plain text is a billion characters
    String s =
        value instanceof BigDecimal b && Math.abs((long) b.scale()) <= 40
            ? b.toPlainString()
            : String.valueOf(value);
    if (value instanceof BigDecimal b && s.length() > 40) {
      s = b.toString();
    }
    return Shown.value(s);
  }
}
