package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.core.staff.GradeCategory;

/**
 * A staffing table: FTE and estimated cost by grade, fund source and column, with its printed
 * subtotals and the main-table item each fund source's cost belongs to.
 *
 * <pre>{@code
 * new StaffingTable("annex-2", "Annexe II", AmountUnit.UNITS,
 *     Map.of("regular", 14, "variable", 15), rows, subtotals);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the table's identifier, unique in the document
 * @param label the heading as printed
 * @param unit the unit of the costs
 * @param tolerance how far this table's figures may be off through rounding; empty to use the
 *     document's
 * @param items the main-table item holding each fund source's staff cost
 * @param rows the rows
 * @param subtotals the subtotals as printed
 */
public record StaffingTable(
    String id,
    String label,
    AmountUnit unit,
    Optional<Tolerance> tolerance,
    Map<String, Integer> items,
    List<Row> rows,
    List<Subtotal> subtotals) {

  /** Validates the components and copies the collections. */
  public StaffingTable {
    Amounts.code(id, "staffing table id");
    Amounts.text(label, "label of staffing table " + id);
    checkNotNull(unit, "unit of staffing table %s", id);
    checkNotNull(tolerance, "tolerance of staffing table %s", id);
    checkNotNull(items, "items of staffing table %s", id);
    for (Map.Entry<String, Integer> e : items.entrySet()) {
      Amounts.code(e.getKey(), "fund source of staffing table " + id);
      checkNotNull(e.getValue(), "staffing table %s: item of %s is null", id, e.getKey());
      checkArgument(e.getValue() >= 1, "staffing table %s: item %s of %s must be at least 1",
          id, e.getValue(), e.getKey());
    }
    items = ImmutableMap.copyOf(items);
    rows = Amounts.list(rows, "rows of staffing table " + id);
    subtotals = Amounts.list(subtotals, "subtotals of staffing table " + id);
  }

  /** A table without a tolerance of its own. */
  public StaffingTable(String id, String label, AmountUnit unit, Map<String, Integer> items,
      List<Row> rows, List<Subtotal> subtotals) {
    this(id, label, unit, Optional.empty(), items, rows, subtotals);
  }

  /**
   * One cell group of a staffing table: FTE and estimated cost of a grade, from one fund source,
   * in one column.
   *
   * <pre>{@code
   * new Row(Grade.parse("P .5"), "regular", "2022-23-budget",
   *     new BigDecimal("36.0"), new BigDecimal("6372000"));
   * }</pre>
   *
   * <p>A row may keep the grade's label as printed and the footnote markers printed on it: seed 003
   * prints D-2 as "D .25", the grade "D .2" with footnote 5.
   *
   * <pre>{@code
   * new Row(Grade.parse("D-2"), "regular", "2022-23-budget", new BigDecimal("2.0"),
   *     new BigDecimal("448000"), List.of("5"), Optional.of("D .25"));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param grade the grade
   * @param fundSource the fund source, such as {@code regular} or {@code variable}
   * @param column the budget column (period and version) of the figures
   * @param fte full-time equivalents, not negative
   * @param cost the estimated cost, not negative, in the staffing table's unit
   * @param footnotes the footnote markers printed on the grade, in print order; each non-blank
   *     and at most {@value #MAX_MARKER} characters, none twice
   * @param printedLabel the grade's label as printed, markers included, if kept
   */
  public record Row(
      Grade grade,
      String fundSource,
      String column,
      BigDecimal fte,
      BigDecimal cost,
      List<String> footnotes,
      Optional<String> printedLabel) {

    /** The longest footnote marker accepted. */
    public static final int MAX_MARKER = 8;

    /** Validates the components. */
    public Row {
      checkNotNull(grade, "grade");
      Amounts.code(fundSource, "fund source of grade " + grade);
      Amounts.code(column, "column of grade " + grade);
      checkNotNull(fte, "fte of grade %s", grade);
      checkNotNull(cost, "cost of grade %s", grade);
      checkArgument(fte.signum() >= 0, "grade %s, %s, %s: fte %s is negative", grade, fundSource,
          column, fte);
      checkArgument(cost.signum() >= 0, "grade %s, %s, %s: cost %s is negative", grade, fundSource,
          column, cost);
      fte = Amounts.normalise(fte);
      cost = Amounts.normalise(cost);
      footnotes = Amounts.list(footnotes, "footnotes of grade " + grade);
      for (int i = 0; i < footnotes.size(); i++) {
        String m = Amounts.text(footnotes.get(i), "footnotes of grade " + grade + "[" + i + "]");
        if (m.length() > MAX_MARKER) {
          throw new IllegalArgumentException(
              lenientFormat(
                  "grade %s: footnote marker \"%s\" is longer than %s characters",
                  grade,
                  m.substring(0, Math.min(m.length(), 40)),
                  MAX_MARKER));
        }
        checkArgument(footnotes.indexOf(m) == i, "grade %s: footnote marker \"%s\" is given twice",
            grade, m);
      }
      checkNotNull(printedLabel, "printed label of grade %s", grade);
      printedLabel.ifPresent(l -> Amounts.text(l, "printed label of grade " + grade));
    }

    /** A row without footnotes or printed label. */
    public Row(
        Grade grade, String fundSource, String column, BigDecimal fte, BigDecimal cost) {
      this(grade, fundSource, column, fte, cost, List.of(), Optional.empty());
    }
  }

  /**
   * A subtotal of a staffing table as printed: FTE and cost of some grades, one fund source, one
   * column. It names what it covers either by grade categories or, for a total printed with no
   * category label (seed 003 l.5512 prints a bare "Total" under the grades ADG to P-1), by the
   * grades printed above it; exactly one of the two lists is given.
   *
   * <pre>{@code
   * new Subtotal("Total", List.of(DIRECTOR_AND_ABOVE, PROFESSIONAL), "regular",
   *     "2022-23-budget", new BigDecimal("116"), new BigDecimal("18100000"));
   * new Subtotal("Total", List.of(), List.of(Grade.G_7, Grade.G_6, Grade.G_5), "regular",
   *     "2022-23-budget", new BigDecimal("99"), new BigDecimal("8821000"));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param label the label as printed
   * @param categories the grade categories the subtotal covers; empty when it names its grades
   * @param grades the grades the subtotal covers, as printed above it; empty when it names its
   *     categories
   * @param fundSource the fund source
   * @param column the budget column
   * @param fte the printed FTE
   * @param cost the printed cost, in the staffing table's unit
   */
  public record Subtotal(
      String label,
      List<GradeCategory> categories,
      List<Grade> grades,
      String fundSource,
      String column,
      BigDecimal fte,
      BigDecimal cost) {

    /** Validates the components. */
    public Subtotal {
      Amounts.text(label, "staffing subtotal label");
      categories = Amounts.list(categories, "categories of staffing subtotal " + label);
      grades = Amounts.list(grades, "grades of staffing subtotal " + label);
      checkArgument(categories.isEmpty() != grades.isEmpty(),
          "staffing subtotal %s must name either its categories or its grades, not %s",
          label, categories.isEmpty() ? "neither" : "both");
      checkArgument(
          ImmutableSet.copyOf(categories).size() == categories.size(),
          "staffing subtotal %s names a category twice: %s",
          label,
          categories);
      checkArgument(
          ImmutableSet.copyOf(grades).size() == grades.size(),
          "staffing subtotal %s names a grade twice: %s",
          label,
          grades);
      Amounts.code(fundSource, "fund source of staffing subtotal " + label);
      Amounts.code(column, "column of staffing subtotal " + label);
      checkNotNull(fte, "fte of staffing subtotal %s", label);
      checkNotNull(cost, "cost of staffing subtotal %s", label);
      fte = Amounts.normalise(fte);
      cost = Amounts.normalise(cost);
    }

    /** A subtotal of whole grade categories. */
    public Subtotal(String label, List<GradeCategory> categories, String fundSource,
        String column, BigDecimal fte, BigDecimal cost) {
      this(label, categories, List.of(), fundSource, column, fte, cost);
    }

    /** The categories as a set; empty when the subtotal names its grades. */
    public Set<GradeCategory> categorySet() {
      return ImmutableSet.copyOf(categories);
    }

    /** Whether a row of the given grade counts in this subtotal. */
    public boolean covers(Grade grade) {
      checkNotNull(grade, "grade");
      return grades.isEmpty() ? categories.contains(grade.category()) : grades.contains(grade);
    }
  }
}
