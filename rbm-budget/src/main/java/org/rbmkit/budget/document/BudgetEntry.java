package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import org.rbmkit.core.money.ExchangeRate;
import org.rbmkit.core.money.Money;

/**
 * One figure of a budget: a line's amount in one column, as exact money. The unit the
 * calculators consume, one entry at a time.
 *
 * <pre>{@code
 * BudgetEntry e = new BudgetEntry("2024-25-proposal", "itcilo", LineKind.REVENUE, 10,
 *     "10.revenue", Money.of("EUR", 58_940_000));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param column the column code
 * @param fund the fund code
 * @param kind the line kind
 * @param item the item number
 * @param line the line id, for error messages
 * @param amount the exact amount
 */
public record BudgetEntry(
    String column, String fund, LineKind kind, int item, String line, Money amount) {

  /** Validates the components. */
  public BudgetEntry {
    checkNotNull(column, "column");
    checkNotNull(fund, "fund");
    checkNotNull(kind, "kind");
    checkNotNull(line, "line");
    checkNotNull(amount, "amount");
    checkArgument(item >= 1, "line %s: item number %s must be at least 1", line, item);
    checkArgument(
        kind.allowsNegative() || !amount.isNegative(),
        "line %s (item %s), column %s: amount %s is negative; kind %s forbids negative amounts",
        line, item, column, amount, kind.code());
  }

  /**
   * This entry converted with an explicit exchange rate, rounded to the target currency's minor
   * units with {@code rounding}.
   */
  public BudgetEntry convertedWith(ExchangeRate rate, RoundingMode rounding) {
    checkNotNull(rate, "rate");
    return new BudgetEntry(column, fund, kind, item, line, rate.convert(amount, rounding));
  }
}
