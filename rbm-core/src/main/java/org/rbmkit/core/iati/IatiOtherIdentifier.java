package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An activity's {@code other-identifier}: another identifier the activity is known by (a
 * publisher's internal code, a previous IATI identifier) and the organisation that owns it.
 *
 * <pre>{@code
 * IatiOtherIdentifier o = activity.otherIdentifiers().get(0);
 * o.ref();        // "ABC123-XYZ"
 * o.type();       // Optional[A1] (reporting organisation's internal activity identifier)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param ref the {@code @ref} as published
 * @param type the {@code @type} ({@code OtherIdentifierType} codelist); empty when absent
 * @param ownerRef the {@code owner-org/@ref}; empty when absent
 * @param ownerName the {@code owner-org} narratives
 */
public record IatiOtherIdentifier(
    String ref, Optional<String> type, Optional<String> ownerRef, ImmutableList<Narrative> ownerName) {

  /** Checks the components and copies the list. */
  public IatiOtherIdentifier {
    checkNotNull(ref, "ref");
    checkNotNull(type, "type");
    checkNotNull(ownerRef, "ownerRef");
    ownerName = ImmutableList.copyOf(checkNotNull(ownerName, "ownerName"));
  }

  /** Whether an {@code owner-org} element is published (a ref or a name). */
  public boolean hasOwner() {
    return ownerRef.isPresent() || !ownerName.isEmpty();
  }
}
