package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.stream.Collector;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.core.money.Money;

/**
 * Income and expenditure of each fund in each column of a budget, and nothing more: the balance
 * by fund, computed in one pass with two sums per column and fund.
 *
 * <pre>{@code
 * FundBalances b = FundBalances.of(doc);                     // or of(currency, entries), of(table)
 * b.balanceByFund("2024-25-proposal");                       // fund code → Balance
 * b.balance("2024-25-proposal", "itcilo").surplus();
 * }</pre>
 *
 * <p>The figures equal those of {@link BudgetTotals#balanceByFund(String)} and {@link
 * BudgetTotals#balance(String, String)} on the same entries, for callers that need no item
 * totals, margins or checks: {@link BudgetTotals} keeps a sum per column, fund, kind and item,
 * this one two per column and fund, and over a {@link BudgetEntryTable} reads entries in one loop
 * over primitive arrays. Exact: sums in {@code long} minor units with an overflow fallback to
 * {@link BigDecimal}. Immutable and thread-safe.
 */
public final class FundBalances {

  private final Currency currency;
  private final ImmutableSortedMap<String, ImmutableSortedMap<String, Balance>> byColumn;
  private final ImmutableSortedSet<String> funds;
  /** Every fund at zero, for a column without entries. */
  private final ImmutableSortedMap<String, Balance> zeros;

  private FundBalances(
      Currency currency,
      ImmutableSortedMap<String, ImmutableSortedMap<String, Balance>> byColumn,
      ImmutableSortedSet<String> funds) {
    this.currency = currency;
    this.byColumn = byColumn;
    this.funds = funds;
    Balance zero = new Balance(Money.zero(currency), Money.zero(currency));
    ImmutableSortedMap.Builder<String, Balance> z = ImmutableSortedMap.naturalOrder();
    for (String f : funds) {
      z.put(f, zero);
    }
    this.zeros = z.buildOrThrow();
  }

  /** The balances from exact sums by column and fund, as the accumulator gives them. */
  static FundBalances of(
      Currency currency,
      String[] columns,
      String[] funds,
      BigDecimal[][] income,
      BigDecimal[][] expenditure) {
    Balance zero = new Balance(Money.zero(currency), Money.zero(currency));
    ImmutableSortedMap.Builder<String, ImmutableSortedMap<String, Balance>> b =
        ImmutableSortedMap.naturalOrder();
    for (int c = 0; c < columns.length; c++) {
      ImmutableSortedMap.Builder<String, Balance> byFund = ImmutableSortedMap.naturalOrder();
      for (int f = 0; f < funds.length; f++) {
        BigDecimal in = income[c][f];
        BigDecimal out = expenditure[c][f];
        byFund.put(
            funds[f],
            in.signum() == 0 && out.signum() == 0
                ? zero
                : new Balance(Money.ofTotal(currency, in), Money.ofTotal(currency, out)));
      }
      b.put(columns[c], byFund.buildOrThrow());
    }
    return new FundBalances(currency, b.buildOrThrow(), ImmutableSortedSet.copyOf(funds));
  }

  /**
   * The balances of the given entries, in one pass.
   *
   * @throws IllegalArgumentException naming the line, column and amount of the first entry in
   *     another currency
   */
  public static FundBalances of(Currency currency, Iterable<BudgetEntry> entries) {
    return new FundBalanceAccumulator(currency).addAll(entries).result();
  }

  /** The balances of a table's entries, in one loop over its columns. */
  public static FundBalances of(BudgetEntryTable table) {
    checkNotNull(table, "table");
    return new FundBalanceAccumulator(table.currency()).addAll(table).result();
  }

  /** The balances of every line of a document, in every column. */
  public static FundBalances of(BudgetDocument doc) {
    checkNotNull(doc, "doc");
    return doc.entries().collect(collector(doc.currency()));
  }

  /** A collector for streams, parallel ones included. */
  public static Collector<BudgetEntry, FundBalanceAccumulator, FundBalances> collector(
      Currency currency) {
    checkNotNull(currency, "currency");
    return Collector.of(
        () -> new FundBalanceAccumulator(currency),
        FundBalanceAccumulator::add,
        FundBalanceAccumulator::merge,
        FundBalanceAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  /** The currency of every figure. */
  public Currency currency() {
    return currency;
  }

  /** The column codes that have entries, sorted. */
  public ImmutableSortedSet<String> columns() {
    return byColumn.keySet();
  }

  /** The fund codes that have entries in any column, sorted. */
  public ImmutableSortedSet<String> funds() {
    return funds;
  }

  /**
   * The balance of each fund in one column, by fund code: every fund with entries in any column,
   * zero where it has none in this one; every fund at zero for an unknown column, and an empty
   * map when there were no entries. Equals {@link BudgetTotals#balanceByFund(String)} on the same
   * entries.
   */
  public ImmutableSortedMap<String, Balance> balanceByFund(String column) {
    checkNotNull(column, "column");
    ImmutableSortedMap<String, Balance> m = byColumn.get(column);
    return m == null ? zeros : m;
  }

  /** The balance of one fund in one column; zero if it has no entries there. */
  public Balance balance(String column, String fund) {
    checkNotNull(fund, "fund");
    Balance b = balanceByFund(column).get(fund);
    return b == null ? new Balance(Money.zero(currency), Money.zero(currency)) : b;
  }

  /** The balance of one column, all funds; zero for an unknown column. */
  public Balance balance(String column) {
    Balance total = new Balance(Money.zero(currency), Money.zero(currency));
    for (Balance b : balanceByFund(column).values()) {
      total = total.plus(b);
    }
    return total;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FundBalances b
        && b.currency.equals(currency)
        && b.funds.equals(funds)
        && b.byColumn.equals(byColumn);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + byColumn.hashCode();
  }

  /** The balances by column and fund, for reading; not a format to parse. */
  @Override
  public String toString() {
    return "FundBalances" + byColumn;
  }
}
