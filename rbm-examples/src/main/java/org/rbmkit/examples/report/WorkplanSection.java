package org.rbmkit.examples.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rbmkit.core.period.Quarter;
import org.rbmkit.examples.report.chart.DataTable;
import org.rbmkit.examples.report.chart.DataTable.Cell;
import org.rbmkit.examples.report.chart.QuarterTimeline;
import org.rbmkit.kpi.workplan.Objective;
import org.rbmkit.kpi.workplan.Workplan.OverdueObjective;
import org.rbmkit.kpi.workplan.StrategicPriority;
import org.rbmkit.kpi.workplan.Timeline;
import org.rbmkit.kpi.workplan.Workplan;

/**
 * The section of a workplan: every objective on a timeline by quarter, as its timeline is
 * parsed, and the objectives overdue at a date from {@link Workplan#overdueOn} highlighted.
 *
 * <pre>{@code
 * Section s = WorkplanSection.of("s7", "workplan.json", plan, LocalDate.of(2024, 7, 1),
 *     Language.FR);
 * }</pre>
 *
 * <p>The quarters run from the plan period's first to the last due date, at most {@value
 * #MAX_QUARTERS}; a later due date is drawn at the last quarter and printed in full. A bar's
 * {@code data-value} is the objective's due date ({@code 2024-06-30}), empty for ongoing work.
 * Stateless and thread-safe.
 */
public final class WorkplanSection {

  /** The most quarters drawn. */
  public static final int MAX_QUARTERS = 24;

  private WorkplanSection() {}

  /** The section of {@code plan} read from {@code source}, with overdue objectives at {@code at}. */
  public static Section of(String id, String source, Workplan plan, LocalDate at, Language l) {
    Quarter first = Quarter.containing(plan.period().start());
    Quarter last = Quarter.containing(plan.period().endInclusive());
    for (Objective o : plan.objectives()) {
      if (o.timeline().dueDate().isPresent()) {
        Quarter q = Quarter.containing(o.timeline().dueDate().get());
        last = q.compareTo(last) > 0 ? q : last;
      }
    }
    List<Quarter> quarters = new ArrayList<>();
    for (Quarter q = first; q.compareTo(last) <= 0 && quarters.size() < MAX_QUARTERS;
        q = q.next()) {
      quarters.add(q);
    }
    List<OverdueObjective> overdue = plan.overdueOn(at);
    Map<String, OverdueObjective> late = overdue.stream().collect(Collectors.toMap(
        o -> o.objective().code(), Function.identity(), (a, b) -> a));
    String title = l.text("workplan.timeline.title", plan.period());
    QuarterTimeline chart = QuarterTimeline.builder(id + "-timeline", title,
        l.text("workplan.timeline.desc", plan.objectives().size(), overdue.size(), at),
        quarters.stream().map(Quarter::toString).toList());
    DataTable.Builder t = DataTable.builder(title, l.text("col.priority"),
        l.text("col.objective"), l.text("col.timeline"), l.text("col.due"), l.text("col.status"),
        l.text("col.overdue"));
    for (StrategicPriority p : plan.priorities()) {
      for (Objective o : p.objectives()) {
        int[] span = span(o.timeline(), quarters);
        OverdueObjective x = late.get(o.code());
        String status = l.text("workplan.status." + o.status().code());
        String style = x != null ? "status-overdue"
            : o.status().isClosed() ? "status-closed"
            : o.timeline().dueDate().isEmpty() ? "status-ongoing" : "status-open";
        String lateText = x == null ? ""
            : l.count("workplan.late", x.daysOverdue(), x.daysOverdue());
        chart.span(o.code(), o.code(), span[0], span[1], style, o.timeline() + " · " + status
            + (lateText.isEmpty() ? "" : " · " + lateText),
            o.timeline().dueDate().map(LocalDate::toString).orElse(""));
        t.styledRow(x == null ? "" : "finding", List.of(Cell.text(p.code()),
            Cell.text(o.code() + " " + o.title()), Cell.text(o.timeline().toString()),
            Cell.text(o.timeline().dueDate().map(LocalDate::toString).orElse("–")),
            Cell.text(status), x == null ? Cell.text("")
                : Cell.number(lateText, Long.toString(x.daysOverdue()))));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(l.text("workplan.intro", plan.priorities().size(),
        plan.objectives().size(), plan.period())));
    blocks.add(new Block.Figure(chart.build(t.build())));
    blocks.add(new Block.Findings(overdue.isEmpty() ? l.text("workplan.overdue.none", at)
        : l.text("workplan.overdue", overdue.size(), at), overdue.stream()
            .map(o -> o.objective().code() + " " + o.objective().title() + " — "
                + l.count("workplan.due", o.daysOverdue(), o.dueDate(), o.daysOverdue())).toList()));
    return new Section(id, l.text("kind.workplan"), plan.title(), List.of(source), blocks);
  }

  /** The first and last quarter index a timeline covers on the axis, clamped to it. */
  private static int[] span(Timeline t, List<Quarter> quarters) {
    int end = quarters.size() - 1;
    if (t instanceof Timeline.Year y) {
      return range(Quarter.of(y.year(), 1), Quarter.of(y.year(), 4), quarters);
    }
    if (t instanceof Timeline.Quarters q) {
      return range(Quarter.of(q.year(), Collections.min(q.quarters())),
          Quarter.of(q.year(), Collections.max(q.quarters())), quarters);
    }
    if (t instanceof Timeline.OngoingFrom f) {
      return range(f.from(), quarters.get(end), quarters);
    }
    if (t instanceof Timeline.ByDate d) {
      return range(quarters.get(0), Quarter.containing(d.date()), quarters);
    }
    return new int[] {0, end};
  }

  private static int[] range(Quarter from, Quarter to, List<Quarter> quarters) {
    int a = clamp(from, quarters);
    int b = clamp(to, quarters);
    return new int[] {Math.min(a, b), Math.max(a, b)};
  }

  private static int clamp(Quarter q, List<Quarter> quarters) {
    if (q.compareTo(quarters.get(0)) <= 0) {
      return 0;
    }
    int i = quarters.indexOf(q);
    return i >= 0 ? i : quarters.size() - 1;
  }
}
