package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One member state's nationals on the staff against its desirable range.
 *
 * @param state the member state
 * @param staff the number of its nationals counted
 * @param range its desirable range
 * @param status how the count compares with the range
 */
public record StateRepresentation(
    CountryCode state, long staff, DesirableRange range, RepresentationStatus status) {

  /** Validates the components; the status must be the range's verdict on the count. */
  public StateRepresentation {
    checkNotNull(state, "state");
    checkNotNull(range, "range");
    checkNotNull(status, "status");
    checkArgument(
        range.statusOf(staff) == status,
        "state %s with %s staff and range %s is %s, not %s",
        state,
        staff,
        range,
        range.statusOf(staff).code(),
        status.code());
  }
}
