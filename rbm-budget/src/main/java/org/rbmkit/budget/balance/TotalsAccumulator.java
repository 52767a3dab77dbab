package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.RandomAccess;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;

/**
 * Sums budget entries in one pass by column, fund, kind and item into {@link BudgetTotals}: each
 * group numbered by {@link GroupCoder}, its sum kept exactly by {@link MinorSums}. Partial
 * accumulators merge, associatively and commutatively. Memory grows with the number of groups,
 * not of entries. Mutable and not thread-safe: {@link BudgetTotals#collector} gives each thread
 * its own and merges.
 */
final class TotalsAccumulator {

  private final Currency currency;
  private final int scale;
  private final GroupCoder coder = new GroupCoder();
  private final MinorSums sums;

  TotalsAccumulator(Currency currency) {
    this.currency = checkNotNull(currency, "currency");
    this.scale = currency.getDefaultFractionDigits();
    checkArgument(
        scale >= 0, "currency %s has no minor unit and is not money", currency.getCurrencyCode());
    this.sums = new MinorSums(scale, 64);
  }

  Currency currency() {
    return currency;
  }

  /** Adds one entry; an entry in another currency is refused, naming it. */
  TotalsAccumulator add(BudgetEntry entry) {
    Money amount = entry.amount();
    Currency c = amount.currency();
    if (c != currency && !c.equals(currency)) {
      throw currencyMismatch(currency, entry.column(), entry.item(), entry.line(), amount);
    }
    int g = coder.group(entry.column(), entry.fund(), entry.kind(), entry.item());
    if (g >= sums.capacity()) {
      sums.ensureCapacity(g + 1);
    }
    sums.add(g, amount);
    return this;
  }

  /** Adds every entry, in one pass. */
  TotalsAccumulator addAll(Iterable<BudgetEntry> entries) {
    checkNotNull(entries, "entries");
    if (entries instanceof BudgetEntryTable t) {
      return add(BudgetTotals.of(t));
    }
    if (entries instanceof List<BudgetEntry> list && list instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n; i++) {
        add(checkNotNull(list.get(i), "entry"));
      }
    } else {
      for (BudgetEntry e : entries) {
        add(checkNotNull(e, "entry"));
      }
    }
    return this;
  }

  /** Adds an exact sum for one group, as published (no sign rule). */
  void add(BudgetTotals.Group group, BigDecimal sum) {
    sums.add(group(group.column(), group.fund(), group.kind(), group.item()), sum);
  }

  /** Adds the sums of finished totals. */
  TotalsAccumulator add(BudgetTotals totals) {
    if (!totals.currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, totals.currency());
    }
    fold(totals.groups(), totals.minorSums());
    return this;
  }

  /** Adds the sums of {@code other} into this one and returns this. */
  TotalsAccumulator merge(TotalsAccumulator other) {
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    fold(other.coder.freeze(), other.sums);
    return this;
  }

  /** The totals so far, as an immutable value; the accumulator may go on adding. */
  BudgetTotals result() {
    int n = coder.size();
    return new BudgetTotals(currency, coder.freeze(), sums.copy(n));
  }

  private void fold(Groups from, MinorSums fromSums) {
    for (int g = 0; g < from.size; g++) {
      sums.add(group(from.column(g), from.fund(g), from.kind(g), from.item[g]), fromSums, g);
    }
  }

  private int group(String column, String fund, LineKind kind, int item) {
    int g = coder.group(column, fund, kind, item);
    if (g >= sums.capacity()) {
      sums.ensureCapacity(g + 1);
    }
    return g;
  }

  /** The error for an entry whose amount is not in {@code expected}. */
  static IllegalArgumentException currencyMismatch(
      Currency expected, String column, int item, String line, Money amount) {
    return new IllegalArgumentException(
        "line " + line + " (item " + item + "), column " + column + ": amount " + amount
            + " is not in " + expected.getCurrencyCode()
            + "; convert it with an explicit exchange rate first",
        new CurrencyMismatchException(expected, amount.currency()));
  }
}
