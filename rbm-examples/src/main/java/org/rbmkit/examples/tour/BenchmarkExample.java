package org.rbmkit.examples.tour;

import com.google.common.collect.ImmutableMap;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.Period;
import org.rbmkit.examples.table.Figures;
import org.rbmkit.examples.table.TextTable;
import org.rbmkit.kpi.benchmark.Benchmark;
import org.rbmkit.kpi.benchmark.BenchmarkEntity;
import org.rbmkit.kpi.benchmark.BenchmarkOptions;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.benchmark.Direction;
import org.rbmkit.kpi.benchmark.Metric;
import org.rbmkit.kpi.benchmark.MetricTable;
import org.rbmkit.kpi.benchmark.MetricTable.PeerGroupSummary;
import org.rbmkit.kpi.benchmark.PeerGroup;
import org.rbmkit.kpi.benchmark.PlannedRatio;
import org.rbmkit.kpi.benchmark.Position;
import org.rbmkit.kpi.benchmark.Position.Gap;

/**
 * Step 7 of the tour: a benchmark of units (learning providers) and of budget columns (the
 * ITC-ILO's resources in its three budget columns, seed 003).
 *
 * <p><b>The domain idea.</b> A figure means little alone: benchmarking sets it beside peers,
 * earlier periods or a plan. Each metric has a direction (more visits is better, a lower cost
 * per learner is better); units are ranked on it, placed in percentiles and quartiles, and
 * measured against the median, the best, their target and their peer group. Sums and ranks are
 * exact; a division rounds once, by a stated rule. The same tools compare the lines of a budget:
 * which resources carry the budget, and how the shares of own revenue and of voluntary
 * contributions move between the approved budget, the forecast and the proposal.
 *
 * <pre>{@code
 * MetricTable t = Benchmark.of(BenchmarkOptions.defaults())
 *     .table(TourData.learningProviders(), "visits", CalendarYear.of(2022));
 * t.position("itcilo").orElseThrow().rank();   // 1
 * }</pre>
 */
public final class BenchmarkExample {

  /** The step's number in the tour. */
  public static final int STEP = 7;

  /** The metric of the budget benchmark: net resources in thousands of euros. */
  public static final String NET = "net";

  /** The peer attribute of the budget benchmark: own revenue or voluntary contributions. */
  public static final String CHAPTER = "chapter";

  private static final CalendarYear Y2022 = CalendarYear.of(2022);

  private BenchmarkExample() {}

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** The learning providers compared on one metric in 2022. */
  public static MetricTable providers(String metric) {
    return Benchmark.of(BenchmarkOptions.defaults()).table(TourData.learningProviders(), metric,
        Y2022);
  }

  /** A metric table as an aligned text table, figures to {@code decimals} places half-up. */
  public static TextTable unitTable(MetricTable t, int decimals) {
    TextTable table = TextTable.withColumns("rank", "<unit", "value", "percentile", "<quartile",
        "vs median", "vs best", "vs target", "share of total");
    for (Position p : t.positions()) {
      table.row(p.rank().toPlainString(), p.entity(),
          p.value().map(v -> num(v, decimals)).orElse("missing"), num(p.percentile(), 1),
          p.quartile().code(), gap(p.gapToMedian(), decimals), gap(p.gapToBest(), decimals),
          gap(p.gapToTarget(), decimals),
          p.shareOfTotal().map(s -> num(s, 1) + " %").orElse(""));
    }
    t.missing().forEach(m -> table.row("", m.entity(), "missing", "", "", "", "", "", m.reason()));
    return table;
  }

  private static String num(BigDecimal v, int decimals) {
    return Figures.grouped(v.setScale(decimals, RoundingMode.HALF_UP));
  }

  private static String gap(Optional<Gap> g, int decimals) {
    return g.map(x -> (x.difference().signum() > 0 ? "+" : "") + num(x.difference(), decimals))
        .orElse("");
  }

  /**
   * The budget's net resources in one column as a benchmark set: the net contribution of items
   * 10-12 and each voluntary contributor of item 13, recomputed from the lines, in kEUR.
   */
  public static BenchmarkSet budgetColumn(BudgetDocument doc, BudgetColumn column) {
    BudgetTotals totals = BudgetBalanceExample.totals(doc);
    BenchmarkSet.Builder b = BenchmarkSet.builder()
        .name("ITC-ILO net resources, " + column.label() + ", kEUR")
        .metric(Metric.of(NET, "Net resources", "kEUR", Direction.HIGHER_IS_BETTER));
    Map<Integer, String> streams = Map.of(10, "training", 11, "multimedia", 12, "miscellaneous");
    for (int item : List.of(10, 11, 12)) {
      String id = "item-" + item;
      b.entity(new BenchmarkEntity(id, "budget-line", streams.get(item),
          Map.of(CHAPTER, "own-revenue")));
      b.value(id, NET, column.period(), doc.unit().inUnit(totals.itemTotal(column.code(), item)));
    }
    for (BudgetLine l : doc.lines()) {
      if (l.kind() == LineKind.VOLUNTARY_CONTRIBUTION) {
        b.entity(new BenchmarkEntity(l.id(), "budget-line", l.label(),
            Map.of(CHAPTER, "voluntary")));
        b.value(l.id(), NET, column.period(), l.amount(column.code()));
      }
    }
    return b.build();
  }

  /** The metric tables of every column of the budget, peers grouped by chapter. */
  public static ImmutableMap<BudgetColumn, MetricTable> budgetColumns(BudgetDocument doc) {
    Benchmark bench =
        Benchmark.of(BenchmarkOptions.defaults().withPeerAttributes(List.of(CHAPTER)));
    ImmutableMap.Builder<BudgetColumn, MetricTable> b = ImmutableMap.builder();
    for (BudgetColumn c : doc.columns()) {
      b.put(c, bench.table(budgetColumn(doc, c), NET, c.period()));
    }
    return b.buildOrThrow();
  }

  /** The share of a chapter in a column's net resources, per cent to 2 places half-up. */
  public static Optional<BigDecimal> chapterShare(MetricTable t, String chapter) {
    PeerGroupSummary s = t.peerGroups().get(new PeerGroup(Map.of(CHAPTER, chapter)));
    return s == null ? Optional.empty()
        : s.shareOfTotal().map(v -> v.setScale(2, RoundingMode.HALF_UP));
  }

  /** Lines by column: kEUR, rank and share of the column's net resources. */
  public static TextTable budgetTable(BudgetDocument doc) {
    ImmutableMap<BudgetColumn, MetricTable> tables = budgetColumns(doc);
    List<String> headings = new ArrayList<>(List.of("<line"));
    for (BudgetColumn c : tables.keySet()) {
      headings.add(c.label());
      headings.add("rank");
      headings.add("share");
    }
    TextTable t = TextTable.withColumns(headings.toArray(new String[0]));
    BenchmarkSet firstSet = budgetColumn(doc, doc.columns().get(0));
    for (BenchmarkEntity e : firstSet.entities()) {
      String id = e.id();
      List<Object> cells = new ArrayList<>();
      cells.add(e.name());
      for (MetricTable mt : tables.values()) {
        Position p = mt.position(id).orElseThrow();
        cells.add(p.value().map(Figures::grouped).orElse("missing"));
        cells.add(p.rank().toPlainString());
        cells.add(p.shareOfTotal().map(s -> num(s, 1) + " %").orElse(""));
      }
      t.row(cells.toArray());
    }
    t.rule();
    for (String chapter : List.of("own-revenue", "voluntary")) {
      List<Object> cells = new ArrayList<>(List.of(chapter));
      for (MetricTable mt : tables.values()) {
        PeerGroupSummary s = mt.peerGroups().get(new PeerGroup(Map.of(CHAPTER, chapter)));
        cells.add(Figures.grouped(s.total()));
        cells.add("");
        cells.add(Figures.percent(chapterShare(mt, chapter)));
      }
      t.row(cells.toArray());
    }
    List<Object> cells = new ArrayList<>(List.of("net available"));
    for (MetricTable mt : tables.values()) {
      cells.add(Figures.grouped(mt.total()));
      cells.add("");
      cells.add("100 %");
    }
    t.row(cells.toArray());
    return t;
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    Narration n = new Narration(out);
    n.heading(STEP, "A benchmark of units and of budget columns");
    MetricTable visits = providers("visits");
    n.explain(
        "Units are ranked on a metric with a direction (rank 1 is best), placed by percentile",
        "rank and quartile, and measured against the median, the best and their target. Website",
        "visits of four learning providers, " + visits.period() + ":");
    n.table(unitTable(visits, 0).render());
    n.explain("Direct training cost per learner (lower is better: the cost metric is normalised"
        + " by learners, EUR to 2 decimals):");
    n.table(unitTable(providers("cost"), 2).render());
    PlannedRatio plan = PlannedRatio.of(2, 1);
    BigDecimal online = new BigDecimal("0.59");
    n.explain("Against a plan: the Centre plans " + plan + " online to face-to-face, a share of "
        + plan.plannedShare(java.math.MathContext.DECIMAL64).movePointRight(2)
            .setScale(2, RoundingMode.HALF_UP).toPlainString()
        + " %; 59 % online in 2022 is " + plan.gapInPoints(online, 2, RoundingMode.HALF_UP)
            .toPlainString() + " points from it (half-up to 2 decimals).");
    BudgetDocument doc = TourData.itcIloBudget();
    n.explain(
        "The same tools on the budget: the net resources of each budget column (net contribution",
        "of items 10-12 and each voluntary contributor, kEUR, recomputed from the lines), ranked",
        "within the column, with each line's share and the shares of own revenue and voluntary",
        "contributions (per cent, half-up):");
    n.table(budgetTable(doc).render());
    n.source(TourData.LEARNING_PROVIDERS,
        "seed 003 l.1604-1606: ITC-ILO website visits 729 000 (2022), 663 000 (2021); l.1389:"
            + " 59 % online; l.1407: the 2:1 plan",
        "providers A-C, and the Centre's learners and costs, are illustrative");
    n.source(TourData.ITCILO_BUDGET,
        "seed 003 l.4557-4615: items 10-13 of the main budget table (kEUR)");
  }
}
