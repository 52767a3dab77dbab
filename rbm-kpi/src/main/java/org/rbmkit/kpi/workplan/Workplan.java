package org.rbmkit.kpi.workplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.text.Shown;

/**
 * A workplan: strategic priorities, each with objectives carrying activities, lead teams,
 * timelines, status, percent complete and milestones; the document that
 * docs/workplan-format.md describes.
 *
 * <pre>{@code
 * Workplan plan = RbmJson.mapper().readValue(json, Workplan.class);
 * WorkplanSummary s = plan.summary();
 * s.byTimeline();                               // {Q1 2024=5, ..., ongoing=11}
 * plan.overdueOn(LocalDate.of(2024, 7, 1));     // objectives past due and not closed
 * plan.milestoneProgress(LocalDate.of(2022, 4, 1)).meanPercentComplete(1, RoundingMode.HALF_EVEN);
 * }</pre>
 *
 * <p>The constructor checks the document as a whole and reports every problem it finds, each
 * with its path: duplicate team names, duplicate priority or objective codes, and lead teams not
 * declared in {@code teams} ({@code priorities[1].objectives[0].leadTeams[1]}). Immutable and
 * thread-safe.
 *
 * @param title the workplan's title, not blank
 * @param period the period the workplan covers, such as {@code 2024-2027}
 * @param teams the teams that may lead objectives, unique, not blank
 * @param priorities the strategic priorities, in order
 */
public record Workplan(
    String title, Period period, List<String> teams, List<StrategicPriority> priorities) {

  /** Validates the document and copies the collections. */
  public Workplan {
    checkNotNull(title, "title");
    checkArgument(!title.isBlank(), "workplan title is blank");
    checkNotNull(period, "period");
    teams = ImmutableList.copyOf(checkNotNull(teams, "teams"));
    priorities = ImmutableList.copyOf(checkNotNull(priorities, "priorities"));
    Problems problems = new Problems();
    Set<String> declared = new HashSet<>();
    for (int i = 0; i < teams.size(); i++) {
      if (teams.get(i).isBlank()) {
        problems.at("teams", i).error("workplan.team.blank", teams.get(i), "blank team name");
      } else if (!declared.add(teams.get(i))) {
        problems
            .at("teams", i)
            .error("workplan.team.repeated", teams.get(i),
                "team \"" + teams.get(i) + "\" is declared twice");
      }
    }
    Map<String, String> priorityCodes = new HashMap<>();
    Map<String, String> objectiveCodes = new HashMap<>();
    for (int i = 0; i < priorities.size(); i++) {
      StrategicPriority p = priorities.get(i);
      Problems at = problems.at("priorities", i);
      String first = priorityCodes.putIfAbsent(p.code(), at.path());
      if (first != null) {
        at.at("code").error("workplan.priority.repeated", p.code(),
            "duplicate priority code \"" + p.code() + "\" (first at " + first + ")");
      }
      for (int j = 0; j < p.objectives().size(); j++) {
        Objective o = p.objectives().get(j);
        Problems oAt = at.at("objectives", j);
        String firstO = objectiveCodes.putIfAbsent(o.code(), oAt.path());
        if (firstO != null) {
          oAt.at("code").error("workplan.objective.repeated", o.code(),
              "duplicate objective code \"" + o.code() + "\" (first at " + firstO + ")");
        }
        for (int k = 0; k < o.leadTeams().size(); k++) {
          if (!declared.contains(o.leadTeams().get(k))) {
            oAt.at("leadTeams", k).error("workplan.team.undeclared", o.leadTeams().get(k),
                "team \"" + o.leadTeams().get(k) + "\" is not declared in teams");
          }
        }
      }
    }
    problems.throwIfAny("workplan \"" + Shown.value(title) + "\"");
  }

  /** Every objective, in order. */
  public ImmutableList<Objective> objectives() {
    return priorities.stream()
        .flatMap(p -> p.objectives().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Counts of objectives by priority, status, timeline and team. */
  public WorkplanSummary summary() {
    return WorkplanSummary.of(this);
  }

  /**
   * The objectives overdue on {@code day} ({@link Objective#isOverdueOn}), in workplan order;
   * empty if none.
   */
  public ImmutableList<OverdueObjective> overdueOn(LocalDate day) {
    checkNotNull(day, "day");
    ImmutableList.Builder<OverdueObjective> b = ImmutableList.builder();
    for (StrategicPriority p : priorities) {
      for (Objective o : p.objectives()) {
        if (o.isOverdueOn(day)) {
          LocalDate due = o.timeline().dueDate().orElseThrow();
          b.add(new OverdueObjective(p.code(), o, due, ChronoUnit.DAYS.between(due, day)));
        }
      }
    }
    return b.build();
  }

  /** The progress of every milestone of every objective, at {@code asOf}. */
  public MilestoneProgress milestoneProgress(LocalDate asOf) {
    return MilestoneProgress.of(
        () -> objectives().stream().flatMap(o -> o.milestones().stream()).iterator(), asOf);
  }

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
}
