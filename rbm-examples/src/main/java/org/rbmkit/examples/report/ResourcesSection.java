package org.rbmkit.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.resources.AllocationCheck;
import org.rbmkit.budget.resources.AmountKind;
import org.rbmkit.budget.resources.FundReconciliation;
import org.rbmkit.budget.resources.FundingGap;
import org.rbmkit.budget.resources.ResourcePlan;
import org.rbmkit.budget.resources.ResourceRollup;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.examples.report.chart.DataTable.Cell;
import org.rbmkit.examples.report.chart.DataTable;
import org.rbmkit.examples.report.chart.HorizontalBars;

/**
 * The section of resources to results: for each budget column with planned allocations, what
 * each result costs in total (itself and every result under it) with its secured funding as a
 * marker, its funding gap and coverage, from {@link ResourcePlan#rollUp()} and {@link
 * FundingGap} as {@code rbm resources} computes them; the allocations against the budget by fund
 * and the findings of {@link AllocationCheck} highlighted.
 *
 * <pre>{@code
 * Section s = ResourcesSection.of("s5", List.of("budget.json", "framework.json",
 *     "resources.json"), ResourcePlan.of(budget, framework, allocations), Language.EN);
 * }</pre>
 *
 * <p>A bar's {@code data-value} is the planned total in units of the currency; labels are in the
 * budget's printed unit, exact. Stateless and thread-safe.
 */
public final class ResourcesSection {

  private ResourcesSection() {}

  /** The budget columns with planned allocations, in the order first met. */
  public static List<String> columns(ResourcePlan plan) {
    Set<String> planned = new LinkedHashSet<>();
    plan.allocations().allocations().stream().filter(a -> a.kind() == AmountKind.PLANNED)
        .forEach(a -> planned.add(a.column()));
    return List.copyOf(planned);
  }

  /** The section of {@code plan}, read from {@code sources}. */
  public static Section of(String id, List<String> sources, ResourcePlan plan, Language l) {
    AmountUnit unit = plan.budget().unit();
    String money = plan.budget().currency().getCurrencyCode()
        + (unit == AmountUnit.UNITS ? "" : " (" + l.text("unit." + unit.code()) + ")");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(plan.allocations().note()));
    ResourceRollup r = plan.rollUp();
    int n = 0;
    for (String col : columns(plan)) {
      n++;
      String title = l.text("resources.title", col, money);
      HorizontalBars bars = HorizontalBars.builder(id + "-results-" + n, title,
          l.text("resources.desc", plan.framework().size(), col));
      DataTable.Builder t = DataTable.builder(title, l.text("col.result"), l.text("col.level"),
          l.text("col.own-planned"), l.text("col.planned"), l.text("col.actual"),
          l.text("col.secured"), l.text("col.gap"), l.text("col.coverage"));
      for (ResultNode node : plan.framework().nodes()) {
        FundingGap g = FundingGap.of(r, node.code(), col, AmountKind.PLANNED);
        Optional<BigDecimal> coverage = g.coverage().percent(1, RoundingMode.HALF_UP);
        String cov = coverage.map(l::percent).orElse(l.text("resources.undefined"));
        bars.bar(new HorizontalBars.Bar(node.code(), node.code(),
            unit.inUnit(g.requiredTotal()),
            l.text("resources.bar", figure(g.requiredTotal(), unit, l),
                figure(g.securedTotal(), unit, l), figure(g.gap(), unit, l), cov),
            g.requiredTotal().amount().toPlainString(), "series-2", Optional.empty(),
            Optional.empty(), Optional.of(unit.inUnit(g.securedTotal()))));
        t.row(Cell.text(node.code()), Cell.text(l.text("level." + node.level().code())),
            cell(r.own(node.code(), col, AmountKind.PLANNED), unit, l),
            cell(g.requiredTotal(), unit, l),
            cell(r.total(node.code(), col, AmountKind.ACTUAL), unit, l),
            cell(g.securedTotal(), unit, l), cell(g.gap(), unit, l),
            Cell.number(cov, g.coverage().toString()));
      }
      blocks.add(new Block.Figure(bars.build(t.build())));
      DataTable.Builder f = DataTable.builder(l.text("resources.funds", col, money),
          l.text("col.fund"), l.text("col.budget"), l.text("col.allocated"),
          l.text("col.unallocated"));
      for (FundReconciliation x : AllocationCheck.byFund(plan, col)) {
        f.styledRow(x.reconciles() ? "" : "finding", List.of(Cell.text(x.fund()),
            cell(x.budget(), unit, l), cell(x.allocated(), unit, l),
            cell(x.unallocated(), unit, l)));
      }
      blocks.add(new Block.Table(f.build()));
    }
    List<Finding> findings = AllocationCheck.check(plan);
    blocks.add(new Block.Findings(findings.isEmpty() ? l.text("resources.findings.none")
        : l.text("resources.findings", findings.size()),
        findings.stream().map(Finding::toString).toList()));
    return new Section(id, l.text("kind.resources"), plan.allocations().title(), sources,
        blocks);
  }

  private static String figure(Money m, AmountUnit unit, Language l) {
    return l.number(unit.inUnit(m));
  }

  private static Cell cell(Money m, AmountUnit unit, Language l) {
    return Cell.number(figure(m, unit, l), m.amount().toPlainString());
  }
}
