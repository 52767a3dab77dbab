package org.rbmkit.budget.balance;

import org.rbmkit.budget.document.LineKind;

/**
 * The groups of budget entries (column × fund × kind × item), numbered 0, 1, 2…: the column and
 * fund codes by number, and each group's column, fund, kind and item. A {@link BudgetEntryTable}
 * numbers its groups as {@link GroupCoder} meets them and shares them with the {@link
 * BudgetTotals} computed from it; totals summed from entries number theirs in the order of their
 * sums' slots ({@link TotalsAccumulator}). Immutable: the arrays are never written after
 * construction.
 */
final class Groups {

  static final LineKind[] KINDS = LineKind.values();

  final String[] columnCodes;
  final String[] fundCodes;
  final int size;
  final int[] column;
  final int[] fund;
  /** The position of the kind in {@link LineKind#values()}. */
  final byte[] kind;
  final int[] item;

  Groups(
      String[] columnCodes, String[] fundCodes, int[] column, int[] fund, byte[] kind, int[] item) {
    this.columnCodes = columnCodes;
    this.fundCodes = fundCodes;
    this.size = column.length;
    this.column = column;
    this.fund = fund;
    this.kind = kind;
    this.item = item;
  }

  /** The column code of group {@code g}. */
  String column(int g) {
    return columnCodes[column[g]];
  }

  /** The fund code of group {@code g}. */
  String fund(int g) {
    return fundCodes[fund[g]];
  }

  /** The kind of group {@code g}. */
  LineKind kind(int g) {
    return KINDS[kind[g]];
  }
}
