package org.rbmkit.core.indicator;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;

/**
 * The closed range an indicator with direction {@link Direction#MAINTAIN} should stay in.
 *
 * <pre>{@code
 * Band b = Band.parse("95..100");
 * b.contains(new BigDecimal("97.5"));   // true
 * }</pre>
 *
 * <p>Both ends are inclusive; {@code lower <= upper}. Ends keep their scale but compare
 * numerically. Immutable and thread-safe.
 *
 * @param lower the lowest acceptable value
 * @param upper the highest acceptable value
 */
public record Band(BigDecimal lower, BigDecimal upper) {

  /** Checks that {@code lower <= upper}. */
  public Band {
    checkNotNull(lower, "lower");
    checkNotNull(upper, "upper");
    lower = Values.checkDecimal(lower, "band lower");
    upper = Values.checkDecimal(upper, "band upper");
    if (lower.compareTo(upper) > 0) {
      throw new IllegalArgumentException(
          lenientFormat(
              "band lower %s is above upper %s",
              Values.abbreviate(lower),
              Values.abbreviate(upper)));
    }
  }

  /** The band from {@code lower} to {@code upper}, both inclusive. */
  public static Band of(BigDecimal lower, BigDecimal upper) {
    return new Band(lower, upper);
  }

  /**
   * Parses {@code lower..upper}, each a plain decimal: {@code 95..100}.
   *
   * @throws IllegalArgumentException quoting the text and the accepted form
   */
  public static Band parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    int dots = s.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException(
          "cannot parse band \"" + Values.abbreviate(s) + "\": expected lower..upper such as 95..100");
    }
    return new Band(
        Values.parseDecimal(s.substring(0, dots), "band lower"),
        Values.parseDecimal(s.substring(dots + 2), "band upper"));
  }

  /** Whether {@code value} lies within the band, ends included. */
  public boolean contains(BigDecimal value) {
    checkNotNull(value, "value");
    return lower.compareTo(value) <= 0 && value.compareTo(upper) <= 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Band b && lower.compareTo(b.lower) == 0 && upper.compareTo(b.upper) == 0;
  }

  @Override
  public int hashCode() {
    return Values.canonical(lower).hashCode() * 31 + Values.canonical(upper).hashCode();
  }

  /** {@code 95..100}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return lower.toPlainString() + ".." + upper.toPlainString();
  }
}
