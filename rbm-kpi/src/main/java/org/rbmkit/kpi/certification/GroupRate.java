package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import java.util.Optional;

/**
 * One row of a breakdown report: a group, its rate with numerator and denominator, the 95 %
 * Wilson interval and whether the group is too small to read much into.
 *
 * <pre>{@code
 * GroupRate row = breakdown.row(RateKind.UPTAKE, CountBasis.ENROLMENTS,
 *     GroupKey.of("tutor-supported-online", "achievement"), 30);
 * row.format(1, RoundingMode.HALF_UP);
 * // "tutor-supported-online / achievement: 77.6 % (97 ÷ 125, half-up to 1 decimal)
 * //  95 % CI [69.5 %, 84.0 %]"
 * }</pre>
 *
 * <p>A group with a zero denominator has the "no data" rate and no interval. Immutable and
 * thread-safe.
 *
 * @param group the group's key
 * @param rate the rate, exact
 * @param smallGroupThreshold groups whose denominator is below this are flagged small
 */
public record GroupRate(GroupKey group, Rate rate, int smallGroupThreshold) {

  /** Validates the components. */
  public GroupRate {
    checkNotNull(group, "group");
    checkNotNull(rate, "rate");
    checkArgument(
        smallGroupThreshold >= 0, "smallGroupThreshold %s is negative", smallGroupThreshold);
  }

  /** The numerator of the rate. */
  public long numerator() {
    return rate.numerator();
  }

  /** The denominator of the rate. */
  public long denominator() {
    return rate.denominator();
  }

  /** The 95 % Wilson score interval; empty when there is no data. */
  public Optional<WilsonInterval> interval() {
    return rate.wilson95();
  }

  /** Whether the denominator is below the small-group threshold (a group with no data is). */
  public boolean isSmallGroup() {
    return rate.denominator() < smallGroupThreshold;
  }

  /** Compares this row's rate with another row's, in points, relative terms and overlap. */
  public RateComparison compareWith(GroupRate reference) {
    checkNotNull(reference, "reference");
    return RateComparison.of(rate, reference.rate);
  }

  /**
   * The row as text, percentages rounded to {@code decimals} by the given rule, which the text
   * states.
   */
  public String format(int decimals, RoundingMode rounding) {
    StringBuilder s = new StringBuilder();
    s.append(group).append(": ").append(rate.format(decimals, rounding));
    rate.wilson95().ifPresent(w -> s.append(" 95 % CI ").append(w.format(decimals, rounding)));
    if (isSmallGroup()) {
      s.append(" [small group: ").append(rate.denominator()).append(" < ")
          .append(smallGroupThreshold).append(']');
    }
    return s.toString();
  }
}
