package org.rbmkit.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.testing.SameInEveryThread;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.RollupCalculator;
import org.rbmkit.kpi.benchmark.Benchmark;
import org.rbmkit.kpi.benchmark.BenchmarkOptions;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.benchmark.MetricTable;
import org.rbmkit.kpi.certification.CertificationTally;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.Enrolment;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;
import org.rbmkit.kpi.workforce.Composition;
import org.rbmkit.kpi.workforce.Workforce;
import org.rbmkit.kpi.workplan.Workplan;

/**
 * Readers, models and calculators shared by 8 threads on the same inputs give results equal to
 * one thread's: no hidden mutable state, no lazily built caches that race.
 */
class ConcurrencyTest {

  private static byte[] resource(String name) {
    try (InputStream in = ConcurrencyTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void certification_readerAndTally() throws Exception {
    byte[] csv = resource("/certification/enrolments-2022.csv");
    EnrolmentCsvReader reader = EnrolmentCsvReader.strict();
    List<Enrolment> shared = new ArrayList<>();
    reader.read(new java.io.ByteArrayInputStream(csv), shared::add);
    assertThat(shared).hasSizeGreaterThan(1000);
    SameInEveryThread.check(
        "CSV read",
        () -> {
          List<Enrolment> out = new ArrayList<>();
          reader.read(new java.io.ByteArrayInputStream(csv), out::add);
          return out;
        });
    SameInEveryThread.check(
        "tally", () -> CertificationTally.of(shared, Dimension.MODALITY, Dimension.CREDENTIAL));
    SameInEveryThread.check(
        "parallel tally",
        () ->
            shared.parallelStream()
                .collect(CertificationTally.collector(true, Dimension.MODALITY, Dimension.PRICING)));
  }

  @Test
  void benchmark_setAndTables() throws Exception {
    byte[] json = resource("/benchmark/example.json");
    BenchmarkSet set = RbmJson.mapper().readValue(json, BenchmarkSet.class);
    Benchmark b = Benchmark.of(BenchmarkOptions.defaults().withPeerAttributes(List.of("region")));
    CalendarYear y2022 = CalendarYear.of(2022);
    SameInEveryThread.check("benchmark read", () -> RbmJson.mapper().readValue(json, BenchmarkSet.class));
    for (String metric : List.of("visits", "learners", "cost", "online-share")) {
      SameInEveryThread.check(
          "table " + metric,
          () -> {
            MetricTable t = b.table(set, metric, y2022);
            return List.of(t.positions(), t.missing(), t.statistics(), t.total(), t.mean());
          });
    }
    SameInEveryThread.check("changes", () -> b.changes(set, "visits", CalendarYear.of(2021), y2022));
  }

  @Test
  void workforce_composition() throws Exception {
    byte[] json = resource("/workforce/example-workforce.json");
    Workforce w = RbmJson.mapper().readValue(json, Workforce.class);
    SameInEveryThread.check("workforce read", () -> RbmJson.mapper().readValue(json, Workforce.class));
    SameInEveryThread.check(
        "composition",
        () ->
            Composition.of(
                w.staff(),
                List.of(
                    org.rbmkit.kpi.workforce.Dimension.gradeAtLeast(Grade.P_5),
                    org.rbmkit.kpi.workforce.Dimension.GENDER),
                5));
    SameInEveryThread.check(
        "regions", () -> Composition.of(w.staff(), List.of(w.regionDimension()), 1).toText());
  }

  @Test
  void workplan_summary() throws Exception {
    byte[] json = resource("/workplan/example-workplan.json");
    Workplan plan = RbmJson.mapper().readValue(json, Workplan.class);
    SameInEveryThread.check("workplan read", () -> RbmJson.mapper().readValue(json, Workplan.class));
    SameInEveryThread.check("summary", plan::summary);
  }

  @Test
  void achievement_rollUp() throws Exception {
    byte[] json = resource("/achievement/example-framework.json");
    ResultsFramework framework = RbmJson.mapper().readValue(json, ResultsFramework.class);
    RollupCalculator calculator = RollupCalculator.withDefaults();
    SameInEveryThread.check(
        "framework read", () -> RbmJson.mapper().readValue(json, ResultsFramework.class));
    SameInEveryThread.check(
        "roll-up",
        () -> {
          FrameworkRollup r = calculator.rollUp(framework);
          return List.of(r.results(), r.indicators(), r.total(), r.summary("en"), r.summary("fr"));
        });
  }
}
