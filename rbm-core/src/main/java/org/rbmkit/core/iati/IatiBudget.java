package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.DateRange;

/**
 * An activity's {@code budget}: type, status, period and value.
 *
 * <pre>{@code
 * IatiBudget b = new IatiBudget(Optional.of("1"), Optional.of("1"),
 *     LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31),
 *     new IatiAmount(new BigDecimal("3000"), Optional.of("EUR"), LocalDate.of(2014, 1, 1)));
 * b.budgetType();   // Optional[ORIGINAL]
 * b.money();        // Optional[EUR 3000.00]
 * }</pre>
 *
 * <p>Codes are kept as published; {@link #budgetType()} and {@link #budgetStatus()} read them
 * against the codelists. IATI's defaults apply when the attributes are absent: type 1 (original),
 * status 1 (indicative). A start after the end is kept as published (the reader reports it, rule
 * 8.6.3). Immutable and thread-safe.
 *
 * @param type the {@code type} attribute as published; empty when absent
 * @param status the {@code status} attribute as published; empty when absent
 * @param periodStart the {@code period-start} date
 * @param periodEnd the {@code period-end} date, inclusive
 * @param value the value
 */
public record IatiBudget(
    Optional<String> type,
    Optional<String> status,
    LocalDate periodStart,
    LocalDate periodEnd,
    IatiAmount value) {

  /** Checks the components. */
  public IatiBudget {
    checkNotNull(type, "type");
    checkNotNull(status, "status");
    checkNotNull(periodStart, "periodStart");
    checkNotNull(periodEnd, "periodEnd");
    checkNotNull(value, "value");
  }

  /** The budget type, {@link BudgetType#ORIGINAL} when absent; empty for an unknown code. */
  public Optional<BudgetType> budgetType() {
    return type.isEmpty() ? Optional.of(BudgetType.ORIGINAL) : BudgetType.fromCode(type.get());
  }

  /** The budget status, {@link BudgetStatus#INDICATIVE} when absent; empty for an unknown code. */
  public Optional<BudgetStatus> budgetStatus() {
    return status.isEmpty()
        ? Optional.of(BudgetStatus.INDICATIVE)
        : BudgetStatus.fromCode(status.get());
  }

  /** The period as a date range; empty when the start is after the end. */
  public Optional<DateRange> period() {
    return periodEnd.isBefore(periodStart)
        ? Optional.empty()
        : Optional.of(DateRange.ofInclusive(periodStart, periodEnd));
  }

  /** The value as money; see {@link IatiAmount#money()}. */
  public Optional<Money> money() {
    return value.money();
  }
}
