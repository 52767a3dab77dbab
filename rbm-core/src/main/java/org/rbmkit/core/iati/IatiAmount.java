package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.rbmkit.core.money.Money;

/**
 * An IATI {@code value} element: an amount, its currency and the date for its exchange rate.
 *
 * <pre>{@code
 * IatiAmount a = new IatiAmount(new BigDecimal("3000"), Optional.of("EUR"),
 *     LocalDate.of(2014, 1, 1));
 * a.money();   // Optional[EUR 3000.00]
 * }</pre>
 *
 * <p>The reader fills the currency from the element's {@code currency} attribute, else from the
 * activity's {@code default-currency}; it is empty when neither is given. Immutable and
 * thread-safe.
 *
 * @param amount the amount as published, scale kept
 * @param currency the currency code, explicit or inherited; empty when unknown
 * @param valueDate the {@code value-date}
 */
public record IatiAmount(BigDecimal amount, Optional<String> currency, LocalDate valueDate) {

  /** Checks the components. */
  public IatiAmount {
    checkNotNull(amount, "amount");
    checkNotNull(currency, "currency");
    checkNotNull(valueDate, "valueDate");
  }

  /**
   * The amount as {@link Money}; empty when the currency is unknown, is not an ISO 4217 currency,
   * or the amount has more decimal places than the currency allows (nothing is rounded).
   */
  public Optional<Money> money() {
    if (currency.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Money.of(currency.get(), amount));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@code EUR 3000 (2014-01-01)}. */
  @Override
  public String toString() {
    return currency.orElse("???") + " " + amount.toPlainString() + " (" + valueDate + ")";
  }
}
