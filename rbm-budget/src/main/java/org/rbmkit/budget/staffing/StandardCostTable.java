package org.rbmkit.budget.staffing;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;

/**
 * Standard costs per grade with effective dates, and the costing of a staffing plan from them.
 *
 * <pre>{@code
 * StandardCostTable table = new StandardCostTable(List.of(
 *     new Cost(Grade.P_4, LocalDate.of(2024, 1, 1), Money.of("EUR", "179326.09"))));
 * StaffCostSummary plan = table.cost(
 *     List.of(new PlannedPosition(Grade.P_4, "regular", new BigDecimal("46"))),
 *     LocalDate.of(2024, 1, 1), MoneyRounding.toUnit(AmountUnit.THOUSANDS, RoundingMode.HALF_UP));
 * // 46 × 179326.09 = 8249000.14, rounded to EUR 8249000.00
 * }</pre>
 *
 * <p>One currency for the table. Each position's cost is rounded once by the stated rule.
 * Immutable and thread-safe.
 */
public final class StandardCostTable {

  private final Currency currency;
  private final ImmutableList<Cost> costs;

  /**
   * A table of the given costs.
   *
   * @throws IllegalArgumentException if the list is empty, mixes currencies, or gives a grade
   *     two costs from the same date
   */
  public StandardCostTable(List<Cost> costs) {
    checkNotNull(costs, "costs");
    checkArgument(!costs.isEmpty(), "a standard-cost table needs at least one cost");
    this.currency = checkNotNull(costs.get(0), "costs[0]").costPerFte().currency();
    Set<String> seen = new HashSet<>();
    for (Cost c : costs) {
      checkNotNull(c, "costs contains null");
      checkArgument(c.costPerFte().currency().equals(currency),
          "standard cost of %s from %s is in %s, the table in %s", c.grade(), c.effective(),
          c.costPerFte().currencyCode(), currency.getCurrencyCode());
      checkArgument(seen.add(c.grade() + "@" + c.effective()),
          "grade %s has two standard costs from %s", c.grade(), c.effective());
    }
    this.costs = ImmutableList.copyOf(costs);
  }

  /** The costs, as given. */
  public ImmutableList<Cost> costs() {
    return costs;
  }

  /** The cost per FTE of a grade on a date: the latest one effective then; empty if none. */
  public Optional<Money> costPerFte(Grade grade, LocalDate date) {
    checkNotNull(grade, "grade");
    checkNotNull(date, "date");
    Cost best = null;
    for (Cost c : costs) {
      if (c.grade() == grade && !c.effective().isAfter(date)
          && (best == null || c.effective().isAfter(best.effective()))) {
        best = c;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.costPerFte());
  }

  /**
   * The staff cost of a plan at the standard costs effective on {@code date}: per position,
   * FTE × cost per FTE, rounded once by {@code rounding}.
   *
   * @throws IllegalArgumentException naming the grade and date, if a grade has no standard cost
   *     effective on that date
   */
  public StaffCostSummary cost(
      Iterable<PlannedPosition> plan, LocalDate date, MoneyRounding rounding) {
    checkNotNull(plan, "plan");
    checkNotNull(rounding, "rounding");
    StaffCostAccumulator a = new StaffCostAccumulator(currency);
    for (PlannedPosition p : plan) {
      checkNotNull(p, "plan contains null");
      Money unit =
          costPerFte(p.grade(), date)
              .orElseThrow(() -> new IllegalArgumentException(
                  "no standard cost for grade " + p.grade() + " effective on " + date));
      Money cost = Money.of(currency, rounding.round(unit.amount().multiply(p.fte())));
      a.add(new StaffCost(p.grade(), p.fundSource(), p.fte(), cost));
    }
    return a.result();
  }

  /**
   * A line of a staffing plan: FTE of a grade from a fund source, to be costed.
   *
   * <pre>{@code
   * new PlannedPosition(Grade.P_4, "regular", new BigDecimal("46"));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param grade the grade
   * @param fundSource the fund source
   * @param fte full-time equivalents, not negative
   */
  public record PlannedPosition(Grade grade, String fundSource, BigDecimal fte) {

    /** Validates the components. */
    public PlannedPosition {
      checkNotNull(grade, "grade");
      checkNotNull(fundSource, "fundSource");
      checkNotNull(fte, "fte");
      checkArgument(fte.signum() >= 0, "planned %s, %s: fte %s is negative", grade, fundSource,
          fte);
    }
  }

  /**
   * The planner's standard cost of one FTE of a grade, from an effective date on.
   *
   * <pre>{@code
   * new Cost(Grade.P_4, LocalDate.of(2024, 1, 1), Money.of("EUR", "179326.09"));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param grade the grade
   * @param effective the first day the cost applies
   * @param costPerFte the cost of one FTE, positive
   */
  public record Cost(Grade grade, LocalDate effective, Money costPerFte) {

    /** Validates the components. */
    public Cost {
      checkNotNull(grade, "grade");
      checkNotNull(effective, "effective");
      checkNotNull(costPerFte, "costPerFte");
      checkArgument(costPerFte.signum() > 0, "standard cost of %s from %s: %s must be positive",
          grade, effective, costPerFte);
    }
  }
}
