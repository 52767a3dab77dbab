package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.core.staff.GradeCategory;

/**
 * A subtotal of a staffing table as printed: FTE and cost of some grades, one fund source, one
 * column. It names what it covers either by grade categories or, for a total printed with no
 * category label (seed 003 l.5512 prints a bare "Total" under the grades ADG to P-1), by the
 * grades printed above it; exactly one of the two lists is given.
 *
 * <pre>{@code
 * new StaffingSubtotal("Total", List.of(DIRECTOR_AND_ABOVE, PROFESSIONAL), "regular",
 *     "2022-23-budget", new BigDecimal("116"), new BigDecimal("18100000"));
 * new StaffingSubtotal("Total", List.of(), List.of(Grade.G_7, Grade.G_6, Grade.G_5), "regular",
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
public record StaffingSubtotal(
    String label,
    List<GradeCategory> categories,
    List<Grade> grades,
    String fundSource,
    String column,
    BigDecimal fte,
    BigDecimal cost) {

  /** Validates the components. */
  public StaffingSubtotal {
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
  public StaffingSubtotal(String label, List<GradeCategory> categories, String fundSource,
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
