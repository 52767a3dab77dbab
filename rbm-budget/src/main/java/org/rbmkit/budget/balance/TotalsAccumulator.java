package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.IntConsumer;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;

/**
 * Sums budget entries in one pass by column, fund, kind and item into {@link BudgetTotals}, each
 * sum kept exactly by {@link MinorSums}. Partial accumulators merge, associatively and
 * commutatively. Memory grows with the number of groups, not of entries. Mutable and not
 * thread-safe: {@link BudgetTotals#collector} gives each thread its own and merges.
 *
 * <p>{@link GroupCoder} numbers columns and lines (fund × kind × item). While a budget has at most
 * {@value #MAX_DENSE_COLUMNS} columns, or few lines, a sum lives at its slot {@code line × stride
 * + column}, with a bit per slot for the groups reached: an entry costs one look-up of its line
 * (none for the other columns of the line just seen) and one addition, and the sums of a line
 * share a cache line. Groups are numbered from the slots when the totals are asked for. A sparser
 * input (many columns, each with few lines) moves once to sums by group number, so memory stays
 * in proportion to the groups.
 */
final class TotalsAccumulator {

  /** Columns a line's slots may take whatever the number of lines. */
  private static final int MAX_DENSE_COLUMNS = 8;

  private final Currency currency;
  private final int scale;
  private final GroupCoder coder = new GroupCoder();
  /** The sums: by slot while {@link #stride} is positive, else by group number. */
  private MinorSums sums;
  /** Slots per line, a power of two; 0 once the sums are by group number. */
  private int stride = 4;
  /** The lines the slots have room for. */
  private int lineCapacity = 16;
  /** A bit per slot an entry has reached, while the sums are by slot. */
  private long[] reached = new long[1];

  TotalsAccumulator(Currency currency) {
    this.currency = checkNotNull(currency, "currency");
    this.scale = currency.getDefaultFractionDigits();
    checkArgument(
        scale >= 0, "currency %s has no minor unit and is not money", currency.getCurrencyCode());
    this.sums = new MinorSums(scale, lineCapacity * stride);
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
    int at =
        place(coder.line(entry.fund(), entry.kind(), entry.item()), coder.column(entry.column()));
    sums.add(at, amount);
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
    int at =
        place(coder.line(group.fund(), group.kind(), group.item()), coder.column(group.column()));
    sums.add(at, sum);
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
    return add(other.result());
  }

  /** The totals so far, as an immutable value; the accumulator may go on adding. */
  BudgetTotals result() {
    if (stride == 0) {
      return new BudgetTotals(currency, coder.freeze(), sums.copy(coder.size()));
    }
    // the groups reached, numbered in slot order for this value alone
    int n = 0;
    for (long w : reached) {
      n += Long.bitCount(w);
    }
    long[] keys = new long[n];
    MinorSums byGroup = new MinorSums(scale, n);
    MinorSums bySlot = sums;
    int s = stride;
    int[] g = {0};
    forEachReached(
        at -> {
          keys[g[0]] = (long) (at / s) << 32 | at % s;
          byGroup.add(g[0]++, bySlot, at);
        });
    return new BudgetTotals(currency, coder.groups(keys, n), byGroup);
  }

  /** The sums by slot moved to sums by group number, numbering the groups reached. */
  private MinorSums byGroup() {
    MinorSums bySlot = sums;
    int s = stride;
    MinorSums byGroup = new MinorSums(scale, 64);
    forEachReached(
        at -> {
          int g = coder.group(at / s, at % s);
          byGroup.ensureCapacity(g + 1);
          byGroup.add(g, bySlot, at);
        });
    return byGroup;
  }

  /** Adds the sums of groups numbered elsewhere, matching each code once. */
  private void fold(Groups from, MinorSums fromSums) {
    int[] columnOf = new int[from.columnCodes.length];
    for (int c = 0; c < columnOf.length; c++) {
      columnOf[c] = coder.column(from.columnCodes[c]);
    }
    int[] fundOf = new int[from.fundCodes.length];
    for (int f = 0; f < fundOf.length; f++) {
      fundOf[f] = coder.fund(from.fundCodes[f]);
    }
    for (int g = 0; g < from.size; g++) {
      int l = coder.line(fundOf[from.fund[g]], from.kind[g], from.item[g]);
      int at = place(l, columnOf[from.column[g]]);
      sums.add(at, fromSums, g);
    }
  }

  /** Where the sum of line {@code l} in column {@code c} is kept, making room for it. */
  private int place(int l, int c) {
    int s = stride;
    if (s > 0 && l < lineCapacity && c < s) {
      int at = l * s + c;
      reached[at >>> 6] |= 1L << at;
      return at;
    }
    return placeElsewhere(l, c);
  }

  /** {@link #place} for a slot outside the room made so far, or for sums by group number. */
  private int placeElsewhere(int l, int c) {
    if (stride > 0) {
      makeRoom(l, c);
      if (stride > 0) {
        int at = l * stride + c;
        reached[at >>> 6] |= 1L << at;
        return at;
      }
    }
    int g = coder.group(l, c);
    if (g >= sums.capacity()) {
      sums.ensureCapacity(g + 1);
    }
    return g;
  }

  /** Makes room for line {@code l} and column {@code c}, moving to sums by group if sparse. */
  private void makeRoom(int l, int c) {
    long lines = GroupCoder.room(lineCapacity, l);
    long columns = GroupCoder.room(stride, c);
    long slots = lines * columns;
    if (slots > Integer.MAX_VALUE - 64
        || (slots > GroupCoder.DENSE_SLOTS && columns > MAX_DENSE_COLUMNS)) {
      sums = byGroup();
      stride = 0;
      reached = null;
      return;
    }
    MinorSums moved = new MinorSums(scale, (int) slots);
    long[] movedReached = new long[(int) ((slots + 63) >>> 6)];
    MinorSums bySlot = sums;
    int from = stride;
    int to = (int) columns;
    forEachReached(
        at -> {
          int at2 = at / from * to + at % from;
          moved.add(at2, bySlot, at);
          movedReached[at2 >>> 6] |= 1L << at2;
        });
    sums = moved;
    reached = movedReached;
    lineCapacity = (int) lines;
    stride = to;
  }

  /** Calls {@code action} with every slot reached, in order. */
  private void forEachReached(IntConsumer action) {
    long[] r = reached;
    for (int w = 0; w < r.length; w++) {
      for (long bits = r[w]; bits != 0; bits &= bits - 1) {
        action.accept(w << 6 | Long.numberOfTrailingZeros(bits));
      }
    }
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
