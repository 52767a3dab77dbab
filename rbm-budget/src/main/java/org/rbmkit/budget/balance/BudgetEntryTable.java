package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.Money;

/**
 * Budget entries of one currency held as compact columns, the library's equivalent of loading
 * the data into a table: for systems that keep millions of budget lines in memory and compute
 * their totals repeatedly.
 *
 * <pre>{@code
 * BudgetEntryTable table = BudgetEntryTable.of(doc);              // or:
 * BudgetEntryTable.Builder b = BudgetEntryTable.builder(Currency.getInstance("EUR"));
 * b.add("2024-25-proposal", "itcilo", LineKind.REVENUE, 10, "10.revenue",
 *     Money.of("EUR", 58_940_000));
 * BudgetEntryTable built = b.build();
 * BudgetTotals totals = BudgetTotals.of(built);                   // one loop over the columns
 * List<BudgetEntry> back = ImmutableList.copyOf(built);           // the entries, unchanged
 * }</pre>
 *
 * <p>Why it is public: a {@link BudgetEntry} with its {@link Money} and {@code BigDecimal} takes
 * about 100 bytes and summing it means following three objects; a caller holding ten million
 * lines needs them in a tenth of the memory and totals in the time of a loop over arrays, and
 * only this type gives both. It is an input, not a second calculator: {@link
 * BudgetTotals#of(BudgetEntryTable)} gives the same totals as over the entries.
 *
 * <p>The entries are grouped by column × fund × kind × item (the codes dictionary-encoded, the
 * groups numbered as they first occur) and stored group after group: per entry the number of its
 * line id, its amount as exact minor units in a {@code long} and its place in that order (16
 * bytes), plus where each group starts and one string per distinct code or line id. Summing a
 * group is then a loop over neighbouring {@code long}s. An amount whose minor units do not fit a
 * {@code long} is kept exactly as a decimal in a side table. Nothing is lost: the table iterates
 * over equal {@link BudgetEntry} values in the order they were added.
 *
 * <p>Immutable and thread-safe once built; the {@link Builder} is not.
 */
public final class BudgetEntryTable implements Iterable<BudgetEntry> {

  final Currency currency;
  final int scale;
  /** The groups of the entries, shared with the totals computed from the table. */
  final Groups groups;
  final String[] lineIds;
  final int size;
  /** Where each group's entries start in group order; the last element is {@link #size}. */
  final int[] groupStart;
  /** The place in group order of the entry added at each index. */
  final int[] position;
  /** In group order: the line id number of each entry. */
  final int[] line;
  /** In group order: the amount in minor units; 0 for an entry of {@link #bigAt}. */
  final long[] minor;
  /** The places in group order of the entries whose minor units do not fit a {@code long}. */
  final int[] bigAt;
  /** Their amounts, exactly. */
  final BigDecimal[] big;

  private BudgetEntryTable(Builder b) {
    this.currency = b.currency;
    this.scale = b.scale;
    this.groups = b.groups.freeze();
    this.lineIds = b.lines.codes();
    this.size = b.size;
    // a counting sort of the entries by group
    int n = size;
    int[] start = new int[groups.size + 1];
    for (int i = 0; i < n; i++) {
      start[b.group[i] + 1]++;
    }
    for (int g = 0; g < groups.size; g++) {
      start[g + 1] += start[g];
    }
    int[] next = Arrays.copyOf(start, groups.size);
    this.groupStart = start;
    this.position = new int[n];
    this.line = new int[n];
    this.minor = new long[n];
    for (int i = 0; i < n; i++) {
      int p = next[b.group[i]]++;
      position[i] = p;
      line[p] = b.line[i];
      minor[p] = b.minor[i];
    }
    long[] bigs = new long[b.bigCount];
    for (int j = 0; j < b.bigCount; j++) {
      bigs[j] = (long) position[b.bigAt[j]] << 32 | j;
    }
    Arrays.sort(bigs);
    this.bigAt = new int[bigs.length];
    this.big = new BigDecimal[bigs.length];
    for (int j = 0; j < bigs.length; j++) {
      bigAt[j] = (int) (bigs[j] >>> 32);
      big[j] = b.big[(int) bigs[j]];
    }
  }

  /** The group of the entry at {@code place} in group order. */
  int groupAt(int place) {
    int g = Arrays.binarySearch(groupStart, 0, groups.size, place);
    return g >= 0 ? g : -g - 2;
  }

  /** An empty builder for entries in {@code currency}. */
  public static Builder builder(Currency currency) {
    return new Builder(currency);
  }

  /**
   * The given entries, in order, as a table.
   *
   * @throws IllegalArgumentException naming the line and column of the first entry in another
   *     currency
   */
  public static BudgetEntryTable of(Currency currency, Iterable<BudgetEntry> entries) {
    checkNotNull(entries, "entries");
    Builder b = builder(currency);
    for (BudgetEntry e : entries) {
      b.add(e);
    }
    return b.build();
  }

  /** Every entry of a document (each line in each column, as {@link BudgetDocument#entries()}). */
  public static BudgetEntryTable of(BudgetDocument doc) {
    checkNotNull(doc, "doc");
    Builder b = builder(doc.currency());
    doc.entries().forEachOrdered(b::add);
    return b.build();
  }

  /** The currency of every amount. */
  public Currency currency() {
    return currency;
  }

  /** The number of entries. */
  public int size() {
    return size;
  }

  /** Whether the table has no entries. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The distinct column codes, in the order they first occur. */
  public ImmutableList<String> columnCodes() {
    return ImmutableList.copyOf(groups.columnCodes);
  }

  /** The distinct fund codes, in the order they first occur. */
  public ImmutableList<String> fundCodes() {
    return ImmutableList.copyOf(groups.fundCodes);
  }

  /**
   * The entry at {@code index}, equal to the one added there.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
   */
  public BudgetEntry entry(int index) {
    checkElementIndex(index, size, "index");
    int p = position[index];
    int g = groupAt(p);
    return new BudgetEntry(
        groups.column(g),
        groups.fund(g),
        groups.kind(g),
        groups.item[g],
        lineIds[line[p]],
        amount(p));
  }

  /** The amount of the entry at {@code place} in group order. */
  private Money amount(int place) {
    int b = bigCount() == 0 ? -1 : Arrays.binarySearch(bigAt, place);
    return Money.of(currency, b >= 0 ? big[b] : BigDecimal.valueOf(minor[place], scale));
  }

  private int bigCount() {
    return bigAt.length;
  }

  /** The entries in the order they were added. */
  @Override
  public Iterator<BudgetEntry> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      public BudgetEntry next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        return entry(next++);
      }
    };
  }

  /** The entries in the order they were added, as a sequential stream. */
  public Stream<BudgetEntry> stream() {
    return StreamSupport.stream(
        Spliterators.spliterator(
            iterator(), size, Spliterator.ORDERED | Spliterator.IMMUTABLE | Spliterator.NONNULL),
        false);
  }

  /** Equal when they hold equal entries in the same order, in the same currency. */
  @Override
  public boolean equals(Object o) {
    // equal entry sequences number their codes alike, so the columns are equal too
    return o instanceof BudgetEntryTable t
        && t.currency.equals(currency)
        && t.size == size
        && Arrays.equals(t.groups.columnCodes, groups.columnCodes)
        && Arrays.equals(t.groups.fundCodes, groups.fundCodes)
        && Arrays.equals(t.groups.column, groups.column)
        && Arrays.equals(t.groups.fund, groups.fund)
        && Arrays.equals(t.groups.kind, groups.kind)
        && Arrays.equals(t.groups.item, groups.item)
        && Arrays.equals(t.lineIds, lineIds)
        && Arrays.equals(t.groupStart, groupStart)
        && Arrays.equals(t.position, position)
        && Arrays.equals(t.line, line)
        && Arrays.equals(t.minor, minor)
        && Arrays.equals(t.bigAt, bigAt)
        && Arrays.equals(t.big, big);
  }

  @Override
  public int hashCode() {
    return ((currency.hashCode() * 31 + size) * 31 + Arrays.hashCode(minor)) * 31
        + Arrays.hashCode(line);
  }

  /** A short description: currency, size and the numbers of columns, funds and groups. */
  @Override
  public String toString() {
    return "BudgetEntryTable[" + currency.getCurrencyCode() + ", " + size + " entries, "
        + groups.columnCodes.length + " columns, " + groups.fundCodes.length + " funds, "
        + groups.size + " groups]";
  }

  /**
   * Appends entries to a new {@link BudgetEntryTable}; each entry is checked as a {@link
   * BudgetEntry} is. Mutable and not thread-safe.
   */
  public static final class Builder {

    private final Currency currency;
    private final int scale;
    private final GroupCoder groups = new GroupCoder();
    private final CodeDictionary lines = new CodeDictionary();
    private String lastLine;
    private int lastLineId;
    private int size;
    private int[] group = new int[16];
    private int[] line = new int[16];
    private long[] minor = new long[16];
    private int bigCount;
    private int[] bigAt = new int[0];
    private BigDecimal[] big = new BigDecimal[0];
    private boolean built;

    private Builder(Currency currency) {
      this.currency = checkNotNull(currency, "currency");
      this.scale = currency.getDefaultFractionDigits();
      checkArgument(
          scale >= 0, "currency %s has no minor unit and is not money",
          currency.getCurrencyCode());
    }

    /**
     * Appends an entry.
     *
     * @return this builder
     * @throws IllegalArgumentException naming the line and column if the amount is not in the
     *     builder's currency
     */
    public Builder add(BudgetEntry entry) {
      checkNotNull(entry, "entry");
      append(entry.column(), entry.fund(), entry.kind(), entry.item(), entry.line(),
          entry.amount());
      return this;
    }

    /**
     * Appends the entry with the given components, checked by {@link BudgetEntry}'s constructor.
     *
     * @return this builder
     * @throws IllegalArgumentException as {@link #add(BudgetEntry)}, and for an item below 1 or
     *     a negative amount of a kind that forbids it
     */
    public Builder add(
        String column, String fund, LineKind kind, int item, String line, Money amount) {
      return add(new BudgetEntry(column, fund, kind, item, line, amount));
    }

    /**
     * The table of the entries added so far.
     *
     * @throws IllegalStateException if called twice
     */
    public BudgetEntryTable build() {
      if (built) {
        throw new IllegalStateException("build() was already called on this builder");
      }
      built = true;
      return new BudgetEntryTable(this);
    }

    private void append(
        String column, String fund, LineKind kind, int item, String line, Money amount) {
      if (built) {
        throw new IllegalStateException("build() was already called on this builder");
      }
      if (!amount.currency().equals(currency)) {
        throw TotalsAccumulator.currencyMismatch(currency, column, item, line, amount);
      }
      int l;
      if (line == lastLine) {
        l = lastLineId;
      } else {
        l = lines.add(line);
        lastLine = line;
        lastLineId = l;
      }
      int i = size;
      if (i == this.group.length) {
        checkArgument(i < Integer.MAX_VALUE - 8, "a table holds at most %s entries", i);
        int n = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * i);
        this.group = Arrays.copyOf(this.group, n);
        this.line = Arrays.copyOf(this.line, n);
        this.minor = Arrays.copyOf(this.minor, n);
      }
      this.group[i] = groups.group(column, fund, kind, item);
      this.line[i] = l;
      if (amount.amountMinorFitsLong()) {
        this.minor[i] = amount.amountMinorLong();
      } else {
        if (bigCount == bigAt.length) {
          bigAt = Arrays.copyOf(bigAt, Math.max(4, 2 * bigCount));
          big = Arrays.copyOf(big, bigAt.length);
        }
        bigAt[bigCount] = i;
        big[bigCount++] = amount.amount();
      }
      size = i + 1;
    }
  }
}
