package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import org.rbmkit.core.period.Period;

/**
 * The change of a value between two periods, absolute and in percent.
 *
 * <pre>{@code
 * Change c = new Change(CalendarYear.of(2021), new BigDecimal("663000"),
 *                       CalendarYear.of(2022), new BigDecimal("729000"));
 * c.absolute();                                  // 66000
 * c.percent(0, RoundingMode.HALF_UP);            // Optional[10]: "hausse de 10 pour cent"
 * c.percent(MathContext.DECIMAL64);              // Optional[9.954751131221719]
 * }</pre>
 *
 * <p>The percentage is {@code 100 · (to - from) / |from|}: dividing by the magnitude keeps the
 * sign of the change meaning "went up" even from a negative base. It is empty when {@code from}
 * is zero. {@link #percent(int, RoundingMode)} rounds the exact quotient once to the stated scale
 * and rule, so a published "10 pour cent" is reproduced without double rounding.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the earlier period
 * @param fromValue the value in the earlier period
 * @param to the later period
 * @param toValue the value in the later period
 */
public record Change(Period from, BigDecimal fromValue, Period to, BigDecimal toValue) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Validates the components. */
  public Change {
    checkNotNull(from, "from");
    checkNotNull(fromValue, "fromValue");
    checkNotNull(to, "to");
    checkNotNull(toValue, "toValue");
  }

  /** {@code toValue - fromValue}, exact. */
  public BigDecimal absolute() {
    return toValue.subtract(fromValue);
  }

  /** The percentage change rounded to {@code precision}; empty when {@code fromValue} is zero. */
  public Optional<BigDecimal> percent(MathContext precision) {
    checkNotNull(precision, "precision");
    if (fromValue.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(absolute().multiply(HUNDRED).divide(fromValue.abs(), precision));
  }

  /**
   * The percentage change rounded once, from the exact quotient, to {@code scale} decimal places
   * by {@code rounding}; empty when {@code fromValue} is zero.
   */
  public Optional<BigDecimal> percent(int scale, RoundingMode rounding) {
    checkArgument(scale >= 0 && scale <= 30, "scale %s is not within 0-30", scale);
    checkNotNull(rounding, "rounding");
    if (fromValue.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(absolute().multiply(HUNDRED).divide(fromValue.abs(), scale, rounding));
  }

  /** Whether the value moved in the better direction (or stayed). */
  public boolean isImprovement(Direction direction) {
    checkNotNull(direction, "direction");
    return absolute().signum() * direction.sign() >= 0;
  }
}
