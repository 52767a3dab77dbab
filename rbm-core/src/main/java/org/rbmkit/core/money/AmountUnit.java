package org.rbmkit.core.money;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;
import org.rbmkit.core.text.Coded;

/**
 * The unit a table prints its amounts in: units, thousands or millions of the currency.
 *
 * <pre>{@code
 * Money m = AmountUnit.THOUSANDS.toMoney(Currencies.of("EUR"), new BigDecimal("60535"));
 * // EUR 60535000.00; AmountUnit.THOUSANDS.inUnit(m) gives 60535
 * }</pre>
 *
 * <p>Conversion to money is exact: a table in thousands loses nothing.
 */
public enum AmountUnit implements Coded {
  /** Amounts in units of the currency. */
  UNITS("units", BigDecimal.ONE),
  /** Amounts in thousands ("en milliers d'euros"). */
  THOUSANDS("thousands", BigDecimal.valueOf(1_000)),
  /** Amounts in millions. */
  MILLIONS("millions", BigDecimal.valueOf(1_000_000));

  private final String code;
  private final BigDecimal multiplier;

  AmountUnit(String code, BigDecimal multiplier) {
    this.code = code;
    this.multiplier = multiplier;
  }

  /** The stable code used in JSON: {@code units}, {@code thousands} or {@code millions}. */
  public String code() {
    return code;
  }

  /** How many units of the currency one printed unit is. */
  public BigDecimal multiplier() {
    return multiplier;
  }

  /** The money a printed figure in this unit stands for; exact. */
  public Money toMoney(Currency currency, BigDecimal printed) {
    checkNotNull(printed, "printed");
    return Money.of(currency, printed.multiply(multiplier));
  }

  /**
   * The figure that prints {@code money} in this unit: exact (may have decimals), without trailing
   * zeros ({@link Digits#normalise}).
   */
  public BigDecimal inUnit(Money money) {
    return Digits.normalise(money.amount().divide(multiplier));
  }

  /** The unit with the given code. */
  public static AmountUnit fromCode(String code) {
    return Coded.fromCode(AmountUnit.class, code, "amount unit");
  }
}
