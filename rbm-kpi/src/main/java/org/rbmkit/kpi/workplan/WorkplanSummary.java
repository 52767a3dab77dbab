package org.rbmkit.kpi.workplan;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of workplan objectives by strategic priority, status, timeline, timeline kind and lead
 * team.
 *
 * <pre>{@code
 * WorkplanSummary s = plan.summary();
 * s.objectives();                           // 26
 * s.byPriority().get("2");                  // 4
 * s.byTimeline().get(Timeline.ONGOING);     // 11
 * s.byTeam().get("Opérations RH");          // 2
 * }</pre>
 *
 * <p>An objective with two lead teams counts once for each, so {@link #byTeam()} may add up to
 * more than {@link #objectives()}; the other counts add up to it exactly. Maps list only keys
 * that occur: priorities in workplan order, statuses in declaration order, timelines by due date
 * (ongoing last), teams alphabetically. Immutable and thread-safe; {@link #plus} merges two
 * summaries (associative and commutative on the counts).
 */
public final class WorkplanSummary {

  private final long objectives;
  private final ImmutableMap<String, Long> byPriority;
  private final ImmutableMap<Status, Long> byStatus;
  private final ImmutableMap<Timeline, Long> byTimeline;
  private final ImmutableMap<String, Long> byTimelineKind;
  private final ImmutableMap<String, Long> byTeam;

  private WorkplanSummary(
      Map<String, Long> byPriority,
      Map<Status, Long> byStatus,
      Map<Timeline, Long> byTimeline,
      Map<String, Long> byTimelineKind,
      Map<String, Long> byTeam) {
    this.byPriority = ImmutableMap.copyOf(byPriority);
    EnumMap<Status, Long> statuses = new EnumMap<>(Status.class);
    statuses.putAll(byStatus);
    this.byStatus = ImmutableMap.copyOf(statuses);
    TreeMap<Timeline, Long> t = new TreeMap<>(Timeline.BY_DUE_DATE);
    t.putAll(byTimeline);
    this.byTimeline = ImmutableMap.copyOf(t);
    this.byTimelineKind = ImmutableMap.copyOf(new TreeMap<>(byTimelineKind));
    this.byTeam = ImmutableMap.copyOf(new TreeMap<>(byTeam));
    this.objectives = this.byPriority.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The summary of {@code plan}; a plan without objectives gives zero and empty maps. */
  public static WorkplanSummary of(Workplan plan) {
    checkNotNull(plan, "plan");
    Map<String, Long> byPriority = new LinkedHashMap<>();
    Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    Map<Timeline, Long> byTimeline = new TreeMap<>(Timeline.BY_DUE_DATE);
    Map<String, Long> byKind = new TreeMap<>();
    Map<String, Long> byTeam = new TreeMap<>();
    for (StrategicPriority p : plan.priorities()) {
      byPriority.put(p.code(), (long) p.objectives().size());
      for (Objective o : p.objectives()) {
        byStatus.merge(o.status(), 1L, Long::sum);
        byTimeline.merge(o.timeline(), 1L, Long::sum);
        byKind.merge(o.timeline().kind(), 1L, Long::sum);
        for (String team : o.leadTeams()) {
          byTeam.merge(team, 1L, Long::sum);
        }
      }
    }
    return new WorkplanSummary(byPriority, byStatus, byTimeline, byKind, byTeam);
  }

  /** The number of objectives. */
  public long objectives() {
    return objectives;
  }

  /** Objectives per priority code, every priority listed (zeros included), in workplan order. */
  public ImmutableMap<String, Long> byPriority() {
    return byPriority;
  }

  /** Objectives per status. */
  public ImmutableMap<Status, Long> byStatus() {
    return byStatus;
  }

  /** Objectives per timeline, by due date, ongoing ones last. */
  public ImmutableMap<Timeline, Long> byTimeline() {
    return byTimeline;
  }

  /** Objectives per timeline kind ({@link Timeline#kind()}), alphabetically. */
  public ImmutableMap<String, Long> byTimelineKind() {
    return byTimelineKind;
  }

  /** Objectives per lead team, alphabetically; shared leads count for each team. */
  public ImmutableMap<String, Long> byTeam() {
    return byTeam;
  }

  /**
   * The counts of both summaries added: for a programme of several workplans. Priorities keep
   * this summary's order, then the other's new codes.
   */
  public WorkplanSummary plus(WorkplanSummary other) {
    checkNotNull(other, "other");
    Map<String, Long> p = new LinkedHashMap<>(byPriority);
    other.byPriority.forEach((k, v) -> p.merge(k, v, Long::sum));
    Map<Status, Long> s = new EnumMap<>(Status.class);
    s.putAll(byStatus);
    other.byStatus.forEach((k, v) -> s.merge(k, v, Long::sum));
    Map<Timeline, Long> t = new TreeMap<>(Timeline.BY_DUE_DATE);
    t.putAll(byTimeline);
    other.byTimeline.forEach((k, v) -> t.merge(k, v, Long::sum));
    Map<String, Long> kind = new TreeMap<>(byTimelineKind);
    other.byTimelineKind.forEach((k, v) -> kind.merge(k, v, Long::sum));
    Map<String, Long> team = new TreeMap<>(Comparator.naturalOrder());
    team.putAll(byTeam);
    other.byTeam.forEach((k, v) -> team.merge(k, v, Long::sum));
    return new WorkplanSummary(p, s, t, kind, team);
  }

  /**
   * A plain-text rendering for reports: the total, then one block per count with a line per
   * key; timelines in canonical form.
   */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append("objectives\t").append(objectives).append('\n');
    b.append("by priority\n");
    byPriority.forEach((k, v) -> b.append("  ").append(k).append('\t').append(v).append('\n'));
    b.append("by status\n");
    byStatus.forEach((k, v) -> b.append("  ").append(k.code()).append('\t').append(v).append('\n'));
    b.append("by timeline\n");
    byTimeline.forEach((k, v) -> b.append("  ").append(k).append('\t').append(v).append('\n'));
    b.append("by lead team\n");
    byTeam.forEach((k, v) -> b.append("  ").append(k).append('\t').append(v).append('\n'));
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkplanSummary w
        && byPriority.equals(w.byPriority)
        && byStatus.equals(w.byStatus)
        && byTimeline.equals(w.byTimeline)
        && byTeam.equals(w.byTeam);
  }

  @Override
  public int hashCode() {
    return byPriority.hashCode() ^ byStatus.hashCode() ^ byTimeline.hashCode() ^ byTeam.hashCode();
  }

  /** The counts, for reading. */
  @Override
  public String toString() {
    return "WorkplanSummary{objectives="
        + objectives
        + ", byPriority="
        + byPriority
        + ", byStatus="
        + byStatus
        + ", byTimeline="
        + byTimeline
        + ", byTeam="
        + byTeam
        + "}";
  }
}
