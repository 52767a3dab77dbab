package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One line of a budget table: a numbered item's revenue, cost or contribution, with its figure
 * in each column as printed (in the document's unit).
 *
 * <pre>{@code
 * BudgetLine revenue = new BudgetLine("10.revenue", "I", 10, "Produits", LineKind.REVENUE,
 *     "itcilo", Map.of("2022-23-budget", new BigDecimal("49065")));
 * }</pre>
 *
 * <p>A printed dash is zero, and its column is kept in {@code dashes}. Amounts are kept exactly, trailing zeros stripped. Which columns a
 * line must fill is checked by {@link BudgetDocument}. Immutable and thread-safe.
 *
 * @param id the line's identifier, unique in the document
 * @param chapter the chapter as printed ("I" … "VI")
 * @param item the item number ("poste"), at least 1; several lines may share an item
 * @param label the label as printed
 * @param kind the line kind
 * @param fund the code of the fund the line belongs to, one of the document's funds; empty for
 *     "the document's only fund" (a document with one fund sets it when it is built)
 * @param amounts figure per column code, in the document's unit
 * @param dashes the columns printed as a dash (\u2013) rather than 0; their amounts are 0
 * @param heading the sub-heading the line is printed under ("Services multimédias"), if any
 */
public record BudgetLine(
    String id,
    String chapter,
    int item,
    String label,
    LineKind kind,
    String fund,
    Map<String, BigDecimal> amounts,
    Set<String> dashes,
    Optional<String> heading) {

  /**
   * Validates the line.
   *
   * @throws IllegalArgumentException naming the line, item and column, for a negative amount
   *     where the kind forbids one
   */
  public BudgetLine {
    Amounts.code(id, "line id");
    Amounts.text(chapter, "chapter of line " + id);
    checkArgument(item >= 1, "line %s: item number %s must be at least 1", id, item);
    Amounts.text(label, "label of line " + id);
    checkNotNull(kind, "kind of line %s", id);
    checkNotNull(fund, "fund of line %s", id);
    if (!fund.isEmpty()) {
      Amounts.code(fund, "fund of line " + id);
    }
    amounts = Amounts.copy(amounts, "line " + id + " (item " + item + ")");
    dashes = Amounts.dashes(dashes, amounts, "line " + id + " (item " + item + ")");
    checkNotNull(heading, "heading of line %s", id);
    heading.ifPresent(h -> Amounts.text(h, "heading of line " + id));
    if (!kind.allowsNegative()) {
      for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
        if (e.getValue().signum() < 0) {
          throw new IllegalArgumentException(
              lenientFormat(
                  "line %s (item %s), column %s: amount %s is negative; kind %s forbids negative"
                      + " amounts",
                  id,
                  item,
                  e.getKey(),
                  e.getValue().toPlainString(),
                  kind.code()));
        }
      }
    }
  }

  /** A line with no dash. */
  public BudgetLine(String id, String chapter, int item, String label, LineKind kind,
      String fund, Map<String, BigDecimal> amounts) {
    this(id, chapter, item, label, kind, fund, amounts, Set.of(), Optional.empty());
  }

  /** This line in the given fund. */
  public BudgetLine withFund(String newFund) {
    return new BudgetLine(id, chapter, item, label, kind, newFund, amounts, dashes, heading);
  }

  /** The figure in the given column. */
  public BigDecimal amount(String column) {
    BigDecimal v = amounts.get(column);
    checkArgument(v != null, "line %s (item %s) has no amount for column %s", id, item, column);
    return v;
  }

}
