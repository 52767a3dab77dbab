package org.rbmkit.budget.growth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Period;

/**
 * Time proration: the share of a period elapsed at a date, and the spending expected by then.
 *
 * <pre>{@code
 * Ratio elapsed = Proration.elapsedMonths(Biennium.parse("2022-23"), LocalDate.of(2023, 8, 1));
 * // 19/24: "19 mois après le début de l'exercice biennal" (seed 003 l.4428)
 * Proration.expectedSpending(Money.of("EUR", 1_200_000), elapsed,
 *     MoneyRounding.of("1", RoundingMode.HALF_UP));   // EUR 950000.00
 * }</pre>
 *
 * <p>Before the period starts the share is 0; after it ends, 1. Stateless and thread-safe.
 */
public final class Proration {

  private Proration() {}

  /** Days elapsed before {@code asOf} ÷ days in the period. */
  public static Ratio elapsedDays(Period period, LocalDate asOf) {
    checkNotNull(period, "period");
    checkNotNull(asOf, "asOf");
    long total = period.dateRange().lengthInDays();
    long elapsed = ChronoUnit.DAYS.between(period.start(), asOf);
    return Ratio.of(BigDecimal.valueOf(clamp(elapsed, total)), BigDecimal.valueOf(total));
  }

  /**
   * Whole months elapsed between the start and {@code asOf} ÷ whole months in the period, as
   * budget texts count ("19 mois après le début").
   *
   * @throws IllegalArgumentException if the period is not a whole number of months
   */
  public static Ratio elapsedMonths(Period period, LocalDate asOf) {
    checkNotNull(period, "period");
    checkNotNull(asOf, "asOf");
    LocalDate start = period.start();
    LocalDate end = period.dateRange().endExclusive();
    long total = ChronoUnit.MONTHS.between(start, end);
    checkArgument(
        total > 0 && start.plusMonths(total).equals(end),
        "period %s is not a whole number of months", period);
    long elapsed = ChronoUnit.MONTHS.between(start, asOf);
    if (asOf.isBefore(start)) {
      elapsed = 0;
    }
    return Ratio.of(BigDecimal.valueOf(clamp(elapsed, total)), BigDecimal.valueOf(total));
  }

  /** {@code budget × elapsed}, rounded by the stated rule; zero for an undefined share. */
  public static Money expectedSpending(Money budget, Ratio elapsed, MoneyRounding rounding) {
    checkNotNull(budget, "budget");
    checkNotNull(elapsed, "elapsed");
    checkNotNull(rounding, "rounding");
    if (!elapsed.isDefined()) {
      return Money.zero(budget.currency());
    }
    return Money.of(
        budget.currency(),
        rounding.roundQuotient(
            budget.amount().multiply(elapsed.numerator()), elapsed.denominator()));
  }

  private static long clamp(long v, long max) {
    return Math.max(0, Math.min(v, max));
  }
}
