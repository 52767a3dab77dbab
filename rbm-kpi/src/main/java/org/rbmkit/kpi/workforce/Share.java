package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.rbmkit.core.money.Digits;

/**
 * A part of a whole, kept as numerator and denominator so that the reader sees how it was
 * obtained; a percentage is produced only with a stated rounding rule.
 *
 * <pre>{@code
 * Share s = Share.of(72, 119);
 * s.percent(1, RoundingMode.HALF_UP);   // Optional[60.5]
 * s.percent(0, RoundingMode.DOWN);      // Optional[60], as seed 004 prints it
 * Share.of(0, 0).isDefined();           // false: no people, no share
 * }</pre>
 *
 * <p>A share with a zero denominator is <em>undefined</em>: {@link #percent} and {@link #ratio}
 * return an empty {@code Optional}, never NaN and never an exception. Amounts are compared by
 * value ({@code 1.0} equals {@code 1}). Immutable and thread-safe.
 *
 * @param numerator the part, at least 0 and at most the denominator
 * @param denominator the whole, at least 0
 */
public record Share(BigDecimal numerator, BigDecimal denominator) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Validates and normalises the components. */
  public Share {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    checkArgument(numerator.signum() >= 0, "share numerator %s is negative", numerator);
    checkArgument(
        numerator.compareTo(denominator) <= 0,
        "share numerator %s exceeds denominator %s",
        numerator,
        denominator);
    numerator = normalise(numerator);
    denominator = normalise(denominator);
  }

  /** The share of {@code part} in {@code whole}, both counts. */
  public static Share of(long part, long whole) {
    return new Share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  /** Whether the denominator is positive, so that the share has a value. */
  public boolean isDefined() {
    return denominator.signum() > 0;
  }

  /**
   * The share in percent, rounded once to {@code scale} decimals by {@code mode}; empty when
   * the denominator is zero.
   */
  public Optional<BigDecimal> percent(int scale, RoundingMode mode) {
    checkNotNull(mode, "mode");
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(numerator.multiply(HUNDRED).divide(denominator, scale, mode));
  }

  /** The share as a ratio in [0, 1], rounded once; empty when the denominator is zero. */
  public Optional<BigDecimal> ratio(int scale, RoundingMode mode) {
    checkNotNull(mode, "mode");
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(numerator.divide(denominator, scale, mode));
  }

  /**
   * The gap between this share and a target, in percentage points: {@code percent − target},
   * rounded once (the exact value is {@code (100·n − target·d) / d}); empty when undefined.
   * Negative when the share is below target.
   */
  public Optional<BigDecimal> gapToTarget(BigDecimal targetPercent, int scale, RoundingMode mode) {
    checkNotNull(targetPercent, "targetPercent");
    checkNotNull(mode, "mode");
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(
        numerator
            .multiply(HUNDRED)
            .subtract(targetPercent.multiply(denominator))
            .divide(denominator, scale, mode));
  }

  /** {@code 72/119}. */
  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }

  static BigDecimal normalise(BigDecimal d) {
    return Digits.normalise(d);
  }
}
