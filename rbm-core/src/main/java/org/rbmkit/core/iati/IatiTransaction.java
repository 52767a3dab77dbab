package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An activity's {@code transaction}: type, date, value, provider and receiver organisations, and
 * its own classifications (sector, country, region, flow, finance, aid and tied-status types).
 *
 * <pre>{@code
 * IatiTransaction t = new IatiTransaction("2", LocalDate.of(2012, 1, 1),
 *     new IatiAmount(new BigDecimal("1000"), Optional.of("EUR"), LocalDate.of(2012, 1, 1)));
 * }</pre>
 *
 * <p>The description, disbursement channel and the {@code ref} and {@code humanitarian} attributes
 * are not carried (the reader lists them as skipped). Immutable and thread-safe.
 *
 * @param type the {@code transaction-type/@code} ({@code TransactionType} codelist) as published
 * @param date the {@code transaction-date/@iso-date}
 * @param value the value
 * @param providerOrg the {@code provider-org}; empty when absent
 * @param receiverOrg the {@code receiver-org}; empty when absent
 * @param classifications the transaction's own classifications; {@link IatiClassifications#NONE}
 *     when it has none (the activity's then apply)
 */
public record IatiTransaction(
    String type,
    LocalDate date,
    IatiAmount value,
    Optional<IatiTransactionOrg> providerOrg,
    Optional<IatiTransactionOrg> receiverOrg,
    IatiClassifications classifications) {

  /** Checks the components. */
  public IatiTransaction {
    checkNotNull(type, "type");
    checkNotNull(date, "date");
    checkNotNull(value, "value");
    checkNotNull(providerOrg, "providerOrg");
    checkNotNull(receiverOrg, "receiverOrg");
    checkNotNull(classifications, "classifications");
  }

  /** A transaction with only type, date and value. */
  public IatiTransaction(String type, LocalDate date, IatiAmount value) {
    this(type, date, value, Optional.empty(), Optional.empty(), IatiClassifications.NONE);
  }
}
