package org.rbmkit.kpi.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;
import tools.jackson.core.JacksonException;

class WorkplanJsonTest {

  static String resource(String name) throws IOException {
    try (InputStream in = WorkplanJsonTest.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Workplan read(String json) {
    return RbmJson.mapper().readValue(json, Workplan.class);
  }

  @Test
  void example_readsAndWritesBackUnchanged() throws IOException {
    String text = resource("/workplan/example-workplan.json");
    Workplan plan = read(text);
    assertThat(RbmJson.mapper().writeValueAsString(plan) + "\n").isEqualTo(text);
    assertThat(read(RbmJson.mapper().writeValueAsString(plan))).isEqualTo(plan);
  }

  @Test
  void example_summaryOverdueAndMilestones() throws IOException {
    Workplan plan = read(resource("/workplan/example-workplan.json"));
    WorkplanSummary s = plan.summary();
    assertThat(s.objectives()).isEqualTo(4);
    assertThat(s.byPriority()).containsExactly(Map.entry("T", 2L), Map.entry("S", 2L));
    assertThat(s.byStatus())
        .containsExactly(Map.entry(Status.IN_PROGRESS, 3L), Map.entry(Status.COMPLETED, 1L));
    assertThat(s.byTeam())
        .containsExactly(Map.entry("IT services", 3L), Map.entry("Transparency working group", 2L));
    assertThat(s.byTimeline().keySet().stream().map(Timeline::toString))
        .containsExactly("2021", "Q1 2022", "ongoing", "ongoing from Q4 2021");

    LocalDate april = LocalDate.of(2022, 4, 1);
    assertThat(plan.overdueOn(april)).extracting(o -> o.objective().code()).containsExactly("T.1");
    assertThat(plan.overdueOn(april).get(0).daysOverdue()).isEqualTo(1);

    MilestoneProgress m = plan.milestoneProgress(april);
    assertThat(m.total()).isEqualTo(3);
    assertThat(m.completed()).isEqualTo(1);
    assertThat(m.notReported()).isZero();
    // (90 + 0 + 100) / 3 = 63.333...
    assertThat(m.meanPercentComplete(1, RoundingMode.HALF_EVEN)).contains(new BigDecimal("63.3"));
    assertThat(m.overdue()).extracting(Milestone::name)
        .containsExactly("Stage 1: full compliance with the IATI standard");
  }

  @Test
  void wto_resource_reads() throws IOException {
    Workplan plan = read(resource("/workplan/wto-hr-workplan-2024.json"));
    assertThat(plan.summary().objectives()).isEqualTo(26);
  }

  private static String withObjective(String objective) {
    return "{\"title\":\"t\",\"period\":\"2024\",\"teams\":[\"A\"],\"priorities\":[{\"code\":\"1\","
        + "\"title\":\"p\",\"objectives\":[" + objective + "]}]}";
  }

  private static String objective(String code, String team, String timeline, String status, String percent) {
    return "{\"code\":\"" + code + "\",\"title\":\"o\",\"leadTeams\":[\"" + team + "\"],\"timeline\":\""
        + timeline + "\",\"status\":\"" + status + "\",\"percentComplete\":" + percent
        + ",\"activities\":[],\"milestones\":[]}";
  }

  @Test
  void badTimeline_namesPathAndInput() {
    assertThatThrownBy(() -> read(withObjective(objective("1.1", "A", "T5, 2024", "in-progress", "10"))))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("cannot parse timeline \"T5, 2024\"")
        .hasMessageContaining("priorities")
        .hasMessageContaining("timeline");
  }

  @Test
  void percentOutsideRange_isRejectedWithPath() {
    assertThatThrownBy(() -> read(withObjective(objective("1.1", "A", "2024", "in-progress", "100.5"))))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("percent complete 100.5 is outside 0–100")
        .hasMessageContaining("percentComplete");
    assertThatThrownBy(() -> read(withObjective(objective("1.1", "A", "2024", "in-progress", "\"90 %\""))))
        .hasMessageContaining("\"90 %\"");
  }

  @Test
  void unknownStatus_isRejected() {
    assertThatThrownBy(() -> read(withObjective(objective("1.1", "A", "2024", "done", "100"))))
        .hasMessageContaining("status \"done\" is not one of");
  }

  @Test
  void completedButNotAtHundred_isRejected() {
    assertThatThrownBy(() -> read(withObjective(objective("1.1", "A", "2024", "completed", "90"))))
        .hasMessageContaining("objective 1.1 is completed but 90 % complete");
  }

  @Test
  void crossReferenceProblems_areProblemsWithPathsCodesAndValues() {
    String json =
        withObjective(
            objective("1.1", "B", "2024", "in-progress", "10")
                + ","
                + objective("1.1", "C", "2024", "in-progress", "10"));
    Throwable e = org.assertj.core.api.Assertions.catchThrowable(() -> read(json));
    while (e != null && !(e instanceof org.rbmkit.core.problem.ProblemException)) {
      e = e.getCause();
    }
    assertThat(((org.rbmkit.core.problem.ProblemException) e).problems())
        .extracting(p -> p.location().path() + " " + p.code() + " " + p.value().orElseThrow())
        .containsExactly(
            "priorities[0].objectives[0].leadTeams[0] workplan.team.undeclared B",
            "priorities[0].objectives[1].code workplan.objective.repeated 1.1",
            "priorities[0].objectives[1].leadTeams[0] workplan.team.undeclared C");
  }

  @Test
  void crossReferenceProblems_areAllReportedWithPaths() {
    String json =
        withObjective(
            objective("1.1", "B", "2024", "in-progress", "10")
                + ","
                + objective("1.1", "C", "2024", "in-progress", "10"));
    assertThatThrownBy(() -> read(json))
        .hasMessageContaining("3 problems")
        .hasMessageContaining("priorities[0].objectives[0].leadTeams[0]: team \"B\" is not declared")
        .hasMessageContaining("priorities[0].objectives[1].code: duplicate objective code \"1.1\" (first at priorities[0].objectives[0])")
        .hasMessageContaining("priorities[0].objectives[1].leadTeams[0]: team \"C\"");
  }

  @Test
  void missingOrUnknownProperty_isRejected() {
    String missing = withObjective(objective("1.1", "A", "2024", "in-progress", "10"))
        .replace(",\"milestones\":[]", "");
    assertThatThrownBy(() -> read(missing)).hasMessageContaining("milestones");
    String unknown = withObjective(objective("1.1", "A", "2024", "in-progress", "10"))
        .replace("\"milestones\":[]", "\"milestones\":[],\"owner\":\"x\"");
    assertThatThrownBy(() -> read(unknown)).hasMessageContaining("owner");
  }
}
