package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * An activity's {@code transaction}, as far as totals need it: type, date and value.
 *
 * <pre>{@code
 * IatiTransaction t = new IatiTransaction("2", LocalDate.of(2012, 1, 1),
 *     new IatiAmount(new BigDecimal("1000"), Optional.of("EUR"), LocalDate.of(2012, 1, 1)));
 * }</pre>
 *
 * <p>Descriptions, organisations, sectors and the other classifications are not carried (the reader
 * lists them as skipped). Immutable and thread-safe.
 *
 * @param type the {@code transaction-type/@code} ({@code TransactionType} codelist) as published
 * @param date the {@code transaction-date/@iso-date}
 * @param value the value
 */
public record IatiTransaction(String type, LocalDate date, IatiAmount value) {

  /** Checks the components. */
  public IatiTransaction {
    checkNotNull(type, "type");
    checkNotNull(date, "date");
    checkNotNull(value, "value");
  }
}
