package org.rbmkit.core.money;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.rbmkit.core.text.Shown;

/**
 * The size of a decimal number from its precision and scale alone: the one place where the
 * model's value types check their digit limits, so that a number such as {@code 1E+2147483647}
 * is measured without building its digits and without {@code int} overflow.
 *
 * <pre>{@code
 * Digits.integerDigits(new BigDecimal("1250.50"));        // 4
 * Digits.integerDigits(new BigDecimal("1E+2147483647"));  // 2147483648, not a negative int
 * Digits.within(new BigDecimal("0.125"), 24, 2);          // false: 3 decimal places
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Digits {

  private Digits() {}

  /**
   * The number of digits before the decimal point ({@code precision − scale}), computed as a
   * {@code long} so that it never overflows; zero or negative for a number below one, such as
   * {@code 0.05} (−1).
   */
  public static long integerDigits(BigDecimal value) {
    checkNotNull(value, "value");
    return (long) value.precision() - value.scale();
  }

  /**
   * Whether {@code value} has at most {@code maxIntegerDigits} digits before its decimal point
   * and at most {@code maxDecimalPlaces} after it, as written (trailing zeros count).
   */
  public static boolean within(BigDecimal value, int maxIntegerDigits, int maxDecimalPlaces) {
    return integerDigits(value) <= maxIntegerDigits && value.scale() <= maxDecimalPlaces;
  }

  /**
   * The number in scientific or plain text as {@link BigDecimal#toString()} gives it, as {@link
   * Shown#value} shows it: short whatever the exponent, for error messages.
   */
  public static String abbreviate(BigDecimal value) {
    return Shown.value(value.toString());
  }

  /**
   * The number in its canonical form: without trailing zeros and with a scale of at least 0, so
   * that two numbers of equal value have one form ({@code 1250.50} → {@code 1250.5}, {@code 1E+3}
   * → {@code 1000}, {@code 0.00} → {@code 0}). The form the model's value types store.
   */
  public static BigDecimal normalise(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }
}
