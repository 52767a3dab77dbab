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
 * on them repeatedly.
 *
 * <pre>{@code
 * BudgetEntryTable table = BudgetEntryTable.of(doc);              // or:
 * BudgetEntryTable.Builder b = BudgetEntryTable.builder(Currency.getInstance("EUR"));
 * b.add("2024-25-proposal", "itcilo", LineKind.REVENUE, 10, "10.revenue",
 *     Money.of("EUR", 58_940_000));
 * BudgetEntryTable built = b.build();
 * FundBalances balances = FundBalances.of(built);                 // one loop over the columns
 * List<BudgetEntry> back = ImmutableList.copyOf(built);           // the entries, unchanged
 * }</pre>
 *
 * <p>Column, fund and line codes are dictionary-encoded (the column and fund numbers in a byte
 * each while there are at most 256 distinct codes, else in a {@code char}, so at most {@value
 * #MAX_CODES} of each), the kind in a byte, the item in an {@code int} and the amount as exact
 * minor units in a {@code long}: 19 to 21 bytes per entry plus one string per distinct code or
 * line id, against about 100 bytes for a {@link
 * BudgetEntry} with its {@link Money} and {@code BigDecimal}. An amount whose minor units do
 * not fit a {@code long} is kept exactly as a decimal in a side table. Nothing is lost: the table
 * iterates over equal {@link BudgetEntry} values in the order they were added.
 *
 * <p>Immutable and thread-safe once built; the {@link Builder} is not.
 */
public final class BudgetEntryTable implements Iterable<BudgetEntry> {

  /** The largest number of distinct column codes, and of fund codes, a table holds. */
  public static final int MAX_CODES = 1 << 16;

  private static final LineKind[] KINDS = LineKind.values();

  final Currency currency;
  final int scale;
  final String[] columnCodes;
  final String[] fundCodes;
  final String[] lineIds;
  final int size;
  /** The column numbers while there are at most 256 column codes, else null. */
  final byte[] column8;
  /** The column numbers when there are more than 256 column codes, else null. */
  final char[] column16;
  /** The fund numbers while there are at most 256 fund codes, else null. */
  final byte[] fund8;
  /** The fund numbers when there are more than 256 fund codes, else null. */
  final char[] fund16;
  /** The position of the kind in {@link LineKind#values()}, held in memory only. */
  final byte[] kind;
  final int[] item;
  final int[] line;
  /** The amount in minor units; 0 for an entry of {@link #bigAt}. */
  final long[] minor;
  /** The entries whose minor units do not fit a {@code long}, ascending. */
  final int[] bigAt;
  /** Their amounts, exactly. */
  final BigDecimal[] big;

  private BudgetEntryTable(Builder b) {
    this.currency = b.currency;
    this.scale = b.scale;
    this.columnCodes = b.columns.codes();
    this.fundCodes = b.funds.codes();
    this.lineIds = b.lines.codes();
    this.size = b.size;
    this.column8 = b.column8 == null ? null : Arrays.copyOf(b.column8, size);
    this.column16 = b.column16 == null ? null : Arrays.copyOf(b.column16, size);
    this.fund8 = b.fund8 == null ? null : Arrays.copyOf(b.fund8, size);
    this.fund16 = b.fund16 == null ? null : Arrays.copyOf(b.fund16, size);
    this.kind = Arrays.copyOf(b.kind, size);
    this.item = Arrays.copyOf(b.item, size);
    this.line = Arrays.copyOf(b.line, size);
    this.minor = Arrays.copyOf(b.minor, size);
    this.bigAt = Arrays.copyOf(b.bigAt, b.bigCount);
    this.big = Arrays.copyOf(b.big, b.bigCount);
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
    return ImmutableList.copyOf(columnCodes);
  }

  /** The distinct fund codes, in the order they first occur. */
  public ImmutableList<String> fundCodes() {
    return ImmutableList.copyOf(fundCodes);
  }

  /**
   * The entry at {@code index}, equal to the one added there.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= index < size()}
   */
  public BudgetEntry entry(int index) {
    checkElementIndex(index, size, "index");
    return new BudgetEntry(
        columnCodes[columnId(index)],
        fundCodes[fundId(index)],
        KINDS[kind[index]],
        item[index],
        lineIds[line[index]],
        amount(index));
  }

  /** The column number of entry {@code index}. */
  int columnId(int index) {
    return column8 != null ? column8[index] & 0xFF : column16[index];
  }

  /** The fund number of entry {@code index}. */
  int fundId(int index) {
    return fund8 != null ? fund8[index] & 0xFF : fund16[index];
  }

  /** The amount of entry {@code index}. */
  private Money amount(int index) {
    int b = bigCount() == 0 ? -1 : Arrays.binarySearch(bigAt, index);
    return Money.of(currency, b >= 0 ? big[b] : BigDecimal.valueOf(minor[index], scale));
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
        && Arrays.equals(t.columnCodes, columnCodes)
        && Arrays.equals(t.fundCodes, fundCodes)
        && Arrays.equals(t.lineIds, lineIds)
        && Arrays.equals(t.column8, column8)
        && Arrays.equals(t.column16, column16)
        && Arrays.equals(t.fund8, fund8)
        && Arrays.equals(t.fund16, fund16)
        && Arrays.equals(t.kind, kind)
        && Arrays.equals(t.item, item)
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

  /** A short description: currency, size and the numbers of columns and funds. */
  @Override
  public String toString() {
    return "BudgetEntryTable[" + currency.getCurrencyCode() + ", " + size + " entries, "
        + columnCodes.length + " columns, " + fundCodes.length + " funds]";
  }

  /**
   * Appends entries to a new {@link BudgetEntryTable}; each entry is checked as a {@link
   * BudgetEntry} is. Mutable and not thread-safe.
   */
  public static final class Builder {

    private final Currency currency;
    private final int scale;
    private final CodeDictionary columns = new CodeDictionary();
    private final CodeDictionary funds = new CodeDictionary();
    private final CodeDictionary lines = new CodeDictionary();
    private String lastColumn;
    private int lastColumnId;
    private String lastFund;
    private int lastFundId;
    private String lastLine;
    private int lastLineId;
    private int size;
    private byte[] column8 = new byte[16];
    private char[] column16;
    private byte[] fund8 = new byte[16];
    private char[] fund16;
    private byte[] kind = new byte[16];
    private int[] item = new int[16];
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
     *     builder's currency, or if there are more than {@value #MAX_CODES} column or fund codes
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
        throw FundBalanceAccumulator.currencyMismatch(currency, column, item, line, amount);
      }
      int c;
      if (column == lastColumn) {
        c = lastColumnId;
      } else {
        c = code(columns, column, "column", line);
        lastColumn = column;
        lastColumnId = c;
      }
      int f;
      if (fund == lastFund) {
        f = lastFundId;
      } else {
        f = code(funds, fund, "fund", line);
        lastFund = fund;
        lastFundId = f;
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
      if (i == this.kind.length) {
        checkArgument(i < Integer.MAX_VALUE - 8, "a table holds at most %s entries", i);
        int n = (int) Math.min(Integer.MAX_VALUE - 8L, 2L * i);
        if (column8 != null) {
          column8 = Arrays.copyOf(column8, n);
        } else {
          column16 = Arrays.copyOf(column16, n);
        }
        if (fund8 != null) {
          fund8 = Arrays.copyOf(fund8, n);
        } else {
          fund16 = Arrays.copyOf(fund16, n);
        }
        this.kind = Arrays.copyOf(this.kind, n);
        this.item = Arrays.copyOf(this.item, n);
        this.line = Arrays.copyOf(this.line, n);
        this.minor = Arrays.copyOf(this.minor, n);
      }
      if (column8 != null && c > 0xFF) {
        column16 = widen(column8, i);
        column8 = null;
      }
      if (column8 != null) {
        column8[i] = (byte) c;
      } else {
        column16[i] = (char) c;
      }
      if (fund8 != null && f > 0xFF) {
        fund16 = widen(fund8, i);
        fund8 = null;
      }
      if (fund8 != null) {
        fund8[i] = (byte) f;
      } else {
        fund16[i] = (char) f;
      }
      this.kind[i] = (byte) kind.ordinal();
      this.item[i] = item;
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

    /** The first {@code size} numbers of {@code narrow}, in an array as long as it. */
    private static char[] widen(byte[] narrow, int size) {
      char[] wide = new char[narrow.length];
      for (int j = 0; j < size; j++) {
        wide[j] = (char) (narrow[j] & 0xFF);
      }
      return wide;
    }

    private static int code(CodeDictionary dictionary, String code, String field, String line) {
      int id = dictionary.idOf(code);
      if (id >= 0) {
        return id;
      }
      checkArgument(
          dictionary.size() < MAX_CODES,
          "line %s: %s code \"%s\" would be distinct %s code number %s; a table holds at most %s",
          line, field, code, field, MAX_CODES + 1, MAX_CODES);
      return dictionary.add(code);
    }
  }
}
