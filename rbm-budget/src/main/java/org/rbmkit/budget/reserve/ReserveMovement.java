package org.rbmkit.budget.reserve;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Currency;
import org.rbmkit.budget.document.ReserveFundTable;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;

/**
 * A reserve fund's movement over a period: closing = opening + additions − use.
 *
 * <pre>{@code
 * ReserveMovement m = new ReserveMovement(
 *     Money.of("EUR", 587_000), Money.of("EUR", 400_000), Money.of("EUR", 200_000));
 * m.closing();   // EUR 787000.00 (seed 003, Fonds d'innovation)
 * }</pre>
 *
 * <p>Movements of consecutive periods or of several funds add up with {@link #plus}, which is
 * associative. Immutable and thread-safe.
 *
 * @param opening the balance at the start
 * @param additions the additions, not negative
 * @param use the use, not negative
 */
public record ReserveMovement(Money opening, Money additions, Money use) {

  /** Validates the components. */
  public ReserveMovement {
    checkNotNull(opening, "opening");
    checkNotNull(additions, "additions");
    checkNotNull(use, "use");
    checkArgument(!additions.isNegative(), "additions %s are negative", additions);
    checkArgument(!use.isNegative(), "use %s is negative", use);
    opening.plus(additions).plus(use);
  }

  /** The movement of one printed row, its figures converted from {@code unit} exactly. */
  public static ReserveMovement of(Currency currency, AmountUnit unit, ReserveFundTable.Row row) {
    checkNotNull(currency, "currency");
    checkNotNull(unit, "unit");
    checkNotNull(row, "row");
    return new ReserveMovement(unit.toMoney(currency, row.opening()),
        unit.toMoney(currency, row.additions()), unit.toMoney(currency, row.use()));
  }

  /**
   * The movement of every fund of a table, by fund code in table order; one pass over the rows.
   * The printed closing balances are not used (the consistency check compares them).
   */
  public static ImmutableMap<String, ReserveMovement> byFund(
      Currency currency, ReserveFundTable table) {
    checkNotNull(table, "table");
    ImmutableMap.Builder<String, ReserveMovement> b = ImmutableMap.builder();
    for (ReserveFundTable.Row r : table.rows()) {
      b.put(r.fund(), of(currency, table.unit(), r));
    }
    return b.buildOrThrow();
  }

  /** Opening + additions − use. */
  public Money closing() {
    return opening.plus(additions).minus(use);
  }

  /** Additions − use: the net change of the balance. */
  public Money netChange() {
    return additions.minus(use);
  }

  /** The component-wise sum, for several funds or a split ledger. */
  public ReserveMovement plus(ReserveMovement other) {
    checkNotNull(other, "other");
    return new ReserveMovement(
        opening.plus(other.opening), additions.plus(other.additions), use.plus(other.use));
  }
}
