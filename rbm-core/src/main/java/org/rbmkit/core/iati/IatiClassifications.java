package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * How an activity, or one of its transactions, is classified: sectors, recipient countries and
 * regions, tags, policy markers, and the collaboration, flow, finance, aid and tied-status types.
 * These are what portfolio analysis groups by.
 *
 * <pre>{@code
 * IatiClassifications c = activity.classifications();
 * c.sectors();           // [1 11220 60%, 1 12110 40%]
 * c.recipientCountries();// [KE 100%]
 * c.financeType();       // Optional[110] (standard grant): default-finance-type
 * t.classifications().financeType().or(() -> c.financeType());   // a transaction's, else default
 * }</pre>
 *
 * <p>On an activity the types are the {@code default-…} ones; on a transaction they are its own
 * ({@code flow-type}, {@code finance-type}, {@code aid-type}, {@code tied-status}), and tags,
 * policy markers and the collaboration type are always empty. Everything is kept as published.
 * Immutable and thread-safe.
 *
 * @param sectors the {@code sector}s
 * @param recipientCountries the {@code recipient-country}s (no vocabulary)
 * @param recipientRegions the {@code recipient-region}s
 * @param tags the {@code tag}s
 * @param policyMarkers the {@code policy-marker}s
 * @param collaborationType the {@code collaboration-type/@code}; empty when absent
 * @param flowType the {@code default-flow-type} or {@code flow-type} code; empty when absent
 * @param financeType the {@code default-finance-type} or {@code finance-type} code; empty when
 *     absent
 * @param aidTypes the {@code default-aid-type}s or {@code aid-type}s (repeatable in 2.03, one per
 *     vocabulary)
 * @param tiedStatus the {@code default-tied-status} or {@code tied-status} code; empty when absent
 */
public record IatiClassifications(
    ImmutableList<IatiClassification> sectors,
    ImmutableList<IatiClassification> recipientCountries,
    ImmutableList<IatiClassification> recipientRegions,
    ImmutableList<IatiClassification> tags,
    ImmutableList<IatiPolicyMarker> policyMarkers,
    Optional<String> collaborationType,
    Optional<String> flowType,
    Optional<String> financeType,
    ImmutableList<IatiClassification> aidTypes,
    Optional<String> tiedStatus) {

  /** No classification at all. */
  public static final IatiClassifications NONE =
      new IatiClassifications(
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          ImmutableList.of(),
          Optional.empty());

  /** Checks the components and copies the lists. */
  public IatiClassifications {
    sectors = ImmutableList.copyOf(checkNotNull(sectors, "sectors"));
    recipientCountries = ImmutableList.copyOf(checkNotNull(recipientCountries, "recipientCountries"));
    recipientRegions = ImmutableList.copyOf(checkNotNull(recipientRegions, "recipientRegions"));
    tags = ImmutableList.copyOf(checkNotNull(tags, "tags"));
    policyMarkers = ImmutableList.copyOf(checkNotNull(policyMarkers, "policyMarkers"));
    checkNotNull(collaborationType, "collaborationType");
    checkNotNull(flowType, "flowType");
    checkNotNull(financeType, "financeType");
    aidTypes = ImmutableList.copyOf(checkNotNull(aidTypes, "aidTypes"));
    checkNotNull(tiedStatus, "tiedStatus");
  }

  /** Whether nothing is classified. */
  public boolean isEmpty() {
    return equals(NONE);
  }
}
