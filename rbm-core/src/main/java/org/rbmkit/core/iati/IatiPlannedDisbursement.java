package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An activity's {@code planned-disbursement}: type, period and value.
 *
 * <pre>{@code
 * IatiPlannedDisbursement p = new IatiPlannedDisbursement(Optional.of("1"),
 *     LocalDate.of(2014, 1, 1), Optional.of(LocalDate.of(2014, 12, 31)),
 *     new IatiAmount(new BigDecimal("3000"), Optional.of("EUR"), LocalDate.of(2014, 1, 1)));
 * }</pre>
 *
 * <p>Provider and receiver organisations are not carried (the reader lists them as skipped).
 * Immutable and thread-safe.
 *
 * @param type the {@code type} attribute ({@code BudgetType} codelist) as published
 * @param periodStart the {@code period-start} date
 * @param periodEnd the {@code period-end} date, if given
 * @param value the value
 */
public record IatiPlannedDisbursement(
    Optional<String> type, LocalDate periodStart, Optional<LocalDate> periodEnd, IatiAmount value) {

  /** Checks the components. */
  public IatiPlannedDisbursement {
    checkNotNull(type, "type");
    checkNotNull(periodStart, "periodStart");
    checkNotNull(periodEnd, "periodEnd");
    checkNotNull(value, "value");
  }
}
