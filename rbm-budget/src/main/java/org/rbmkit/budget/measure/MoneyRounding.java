package org.rbmkit.budget.measure;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.money.Money;

/**
 * A stated rounding rule for amounts: round to a multiple of {@code increment} with
 * {@code mode}.
 *
 * <pre>{@code
 * MoneyRounding kEur = MoneyRounding.toUnit(AmountUnit.THOUSANDS, RoundingMode.HALF_UP);
 * kEur.round(Money.of("EUR", 1_134_910));   // EUR 1135000.00
 * kEur.toString();                           // "nearest 1000 HALF_UP"
 * }</pre>
 *
 * <p>Every calculation in this module that can lose precision takes such a rule, so the rule is
 * written down where the result is used. Immutable and thread-safe.
 *
 * @param increment the positive step results are rounded to, in units of the currency
 *     ({@code 1000} for thousands, {@code 0.01} for cents)
 * @param mode how a value between two steps is rounded
 */
public record MoneyRounding(BigDecimal increment, RoundingMode mode) {

  /** Validates the increment. */
  public MoneyRounding {
    checkNotNull(increment, "increment");
    checkNotNull(mode, "mode");
    checkArgument(increment.signum() > 0, "rounding increment %s must be positive", increment);
    increment = Digits.normalise(increment);
  }

  /** Rounds to whole printed units of a table: {@code toUnit(THOUSANDS, HALF_UP)}. */
  public static MoneyRounding toUnit(AmountUnit unit, RoundingMode mode) {
    checkNotNull(unit, "unit");
    return new MoneyRounding(unit.multiplier(), mode);
  }

  /** Rounds to the given increment: {@code of("0.01", HALF_EVEN)}. */
  public static MoneyRounding of(String increment, RoundingMode mode) {
    checkNotNull(increment, "increment");
    return new MoneyRounding(new BigDecimal(increment), mode);
  }

  /**
   * {@code amount} rounded by this rule.
   *
   * @throws ArithmeticException if the mode is {@link RoundingMode#UNNECESSARY} and rounding is
   *     needed
   * @throws IllegalArgumentException if the increment is finer than the currency's minor unit
   */
  public Money round(Money amount) {
    checkNotNull(amount, "amount");
    return Money.of(amount.currency(), round(amount.amount()));
  }

  /** An exact decimal amount rounded by this rule, for products not yet made into money. */
  public BigDecimal round(BigDecimal amount) {
    checkNotNull(amount, "amount");
    return amount
        .divide(increment, 0, mode)
        .multiply(increment);
  }

  /**
   * {@code dividend / divisor} rounded by this rule in one step, without an intermediate
   * rounding of the quotient.
   *
   * @throws ArithmeticException if {@code divisor} is zero
   */
  public BigDecimal roundQuotient(BigDecimal dividend, BigDecimal divisor) {
    checkNotNull(dividend, "dividend");
    checkNotNull(divisor, "divisor");
    return dividend.divide(divisor.multiply(increment), 0, mode).multiply(increment);
  }

  /** {@code "nearest 1000 HALF_UP"}. */
  @Override
  public String toString() {
    return "nearest " + increment.toPlainString() + " " + mode;
  }
}
