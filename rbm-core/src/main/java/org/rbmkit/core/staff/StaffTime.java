package org.rbmkit.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import org.rbmkit.core.money.Digits;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.rbmkit.core.text.Shown;

/**
 * An amount of staff time: full-time equivalents or work-months.
 *
 * <pre>{@code
 * StaffTime half = StaffTime.parse("0.5 fte");
 * StaffTime six = StaffTime.parse("6 work-months");
 * half.toWorkMonths(12);                          // 6 work-months
 * six.toFte(24, 2, RoundingMode.HALF_UP);         // 0.25 fte over a biennium
 * }</pre>
 *
 * <p>The amount is not negative, has at most 24 integer digits and 6 decimal places, keeps its
 * scale and compares numerically. Immutable and thread-safe.
 *
 * @param amount how much
 * @param unit full-time equivalents or work-months
 */
public record StaffTime(BigDecimal amount, StaffTimeUnit unit) {

  private static final Pattern TEXT = Pattern.compile("([0-9]{1,24}(?:\\.[0-9]{1,6})?) (fte|work-months)");

  /** Checks the amount. */
  public StaffTime {
    checkNotNull(amount, "amount");
    checkNotNull(unit, "unit");
    // size first, and no plain text before it: 1E+999999999 in plain text is a billion characters
    if (!Digits.within(amount, 24, 6)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "staff time %s must have at most 24 integer digits and 6 decimal places",
              Digits.abbreviate(amount)));
    }
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(
          lenientFormat(
              "staff time %s is negative",
              amount.toPlainString()));
    }
    if (amount.scale() < 0) {
      amount = amount.setScale(0, RoundingMode.UNNECESSARY);
    }
  }

  /** Full-time equivalents: {@code StaffTime.fte("1.0")}. */
  public static StaffTime fte(String amount) {
    checkNotNull(amount, "amount");
    return parse(amount + " fte");
  }

  /** Work-months: {@code StaffTime.workMonths("6")}. */
  public static StaffTime workMonths(String amount) {
    checkNotNull(amount, "amount");
    return parse(amount + " work-months");
  }

  /**
   * Parses {@code 0.5 fte} or {@code 6 work-months}.
   *
   * @throws IllegalArgumentException quoting the text and the accepted forms
   */
  public static StaffTime parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    var m = TEXT.matcher(s);
    if (s.length() > 48 || !m.matches()) {
      throw new IllegalArgumentException(
          "cannot parse staff time \""
              + (Shown.value(s))
              + "\": expected a non-negative decimal and a unit, as in 0.5 fte or 6 work-months");
    }
    return new StaffTime(new BigDecimal(m.group(1)), StaffTimeUnit.fromCode(m.group(2)));
  }

  /**
   * This time in work-months over a period of {@code periodMonths} months; exact (FTE times
   * months, or the work-months themselves).
   */
  public StaffTime toWorkMonths(int periodMonths) {
    checkArgument(periodMonths > 0, "period months %s must be positive", periodMonths);
    if (unit == StaffTimeUnit.WORK_MONTHS) {
      return this;
    }
    return new StaffTime(amount.multiply(BigDecimal.valueOf(periodMonths)), StaffTimeUnit.WORK_MONTHS);
  }

  /**
   * This time in full-time equivalents over a period of {@code periodMonths} months, rounded to
   * {@code scale} places with {@code rounding} when it comes from work-months.
   */
  public StaffTime toFte(int periodMonths, int scale, RoundingMode rounding) {
    checkArgument(periodMonths > 0, "period months %s must be positive", periodMonths);
    checkNotNull(rounding, "rounding");
    if (unit == StaffTimeUnit.FTE) {
      return this;
    }
    return new StaffTime(
        amount.divide(BigDecimal.valueOf(periodMonths), scale, rounding), StaffTimeUnit.FTE);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StaffTime t && unit == t.unit && amount.compareTo(t.amount) == 0;
  }

  @Override
  public int hashCode() {
    BigDecimal c = amount.signum() == 0 ? BigDecimal.ZERO : amount.stripTrailingZeros();
    return c.hashCode() * 31 + unit.hashCode();
  }

  /** {@code 0.5 fte}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + unit.code();
  }
}
