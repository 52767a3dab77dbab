package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import org.rbmkit.budget.document.LineKind;

/**
 * Numbers the groups of budget entries (column × fund × kind × item) 0, 1, 2… in the order they
 * first occur, by dictionary codes: column and fund codes are numbered, a line (fund, kind, item)
 * becomes one {@code long} numbered in turn, and a group is a line in a column. Entries that
 * arrive line by line, as a document gives them, find their line without hashing.
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

  private final CodeDictionary columns = new CodeDictionary();
  private final CodeDictionary funds = new CodeDictionary();
  /** Lines: fund number << 36 | kind << 32 | item. */
  private final LongIds lines = new LongIds(false);
  /** The most slots of the dense layout before sparseness is considered. */
  private static final int DENSE_SLOTS = 1 << 20;

  /** Each group's key, line number << 32 | column number, by group number. */
  private long[] keys = new long[64];
  private int size;
  /** Dense layout: group number + 1 at {@code line × columnCapacity + column}, 0 for none. */
  private int[] groupOf = new int[16 * 4];
  private int lineCapacity = 16;
  private int columnCapacity = 4;
  /** Sparse layout, once the dense one is dropped (then {@link #groupOf} is null). */
  private LongIds sparse;
  /** Funds numbered below this find their lines in {@link #direct}, by kind and item. */
  private static final int DIRECT_FUNDS = 256;
  /** Items from 0 up to (not including) this find their lines in {@link #direct}. */
  private static final int DIRECT_ITEMS = 1024;
  /**
   * Line number + 1 (0 for none yet) by {@code fund << 4 | kind}, then item, for the small fund
   * numbers and items most budgets have: a line is found without hashing, in a table of a few
   * kilobytes per fund. Made when first needed; rows grow with the largest item seen.
   */
  private int[][] direct;
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
    int c = column == lastColumn ? lastColumnId : columnId(column);
    int l =
        fund == lastFund && kind == lastKind && item == lastItem
            ? lastLine
            : lineId(fund, kind, item);
    int[] dense = groupOf;
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

  /** Makes room for {@code lines} lines and {@code columns} columns, or goes sparse. */
  private void grow(int lines, int columns) {
    if (groupOf == null) {
      return;
    }
    long slots = (long) lines * columns;
    if (slots > DENSE_SLOTS && (slots > 8L * size || slots > Integer.MAX_VALUE - 8)) {
      sparse = new LongIds(true);
      for (int g = 0; g < size; g++) {
        sparse.add(keys[g]);
      }
      groupOf = null;
      return;
    }
    int[] bigger = new int[(int) slots];
    for (int l = 0; l < Math.min(lines, lineCapacity); l++) {
      System.arraycopy(groupOf, l * columnCapacity, bigger, l * columns, columnCapacity);
    }
    groupOf = bigger;
    lineCapacity = lines;
    columnCapacity = columns;
  }

  private int columnId(String column) {
    // budgets have few columns, and entries often take turns through them
    int id = columns.idOfSame(column, 8);
    if (id < 0) {
      id = columns.add(column);
      if (id == columnCapacity) {
        grow(lineCapacity, 2 * columnCapacity);
      }
    }
    lastColumn = column;
    lastColumnId = id;
    return id;
  }

  private int lineId(String fund, LineKind kind, int item) {
    int f = fundId(fund);
    int k = kind.ordinal();
    int l;
    if (f < DIRECT_FUNDS && item >= 0 && item < DIRECT_ITEMS) {
      int[] row = directRow(f << 4 | k, item);
      l = row[item] - 1;
      if (l < 0) {
        // the table is this line's only way in: numbered without hashing
        l = newLine(lines.append(lineKey(f, k, item)));
        row[item] = l + 1;
      }
    } else {
      l = newLine(lines.add(lineKey(f, k, item)));
    }
    lastFund = fund;
    lastKind = kind;
    lastItem = item;
    lastLine = l;
    return l;
  }

  private static long lineKey(int fund, int kind, int item) {
    return (long) fund << 36 | (long) kind << 32 | (item & 0xFFFFFFFFL);
  }

  /** Makes room for a line number in the dense layout, once it is numbered; returns it. */
  private int newLine(int l) {
    if (l == lineCapacity) {
      grow(2 * lineCapacity, columnCapacity);
    }
    return l;
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
  private int fundId(String fund) {
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
    int n = size;
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
