package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One {@code iati-activity}, as far as results and budgets need it: identifier, languages and
 * currency, reporting and participating organisations, title and descriptions, status and dates,
 * budgets, planned disbursements, transactions and results.
 *
 * <pre>{@code
 * IatiReader.lenient().read(in, read -> {
 *   IatiActivity a = read.activity().orElseThrow();
 *   a.identifier();                  // "AA-AAA-123456789-ABC123"
 *   a.budgets().get(0).money();      // Optional[EUR 3000.00]
 *   a.transactionTotals();           // totals by type and currency
 * });
 * }</pre>
 *
 * <p>In tolerant reading ({@link IatiReader#tolerant()}) an activity missing its reporting-org or
 * activity-status is still built: the organisation is then empty (no ref, type or name) and the
 * status the empty string, and the reader reports each missing element as a warning.
 *
 * <p>What the record carries is written back by {@link IatiWriter} and read again unchanged; the
 * reader lists every element and attribute it does not carry as skipped. The schema requires at
 * least one description, participating organisation and activity date; the record accepts none (a
 * file may lack them) and the writer refuses to write such an activity. Immutable and thread-safe.
 *
 * @param identifier the {@code iati-identifier} text, stripped; may be empty as published
 * @param language the activity's default {@code xml:lang}; empty when absent
 * @param defaultCurrency the {@code default-currency}; empty when absent
 * @param reportingOrg the {@code reporting-org}
 * @param title the narratives of the {@code title}
 * @param descriptions the descriptions
 * @param participatingOrgs the participating organisations
 * @param activityStatus the {@code activity-status/@code}
 * @param activityDates the activity dates
 * @param budgets the budgets
 * @param plannedDisbursements the planned disbursements
 * @param transactions the transactions
 * @param results the results
 * @param otherIdentifiers the {@code other-identifier}s
 * @param classifications sectors, recipient countries and regions, tags, policy markers and the
 *     default collaboration, flow, finance, aid and tied-status types
 * @param documentLinks the activity's {@code document-link}s
 */
public record IatiActivity(
    String identifier,
    Optional<String> language,
    Optional<String> defaultCurrency,
    IatiOrganisation reportingOrg,
    ImmutableList<Narrative> title,
    ImmutableList<IatiDescription> descriptions,
    ImmutableList<IatiOrganisation> participatingOrgs,
    String activityStatus,
    ImmutableList<IatiActivityDate> activityDates,
    ImmutableList<IatiBudget> budgets,
    ImmutableList<IatiPlannedDisbursement> plannedDisbursements,
    ImmutableList<IatiTransaction> transactions,
    ImmutableList<IatiResult> results,
    ImmutableList<IatiOtherIdentifier> otherIdentifiers,
    IatiClassifications classifications,
    ImmutableList<IatiDocumentLink> documentLinks) {

  /** Checks the components and copies the lists. */
  public IatiActivity {
    checkNotNull(identifier, "identifier");
    checkNotNull(language, "language");
    checkNotNull(defaultCurrency, "defaultCurrency");
    checkNotNull(reportingOrg, "reportingOrg");
    title = ImmutableList.copyOf(checkNotNull(title, "title"));
    descriptions = ImmutableList.copyOf(checkNotNull(descriptions, "descriptions"));
    participatingOrgs = ImmutableList.copyOf(checkNotNull(participatingOrgs, "participatingOrgs"));
    checkNotNull(activityStatus, "activityStatus");
    activityDates = ImmutableList.copyOf(checkNotNull(activityDates, "activityDates"));
    budgets = ImmutableList.copyOf(checkNotNull(budgets, "budgets"));
    plannedDisbursements =
        ImmutableList.copyOf(checkNotNull(plannedDisbursements, "plannedDisbursements"));
    transactions = ImmutableList.copyOf(checkNotNull(transactions, "transactions"));
    results = ImmutableList.copyOf(checkNotNull(results, "results"));
    otherIdentifiers = ImmutableList.copyOf(checkNotNull(otherIdentifiers, "otherIdentifiers"));
    checkNotNull(classifications, "classifications");
    documentLinks = ImmutableList.copyOf(checkNotNull(documentLinks, "documentLinks"));
  }

  /**
   * An activity without other identifiers, classifications or document links.
   */
  public IatiActivity(
      String identifier,
      Optional<String> language,
      Optional<String> defaultCurrency,
      IatiOrganisation reportingOrg,
      ImmutableList<Narrative> title,
      ImmutableList<IatiDescription> descriptions,
      ImmutableList<IatiOrganisation> participatingOrgs,
      String activityStatus,
      ImmutableList<IatiActivityDate> activityDates,
      ImmutableList<IatiBudget> budgets,
      ImmutableList<IatiPlannedDisbursement> plannedDisbursements,
      ImmutableList<IatiTransaction> transactions,
      ImmutableList<IatiResult> results) {
    this(
        identifier,
        language,
        defaultCurrency,
        reportingOrg,
        title,
        descriptions,
        participatingOrgs,
        activityStatus,
        activityDates,
        budgets,
        plannedDisbursements,
        transactions,
        results,
        ImmutableList.of(),
        IatiClassifications.NONE,
        ImmutableList.of());
  }

  /** This activity with other classifications, other identifiers and document links. */
  public IatiActivity withDetails(
      ImmutableList<IatiOtherIdentifier> otherIds,
      IatiClassifications classes,
      ImmutableList<IatiDocumentLink> links) {
    return new IatiActivity(
        identifier,
        language,
        defaultCurrency,
        reportingOrg,
        title,
        descriptions,
        participatingOrgs,
        activityStatus,
        activityDates,
        budgets,
        plannedDisbursements,
        transactions,
        results,
        otherIds,
        classes,
        links);
  }

  /**
   * The transactions summed by type and currency, in order of first appearance; empty when there
   * are none. Sums are exact.
   */
  public ImmutableList<AmountTotal> transactionTotals() {
    return totals(transactions, t -> Optional.of(t.type()), IatiTransaction::value);
  }

  /**
   * The planned disbursements summed by type and currency, in order of first appearance; empty when
   * there are none. Sums are exact.
   */
  public ImmutableList<AmountTotal> plannedDisbursementTotals() {
    return totals(
        plannedDisbursements, IatiPlannedDisbursement::type, IatiPlannedDisbursement::value);
  }

  /** The language of narratives without {@code xml:lang}: the activity's, else {@code fallback}. */
  public String defaultLanguage(String fallback) {
    checkNotNull(fallback, "fallback");
    return language.orElse(fallback);
  }

  /** {@code iati-activity AA-AAA-123456789-ABC123}. */
  @Override
  public String toString() {
    return "iati-activity " + identifier;
  }

  private static <T> ImmutableList<AmountTotal> totals(
      List<T> items, Function<T, Optional<String>> type, Function<T, IatiAmount> value) {
    Map<List<Optional<String>>, BigDecimal> sums = new LinkedHashMap<>();
    Map<List<Optional<String>>, Integer> counts = new LinkedHashMap<>();
    for (T item : items) {
      IatiAmount a = value.apply(item);
      List<Optional<String>> key = List.of(type.apply(item), a.currency());
      sums.merge(key, a.amount(), BigDecimal::add);
      counts.merge(key, 1, Integer::sum);
    }
    ImmutableList.Builder<AmountTotal> out = ImmutableList.builder();
    sums.forEach((k, sum) -> out.add(new AmountTotal(k.get(0), k.get(1), sum, counts.get(k))));
    return out.build();
  }
}
