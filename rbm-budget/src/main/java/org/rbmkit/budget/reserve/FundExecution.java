package org.rbmkit.budget.reserve;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import org.rbmkit.budget.growth.Proration;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Period;

/**
 * How far a fund's allocation for a period has been spent at a date: spent = allocated −
 * balance, execution rate = spent ÷ allocated, against the share of the period elapsed.
 *
 * <pre>{@code
 * FundExecution f = new FundExecution(Biennium.parse("2022-23"), Money.of("EUR", 1_200_000),
 *     LocalDate.of(2023, 8, 1), Money.of("EUR", 302_400));
 * f.spent();                                           // EUR 897600.00
 * f.executionRate().percent(0, RoundingMode.HALF_UP);  // Optional[75] (seed 003 l.4428)
 * f.elapsedMonths();                                   // 19/24
 * }</pre>
 *
 * <p>A zero allocation gives an undefined rate. Immutable and thread-safe.
 *
 * @param period the period the allocation covers
 * @param allocated the amount allocated for the period
 * @param asOf the date of the balance
 * @param balance the unspent balance at {@code asOf}
 */
public record FundExecution(Period period, Money allocated, LocalDate asOf, Money balance) {

  /** Validates the components. */
  public FundExecution {
    checkNotNull(period, "period");
    checkNotNull(allocated, "allocated");
    checkNotNull(asOf, "asOf");
    checkNotNull(balance, "balance");
    checkArgument(!allocated.isNegative(), "allocated %s is negative", allocated);
    allocated.minus(balance);
  }

  /** Allocated − balance. */
  public Money spent() {
    return allocated.minus(balance);
  }

  /** Spent ÷ allocated; undefined for a zero allocation. */
  public Ratio executionRate() {
    return Ratio.of(spent(), allocated);
  }

  /** Whole months elapsed ÷ months in the period, at {@code asOf}. */
  public Ratio elapsedMonths() {
    return Proration.elapsedMonths(period, asOf);
  }

  /** Days elapsed ÷ days in the period, at {@code asOf}. */
  public Ratio elapsedDays() {
    return Proration.elapsedDays(period, asOf);
  }
}
