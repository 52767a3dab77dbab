package org.rbmkit.budget.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.money.Money;

/**
 * A quotient that remembers how it was obtained: its numerator and denominator.
 *
 * <pre>{@code
 * Ratio rate = Ratio.of(Money.of("EUR", 897_600), Money.of("EUR", 1_200_000));
 * rate.percent(1, RoundingMode.HALF_UP);   // Optional[74.8]
 * Ratio.of(BigDecimal.ONE, BigDecimal.ZERO).isDefined();   // false
 * }</pre>
 *
 * <p>A zero denominator gives an <em>undefined</em> ratio: {@link #isDefined()} is false and the
 * value methods return {@link Optional#empty()}; nothing is NaN and nothing throws. The components
 * are kept exactly (trailing zeros stripped, so {@code 1.0/2} equals {@code 1/2}); {@code 1/2}
 * and {@code 2/4} are different ratios with the same value. Immutable and thread-safe.
 *
 * @param numerator the quantity measured
 * @param denominator the quantity it is measured against; zero makes the ratio undefined
 */
public record Ratio(BigDecimal numerator, BigDecimal denominator) {

  /** Validates and normalises the scale of both components. */
  public Ratio {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    numerator = Digits.normalise(numerator);
    denominator = Digits.normalise(denominator);
  }

  /** The ratio {@code numerator / denominator}. */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    return new Ratio(numerator, denominator);
  }

  /**
   * The ratio of two amounts in one currency, such as spent ÷ allocated.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  public static Ratio of(Money numerator, Money denominator) {
    checkNotNull(numerator, "numerator");
    checkNotNull(denominator, "denominator");
    if (!numerator.isSameCurrency(denominator)) {
      throw new CurrencyMismatchException(numerator.currency(), denominator.currency());
    }
    return new Ratio(numerator.amount(), denominator.amount());
  }

  /** Whether the denominator is non-zero, so the ratio has a value. */
  public boolean isDefined() {
    return denominator.signum() != 0;
  }

  /**
   * The value rounded to {@code scale} decimal places; empty when the ratio is undefined.
   *
   * @throws ArithmeticException if {@code rounding} is {@link RoundingMode#UNNECESSARY} and the
   *     value needs rounding
   */
  public Optional<BigDecimal> value(int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(numerator.divide(denominator, scale, rounding));
  }

  /**
   * The value in per cent (×100) rounded to {@code decimals} places with {@code rounding}: the
   * stated rule of a published percentage. Empty when the ratio is undefined.
   */
  public Optional<BigDecimal> percent(int decimals, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    checkArgument(decimals >= 0 && decimals <= 20, "decimals %s not in 0..20", decimals);
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(
        numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, decimals, rounding));
  }

  /** The ratio {@code 1 - this}, for example the unspent share; undefined when this is. */
  public Ratio complement() {
    return new Ratio(denominator.subtract(numerator), denominator);
  }

  /** {@code "897600/1200000"}. */
  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }

}
