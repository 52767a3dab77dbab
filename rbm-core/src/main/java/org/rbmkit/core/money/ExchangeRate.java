package org.rbmkit.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

/**
 * An explicit exchange rate: one unit of {@code from} buys {@code rate} units of {@code to}.
 *
 * <pre>{@code
 * ExchangeRate usdEur = new ExchangeRate(Currencies.of("USD"), Currencies.of("EUR"),
 *     new BigDecimal("0.92"), LocalDate.of(2023, 1, 1), ExchangeRateKind.BUDGET);
 * Money eur = usdEur.convert(Money.of("USD", "1000.00"), RoundingMode.HALF_EVEN); // EUR 920.00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the currency converted from
 * @param to the currency converted to; differs from {@code from}
 * @param rate units of {@code to} per unit of {@code from}; positive
 * @param date the date the rate applies to
 * @param kind budget, operational or average rate
 */
public record ExchangeRate(
    Currency from, Currency to, BigDecimal rate, LocalDate date, ExchangeRateKind kind) {

  /** Validates the components. */
  public ExchangeRate {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkNotNull(rate, "rate");
    checkNotNull(date, "date");
    checkNotNull(kind, "kind");
    checkArgument(!from.equals(to), "exchange rate from %s to itself", from);
    checkArgument(rate.signum() > 0, "exchange rate %s %s->%s must be positive", rate, from, to);
    // bounded so that convert() stays cheap: 1E-999999999 would round a billion digits away;
    // checked before stripping, which would otherwise work on a billion-digit exponent
    if (Digits.integerDigits(rate) > MAX_DIGITS
        || !Digits.within(rate.stripTrailingZeros(), MAX_DIGITS, MAX_DIGITS)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "exchange rate %s %s->%s must have at most %s integer digits and %s decimal places",
              Digits.abbreviate(rate),
              from,
              to,
              MAX_DIGITS,
              MAX_DIGITS));
    }
    rate = rate.stripTrailingZeros();
  }

  /** Most integer digits, and most decimal places, of a rate. */
  public static final int MAX_DIGITS = 24;

  /**
   * {@code amount}, which must be in {@link #from()}, in {@link #to()}, rounded to the target
   * currency's minor units with {@code rounding}.
   *
   * @throws CurrencyMismatchException if {@code amount} is not in {@link #from()}
   */
  public Money convert(Money amount, RoundingMode rounding) {
    checkNotNull(amount, "amount");
    checkNotNull(rounding, "rounding");
    if (!amount.currency().equals(from)) {
      throw new CurrencyMismatchException(from, amount.currency());
    }
    return Money.of(
        to, amount.amount().multiply(rate).setScale(Currencies.minorUnits(to), rounding));
  }

  /** The rate the other way round, {@code 1 / rate}, to {@code scale} places with {@code rounding}. */
  public ExchangeRate inverse(int scale, RoundingMode rounding) {
    return new ExchangeRate(to, from, BigDecimal.ONE.divide(rate, scale, rounding), date, kind);
  }
}
