package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.money.Money;

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
 * of entries. Each group's sum is kept exactly in a {@code long} of minor units (cents), and
 * moves to a {@link BigDecimal} only if it would overflow one. Sums are kept per line (fund,
 * kind, item), one per column, so that entries arriving line by line, as {@link
 * org.rbmkit.budget.document.BudgetDocument#entries()} gives them, find their sum without a
 * lookup and without allocating; any other order gives the same result. {@link #merge} is associative and commutative, so work can be split across
 * threads or machines. Mutable and <em>not</em> thread-safe: give each thread its own and merge.
 */
public final class BudgetAccumulator {

  private final Currency currency;
  /** The scale of the {@code long} sums: the currency's minor units, or -1 to use decimals only. */
  private final int scale;
  /** The column codes seen, each with its position in every {@link #sums} array. */
  private final Map<String, Integer> columnAt = new HashMap<>();
  private final List<String> columns = new ArrayList<>();
  /** Per line key, one sum per column position (null where the line has no entry). */
  private final Map<LineKey, Sum[]> sums = new HashMap<>();
  private String lastColumn;
  private int lastColumnAt;
  private LineKey lastLine;
  private Sum[] lastSums;

  /** An empty accumulator for amounts in {@code currency}. */
  public BudgetAccumulator(Currency currency) {
    this.currency = checkNotNull(currency, "currency");
    this.scale = currency.getDefaultFractionDigits();
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
    sum(entry.column(), entry.fund(), entry.kind(), entry.item()).add(entry.amount());
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
    other.sums.forEach(
        (k, row) -> {
          for (int c = 0; c < row.length; c++) {
            if (row[c] != null) {
              sum(other.columns.get(c), k.fund(), k.kind(), k.item()).add(row[c], scale);
            }
          }
        });
    return this;
  }

  /** The totals so far, as an immutable value. */
  public BudgetTotals result() {
    Map<BudgetTotals.Group, BigDecimal> exact = new HashMap<>();
    sums.forEach(
        (k, row) -> {
          for (int c = 0; c < row.length; c++) {
            if (row[c] != null) {
              exact.put(
                  new BudgetTotals.Group(columns.get(c), k.fund(), k.kind(), k.item()),
                  row[c].value(scale));
            }
          }
        });
    return BudgetTotals.fromSums(currency, exact);
  }

  /** The sum of a group, created empty if new. */
  private Sum sum(String column, String fund, LineKind kind, int item) {
    int c;
    if (column.equals(lastColumn)) {
      c = lastColumnAt;
    } else {
      Integer at = columnAt.get(column);
      if (at == null) {
        at = columns.size();
        columns.add(column);
        columnAt.put(column, at);
      }
      c = at;
      lastColumn = column;
      lastColumnAt = c;
    }
    Sum[] row;
    if (lastLine != null
        && lastLine.item() == item
        && lastLine.kind() == kind
        && lastLine.fund().equals(fund)) {
      row = lastSums;
    } else {
      LineKey key = new LineKey(fund, kind, item);
      row = sums.computeIfAbsent(key, k -> new Sum[Math.max(4, columns.size())]);
      lastLine = key;
      lastSums = row;
    }
    if (c >= row.length) {
      row = Arrays.copyOf(row, Math.max(columns.size(), 2 * row.length));
      sums.put(lastLine, row);
      lastSums = row;
    }
    Sum s = row[c];
    if (s == null) {
      s = new Sum();
      row[c] = s;
    }
    return s;
  }

  /** What the groups of one line share: fund, kind and item. */
  private record LineKey(String fund, LineKind kind, int item) {}

  /**
   * An exact running sum: minor units in a {@code long} while they fit, the rest in a decimal.
   * The sum is {@code units × 10^-scale + rest}.
   */
  private static final class Sum {
    private long units;
    private BigDecimal rest = BigDecimal.ZERO;

    /** Adds an amount in the accumulator's currency, by the minor units it computed once. */
    void add(Money amount) {
      if (amount.amountMinorFitsLong()) {
        long minor = amount.amountMinorLong();
        long sum = units + minor;
        if (((units ^ sum) & (minor ^ sum)) >= 0) {
          units = sum;
          return;
        }
      }
      rest = rest.add(amount.amount());
    }

    void add(BigDecimal amount, int scale) {
      if (scale >= 0
          && amount.scale() <= scale
          && Digits.integerDigits(amount) + scale <= 18) {
        // at most 18 digits as minor units: fits a long
        long minor = amount.movePointRight(scale).longValueExact();
        long sum = units + minor;
        if (((units ^ sum) & (minor ^ sum)) >= 0) {
          units = sum;
          return;
        }
      }
      rest = rest.add(amount);
    }

    void add(Sum other, int scale) {
      rest = rest.add(other.rest);
      add(BigDecimal.valueOf(other.units, Math.max(scale, 0)), scale);
    }

    BigDecimal value(int scale) {
      BigDecimal u = BigDecimal.valueOf(units, Math.max(scale, 0));
      return rest.signum() == 0 ? u : u.add(rest);
    }
  }
}
