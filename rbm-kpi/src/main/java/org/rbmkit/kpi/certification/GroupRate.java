package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import java.util.Optional;
import java.math.BigDecimal;
import java.math.BigInteger;

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

  /**
   * The difference between two rates of the same kind: in percentage points, in relative terms,
   * and whether their 95 % Wilson intervals overlap.
   *
   * <pre>{@code
   * Rate fellowship = Rate.parse("uptake 40/60");
   * Rate paid = Rate.parse("uptake 57/65");
   * RateComparison c = RateComparison.of(paid, fellowship);
   * c.percentagePoints(1, RoundingMode.HALF_UP);     // Optional[21.0]   (87.69 % − 66.67 %)
   * c.relativeDifference(1, RoundingMode.HALF_UP);   // Optional[31.5]   (% above fellowship)
   * c.overlap();                                     // SEPARATE
   * }</pre>
   *
   * <p>The differences are computed exactly from the four counts and rounded once, by the rule the
   * caller gives. Separate intervals are a sign, not a test, of a real difference; overlapping
   * ones do not prove there is none. Immutable and thread-safe.
   *
   * @param rate the rate compared
   * @param reference the rate it is compared with
   */
  public record RateComparison(Rate rate, Rate reference) {

    /** Whether two intervals overlap. */
    public enum Overlap {
      /** The two intervals share at least one point. */
      OVERLAPPING,
      /** The intervals are disjoint. */
      SEPARATE,
      /** One of the rates has no data, hence no interval. */
      UNDEFINED
    }

    /**
     * Validates that both rates are of the same kind.
     *
     * @throws IllegalArgumentException naming both kinds if they differ
     */
    public RateComparison {
      checkNotNull(rate, "rate");
      checkNotNull(reference, "reference");
      checkArgument(
          rate.kind() == reference.kind(),
          "cannot compare rate kind %s (%s) with rate kind %s (%s): their denominators differ",
          rate.kind(),
          rate.kind().label(),
          reference.kind(),
          reference.kind().label());
    }

    /** Compares {@code rate} with {@code reference}. */
    public static RateComparison of(Rate rate, Rate reference) {
      return new RateComparison(rate, reference);
    }

    /** Whether either rate has no data, making the differences undefined. */
    public boolean isUndefined() {
      return rate.isNoData() || reference.isNoData();
    }

    // rate − reference = (a·d − c·b) / (b·d), with rate = a/b and reference = c/d
    private BigInteger crossDifference() {
      return big(rate.numerator())
          .multiply(big(reference.denominator()))
          .subtract(big(reference.numerator()).multiply(big(rate.denominator())));
    }

    /**
     * {@code rate − reference} in percentage points, rounded to {@code scale} decimals by the
     * given rule; empty when either rate has no data.
     */
    public Optional<BigDecimal> percentagePoints(int scale, RoundingMode rounding) {
      checkNotNull(rounding, "rounding");
      if (isUndefined()) {
        return Optional.empty();
      }
      BigInteger denominator = big(rate.denominator()).multiply(big(reference.denominator()));
      return Optional.of(
          new BigDecimal(crossDifference())
              .movePointRight(2)
              .divide(new BigDecimal(denominator), scale, rounding));
    }

    /**
     * {@code (rate − reference) ÷ reference} in percent, rounded to {@code scale} decimals by the
     * given rule; empty when either rate has no data or the reference rate is zero.
     */
    public Optional<BigDecimal> relativeDifference(int scale, RoundingMode rounding) {
      checkNotNull(rounding, "rounding");
      if (isUndefined() || reference.numerator() == 0) {
        return Optional.empty();
      }
      BigInteger denominator = big(reference.numerator()).multiply(big(rate.denominator()));
      return Optional.of(
          new BigDecimal(crossDifference())
              .movePointRight(2)
              .divide(new BigDecimal(denominator), scale, rounding));
    }

    /** Whether the 95 % Wilson intervals of the two rates overlap. */
    public Overlap overlap() {
      if (isUndefined()) {
        return Overlap.UNDEFINED;
      }
      return rate.wilson95().orElseThrow().overlaps(reference.wilson95().orElseThrow())
          ? Overlap.OVERLAPPING
          : Overlap.SEPARATE;
    }

    private static BigInteger big(long v) {
      return BigInteger.valueOf(v);
    }
  }
}
