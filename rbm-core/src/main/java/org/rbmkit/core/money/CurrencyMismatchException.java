package org.rbmkit.core.money;

import java.util.Currency;

/** Thrown when amounts in two currencies meet without an explicit {@link ExchangeRate}. */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String expected;
  private final String found;

  /** An exception for {@code found} where {@code expected} was required. */
  public CurrencyMismatchException(Currency expected, Currency found) {
    super(
        "currency mismatch: "
            + expected.getCurrencyCode()
            + " and "
            + found.getCurrencyCode()
            + " do not mix without an explicit exchange rate");
    this.expected = expected.getCurrencyCode();
    this.found = found.getCurrencyCode();
  }

  /** The code of the currency the calculation is in. */
  public String expectedCurrency() {
    return expected;
  }

  /** The code of the currency that did not match. */
  public String foundCurrency() {
    return found;
  }
}
