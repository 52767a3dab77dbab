package org.rbmkit.kpi.workplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.text.Shown;

/**
 * How far work has got, 0 to 100 percent exactly as reported, or not reported.
 *
 * <pre>{@code
 * PercentComplete.of(new BigDecimal("90"));   // seed 004: an IATI publishing stage "90 % complete"
 * PercentComplete.parse("not-reported");      // NOT_REPORTED
 * PercentComplete.of(new BigDecimal("100.5")); // IllegalArgumentException
 * }</pre>
 *
 * <p>The value is kept exactly (no rounding), with trailing zeros stripped so that {@code 90.0}
 * equals {@code 90}. Immutable and thread-safe.
 */
public final class PercentComplete {

  /** No figure was reported. */
  public static final PercentComplete NOT_REPORTED = new PercentComplete(null);

  /** Most decimal places of a percentage, as {@link #parse} reads them. */
  public static final int MAX_DECIMAL_PLACES = 10;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal value;

  private PercentComplete(BigDecimal value) {
    this.value = value;
  }

  /**
   * The given percentage.
   *
   * @throws IllegalArgumentException if it is below 0 or above 100, or has more than {@value
   *     #MAX_DECIMAL_PLACES} decimal places
   */
  public static PercentComplete of(BigDecimal percent) {
    checkNotNull(percent, "percent");
    // compareTo and toString only: plain text of 1E+999999999 is a billion characters
    checkArgument(
        percent.signum() >= 0 && percent.compareTo(HUNDRED) <= 0,
        "percent complete %s is outside 0–100",
        percent);
    BigDecimal v = Digits.normalise(percent);
    checkArgument(
        v.scale() <= MAX_DECIMAL_PLACES,
        "percent complete %s has more than %s decimal places",
        percent,
        MAX_DECIMAL_PLACES);
    return new PercentComplete(v);
  }

  /** The given whole percentage. */
  public static PercentComplete of(int percent) {
    return of(BigDecimal.valueOf(percent));
  }

  /**
   * Parses a number such as {@code 90} or {@code 62.5}, or {@code not-reported}.
   *
   * @throws IllegalArgumentException quoting the input for anything else or a number outside
   *     0–100
   */
  public static PercentComplete parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    if (s.equals("not-reported")) {
      return NOT_REPORTED;
    }
    if (!s.matches("[0-9]{1,3}(\\.[0-9]{1,10})?")) {
      String shown = Shown.value(s);
      throw new IllegalArgumentException(
          "cannot parse percent complete \"" + shown + "\": expected a number 0–100 such as 90 or"
              + " 62.5, or not-reported");
    }
    return of(new BigDecimal(s));
  }

  /** The percentage, or empty if not reported. */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(value);
  }

  /** Whether a figure was reported. */
  public boolean isReported() {
    return value != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PercentComplete p
        && (value == null ? p.value == null : value.equals(p.value));
  }

  @Override
  public int hashCode() {
    return value == null ? 0 : value.hashCode();
  }

  /** {@code 90}, {@code 62.5} or {@code not-reported}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return value == null ? "not-reported" : value.toPlainString();
  }
}
