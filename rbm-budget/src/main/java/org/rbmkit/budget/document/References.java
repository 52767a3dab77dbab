package org.rbmkit.budget.document;

import java.util.Map;
import java.util.Set;
import org.rbmkit.core.document.Problems;

/**
 * The checks that a name used in a budget document refers to something the document defines: a
 * column of the main table, an item with a line in it. Used by the document's tables and by its
 * claims.
 */
final class References {

  private References() {}

  /** Reports {@code message} at {@code at} when {@code column} is not one of the columns. */
  static void column(Problems at, String message, String column, Set<String> columnCodes) {
    if (!columnCodes.contains(column)) {
      at.error("budget.column.unknown", column, message + " (columns are " + columnCodes + ")");
    }
  }

  /** Reports at {@code at} when {@code item} has no line in the main table. */
  static void item(Problems at, String where, int item, Map<Integer, LineKind.Family> items) {
    if (!items.containsKey(item)) {
      at.error(
          "budget.item.unknown", item, where + ": item " + item + " has no line in the main table");
    }
  }
}
