package org.rbmkit.kpi.workplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import org.rbmkit.core.text.Shown;

/**
 * An objective of a workplan, with its main activities, lead team(s), timeline, status, percent
 * complete and milestones.
 *
 * <pre>{@code
 * Objective o = new Objective("4.1", "Établir un cadre de délégation de pouvoir au niveau des RH",
 *     List.of("Politiques et sécurité sociale"), Timeline.parse("T1, 2024"),
 *     Status.NOT_REPORTED, PercentComplete.NOT_REPORTED, List.of(), List.of());
 * o.isOverdueOn(LocalDate.of(2024, 4, 1));   // true: due 2024-03-31 and not completed
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the code, unique in its workplan: 1–32 letters, digits, '.', '_' or '-'
 * @param title the objective, not blank
 * @param leadTeams the lead team(s), at least one, no duplicates
 * @param timeline when it is due
 * @param status its status
 * @param percentComplete how far it has got; 100 if completed, 0 if not started (when reported)
 * @param activities its main activities, possibly none
 * @param milestones its milestones, possibly none
 */
public record Objective(
    String code,
    String title,
    List<String> leadTeams,
    Timeline timeline,
    Status status,
    PercentComplete percentComplete,
    List<Activity> activities,
    List<Milestone> milestones) {

  /** Validates and copies the components. */
  public Objective {
    checkNotNull(code, "code");
    if (!code.matches("[A-Za-z0-9._-]{1,32}")) {
      throw new IllegalArgumentException(
          lenientFormat(
              "objective code \"%s\" must be 1–32 letters, digits, '.', '_' or '-'",
              Shown.value(code)));
    }
    checkNotNull(title, "title of objective %s", code);
    checkArgument(!title.isBlank(), "objective %s has a blank title", code);
    leadTeams = ImmutableList.copyOf(checkNotNull(leadTeams, "leadTeams of objective %s", code));
    checkArgument(!leadTeams.isEmpty(), "objective %s has no lead team", code);
    checkArgument(
        leadTeams.stream().distinct().count() == leadTeams.size(),
        "objective %s names a lead team twice: %s",
        code,
        leadTeams);
    for (String t : leadTeams) {
      checkArgument(!t.isBlank(), "objective %s has a blank lead team", code);
    }
    checkNotNull(timeline, "timeline of objective %s", code);
    checkNotNull(status, "status of objective %s", code);
    checkNotNull(percentComplete, "percentComplete of objective %s", code);
    activities = ImmutableList.copyOf(checkNotNull(activities, "activities of objective %s", code));
    milestones = ImmutableList.copyOf(checkNotNull(milestones, "milestones of objective %s", code));
    Progress.check("objective " + code, status, percentComplete);
  }

  /**
   * Whether the objective is overdue on {@code day}: its timeline's due date is before that day
   * and it is neither completed nor cancelled. Ongoing objectives are never overdue; an
   * objective whose status is not reported counts as overdue once past due.
   */
  public boolean isOverdueOn(LocalDate day) {
    return !status.isClosed() && timeline.isPastDueOn(day);
  }
}
