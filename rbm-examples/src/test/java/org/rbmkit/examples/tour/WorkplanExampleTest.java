package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.workplan.Workplan.OverdueObjective;
import org.rbmkit.kpi.workplan.Workplan;
import org.rbmkit.kpi.workplan.WorkplanSummary;

class WorkplanExampleTest {

  private static final Workplan PLAN = TourData.wtoHrWorkplan();

  @Test
  void wtoHrWorkplan_countsAsTheTextGivesThem() {
    WorkplanSummary s = PLAN.summary();
    // seed 000 l.41: eight priorities; l.144-231: 26 objective rows
    assertThat(PLAN.priorities()).hasSize(8);
    assertThat(s.objectives()).isEqualTo(26);
    assertThat(s.byPriority()).containsExactly(
        Map.entry("1", 3L), Map.entry("2", 4L), Map.entry("3", 3L), Map.entry("4", 3L),
        Map.entry("5", 3L), Map.entry("6", 4L), Map.entry("7", 3L), Map.entry("8", 3L));
    // seed 000 l.151-229, the Calendrier column: En cours 11, T1 2024 5, T2 2024 2,
    // T2 et T3 2024 1, 2024 6, En cours T4 2024 1
    assertThat(s.byTimeline().entrySet()).extracting(e -> e.getKey() + "=" + e.getValue())
        .containsExactly("Q1 2024=5", "Q2 2024=2", "Q2 and Q3 2024=1", "2024=6", "ongoing=11",
            "ongoing from Q4 2024=1");
  }

  @Test
  void overdueAtTheReviewDate_areTheQ1AndQ2Objectives() {
    assertThat(PLAN.overdueOn(WorkplanExample.REVIEW_DATE))
        .extracting(o -> o.objective().code() + "/" + o.daysOverdue())
        .containsExactly("1.1/1", "1.2/92", "2.2/92", "4.1/92", "4.2/1", "7.2/92", "8.2/92");
    assertThat(PLAN.overdueOn(WorkplanExample.REVIEW_DATE))
        .extracting(OverdueObjective::priorityCode)
        .containsExactly("1", "1", "2", "4", "4", "7", "8");
  }

  @Test
  void print_showsPrioritiesTimelinesTeamsAndOverdue() {
    String text = Printed.by(WorkplanExample::print);
    assertThat(text)
        .contains("8 priorities, 26 objectives")
        .containsPattern("\\n +all +26 +14 +12\\n")
        .containsPattern("Q2 and Q3 2024 +2024-09-30 +1\\n")
        .containsPattern("ongoing +- +11\\n")
        .containsPattern("Formation et perfectionnement du personnel +8\\n")
        .containsPattern("\\n +1\\.2 +Q1 2024 +2024-03-31 +92 +not-reported +Recrutement");
  }
}
