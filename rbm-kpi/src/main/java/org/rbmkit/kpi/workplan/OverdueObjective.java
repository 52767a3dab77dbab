package org.rbmkit.kpi.workplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;

/**
 * An objective found overdue at a date.
 *
 * @param priorityCode the code of its strategic priority
 * @param objective the objective
 * @param dueDate the due date of its timeline
 * @param daysOverdue the days from the due date to the date of the check, at least 1
 */
public record OverdueObjective(
    String priorityCode, Objective objective, LocalDate dueDate, long daysOverdue) {

  /** Validates the components. */
  public OverdueObjective {
    checkNotNull(priorityCode, "priorityCode");
    checkNotNull(objective, "objective");
    checkNotNull(dueDate, "dueDate");
    checkArgument(daysOverdue >= 1, "daysOverdue %s must be at least 1", daysOverdue);
  }
}
