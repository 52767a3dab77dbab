package org.rbmkit.kpi.workplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One of the main activities through which an objective is pursued ("principales activités").
 *
 * <p>Immutable and thread-safe.
 *
 * @param description what is done, not blank
 */
public record Activity(String description) {

  /** Validates the description. */
  public Activity {
    checkNotNull(description, "description");
    checkArgument(!description.isBlank(), "activity description is blank");
  }
}
