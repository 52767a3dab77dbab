package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.core.money.CurrencyMismatchException;

/**
 * Sums budget entries in one pass by column, fund, kind and item; partial accumulators merge.
 *
 * <pre>{@code
 * BudgetAccumulator a = new BudgetAccumulator(eur);
 * firstHalf.forEach(a::add);
 * BudgetAccumulator b = new BudgetAccumulator(eur);
 * secondHalf.forEach(b::add);
 * BudgetTotals totals = a.merge(b).result();   // equals the one-pass result
 * }</pre>
 *
 * <p>Memory grows with the number of groups (column × fund × kind × item), not with the number
 * of entries. {@link #merge} is associative and commutative, so work can be split across
 * threads or machines. Mutable and <em>not</em> thread-safe: give each thread its own and merge.
 */
public final class BudgetAccumulator {

  private final Currency currency;
  private final Map<BudgetTotals.Group, BigDecimal> sums = new HashMap<>();

  /** An empty accumulator for amounts in {@code currency}. */
  public BudgetAccumulator(Currency currency) {
    this.currency = checkNotNull(currency, "currency");
  }

  /** The currency every entry must have. */
  public Currency currency() {
    return currency;
  }

  /**
   * Adds one entry.
   *
   * @return this accumulator
   * @throws IllegalArgumentException naming the line and column, with a
   *     {@link CurrencyMismatchException} as cause, if the entry's currency is not this
   *     accumulator's (convert it first with an explicit rate)
   */
  public BudgetAccumulator add(BudgetEntry entry) {
    checkNotNull(entry, "entry");
    if (!entry.amount().currency().equals(currency)) {
      throw new IllegalArgumentException(
          "line " + entry.line() + " (item " + entry.item() + "), column " + entry.column()
              + ": amount " + entry.amount() + " is not in " + currency.getCurrencyCode()
              + "; convert it with an explicit exchange rate first",
          new CurrencyMismatchException(currency, entry.amount().currency()));
    }
    sums.merge(
        new BudgetTotals.Group(entry.column(), entry.fund(), entry.kind(), entry.item()),
        entry.amount().amount(),
        BigDecimal::add);
    return this;
  }

  /** Adds every entry. */
  public BudgetAccumulator addAll(Iterable<BudgetEntry> entries) {
    checkNotNull(entries, "entries");
    for (BudgetEntry e : entries) {
      add(e);
    }
    return this;
  }

  /**
   * Adds the sums of {@code other} into this one.
   *
   * @return this accumulator
   * @throws CurrencyMismatchException if the currencies differ
   */
  public BudgetAccumulator merge(BudgetAccumulator other) {
    checkNotNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    other.sums.forEach((k, v) -> sums.merge(k, v, BigDecimal::add));
    return this;
  }

  /** The totals so far, as an immutable value. */
  public BudgetTotals result() {
    return BudgetTotals.fromSums(currency, sums);
  }
}
