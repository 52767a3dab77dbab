package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rbmkit.budget.balance.Balance;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.Money;

/**
 * Reconciles the planned allocations with the budget: every expenditure line, in every column,
 * must be allocated exactly, and every difference is a finding.
 *
 * <pre>{@code
 * List<Finding> findings = AllocationCheck.check(plan);
 * // allocation allocations 17 2024-25-proposal: printed 1135000 EUR, computed 1000000,
 * //   difference 135000 (unallocated)
 * List<FundReconciliation> byFund = AllocationCheck.byFund(plan, "2024-25-proposal");
 * }</pre>
 *
 * <p>Reconciled are the columns that have planned allocations; a column nobody allocated is left
 * alone unless asked for by name. A finding has kind {@link Finding.Kind#ALLOCATION}, table {@code allocations}, the line id as
 * location, {@code printed} the budget line's figure and {@code computed} the Σ of the planned
 * allocations drawing on it, in units of the currency; the comparison is exact (no tolerance).
 * Revised and actual allocations are not reconciled: the budget has no figure for them. Because
 * each line belongs to one fund, lines that reconcile make each fund reconcile in each column;
 * {@link #byFund} shows those totals. Stateless and thread-safe.
 */
public final class AllocationCheck {

  /** The table name of the findings. */
  public static final String TABLE = "allocations";

  private AllocationCheck() {}

  /**
   * Every expenditure line whose planned allocations differ from its figure, in every column that
   * has at least one planned allocation (a column nobody allocated, such as a past biennium's, is
   * not reported line by line; {@link #check(ResourcePlan, String)} checks one explicitly).
   */
  public static ImmutableList<Finding> check(ResourcePlan plan) {
    checkNotNull(plan, "plan");
    Set<String> allocated = new HashSet<>();
    plan.allocations().allocations().stream().filter(a -> a.kind() == AmountKind.PLANNED)
        .forEach(a -> allocated.add(a.column()));
    return check(plan, plan.budget().columnCodes().stream().filter(allocated::contains)
        .toList());
  }

  /**
   * Every expenditure line whose planned allocations in the given column differ from its figure.
   *
   * @throws IllegalArgumentException for a column the budget does not have
   */
  public static ImmutableList<Finding> check(ResourcePlan plan, String column) {
    checkNotNull(plan, "plan");
    checkNotNull(column, "column");
    checkArgument(plan.budget().column(column).isPresent(), "unknown column %s (columns are %s)",
        column, plan.budget().columnCodes());
    return check(plan, List.of(column));
  }

  private static ImmutableList<Finding> check(ResourcePlan plan, List<String> columns) {
    BudgetDocument budget = plan.budget();
    Map<String, Map<String, Money>> allocated = new HashMap<>();
    for (Allocation a : plan.allocations().allocations()) {
      if (a.kind() == AmountKind.PLANNED) {
        allocated.computeIfAbsent(a.line(), x -> new HashMap<>())
            .merge(a.column(), plan.money(a), Money::plus);
      }
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    Money zero = Money.zero(budget.currency());
    for (BudgetLine l : budget.lines()) {
      if (l.kind().side() != LineKind.Side.EXPENDITURE) {
        continue;
      }
      for (String column : columns) {
        Money line = budget.money(l, column);
        Money sum = allocated.getOrDefault(l.id(), Map.of()).getOrDefault(column, zero);
        if (line.compareTo(sum) != 0) {
          String note = sum.isZero() ? "not allocated"
              : sum.isGreaterThan(line) ? "over-allocated" : "partly allocated";
          findings.add(new Finding(Finding.Kind.ALLOCATION, TABLE, l.id(), column,
              budget.currency().getCurrencyCode(), line.amount(), sum.amount(),
              note + ": line " + l.id() + " (item " + l.item() + ", fund " + l.fund() + ")"));
        }
      }
    }
    return findings.build();
  }

  /**
   * For each fund in one column: the budget's expenditure (recomputed from its lines) and the
   * planned allocations of the fund, in the order of the budget's funds. A fund with neither
   * lines in the column nor allocations (a reserve fund that the document only declares) is not
   * listed.
   */
  public static ImmutableList<FundReconciliation> byFund(ResourcePlan plan, String column) {
    checkNotNull(plan, "plan");
    checkNotNull(column, "column");
    Map<String, Balance> balances = BudgetTotals.of(plan.budget()).balanceByFund(column);
    Map<String, Money> allocated = new HashMap<>();
    for (Allocation a : plan.allocations().allocations()) {
      if (a.kind() == AmountKind.PLANNED && a.column().equals(column)) {
        allocated.merge(plan.line(a).fund(), plan.money(a), Money::plus);
      }
    }
    Money zero = Money.zero(plan.budget().currency());
    ImmutableList.Builder<FundReconciliation> b = ImmutableList.builder();
    plan.budget().funds().forEach(f -> {
      Balance bal = balances.get(f.code());
      if (bal == null && !allocated.containsKey(f.code())) {
        return;
      }
      b.add(new FundReconciliation(column, f.code(), bal == null ? zero : bal.expenditure(),
          allocated.getOrDefault(f.code(), zero)));
    });
    return b.build();
  }
}
