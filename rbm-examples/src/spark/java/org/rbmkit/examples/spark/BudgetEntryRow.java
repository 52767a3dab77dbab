package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.Money;

/**
 * A budget entry as a Spark-friendly bean: column, fund, kind code, item, line id, currency code
 * and the amount as exact plain decimal text.
 *
 * <pre>{@code
 * BudgetEntryRow row = BudgetEntryRow.of(entry);
 * row.getAmount();          // "58940000.00"
 * row.toEntry();            // equals entry
 * }</pre>
 *
 * <p>The amount is text, not a Spark decimal, so that no digit is lost whatever its size or
 * scale. A mutable bean because Spark's bean encoder needs a no-argument constructor and setters;
 * {@link #toEntry} validates the row as the library does. Not thread-safe; equality by value.
 */
public final class BudgetEntryRow implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private String column = "";
  private String fund = "";
  private String kind = "";
  private int item;
  private String line = "";
  private String currency = "";
  private String amount = "";

  /** An empty row, for Spark's encoder. */
  public BudgetEntryRow() {}

  /** The row of an entry. */
  public static BudgetEntryRow of(BudgetEntry entry) {
    checkNotNull(entry, "entry");
    BudgetEntryRow r = new BudgetEntryRow();
    r.column = entry.column();
    r.fund = entry.fund();
    r.kind = entry.kind().code();
    r.item = entry.item();
    r.line = entry.line();
    r.currency = entry.amount().currencyCode();
    r.amount = entry.amount().amount().toPlainString();
    return r;
  }

  /**
   * The entry this row holds, validated as the library validates entries.
   *
   * @throws IllegalArgumentException naming the line for an unknown kind, currency or a malformed
   *     or negative amount
   */
  public BudgetEntry toEntry() {
    try {
      return new BudgetEntry(
          column, fund, LineKind.fromCode(kind), item, line, Money.of(currency, amount));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "line " + line + " (item " + item + "), column " + column + ": " + e.getMessage(), e);
    }
  }

  /** The column code. */
  public String getColumn() {
    return column;
  }

  /** Sets the column code. */
  public void setColumn(String column) {
    this.column = checkNotNull(column, "column");
  }

  /** The fund code. */
  public String getFund() {
    return fund;
  }

  /** Sets the fund code. */
  public void setFund(String fund) {
    this.fund = checkNotNull(fund, "fund");
  }

  /** The line kind's code, such as {@code direct-cost}. */
  public String getKind() {
    return kind;
  }

  /** Sets the line kind's code. */
  public void setKind(String kind) {
    this.kind = checkNotNull(kind, "kind");
  }

  /** The item number. */
  public int getItem() {
    return item;
  }

  /** Sets the item number. */
  public void setItem(int item) {
    this.item = item;
  }

  /** The line id. */
  public String getLine() {
    return line;
  }

  /** Sets the line id. */
  public void setLine(String line) {
    this.line = checkNotNull(line, "line");
  }

  /** The ISO 4217 currency code. */
  public String getCurrency() {
    return currency;
  }

  /** Sets the currency code. */
  public void setCurrency(String currency) {
    this.currency = checkNotNull(currency, "currency");
  }

  /** The exact amount as plain decimal text, such as {@code 1250.50}. */
  public String getAmount() {
    return amount;
  }

  /** Sets the amount text. */
  public void setAmount(String amount) {
    this.amount = checkNotNull(amount, "amount");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BudgetEntryRow r
        && r.column.equals(column)
        && r.fund.equals(fund)
        && r.kind.equals(kind)
        && r.item == item
        && r.line.equals(line)
        && r.currency.equals(currency)
        && r.amount.equals(amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(column, fund, kind, item, line, currency, amount);
  }

  @Override
  public String toString() {
    return "BudgetEntryRow[" + line + " item " + item + " " + kind + " " + fund + " " + column
        + " " + currency + " " + amount + "]";
  }
}
