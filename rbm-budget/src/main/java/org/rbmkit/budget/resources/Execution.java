package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rbmkit.budget.growth.Proration;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Period;

/**
 * A result's execution in a column at a date: actual expenditure against the budget for the same
 * period, and against the spending expected by then.
 *
 * <pre>{@code
 * Execution e = Execution.of(rollup, "1", "2024-25-proposal", AmountKind.PLANNED,
 *     Biennium.parse("2024-25"), LocalDate.of(2025, 1, 1), MoneyRounding.of("1", HALF_UP));
 * e.rate();       // actual ÷ budget
 * e.elapsed();    // 366/731 days of the biennium
 * e.expected();   // budget × elapsed, rounded to whole euros half-up
 * }</pre>
 *
 * <p>The elapsed share is {@link Proration#elapsedDays} and the expected spending {@link
 * Proration#expectedSpending}: time-prorated, even spending through the period. The rate is
 * undefined when the budget is zero. Immutable and thread-safe.
 *
 * @param result the result's code
 * @param column the budget column
 * @param basis the budget: {@link AmountKind#PLANNED} or {@link AmountKind#REVISED}
 * @param budget the result's total of that basis
 * @param actual the result's total actual expenditure
 * @param elapsed the share of the column's period elapsed at the date
 * @param expected the spending expected by the date: budget × elapsed, rounded by {@code rounding}
 * @param rounding the rule {@code expected} was rounded by
 */
public record Execution(
    String result,
    String column,
    AmountKind basis,
    Money budget,
    Money actual,
    Ratio elapsed,
    Money expected,
    MoneyRounding rounding) {

  /** Validates the components. */
  public Execution {
    checkNotNull(result, "result");
    checkNotNull(column, "column");
    checkNotNull(basis, "basis");
    checkArgument(basis == AmountKind.PLANNED || basis == AmountKind.REVISED,
        "execution is measured against planned or revised expenditure, not %s", basis.code());
    checkNotNull(budget, "budget");
    checkNotNull(actual, "actual");
    checkNotNull(elapsed, "elapsed");
    checkNotNull(expected, "expected");
    checkNotNull(rounding, "rounding");
  }

  /** A result's execution from a roll-up, for the column's period at {@code asOf}. */
  public static Execution of(ResourceRollup rollup, String result, String column,
      AmountKind basis, Period period, LocalDate asOf, MoneyRounding rounding) {
    checkNotNull(rollup, "rollup");
    Money budget = rollup.total(result, column, basis);
    Ratio elapsed = Proration.elapsedDays(period, asOf);
    return new Execution(result, column, basis, budget,
        rollup.total(result, column, AmountKind.ACTUAL), elapsed,
        Proration.expectedSpending(budget, elapsed, rounding), rounding);
  }

  /** Actual ÷ budget; undefined when the budget is zero. */
  public Ratio rate() {
    return Ratio.of(actual, budget);
  }

  /** Actual − expected: positive when more was spent than expected by the date. */
  public Money aheadOfExpected() {
    return actual.minus(expected);
  }
}
