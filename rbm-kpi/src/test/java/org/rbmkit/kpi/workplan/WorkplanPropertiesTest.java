package org.rbmkit.kpi.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.CalendarYear;

/** Summaries, overdue lists and milestone progress of generated workplans against brute force. */
class WorkplanPropertiesTest {

  private static final long SEED = 0x3011_2024L;
  private static final List<String> TEAMS = List.of("A", "B", "C", "D");

  private static PercentComplete percentFor(Status s, SplittableRandom r) {
    if (s == Status.COMPLETED) {
      return PercentComplete.of(100);
    }
    if (s == Status.NOT_STARTED) {
      return r.nextBoolean() ? PercentComplete.of(0) : PercentComplete.NOT_REPORTED;
    }
    return r.nextInt(4) == 0
        ? PercentComplete.NOT_REPORTED
        : PercentComplete.of(BigDecimal.valueOf(r.nextInt(0, 1001), 1));
  }

  static Workplan generate(SplittableRandom r, String prefix) {
    List<StrategicPriority> priorities = new ArrayList<>();
    int np = r.nextInt(0, 5);
    for (int p = 0; p < np; p++) {
      List<Objective> objectives = new ArrayList<>();
      int no = r.nextInt(0, 6);
      for (int o = 0; o < no; o++) {
        List<String> teams = new ArrayList<>(List.of(TEAMS.get(r.nextInt(4))));
        if (r.nextInt(4) == 0 && !teams.contains("D")) {
          teams.add("D");
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int m = r.nextInt(0, 4); m > 0; m--) {
          Status s = Status.values()[r.nextInt(Status.values().length)];
          milestones.add(new Milestone("m" + m, TimelineTest.randomTimeline(r), s, percentFor(s, r)));
        }
        Status s = Status.values()[r.nextInt(Status.values().length)];
        objectives.add(
            new Objective(prefix + p + "." + o, "objective", teams, TimelineTest.randomTimeline(r), s,
                percentFor(s, r), List.of(), milestones));
      }
      priorities.add(new StrategicPriority(prefix + p, "priority", objectives));
    }
    return new Workplan("plan", CalendarYear.of(2024), TEAMS, priorities);
  }

  @Test
  void summary_countsAddUp_andPlusMergesCounts() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int round = 0; round < 1_000; round++) {
      String where = "seed " + SEED + ", round " + round;
      Workplan a = generate(r, "a");
      Workplan b = generate(r, "b");
      WorkplanSummary s = a.summary();
      List<Objective> all = a.objectives();
      assertThat(s.objectives()).as(where).isEqualTo(all.size());
      assertThat(s.byStatus().values().stream().mapToLong(Long::longValue).sum()).as(where).isEqualTo(all.size());
      assertThat(s.byTimeline().values().stream().mapToLong(Long::longValue).sum()).as(where).isEqualTo(all.size());
      assertThat(s.byTeam().values().stream().mapToLong(Long::longValue).sum())
          .as(where).isEqualTo(all.stream().mapToLong(o -> o.leadTeams().size()).sum());
      for (Map.Entry<Timeline, Long> e : s.byTimeline().entrySet()) {
        assertThat(e.getValue()).as(where).isEqualTo(all.stream().filter(o -> o.timeline().equals(e.getKey())).count());
      }
      WorkplanSummary ab = s.plus(b.summary());
      WorkplanSummary ba = b.summary().plus(s);
      assertThat(ab.byStatus()).as(where).isEqualTo(ba.byStatus());
      assertThat(ab.byTimeline()).as(where).isEqualTo(ba.byTimeline());
      assertThat(ab.byTeam()).as(where).isEqualTo(ba.byTeam());
      assertThat(ab.objectives()).as(where).isEqualTo(s.objectives() + b.summary().objectives());
    }
  }

  @Test
  void overdueAndMilestoneProgress_equalBruteForce() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int round = 0; round < 1_000; round++) {
      String where = "seed " + (SEED + 1) + ", round " + round;
      Workplan plan = generate(r, "p");
      LocalDate day = LocalDate.ofEpochDay(r.nextLong(7_000, 40_000));

      List<String> overdue = new ArrayList<>();
      List<Milestone> milestones = new ArrayList<>();
      for (Objective o : plan.objectives()) {
        LocalDate due = o.timeline().dueDate().orElse(null);
        if (due != null && due.isBefore(day) && o.status() != Status.COMPLETED && o.status() != Status.CANCELLED) {
          overdue.add(o.code());
        }
        milestones.addAll(o.milestones());
      }
      assertThat(plan.overdueOn(day)).extracting(x -> x.objective().code()).as(where).containsExactlyElementsOf(overdue);

      MilestoneProgress p = plan.milestoneProgress(day);
      assertThat(p.total()).as(where).isEqualTo(milestones.size());
      assertThat(p.completed()).as(where).isEqualTo(milestones.stream().filter(m -> m.status() == Status.COMPLETED).count());
      List<BigDecimal> reported = milestones.stream()
          .filter(m -> m.percentComplete().isReported())
          .map(m -> m.percentComplete().value().orElseThrow()).toList();
      assertThat(p.notReported()).as(where).isEqualTo(milestones.size() - reported.size());
      if (reported.isEmpty()) {
        assertThat(p.meanPercentComplete(2, RoundingMode.HALF_EVEN)).as(where).isEmpty();
      } else {
        // values have one decimal: mean in hundredths of a percent by long arithmetic, rounded half up
        long tenths = reported.stream().mapToLong(v -> v.movePointRight(1).longValueExact()).sum();
        long n = reported.size();
        long hundredths = (tenths * 10 * 2 + n) / (2 * n);
        assertThat(p.meanPercentComplete(2, RoundingMode.HALF_UP)).as(where).contains(BigDecimal.valueOf(hundredths, 2));
      }
      assertThat(p.overdue()).as(where).containsExactlyElementsOf(
          milestones.stream().filter(m -> m.isOverdueOn(day)).toList());
    }
  }
}
