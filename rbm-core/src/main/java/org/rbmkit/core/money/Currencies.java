package org.rbmkit.core.money;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import java.util.Currency;
import org.rbmkit.core.text.Shown;

/**
 * Looks up ISO 4217 currencies with messages that name the offending code.
 *
 * <pre>{@code
 * Currency eur = Currencies.of("EUR");
 * }</pre>
 */
public final class Currencies {

  private static final CharMatcher CAPITALS = CharMatcher.inRange('A', 'Z');

  private Currencies() {}

  /**
   * The currency with the given three-letter upper-case ISO 4217 code.
   *
   * @throws IllegalArgumentException if the code is not an ISO 4217 currency with minor units
   */
  public static Currency of(String code) {
    checkNotNull(code, "currency code");
    if (!isThreeCapitals(code)) {
      throw new IllegalArgumentException(
          "currency \"" + Shown.value(code) + "\" is not a three-letter ISO 4217 code such as EUR");
    }
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency \"" + code + "\" is not an ISO 4217 code", e);
    }
    minorUnits(currency);
    return currency;
  }

  /**
   * The number of decimal places of the currency (2 for EUR).
   *
   * @throws IllegalArgumentException if the currency has no minor unit (such as XAU), so is not
   *     money
   */
  static int minorUnits(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException(
          "currency " + currency.getCurrencyCode() + " has no minor unit and is not money");
    }
    return digits;
  }

  /** Whether the code is three letters A to Z. */
  private static boolean isThreeCapitals(String code) {
    return code.length() == 3 && CAPITALS.matchesAllOf(code);
  }
}
