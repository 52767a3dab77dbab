package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.rbmkit.core.staff.GradeCategory;

/**
 * A subtotal of a staffing table as printed: FTE and cost of some grade categories, one fund
 * source, one column.
 *
 * <pre>{@code
 * new StaffingSubtotal("Total", List.of(DIRECTOR_AND_ABOVE, PROFESSIONAL), "regular",
 *     "2022-23-budget", new BigDecimal("116"), new BigDecimal("18100000"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the label as printed
 * @param categories the grade categories the subtotal covers, at least one
 * @param fundSource the fund source
 * @param column the budget column
 * @param fte the printed FTE
 * @param cost the printed cost, in the staffing table's unit
 */
public record StaffingSubtotal(
    String label,
    List<GradeCategory> categories,
    String fundSource,
    String column,
    BigDecimal fte,
    BigDecimal cost) {

  /** Validates the components. */
  public StaffingSubtotal {
    Amounts.text(label, "staffing subtotal label");
    categories = Amounts.list(categories, "categories of staffing subtotal " + label);
    checkArgument(!categories.isEmpty(), "staffing subtotal %s covers no category", label);
    checkArgument(
        ImmutableSet.copyOf(categories).size() == categories.size(),
        "staffing subtotal %s names a category twice: %s",
        label,
        categories);
    Amounts.code(fundSource, "fund source of staffing subtotal " + label);
    Amounts.code(column, "column of staffing subtotal " + label);
    checkNotNull(fte, "fte of staffing subtotal %s", label);
    checkNotNull(cost, "cost of staffing subtotal %s", label);
    fte = Amounts.normalise(fte);
    cost = Amounts.normalise(cost);
  }

  /** The categories as a set. */
  public Set<GradeCategory> categorySet() {
    return ImmutableSet.copyOf(categories);
  }
}
