package org.rbmkit.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.resources.AllocationDocument;
import org.rbmkit.budget.resources.AmountKind;
import org.rbmkit.budget.resources.FundingGap;
import org.rbmkit.budget.resources.ResourcePlan;
import org.rbmkit.budget.resources.ResourceRollup;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.achievement.Achievement;
import org.rbmkit.kpi.achievement.AchievementCalculator;
import org.rbmkit.kpi.achievement.AchievementPolicy;
import org.rbmkit.kpi.achievement.ExactRatio;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.IndicatorRating;
import org.rbmkit.kpi.achievement.Rating;
import org.rbmkit.kpi.achievement.RollupCalculator;
import org.rbmkit.kpi.benchmark.Benchmark;
import org.rbmkit.kpi.benchmark.BenchmarkOptions;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.benchmark.Metric;
import org.rbmkit.kpi.benchmark.MetricTable;
import org.rbmkit.kpi.benchmark.Position;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.CertificationTally;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;
import org.rbmkit.kpi.certification.Breakdown.GroupRate;
import org.rbmkit.kpi.certification.Rate.RateKind;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.iati.IatiAchievement;
import org.rbmkit.kpi.workforce.Gender;
import org.rbmkit.kpi.workforce.GenderParity;
import org.rbmkit.kpi.workforce.GenderParity.ParityRow;
import org.rbmkit.kpi.workforce.Workforce;
import org.rbmkit.kpi.workplan.Objective;
import org.rbmkit.kpi.workplan.Workplan;
import tools.jackson.databind.JsonNode;

/**
 * The figures each chart of a report must show, keyed by chart id and then by bar key, computed
 * here straight from the library's calculators (not from the report's sections), in the order
 * {@code rbm report} numbers its sections: the files in order, allocation documents last.
 */
final class ExpectedFigures {

  private ExpectedFigures() {}

  static Map<String, Map<String, String>> of(List<Path> files, LocalDate at) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    List<Path> budgets = new ArrayList<>();
    List<Path> frameworks = new ArrayList<>();
    List<Path> allocations = new ArrayList<>();
    int n = 0;
    for (Path f : files) {
      String name = f.getFileName().toString();
      if (name.endsWith(".csv")) {
        enrolments("s" + ++n, f, out);
        continue;
      }
      if (name.endsWith(".xml")) {
        iati("s" + ++n, f, out);
        continue;
      }
      Set<String> fields = fields(f);
      if (fields.contains("allocations")) {
        allocations.add(f);
      } else if (fields.contains("roots")) {
        frameworks.add(f);
        framework("s" + ++n, read(f, ResultsFramework.class), out);
      } else if (fields.contains("columns")) {
        budgets.add(f);
        budget("s" + ++n, read(f, BudgetDocument.class), out);
      } else if (fields.contains("metrics")) {
        benchmark("s" + ++n, read(f, BenchmarkSet.class), out);
      } else if (fields.contains("staff")) {
        workforce("s" + ++n, read(f, Workforce.class), out);
      } else if (fields.contains("priorities")) {
        workplan("s" + ++n, read(f, Workplan.class), out);
      } else {
        throw new AssertionError("unknown example " + f);
      }
    }
    for (Path a : allocations) {
      // the example's budget and framework are the first that fit, as the command pairs them
      ResourcePlan plan = null;
      for (Path b : budgets) {
        for (Path fw : frameworks) {
          if (plan == null) {
            try {
              plan = ResourcePlan.of(read(b, BudgetDocument.class),
                  read(fw, ResultsFramework.class), read(a, AllocationDocument.class));
            } catch (IllegalArgumentException e) {
              // not this pair
            }
          }
        }
      }
      resources("s" + ++n, plan, out);
    }
    return out;
  }

  private static Set<String> fields(Path f) {
    JsonNode tree = read(f, JsonNode.class);
    return Set.copyOf(tree.propertyNames());
  }

  private static <T> T read(Path f, Class<T> type) {
    return RbmJson.mapper().readValue(f.toFile(), type);
  }

  /** The exact achievement: {@code 72/119}, {@code low..high} for a range, empty if none. */
  static String exact(Achievement a) {
    Optional<ExactRatio> lo = a.low();
    Optional<ExactRatio> hi = a.high();
    if (lo.isEmpty() && hi.isEmpty()) {
      return "";
    }
    if (lo.equals(hi)) {
      return lo.get().toString();
    }
    return lo.map(ExactRatio::toString).orElse("") + ".." + hi.map(ExactRatio::toString)
        .orElse("");
  }

  private static void framework(String id, ResultsFramework f,
      Map<String, Map<String, String>> out) {
    FrameworkRollup r = RollupCalculator.withDefaults().rollUp(f);
    Map<String, String> counts = new LinkedHashMap<>();
    for (Rating x : r.scheme().ratingsBestFirst()) {
      counts.put(x.code(), Long.toString(r.total().count(x)));
    }
    counts.put(Rating.NOT_RATED.code(), Long.toString(r.total().count(Rating.NOT_RATED)));
    out.put(id + "-counts", counts);
    Map<String, String> bars = new LinkedHashMap<>();
    for (IndicatorRating i : r.indicators()) {
      bars.put(i.resultCode() + "/" + i.indicatorCode(), exact(i.achievement()));
    }
    if (!bars.isEmpty()) {
      out.put(id + "-achievement", bars);
    }
  }

  private static void budget(String id, BudgetDocument doc, Map<String, Map<String, String>> out) {
    BudgetTotals totals = BudgetTotals.of(doc.currency(), doc.entries()::iterator);
    boolean plain = doc.lines().stream().anyMatch(l -> l.kind().code().equals("income")
        || l.kind().code().equals("expenditure"));
    List<TotalKey.Aggregate> rows = plain ? BudgetSection.PLAIN : BudgetSection.MARGIN;
    Map<String, String> columns = new LinkedHashMap<>();
    for (TotalKey.Aggregate a : rows) {
      for (BudgetColumn c : doc.columns()) {
        columns.put(a.code() + "/" + c.label(),
            totals.value(c.code(), TotalKey.of(a)).amount().toPlainString());
      }
    }
    out.put(id + "-columns", columns);
    List<TotalKey.Aggregate> steps = plain ? BudgetSection.PLAIN : List.of(TotalKey.Aggregate.NET_AVAILABLE,
        TotalKey.Aggregate.FIXED_COSTS, TotalKey.Aggregate.CONTINGENCY, TotalKey.Aggregate.INSTITUTIONAL_INVESTMENTS,
        TotalKey.Aggregate.SURPLUS_BEFORE_PRIOR_SURPLUSES, TotalKey.Aggregate.PRIOR_SURPLUSES_USED,
        TotalKey.Aggregate.BUDGET_SURPLUS);
    int k = 0;
    for (BudgetColumn c : doc.columns()) {
      Map<String, String> w = new LinkedHashMap<>();
      for (TotalKey.Aggregate a : steps) {
        w.put(a.code(), totals.value(c.code(), TotalKey.of(a)).amount().toPlainString());
      }
      out.put(id + "-waterfall-" + ++k, w);
    }
  }

  private static void enrolments(String id, Path f, Map<String, Map<String, String>> out) {
    Map<String, String> total = new LinkedHashMap<>();
    Breakdown all = EnrolmentCsvReader.strict().collect(f,
        CertificationTally.collector(false)).result();
    StageCounts c = all.total(CountBasis.ENROLMENTS);
    for (RateKind k : RateKind.values()) {
      total.put(k.code(), c.rate(k).numerator() + "/" + c.rate(k).denominator());
    }
    out.put(id + "-total", total);
    for (Dimension d : List.of(Dimension.MODALITY, Dimension.CREDENTIAL)) {
      // one dimension read on its own, not rolled up from the report's two
      Breakdown b = EnrolmentCsvReader.strict().collect(f,
          CertificationTally.collector(false, d)).result();
      Map<String, String> m = new LinkedHashMap<>();
      for (GroupRate g : b.rows(RateKind.UPTAKE, CountBasis.ENROLMENTS, 30)) {
        m.put(g.group().get(0), g.numerator() + "/" + g.denominator());
      }
      out.put(id + "-" + d.code(), m);
    }
  }

  private static void benchmark(String id, BenchmarkSet set,
      Map<String, Map<String, String>> out) {
    Benchmark bench = Benchmark.of(BenchmarkOptions.defaults());
    int k = 0;
    for (Metric m : set.metrics()) {
      List<Period> periods = set.periods(m.id());
      if (periods.isEmpty()) {
        continue;
      }
      MetricTable t = bench.table(set, m.id(), periods.get(periods.size() - 1));
      Map<String, String> bars = new LinkedHashMap<>();
      for (Position p : t.positions()) {
        bars.put(p.entity(), p.value().map(java.math.BigDecimal::toPlainString).orElse(""));
      }
      out.put(id + "-metric-" + ++k, bars);
    }
  }

  private static void workforce(String id, Workforce w, Map<String, Map<String, String>> out) {
    Map<String, String> pyramid = new LinkedHashMap<>();
    GenderParity byGrade = GenderParity.byLevel(w.staff(),
        org.rbmkit.kpi.workforce.Dimension.of("grade", m -> m.grade().code()),
        java.math.BigDecimal.valueOf(50), 5);
    for (ParityRow r : byGrade.rows()) {
      pyramid.put(r.level() + "/men", Long.toString(r.count(Gender.MALE)));
      pyramid.put(r.level() + "/women", Long.toString(r.count(Gender.FEMALE)));
    }
    out.put(id + "-pyramid", pyramid);
    Map<String, String> parity = new LinkedHashMap<>();
    GenderParity byCategory = GenderParity.byLevel(w.staff(),
        org.rbmkit.kpi.workforce.Dimension.CATEGORY, java.math.BigDecimal.valueOf(50), 5);
    List<ParityRow> rows = new ArrayList<>(byCategory.rows());
    rows.add(byCategory.total());
    for (ParityRow r : rows) {
      parity.put(r.level(), r.count(Gender.FEMALE) + "/" + r.total());
    }
    out.put(id + "-parity", parity);
  }

  private static void workplan(String id, Workplan plan, Map<String, Map<String, String>> out) {
    Map<String, String> bars = new LinkedHashMap<>();
    for (Objective o : plan.objectives()) {
      bars.put(o.code(), o.timeline().dueDate().map(LocalDate::toString).orElse(""));
    }
    out.put(id + "-timeline", bars);
  }

  private static void resources(String id, ResourcePlan plan,
      Map<String, Map<String, String>> out) {
    ResourceRollup r = plan.rollUp();
    Map<String, String> bars = new LinkedHashMap<>();
    for (ResultNode n : plan.framework().nodes()) {
      bars.put(n.code(), FundingGap.of(r, n.code(), "2024-25-proposal", AmountKind.PLANNED)
          .requiredTotal().amount().toPlainString());
    }
    out.put(id + "-results-1", bars);
  }

  private static void iati(String id, Path f, Map<String, Map<String, String>> out) {
    List<IatiActivity> activities = new ArrayList<>();
    try (InputStream in = Files.newInputStream(f)) {
      IatiReader.lenient().read(in, read -> read.activity().ifPresent(activities::add));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> bars = new LinkedHashMap<>();
    for (IatiAchievement a : IatiAchievement.of(activities,
        new AchievementCalculator(AchievementPolicy.DEFAULT), "en")) {
      bars.put(a.source() + " " + a.achievement().period(), exact(a.achievement()));
    }
    out.put(id + "-achievement", bars);
  }
}
