package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A planned ratio between two parts of a whole, such as 2:1 online to face-to-face training, and
 * its comparison with an actual share.
 *
 * <pre>{@code
 * PlannedRatio plan = PlannedRatio.of(2, 1);                 // online : face-to-face
 * plan.plannedShare(MathContext.DECIMAL64);                  // 0.6666666666666667
 * plan.gapInPoints(new BigDecimal("0.59"), 2, RoundingMode.HALF_UP);   // -7.67 points
 * }</pre>
 *
 * <p>The planned share of the first part is {@code first / (first + second)}. Shares are
 * fractions between 0 and 1 ({@code 0.59} for 59 %); gaps are in percentage points,
 * {@code 100 · (actual - planned)}, negative when the first part falls short.
 *
 * <p>Immutable and thread-safe.
 *
 * @param first the planned amount of the first part; not negative
 * @param second the planned amount of the second part; not negative, and not both zero
 */
public record PlannedRatio(BigDecimal first, BigDecimal second) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Validates the components. */
  public PlannedRatio {
    checkNotNull(first, "first");
    checkNotNull(second, "second");
    checkArgument(first.signum() >= 0, "planned ratio: first part %s is negative", first);
    checkArgument(second.signum() >= 0, "planned ratio: second part %s is negative", second);
    checkArgument(
        first.signum() + second.signum() > 0, "planned ratio %s:%s has no parts", first, second);
  }

  /** The ratio {@code first:second} of whole numbers. */
  public static PlannedRatio of(long first, long second) {
    return new PlannedRatio(BigDecimal.valueOf(first), BigDecimal.valueOf(second));
  }

  /** The planned share of the first part, {@code first / (first + second)}, rounded. */
  public BigDecimal plannedShare(MathContext precision) {
    checkNotNull(precision, "precision");
    return first.divide(first.add(second), precision);
  }

  /**
   * The gap of an actual share of the first part to the planned share, in percentage points,
   * computed exactly and rounded once to {@code scale} places by {@code rounding}.
   *
   * @param actualShare the actual share as a fraction, 0 to 1
   */
  public BigDecimal gapInPoints(BigDecimal actualShare, int scale, RoundingMode rounding) {
    checkShare(actualShare);
    checkNotNull(rounding, "rounding");
    BigDecimal whole = first.add(second);
    // actual - first/whole = (actual·whole - first) / whole
    return actualShare
        .multiply(whole)
        .subtract(first)
        .multiply(HUNDRED)
        .divide(whole, scale, rounding);
  }

  /**
   * The actual share of the first part from counts: {@code firstCount / (firstCount +
   * secondCount)}, rounded; for instance online and face-to-face activities.
   *
   * @throws IllegalArgumentException if a count is negative or both are zero
   */
  public static BigDecimal shareOf(
      BigDecimal firstCount, BigDecimal secondCount, MathContext precision) {
    return new PlannedRatio(firstCount, secondCount).plannedShare(precision);
  }

  /**
   * The actual ratio of the first part to the second as {@code x : 1} for an actual share, such
   * as {@code 1.44} for 59 %; empty (not a number) when the share is 1.
   */
  public Optional<BigDecimal> actualRatio(BigDecimal actualShare, MathContext precision) {
    checkShare(actualShare);
    checkNotNull(precision, "precision");
    BigDecimal rest = BigDecimal.ONE.subtract(actualShare);
    if (rest.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(actualShare.divide(rest, precision));
  }

  /** Whether the actual share of the first part reaches the planned share (exactly compared). */
  public boolean isMet(BigDecimal actualShare) {
    checkShare(actualShare);
    return actualShare.multiply(first.add(second)).compareTo(first) >= 0;
  }

  private static void checkShare(BigDecimal share) {
    checkNotNull(share, "actualShare");
    if (!(share.signum() >= 0 && share.compareTo(BigDecimal.ONE) <= 0)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "actual share %s is not a fraction between 0 and 1 (write 59 percent as 0.59)",
              share.toPlainString()));
    }
  }

  /** The ratio as text, such as {@code 2:1}. */
  @Override
  public String toString() {
    return first.toPlainString() + ":" + second.toPlainString();
  }
}
