package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An organisation named in an activity: its identifier, its type and its name narratives. Used for
 * the {@code reporting-org} (with {@code secondary-reporter}) and each {@code participating-org}
 * (with its {@code role}).
 *
 * <pre>{@code
 * IatiOrganisation org = activity.reportingOrg();
 * org.ref();     // Optional[AA-AAA-123456789]
 * org.type();    // Optional[40]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param ref the organisation identifier ({@code ref}); empty when absent
 * @param type the {@code OrganisationType} code; empty when absent
 * @param role the {@code role} of a participating organisation; empty for the reporting one
 * @param secondaryReporter the {@code secondary-reporter} flag of the reporting organisation
 * @param name the name narratives
 */
public record IatiOrganisation(
    Optional<String> ref,
    Optional<String> type,
    Optional<String> role,
    Optional<Boolean> secondaryReporter,
    ImmutableList<Narrative> name) {

  /** Checks the components and copies the list. */
  public IatiOrganisation {
    checkNotNull(ref, "ref");
    checkNotNull(type, "type");
    checkNotNull(role, "role");
    checkNotNull(secondaryReporter, "secondaryReporter");
    name = ImmutableList.copyOf(checkNotNull(name, "name"));
  }
}
