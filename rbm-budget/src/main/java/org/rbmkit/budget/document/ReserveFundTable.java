package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.money.AmountUnit;

/**
 * A table of reserve-fund movements over the period of one budget column.
 *
 * <pre>{@code
 * new ReserveFundTable("reserve-funds", "Fonds de réserve", AmountUnit.UNITS,
 *     "2024-25-proposal", List.of(campus, innovation, it, fellowships));
 * // with the balance dates as printed (seed 003 l.5404, l.5413)
 * new ReserveFundTable("reserve-funds", "Fonds de réserve", AmountUnit.UNITS, Optional.empty(),
 *     Optional.of(LocalDate.of(2023, 12, 31)), Optional.of(LocalDate.of(2025, 12, 31)),
 *     "2024-25-proposal", rows);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the table's identifier, unique in the document
 * @param label the heading as printed
 * @param unit the unit of the figures
 * @param tolerance how far this table's figures may be off through rounding; empty to use the
 *     document's
 * @param openingDate the date of the opening balances, if printed ("au 31 décembre 2023")
 * @param closingDate the date of the closing balances, if printed
 * @param column the main-table column whose institutional investments are the additions
 * @param rows one row per fund
 */
public record ReserveFundTable(
    String id,
    String label,
    AmountUnit unit,
    Optional<Tolerance> tolerance,
    Optional<LocalDate> openingDate,
    Optional<LocalDate> closingDate,
    String column,
    List<Row> rows) {

  /** Validates the components and copies the rows. */
  public ReserveFundTable {
    Amounts.code(id, "reserve fund table id");
    Amounts.text(label, "label of reserve fund table " + id);
    checkNotNull(unit, "unit of reserve fund table %s", id);
    checkNotNull(tolerance, "tolerance of reserve fund table %s", id);
    checkNotNull(openingDate, "openingDate of reserve fund table %s", id);
    checkNotNull(closingDate, "closingDate of reserve fund table %s", id);
    if (openingDate.isPresent() && closingDate.isPresent()) {
      checkArgument(openingDate.get().isBefore(closingDate.get()),
          "reserve fund table %s: opening date %s is not before closing date %s", id,
          openingDate.get(), closingDate.get());
    }
    Amounts.code(column, "column of reserve fund table " + id);
    rows = Amounts.list(rows, "rows of reserve fund table " + id);
  }

  /** A table without a tolerance of its own. */
  public ReserveFundTable(
      String id, String label, AmountUnit unit, String column, List<Row> rows) {
    this(id, label, unit, Optional.empty(), Optional.empty(), Optional.empty(), column, rows);
  }

  /**
   * One reserve fund's movement over a period, as printed: opening balance, additions, use and
   * closing balance.
   *
   * <pre>{@code
   * new Row("innovation", "Fonds d'innovation", 26,
   *     new BigDecimal("587000"), new BigDecimal("400000"), new BigDecimal("200000"),
   *     new BigDecimal("787000"));
   * }</pre>
   *
   * <p>Use is written as a positive figure (the table prints it in parentheses). Immutable and
   * thread-safe.
   *
   * @param fund the fund's code
   * @param label the fund's name as printed
   * @param item the main-table item that finances the additions (an institutional investment)
   * @param opening the balance at the start
   * @param additions the additions during the period
   * @param use the use during the period, positive
   * @param closing the balance at the end, as printed
   */
  public record Row(
      String fund,
      String label,
      int item,
      BigDecimal opening,
      BigDecimal additions,
      BigDecimal use,
      BigDecimal closing) {

    /** Validates the components. */
    public Row {
      Amounts.code(fund, "reserve fund code");
      Amounts.text(label, "label of reserve fund " + fund);
      checkArgument(item >= 1, "reserve fund %s: item number %s must be at least 1", fund, item);
      checkNotNull(opening, "opening of reserve fund %s", fund);
      checkNotNull(additions, "additions of reserve fund %s", fund);
      checkNotNull(use, "use of reserve fund %s", fund);
      checkNotNull(closing, "closing of reserve fund %s", fund);
      checkArgument(
          additions.signum() >= 0, "reserve fund %s: additions %s are negative", fund, additions);
      checkArgument(use.signum() >= 0, "reserve fund %s: use %s is negative", fund, use);
      opening = Amounts.normalise(opening);
      additions = Amounts.normalise(additions);
      use = Amounts.normalise(use);
      closing = Amounts.normalise(closing);
    }
  }
}
