package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rbmkit.core.money.Money;

/**
 * One amount linked to one result: a result's portion of an allocation, or funding secured for
 * it. The unit the resource calculators consume.
 *
 * <pre>{@code
 * new ResourceEntry("1.1", "2024-25-proposal", "itcilo", AmountKind.PLANNED,
 *     Money.of("EUR", 21_739_200));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param result the result's code
 * @param column the budget column
 * @param fund the fund's code
 * @param kind what the amount is
 * @param amount the exact amount
 */
public record ResourceEntry(
    String result, String column, String fund, AmountKind kind, Money amount) {

  /** Validates the components. */
  public ResourceEntry {
    checkNotNull(result, "result");
    checkNotNull(column, "column");
    checkNotNull(fund, "fund");
    checkNotNull(kind, "kind");
    checkNotNull(amount, "amount");
  }
}
