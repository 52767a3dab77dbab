package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import org.rbmkit.budget.document.LineKind;

/**
 * Numbers budget entries' columns, lines (fund × kind × item) and groups (a line in a column)
 * 0, 1, 2… in the order they first occur, by dictionary codes: column and fund codes are
 * numbered, a line becomes one {@code long} numbered in turn. Entries that arrive line by line,
 * as a document gives them, find their line without hashing; callers that keep their own layout
 * by line and column ({@link TotalsAccumulator}) use the line and column numbers alone.
 *
 * <p>While lines × columns stay within {@link #DENSE_SLOTS} or a few times the number of groups,
 * a group is found at {@code line × columns + column} of an {@code int[]}: the groups of one
 * line share a cache line and need no hashing. A sparser input (many columns, each with few
 * lines) moves once to a hash table on {@code line << 32 | column}, so memory stays in
 * proportion to the groups. Mutable and not thread-safe; {@link #freeze} gives the groups as the
 * immutable {@link Groups} a value holds.
 */
final class GroupCoder {

  /** Fund numbers must leave room for the kind and the item in a line's {@code long}. */
  private static final int MAX_FUNDS = 1 << 27;

  static {
    // the kind takes 4 bits of a line's long
    checkArgument(LineKind.values().length <= 16, "too many line kinds");
  }

  /** The most slots of the dense layout before sparseness is considered. */
  static final int DENSE_SLOTS = 1 << 20;
  /** Funds numbered below this find their lines in {@link #direct}, by kind and item. */
  private static final int DIRECT_FUNDS = 256;
  /** Items from 0 up to (not including) this find their lines in {@link #direct}. */
  private static final int DIRECT_ITEMS = 1024;

  private final CodeDictionary columns = new CodeDictionary();
  private final CodeDictionary funds = new CodeDictionary();
  /** Lines: fund number << 36 | kind << 32 | item. */
  private final LongIds lines = new LongIds(false);
  /**
   * Line number + 1 (0 for none yet) by {@code fund << 4 | kind}, then item, for the small fund
   * numbers and items most budgets have: a line is found without hashing, in a table of a few
   * kilobytes per fund. Made when first needed; rows grow with the largest item seen.
   */
  private int[][] direct;

  /** Each group's key, line number << 32 | column number, by group number. */
  private long[] keys = new long[64];
  private int size;
  /** Dense layout: group number + 1 at {@code line × columnCapacity + column}, 0 for none. */
  private int[] groupOf = new int[16 * 4];
  private int lineCapacity = 16;
  private int columnCapacity = 4;
  /** Sparse layout, once the dense one is dropped (then {@link #groupOf} is null). */
  private LongIds sparse;

  private String lastColumn;
  private int lastColumnId;
  private String lastFund;
  private LineKind lastKind;
  private int lastItem;
  private int lastLine;

  /** The number of groups. */
  int size() {
    return size;
  }

  /** The number of the group, numbering it {@link #size()} if new. */
  int group(String column, String fund, LineKind kind, int item) {
    return group(line(fund, kind, item), column(column));
  }

  /** The number of the group of line {@code l} in column {@code c}, numbering it if new. */
  int group(int l, int c) {
    int[] dense = groupOf;
    if (dense != null && (l >= lineCapacity || c >= columnCapacity)) {
      grow(l, c);
      dense = groupOf;
    }
    if (dense != null) {
      int at = l * columnCapacity + c;
      int g = dense[at] - 1;
      return g >= 0 ? g : newGroup(at, l, c);
    }
    int g = sparse.add((long) l << 32 | c);
    if (g == size) {
      addKey((long) l << 32 | c);
    }
    return g;
  }

  private int newGroup(int at, int line, int column) {
    int g = addKey((long) line << 32 | column);
    groupOf[at] = g + 1;
    return g;
  }

  private int addKey(long key) {
    int g = size++;
    if (g == keys.length) {
      keys = Arrays.copyOf(keys, 2 * g);
    }
    keys[g] = key;
    return g;
  }

  /** Makes room for line {@code l} and column {@code c} in the dense layout, or goes sparse. */
  private void grow(int l, int c) {
    long lines = room(lineCapacity, l);
    long columns = room(columnCapacity, c);
    long slots = lines * columns;
    if (slots > DENSE_SLOTS && (slots > 8L * size || slots > Integer.MAX_VALUE - 8)) {
      sparse = new LongIds(true);
      for (int g = 0; g < size; g++) {
        sparse.add(keys[g]);
      }
      groupOf = null;
      return;
    }
    int[] bigger = new int[(int) slots];
    for (int i = 0; i < lineCapacity; i++) {
      System.arraycopy(groupOf, i * columnCapacity, bigger, i * (int) columns, columnCapacity);
    }
    groupOf = bigger;
    lineCapacity = (int) lines;
    columnCapacity = (int) columns;
  }

  /**
   * The capacity, a power of two, that holds index {@code i}: {@code capacity} (itself a power of
   * two) or the next power of two above {@code i}. A {@code long}, so that it cannot overflow.
   */
  static long room(int capacity, int i) {
    return Math.max(capacity, Long.highestOneBit(i) << 1);
  }

  /**
   * The number of the column, numbering it if new: first the last one, then the one after it
   * (entries that take turns through the columns, line by line, find theirs in one comparison),
   * then the first few by identity, then by hash.
   */
  int column(String column) {
    if (column == lastColumn) {
      return lastColumnId;
    }
    int next = lastColumnId + 1;
    int id =
        next < columns.size() && columns.code(next) == column ? next : columns.idOfSame(column, 8);
    if (id < 0) {
      id = columns.add(column);
    }
    lastColumn = column;
    lastColumnId = id;
    return id;
  }

  /** The number of the line, numbering it if new; the last one is found by identity. */
  int line(String fund, LineKind kind, int item) {
    if (fund == lastFund && kind == lastKind && item == lastItem) {
      return lastLine;
    }
    int l = line(fund(fund), kind.ordinal(), item);
    lastFund = fund;
    lastKind = kind;
    lastItem = item;
    lastLine = l;
    return l;
  }

  /** The number of the line of fund number {@code f}, kind {@code k} and the item, if new too. */
  int line(int f, int k, int item) {
    if (f < DIRECT_FUNDS && item >= 0 && item < DIRECT_ITEMS) {
      int[] row = directRow(f << 4 | k, item);
      int l = row[item] - 1;
      if (l < 0) {
        // the table is this line's only way in: numbered without hashing
        l = lines.append(lineKey(f, k, item));
        row[item] = l + 1;
      }
      return l;
    }
    return lines.add(lineKey(f, k, item));
  }

  private static long lineKey(int fund, int kind, int item) {
    return (long) fund << 36 | (long) kind << 32 | (item & 0xFFFFFFFFL);
  }

  /** The row of {@link #direct} for a fund and kind, long enough for {@code item}. */
  private int[] directRow(int fundKind, int item) {
    int[][] d = direct;
    if (d == null) {
      d = new int[DIRECT_FUNDS << 4][];
      direct = d;
    }
    int[] row = d[fundKind];
    if (row == null || item >= row.length) {
      int n = Math.max(16, Integer.highestOneBit(item) << 1);
      row = row == null ? new int[n] : Arrays.copyOf(row, n);
      d[fundKind] = row;
    }
    return row;
  }

  /** The number of the fund, numbering it if new; the first few by identity, then by hash. */
  int fund(String fund) {
    int f = funds.idOfSame(fund, 16);
    if (f < 0) {
      f = funds.idOf(fund);
    }
    if (f < 0) {
      checkArgument(
          funds.size() < MAX_FUNDS, "fund \"%s\" would be distinct fund number %s; at most %s",
          fund, MAX_FUNDS + 1, MAX_FUNDS);
      f = funds.add(fund);
    }
    return f;
  }

  /** The groups so far, in a value no later numbering changes. */
  Groups freeze() {
    return groups(keys, size);
  }

  /**
   * The groups with the given keys ({@code line << 32 | column}, numbers of this coder), as a
   * value no later numbering changes: for callers that number groups themselves.
   */
  Groups groups(long[] keys, int n) {
    int[] column = new int[n];
    int[] fund = new int[n];
    byte[] kind = new byte[n];
    int[] item = new int[n];
    for (int g = 0; g < n; g++) {
      long key = keys[g];
      long line = lines.key((int) (key >>> 32));
      column[g] = (int) key;
      fund[g] = (int) (line >>> 36);
      kind[g] = (byte) ((line >>> 32) & 0xF);
      item[g] = (int) line;
    }
    return new Groups(columns.codes(), funds.codes(), column, fund, kind, item);
  }
}
