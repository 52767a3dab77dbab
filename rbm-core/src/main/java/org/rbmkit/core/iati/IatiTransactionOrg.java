package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * A transaction's {@code provider-org} or {@code receiver-org}: who the money came from or went
 * to, and the activity it came from or went to.
 *
 * <pre>{@code
 * IatiTransactionOrg p = transaction.providerOrg().orElseThrow();
 * p.ref();          // Optional[BB-BBB-123456789]
 * p.activityId();   // Optional[BB-BBB-123456789-1234AA]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param ref the {@code @ref}; empty when absent
 * @param type the {@code @type} ({@code OrganisationType} codelist); empty when absent
 * @param activityId the {@code @provider-activity-id} or {@code @receiver-activity-id}; empty when
 *     absent
 * @param name the name narratives
 */
public record IatiTransactionOrg(
    Optional<String> ref,
    Optional<String> type,
    Optional<String> activityId,
    ImmutableList<Narrative> name) {

  /** Checks the components and copies the list. */
  public IatiTransactionOrg {
    checkNotNull(ref, "ref");
    checkNotNull(type, "type");
    checkNotNull(activityId, "activityId");
    name = ImmutableList.copyOf(checkNotNull(name, "name"));
  }
}
