package org.rbmkit.kpi.workplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * A milestone of an objective with a deadline, a status and a percent complete, as the ILO's IT
 * strategy report tracks its IATI publishing stages (seed 004).
 *
 * <pre>{@code
 * Milestone m = new Milestone("IATI publishing, stage 2", Timeline.parse("by end of March 2022"),
 *     Status.IN_PROGRESS, PercentComplete.of(90));
 * m.isOverdueOn(LocalDate.of(2022, 4, 1));   // true
 * }</pre>
 *
 * <p>A completed milestone is 100 % complete and a milestone not started is at 0 % when a
 * figure is reported. Immutable and thread-safe.
 *
 * @param name the milestone, not blank
 * @param due when it is due
 * @param status its status
 * @param percentComplete how far it has got
 */
public record Milestone(String name, Timeline due, Status status, PercentComplete percentComplete) {

  /** Validates the components. */
  public Milestone {
    checkNotNull(name, "name");
    checkNotNull(due, "due of milestone %s", name);
    checkNotNull(status, "status of milestone %s", name);
    checkNotNull(percentComplete, "percentComplete of milestone %s", name);
    checkArgument(!name.isBlank(), "milestone name is blank");
    Progress.check("milestone " + name, status, percentComplete);
  }

  /** Whether the milestone is past due and neither completed nor cancelled on {@code day}. */
  public boolean isOverdueOn(LocalDate day) {
    return !status.isClosed() && due.isPastDueOn(day);
  }
}
