package org.rbmkit.examples.tour;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Map;
import org.rbmkit.examples.table.TextTable;
import org.rbmkit.kpi.workplan.Objective;
import org.rbmkit.kpi.workplan.Workplan.OverdueObjective;
import org.rbmkit.kpi.workplan.StrategicPriority;
import org.rbmkit.kpi.workplan.Timeline;
import org.rbmkit.kpi.workplan.Workplan;
import org.rbmkit.kpi.workplan.WorkplanSummary;

/**
 * Step 9 of the tour: a workplan with timelines, the WTO HR workplan of 2024 (seed 000).
 *
 * <p><b>The domain idea.</b> A workplan is how a strategy is executed: strategic priorities
 * ("axes stratégiques") are broken into objectives, each with its main activities, lead team(s)
 * and a timeline, printed as the plan's authors wrote it ("T1, 2024", "T2 et T3, 2024", "En
 * cours", "En cours T4, 2024"). The library parses those forms into timelines with a due date
 * (the end of the last quarter named) or none (ongoing work), counts objectives by priority,
 * timeline and team, and lists the objectives overdue at a date: due before it and not closed.
 *
 * <pre>{@code
 * Workplan plan = TourData.wtoHrWorkplan();
 * plan.summary().objectives();                       // 26
 * plan.overdueOn(LocalDate.of(2025, 1, 1)).size();   // the dated objectives not reported closed
 * }</pre>
 */
public final class WorkplanExample {

  /** The step's number in the tour. */
  public static final int STEP = 9;

  /** The date the tour looks for overdue objectives. */
  public static final LocalDate REVIEW_DATE = LocalDate.of(2024, 7, 1);

  private WorkplanExample() {}

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** Objectives per priority, with how many are ongoing and how many are dated. */
  public static TextTable priorityTable(Workplan plan) {
    TextTable t = TextTable.withColumns("priority", "objectives", "dated", "ongoing",
        "<title (fr)");
    long all = 0;
    for (StrategicPriority p : plan.priorities()) {
      long dated = p.objectives().stream().filter(o -> o.timeline().dueDate().isPresent())
          .count();
      t.row(p.code(), p.objectives().size(), dated, p.objectives().size() - dated, p.title());
      all += p.objectives().size();
    }
    t.rule();
    long dated = plan.objectives().stream().filter(o -> o.timeline().dueDate().isPresent())
        .count();
    t.row("all", all, dated, all - dated, "");
    return t;
  }

  /** Objectives per timeline, earliest due first, ongoing last. */
  public static TextTable timelineTable(WorkplanSummary s) {
    TextTable t = TextTable.withColumns("<timeline", "<due", "objectives");
    for (Map.Entry<Timeline, Long> e : s.byTimeline().entrySet()) {
      t.row(e.getKey(), e.getKey().dueDate().map(LocalDate::toString).orElse("-"), e.getValue());
    }
    return t;
  }

  /** Objectives per lead team; shared leads count for each team. */
  public static TextTable teamTable(WorkplanSummary s) {
    TextTable t = TextTable.withColumns("<lead team", "objectives");
    s.byTeam().forEach(t::row);
    return t;
  }

  /** The objectives overdue at a date. */
  public static TextTable overdueTable(Workplan plan, LocalDate day) {
    TextTable t = TextTable.withColumns("objective", "<timeline", "<due", "days late",
        "<status", "<lead team(s)");
    for (OverdueObjective o : plan.overdueOn(day)) {
      Objective obj = o.objective();
      t.row(obj.code(), obj.timeline(), o.dueDate(), o.daysOverdue(), obj.status().code(),
          String.join(", ", obj.leadTeams()));
    }
    return t;
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    Workplan plan = TourData.wtoHrWorkplan();
    WorkplanSummary s = plan.summary();
    Narration n = new Narration(out);
    n.heading(STEP, "A workplan with timelines: the WTO HR workplan 2024");
    n.explain(
        "Priorities are broken into objectives with lead teams and timelines as printed",
        "(\"T1, 2024\", \"T2 et T3, 2024\", \"En cours\", \"En cours T4, 2024\"), parsed into a"
            + " due",
        "date (the end of the last quarter or year named) or none (ongoing work). "
            + plan.title() + " (" + plan.period() + "): " + plan.priorities().size()
            + " priorities, " + s.objectives() + " objectives.");
    n.table(priorityTable(plan).render());
    n.explain("Objectives per timeline:");
    n.table(timelineTable(s).render());
    n.explain("Objectives per lead team (an objective with two leads counts for each):");
    n.table(teamTable(s).render());
    n.explain("Overdue on " + REVIEW_DATE + ": due before that day and not reported completed or"
        + " cancelled (the plan was published", "before work began, so no status is reported):");
    n.table(overdueTable(plan, REVIEW_DATE).render());
    n.source(TourData.WTO_HR_WORKPLAN,
        "seed 000 l.41: the eight strategic priorities",
        "seed 000 l.144-231: Plan de travail de la Division des ressources humaines (objective,"
            + " activities, lead team, timeline)");
  }
}
