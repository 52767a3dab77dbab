package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbmkit.core.money.Money;

/**
 * The total of an activity's transactions or planned disbursements of one type in one currency.
 *
 * <pre>{@code
 * activity.transactionTotals();   // [type 2 EUR: 1000 (1 item)]
 * }</pre>
 *
 * <p>The sum is exact (no rounding) and recomputed from the items. Immutable and thread-safe.
 *
 * @param type the type code as published; empty when the items had none
 * @param currency the currency code; empty for items without a known currency
 * @param amount the exact sum of the items' amounts
 * @param count how many items were summed, at least 1
 */
public record AmountTotal(
    Optional<String> type, Optional<String> currency, BigDecimal amount, int count) {

  /** Checks the components. */
  public AmountTotal {
    checkNotNull(type, "type");
    checkNotNull(currency, "currency");
    checkNotNull(amount, "amount");
    checkArgument(count >= 1, "count %s is below 1", count);
  }

  /** The total as money; empty when the currency is unknown or not ISO 4217. */
  public Optional<Money> money() {
    return new IatiAmount(amount, currency, java.time.LocalDate.EPOCH).money();
  }

  /** {@code type 2 EUR: 1000 (1 item)}. */
  @Override
  public String toString() {
    return "type "
        + type.orElse("-")
        + " "
        + currency.orElse("???")
        + ": "
        + amount.toPlainString()
        + " ("
        + count
        + (count == 1 ? " item)" : " items)");
  }
}
