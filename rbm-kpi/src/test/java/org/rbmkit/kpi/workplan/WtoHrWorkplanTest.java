package org.rbmkit.kpi.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.kpi.workplan.WtoHrWorkplan.BCIN;
import static org.rbmkit.kpi.workplan.WtoHrWorkplan.DRH;
import static org.rbmkit.kpi.workplan.WtoHrWorkplan.FPP;
import static org.rbmkit.kpi.workplan.WtoHrWorkplan.MED;
import static org.rbmkit.kpi.workplan.WtoHrWorkplan.OPS;
import static org.rbmkit.kpi.workplan.WtoHrWorkplan.PSS;
import static org.rbmkit.kpi.workplan.WtoHrWorkplan.RA;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;

/** Rebuilds the WTO HR workplan of seed 000 and checks it against the text. */
class WtoHrWorkplanTest {

  private static List<String> seed;

  @BeforeAll
  static void readSeed() throws IOException {
    seed = org.rbmkit.core.testing.Sources.seedLines(WtoHrWorkplan.SEED);
  }

  /** The tab-separated cells of a seed line (1-based), HTML tags removed, spaces normalised. */
  private static List<String> cells(int line) {
    List<String> out = new ArrayList<>();
    for (String c : seed.get(line - 1).split("\t", -1)) {
      out.add(c.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
    }
    return out;
  }

  @Test
  void typedPriorities_areTheSeedsList() {
    assertThat(WtoHrWorkplan.PRIORITIES).hasSize(8); // seed 000 l.41: "huit axes stratégiques"
    for (WtoHrWorkplan.Priority p : WtoHrWorkplan.PRIORITIES) {
      assertThat(seed.get(p.line() - 1).strip()).as("seed 000 l.%d", p.line()).isEqualTo(p.title());
    }
  }

  @Test
  void typedObjectives_matchTheirSeedLines() {
    for (WtoHrWorkplan.Row r : WtoHrWorkplan.ROWS) {
      List<String> c = cells(r.line());
      assertThat(c).as("seed 000 l.%d cells", r.line()).hasSize(4);
      assertThat(c.get(0)).as("objective, l.%d", r.line()).isEqualTo(r.title());
      assertThat(c.get(3)).as("timeline, l.%d", r.line()).isEqualTo(r.printedTimeline());
      String team = c.get(2).toLowerCase(Locale.ROOT);
      for (String t : r.teams()) {
        assertThat(team).as("team, l.%d", r.line()).contains(t.toLowerCase(Locale.ROOT));
      }
    }
  }

  @Test
  void splitRow_l164_continuesObjective23() {
    // seed 000 l.164: objective and team cells empty, timeline "En cours": the merged cells of
    // the row are printed on l.165
    List<String> c = cells(164);
    assertThat(c.get(0)).isEmpty();
    assertThat(c.get(2)).isEmpty();
    assertThat(c.get(3)).isEqualTo("En cours");
    Objective o = WtoHrWorkplan.build().objectives().stream()
        .filter(x -> x.code().equals("2.3")).findFirst().orElseThrow();
    assertThat(o.activities()).hasSize(2);
    assertThat(o.timeline()).isEqualTo(Timeline.ONGOING);
  }

  /** Objective rows per workplan heading and per printed timeline, read from the text alone. */
  private static Map<String, Integer> rowsPerHeading(Map<String, Integer> perTimeline, List<Integer> lines) {
    Map<String, Integer> perHeading = new LinkedHashMap<>();
    String heading = null;
    int start = seed.indexOf("Plan de travail de la Division des ressources humaines") + 1;
    int end = seed.indexOf("ANNEXE I");
    assertThat(start).isEqualTo(144); // seed 000 l.144
    assertThat(end + 1).isEqualTo(231); // seed 000 l.231
    for (int line = start + 1; line < end + 1; line++) {
      List<String> c = cells(line);
      if (c.size() == 1 && !c.get(0).isEmpty() && !c.get(0).equals("./.")) {
        heading = c.get(0);
      } else if (c.size() == 4 && !c.get(0).equals("Objectif") && !c.get(0).isEmpty()) {
        perHeading.merge(heading, 1, Integer::sum);
        perTimeline.merge(c.get(3), 1, Integer::sum);
        lines.add(line);
      }
    }
    return perHeading;
  }

  @Test
  void everyObjectiveRowOfTheText_isTyped() {
    List<Integer> lines = new ArrayList<>();
    rowsPerHeading(new TreeMap<>(), lines);
    assertThat(lines).containsExactlyElementsOf(
        WtoHrWorkplan.ROWS.stream().map(WtoHrWorkplan.Row::line).toList());
  }

  @Test
  void countsPerPriority_areAsTheTextGivesThem() {
    Map<String, Integer> perTimeline = new TreeMap<>();
    Map<String, Integer> perHeading = rowsPerHeading(perTimeline, new ArrayList<>());
    // seed 000: eight headings (priority 2's repeated at l.157 and l.171, l.178 reworded)
    assertThat(perHeading.values()).containsExactly(3, 4, 3, 3, 3, 4, 3, 3);

    WorkplanSummary s = WtoHrWorkplan.build().summary();
    assertThat(s.objectives()).isEqualTo(26);
    assertThat(s.byPriority())
        .containsExactly(
            Map.entry("1", 3L), Map.entry("2", 4L), Map.entry("3", 3L), Map.entry("4", 3L),
            Map.entry("5", 3L), Map.entry("6", 4L), Map.entry("7", 3L), Map.entry("8", 3L));
  }

  @Test
  void countsPerTimeline_areAsTheTextGivesThem() {
    Map<String, Integer> perTimeline = new TreeMap<>();
    rowsPerHeading(perTimeline, new ArrayList<>());
    // seed 000 l.151–229, the Calendrier column
    assertThat(perTimeline)
        .containsOnly(
            Map.entry("En cours", 11),
            Map.entry("T1, 2024", 5),
            Map.entry("T2, 2024", 2),
            Map.entry("T2 et T3, 2024", 1),
            Map.entry("2024", 6),
            Map.entry("En cours T4, 2024", 1));

    WorkplanSummary s = WtoHrWorkplan.build().summary();
    Map<Timeline, Long> expected = new LinkedHashMap<>();
    perTimeline.forEach((k, v) -> expected.put(Timeline.parse(k), (long) v));
    assertThat(s.byTimeline()).containsExactlyInAnyOrderEntriesOf(expected);
    assertThat(s.byTimeline().keySet().stream().map(Timeline::toString))
        .containsExactly(
            "Q1 2024", "Q2 2024", "Q2 and Q3 2024", "2024", "ongoing", "ongoing from Q4 2024");
    assertThat(s.byTimelineKind())
        .containsExactly(
            Map.entry("ongoing", 11L), Map.entry("ongoing-from", 1L),
            Map.entry("quarters", 8L), Map.entry("year", 6L));
    assertThat(s.byStatus()).containsExactly(Map.entry(Status.NOT_REPORTED, 26L));
    assertThat(s.toText())
        .startsWith("objectives\t26\nby priority\n  1\t3\n  2\t4\n")
        .contains("by timeline\n  Q1 2024\t5\n  Q2 2024\t2\n  Q2 and Q3 2024\t1\n  2024\t6\n"
            + "  ongoing\t11\n  ongoing from Q4 2024\t1\n");
  }

  @Test
  void countsPerTeam_countSharedLeadsForEachTeam() {
    WorkplanSummary s = WtoHrWorkplan.build().summary();
    assertThat(s.byTeam())
        .containsExactly(
            Map.entry(BCIN, 1L), Map.entry(DRH, 5L), Map.entry(FPP, 8L), Map.entry(OPS, 2L),
            Map.entry(PSS, 6L), Map.entry(RA, 5L), Map.entry(MED, 2L));
    // three objectives have two lead teams (l.151, l.161, l.227)
    assertThat(s.byTeam().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(26 + 3);
  }

  @Test
  void overdue_atMidYearAndAtYearEnd() {
    Workplan plan = WtoHrWorkplan.build();
    assertThat(plan.overdueOn(LocalDate.of(2024, 3, 31))).isEmpty();
    assertThat(plan.overdueOn(LocalDate.of(2024, 7, 1)))
        .extracting(o -> o.objective().code())
        .containsExactly("1.1", "1.2", "2.2", "4.1", "4.2", "7.2", "8.2");
    assertThat(plan.overdueOn(LocalDate.of(2024, 7, 1)).get(1).daysOverdue()).isEqualTo(92);
    assertThat(plan.overdueOn(LocalDate.of(2025, 1, 1))).hasSize(5 + 2 + 1 + 6);
  }

  @Test
  void json_resourceIsTheRebuiltWorkplanInCanonicalForm() throws IOException {
    Workplan plan = WtoHrWorkplan.build();
    String text;
    try (InputStream in = getClass().getResourceAsStream("/workplan/wto-hr-workplan-2024.json")) {
      assertThat(in).as("resource workplan/wto-hr-workplan-2024.json").isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(RbmJson.mapper().readValue(text, Workplan.class)).isEqualTo(plan);
    assertThat(RbmJson.mapper().writeValueAsString(plan) + "\n").isEqualTo(text);
  }
}
