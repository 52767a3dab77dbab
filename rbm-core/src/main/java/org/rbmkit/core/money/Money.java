package org.rbmkit.core.money;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rbmkit.core.text.Shown;

/**
 * An exact amount of money in one ISO 4217 currency.
 *
 * <pre>{@code
 * Money net = Money.parse("EUR 60535000.00");
 * Money more = net.plus(Money.of("EUR", "1250.50"));          // EUR 60536250.50
 * Money grown = net.multipliedBy(new BigDecimal("1.046"), RoundingMode.HALF_UP);
 * }</pre>
 *
 * <p>The amount is a {@link BigDecimal}, never a {@code double}. It may carry at most as many
 * decimal places as the currency has minor units (two for EUR, none for JPY); an amount with
 * more is rejected rather than rounded. Nothing rounds implicitly: the operations that can lose
 * precision ({@link #multipliedBy}, {@link #dividedBy}, {@link ExchangeRate#convert}) take a
 * {@link RoundingMode}. Amounts are equal when they are numerically equal, whatever their printed
 * scale: {@code EUR 5}, {@code EUR 5.0} and {@code EUR 5.00} are one value. Different currencies
 * never mix; an attempt throws {@link CurrencyMismatchException}.
 *
 * <p>Amounts given to {@link #of} are limited to {@value #MAX_INTEGER_DIGITS} digits before the
 * decimal point, so that hostile input such as {@code 1e999999999} fails at once instead of
 * starting a huge computation. The limit is for inputs, not for results: sums and differences
 * ({@link #plus}, {@link #minus}, {@link #total}, {@link #ofTotal}) are exact whatever their
 * length.
 *
 * <p>Immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

  /** The largest number of digits an amount may have before its decimal point. */
  public static final int MAX_INTEGER_DIGITS = 24;

  /**
   * The largest number of integer digits of a computed amount ({@link #ofTotal}): room for the
   * sum or product of any number of amounts a program can hold, while a number such as
   * {@code 1E+999999999} is still refused from its size alone.
   */
  public static final int MAX_TOTAL_INTEGER_DIGITS = 1000;

  private static final Pattern TEXT = Pattern.compile("([A-Z]{3}) (-?[0-9]+(?:\\.[0-9]+)?)");

  private final Currency currency;
  /** Normalised: no trailing zeros, scale at least 0; so equal amounts have equal fields. */
  private final BigDecimal amount;
  /**
   * The amount in minor units, or {@link #NO_MINOR_LONG} when that is outside the range of a
   * {@code long}; derived from {@link #amount}, so it takes no part in equality.
   */
  private final long minor;

  /** Marks an amount whose minor units do not fit a {@code long} (the range is symmetric). */
  private static final long NO_MINOR_LONG = Long.MIN_VALUE;

  private Money(Currency currency, BigDecimal normalisedAmount) {
    this.currency = currency;
    this.amount = normalisedAmount;
    this.minor = minorLong(normalisedAmount, currency.getDefaultFractionDigits());
  }

  /** The exact minor units of a normalised amount, or {@link #NO_MINOR_LONG}. */
  private static long minorLong(BigDecimal amount, int digits) {
    if (amount.signum() == 0) {
      return 0;
    }
    long integerDigits = Digits.integerDigits(amount) + digits;
    if (integerDigits > 19 || amount.scale() > digits) {
      return NO_MINOR_LONG;
    }
    BigDecimal units = amount.movePointRight(digits);
    if (integerDigits < 19) {
      // at most 18 digits: always fits
      return units.longValueExact();
    }
    return units.unscaledValue().bitLength() <= 63 ? units.longValue() : NO_MINOR_LONG;
  }

  /**
   * The given amount in the given currency.
   *
   * @throws IllegalArgumentException if the amount has more decimal places than the currency's
   *     minor units, or more than {@value #MAX_INTEGER_DIGITS} integer digits
   */
  public static Money of(Currency currency, BigDecimal amount) {
    checkNotNull(currency, "currency");
    checkNotNull(amount, "amount");
    int digits = Currencies.minorUnits(currency);
    if (Digits.integerDigits(amount) > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          lenientFormat(
              "amount %s has more than %s integer digits",
              Digits.abbreviate(amount),
              MAX_INTEGER_DIGITS));
    }
    return exact(currency, amount);
  }

  /**
   * A computed amount, such as a total, in the given currency: exact, with any number of integer
   * digits. {@link #of} limits the amounts that come in to {@value #MAX_INTEGER_DIGITS} integer
   * digits; sums of them may be longer, and are never refused or rounded for it.
   *
   * <pre>{@code
   * Money.ofTotal(eur, new BigDecimal("1999999999999999999999998"));   // 25 digits: a sum
   * }</pre>
   *
   * @throws IllegalArgumentException if the amount has more decimal places than the currency's
   *     minor units, or more integer digits than a sum of amounts within the input limit can
   *     have ({@value #MAX_TOTAL_INTEGER_DIGITS})
   */
  public static Money ofTotal(Currency currency, BigDecimal amount) {
    checkNotNull(currency, "currency");
    checkNotNull(amount, "amount");
    if (Digits.integerDigits(amount) > MAX_TOTAL_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          lenientFormat(
              "total %s has more than %s integer digits",
              Digits.abbreviate(amount),
              MAX_TOTAL_INTEGER_DIGITS));
    }
    return exact(currency, amount);
  }

  private static Money exact(Currency currency, BigDecimal amount) {
    int digits = Currencies.minorUnits(currency);
    BigDecimal normal = Digits.normalise(amount);
    if (normal.scale() > digits) {
      throw new IllegalArgumentException(
          "amount "
              + Digits.abbreviate(amount)
              + " has "
              + normal.scale()
              + " decimal places; "
              + currency.getCurrencyCode()
              + " allows at most "
              + digits
              + " (round it explicitly first)");
    }
    return new Money(currency, normal);
  }

  /** The given amount, written as decimal text, in the currency with the given ISO 4217 code. */
  public static Money of(String currencyCode, String amount) {
    checkNotNull(amount, "amount");
    return of(Currencies.of(currencyCode), parseDecimal(amount, "amount"));
  }

  /** The given amount in the currency with the given ISO 4217 code. */
  public static Money of(String currencyCode, BigDecimal amount) {
    return of(Currencies.of(currencyCode), amount);
  }

  /** A whole amount in the currency with the given code: {@code Money.of("EUR", 474_000)}. */
  public static Money of(String currencyCode, long amount) {
    return of(Currencies.of(currencyCode), BigDecimal.valueOf(amount));
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    checkNotNull(currency, "currency");
    Currencies.minorUnits(currency);
    return new Money(currency, BigDecimal.ZERO);
  }

  /** Zero in the currency with the given code. */
  public static Money zero(String currencyCode) {
    return zero(Currencies.of(currencyCode));
  }

  /**
   * The sum of the given amounts; zero in {@code currency} when there are none.
   *
   * @throws CurrencyMismatchException if an amount is in another currency
   */
  public static Money total(Currency currency, Iterable<Money> amounts) {
    checkNotNull(amounts, "amounts");
    BigDecimal sum = BigDecimal.ZERO;
    Iterator<Money> it = amounts.iterator();
    while (it.hasNext()) {
      Money m = checkNotNull(it.next(), "amounts contains null");
      if (!m.currency.equals(currency)) {
        throw new CurrencyMismatchException(currency, m.currency);
      }
      sum = sum.add(m.amount);
    }
    return ofTotal(currency, sum);
  }

  /**
   * Parses the canonical text {@code "EUR 60535000.00"}: a three-letter ISO 4217 code, one space,
   * and a plain decimal amount (optional minus sign, dot as decimal separator, no grouping, no
   * exponent).
   *
   * @throws IllegalArgumentException naming the input and the accepted form
   */
  public static Money parse(CharSequence text) {
    checkNotNull(text, "text");
    if (text.length() > 3 + 1 + 1 + MAX_INTEGER_DIGITS + 1 + 64) {
      throw new IllegalArgumentException(
          "cannot parse money \"" + Shown.value(text.toString()) + "\": too long");
    }
    Matcher m = TEXT.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "cannot parse money \""
              + Shown.value(text.toString())
              + "\": expected an ISO 4217 code, a space and a plain decimal, as in \"EUR 1250.50\"");
    }
    return of(Currencies.of(m.group(1)), new BigDecimal(m.group(2)));
  }

  /** The currency. */
  public Currency currency() {
    return currency;
  }

  /** The currency's ISO 4217 code, such as {@code "EUR"}. */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  /**
   * The amount, with the currency's number of decimal places (or more, never: see {@link #of}).
   * {@code EUR 5} gives {@code 5.00}.
   */
  public BigDecimal amount() {
    return amount.setScale(
        Math.max(amount.scale(), Currencies.minorUnits(currency)), RoundingMode.UNNECESSARY);
  }

  /**
   * The amount in the currency's minor units as an exact {@code long}: {@code EUR 1250.50} gives
   * {@code 125050} (cents), {@code JPY 1250} gives {@code 1250}, {@code BHD 1.5} gives {@code
   * 1500}. Computed once, when the money is made, so reading it costs no arithmetic; calculators
   * that sum many amounts use it for exact sums in {@code long}s.
   *
   * @throws ArithmeticException if the minor units lie outside {@code ±(2^63 − 1)}; {@link
   *     #amountMinorFitsLong()} tells beforehand
   */
  public long amountMinorLong() {
    if (minor == NO_MINOR_LONG) {
      throw new ArithmeticException(
          "amount " + Digits.abbreviate(amount) + " " + currency.getCurrencyCode()
              + " has too many minor units for a long");
    }
    return minor;
  }

  /**
   * Whether {@link #amountMinorLong()} returns the amount's minor units, that is, whether they lie
   * within {@code ±(2^63 − 1)}; {@code false} only for amounts beyond about 92 quadrillion
   * currency units (EUR) or 9.2 quintillion (JPY).
   */
  public boolean amountMinorFitsLong() {
    return minor != NO_MINOR_LONG;
  }

  /** This plus {@code other}; exact, even past {@value #MAX_INTEGER_DIGITS} integer digits. */
  public Money plus(Money other) {
    checkSameCurrency(other);
    return ofTotal(currency, amount.add(other.amount));
  }

  /** This minus {@code other}; exact, even past {@value #MAX_INTEGER_DIGITS} integer digits. */
  public Money minus(Money other) {
    checkSameCurrency(other);
    return ofTotal(currency, amount.subtract(other.amount));
  }

  /** This amount with the opposite sign. */
  public Money negated() {
    return new Money(currency, amount.negate());
  }

  /** The absolute value. */
  public Money abs() {
    return amount.signum() < 0 ? negated() : this;
  }

  /**
   * This amount multiplied by {@code factor}, rounded to the currency's minor units with
   * {@code rounding}; {@link RoundingMode#UNNECESSARY} throws {@link ArithmeticException} if the
   * exact product needs rounding.
   */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    checkNotNull(factor, "factor");
    checkNotNull(rounding, "rounding");
    return of(
        currency, amount.multiply(factor).setScale(Currencies.minorUnits(currency), rounding));
  }

  /** This amount multiplied by a whole number; exact. */
  public Money multipliedBy(long factor) {
    return ofTotal(currency, amount.multiply(BigDecimal.valueOf(factor)));
  }

  /**
   * This amount divided by {@code divisor}, rounded to the currency's minor units with
   * {@code rounding}.
   *
   * @throws ArithmeticException if {@code divisor} is zero, or rounding is needed and
   *     {@code rounding} is {@link RoundingMode#UNNECESSARY}
   */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    checkNotNull(divisor, "divisor");
    checkNotNull(rounding, "rounding");
    if (divisor.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return of(currency, amount.divide(divisor, Currencies.minorUnits(currency), rounding));
  }

  /** -1, 0 or 1 as this amount is negative, zero or positive. */
  public int signum() {
    return amount.signum();
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Whether this amount and {@code other} are in the same currency. */
  public boolean isSameCurrency(Money other) {
    return currency.equals(other.currency);
  }

  /** Whether this is greater than {@code other}, which must be in the same currency. */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** Whether this is less than {@code other}, which must be in the same currency. */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.equals(m.amount);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.hashCode();
  }

  /** The canonical text, {@code "EUR 60535000.00"}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + amount().toPlainString();
  }

  private void checkSameCurrency(Money other) {
    checkNotNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  static BigDecimal parseDecimal(String text, String field) {
    if (text.length() > MAX_INTEGER_DIGITS + 66) {
      throw new IllegalArgumentException(field + " \"" + Shown.value(text) + "\" is too long");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          field + " \"" + Shown.value(text) + "\" is not a decimal number", e);
    }
  }
}
