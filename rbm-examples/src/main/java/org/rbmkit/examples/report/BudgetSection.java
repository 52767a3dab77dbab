package org.rbmkit.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;
import org.rbmkit.examples.report.chart.Chart;
import org.rbmkit.examples.report.chart.DataTable.Cell;
import org.rbmkit.examples.report.chart.DataTable;
import org.rbmkit.examples.report.chart.GroupedColumns;
import org.rbmkit.examples.report.chart.Waterfall;

/**
 * The section of a budget document: its figures recomputed from the lines by {@link
 * BudgetTotals} (as {@code rbm balance} shows them), the columns side by side, a waterfall per
 * column from net available through the charges to the surplus (or from income through
 * expenditure to the balance), and the findings of {@link ConsistencyCheck} (as {@code rbm
 * check} lists them, with one printed unit of the main table as tolerance) highlighted.
 *
 * <pre>{@code
 * Section s = BudgetSection.of("s2", "itcilo-budget-2024-25.json", doc, Language.EN);
 * }</pre>
 *
 * <p>Figures are in the document's printed unit (thousands for a table in thousands), exact;
 * a column's {@code data-value} is the amount in units of the currency. Stateless and
 * thread-safe.
 */
public final class BudgetSection {

  /** The figures of a contribution-margin budget, in the order {@code rbm balance} prints. */
  public static final List<TotalKey.Aggregate> MARGIN = List.of(
      TotalKey.Aggregate.OWN_NET_CONTRIBUTION, TotalKey.Aggregate.VOLUNTARY_CONTRIBUTIONS, TotalKey.Aggregate.NET_AVAILABLE,
      TotalKey.Aggregate.FIXED_COSTS, TotalKey.Aggregate.CONTINGENCY, TotalKey.Aggregate.INSTITUTIONAL_INVESTMENTS,
      TotalKey.Aggregate.CHARGES, TotalKey.Aggregate.SURPLUS_BEFORE_PRIOR_SURPLUSES,
      TotalKey.Aggregate.PRIOR_SURPLUSES_USED, TotalKey.Aggregate.BUDGET_SURPLUS);

  /** The figures of an income-and-expenditure budget. */
  public static final List<TotalKey.Aggregate> PLAIN =
      List.of(TotalKey.Aggregate.INCOME, TotalKey.Aggregate.EXPENDITURE, TotalKey.Aggregate.BALANCE);

  private BudgetSection() {}

  /** The figures shown for {@code doc}: {@link #PLAIN} when it has income or expenditure lines. */
  public static List<TotalKey.Aggregate> aggregates(BudgetDocument doc) {
    boolean plain = doc.lines().stream().map(BudgetLine::kind)
        .anyMatch(k -> k == LineKind.INCOME || k == LineKind.EXPENDITURE);
    return plain ? PLAIN : MARGIN;
  }

  /** The section of {@code doc}, read from {@code source}. */
  public static Section of(String id, String source, BudgetDocument doc, Language l) {
    BudgetTotals totals = BudgetTotals.of(doc.currency(), doc.entries()::iterator);
    List<TotalKey.Aggregate> rows = aggregates(doc);
    AmountUnit unit = doc.unit();
    String money = doc.currency().getCurrencyCode()
        + (unit == AmountUnit.UNITS ? "" : " (" + l.text("unit." + unit.code()) + ")");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(l.count("budget.intro", doc.columns().size(),
        doc.lines().size(), doc.columns().size(), money)));
    List<String> series = doc.columns().stream().map(BudgetColumn::label).toList();
    GroupedColumns columns = GroupedColumns.builder(id + "-columns",
        l.text("budget.columns.title"), l.text("budget.columns.desc", String.join(", ", series),
            money), series);
    List<String> headings = new ArrayList<>(List.of(l.text("col.figure")));
    headings.addAll(series);
    DataTable.Builder t = DataTable.builder(l.text("budget.columns.title") + ", " + money,
        headings);
    for (TotalKey.Aggregate a : rows) {
      List<BigDecimal> values = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      List<String> exact = new ArrayList<>();
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(l.text("aggregate." + a.code()))));
      for (String c : doc.columnCodes()) {
        Money m = figure(totals, c, a);
        values.add(unit.inUnit(m));
        texts.add(l.number(inUnit(m, unit)));
        exact.add(m.amount().toPlainString());
        cells.add(Cell.number(l.number(inUnit(m, unit)), m.amount().toPlainString()));
      }
      columns.category(a.code(), l.text("aggregate." + a.code()), values, texts, exact);
      t.row(cells);
    }
    blocks.add(new Block.Figure(columns.build(t.build())));
    for (BudgetColumn c : doc.columns()) {
      blocks.add(new Block.Figure(waterfall(id + "-waterfall-" + (doc.columns().indexOf(c) + 1),
          c, totals, rows, unit, money, l)));
    }
    Money tolerance = unit.toMoney(doc.currency(), BigDecimal.ONE);
    List<Finding> findings = ConsistencyCheck.withTolerance(tolerance).check(doc);
    List<String> items = findings.stream().map(Finding::note).toList();
    blocks.add(new Block.Findings(findings.isEmpty()
        ? l.text("budget.findings.none", tolerance)
        : l.text("budget.findings", findings.size(), tolerance), items));
    if (!findings.isEmpty()) {
      DataTable.Builder f = DataTable.builder(l.text("budget.findings.table"), l.text("col.kind"),
          l.text("col.table"), l.text("col.where"), l.text("col.column"), l.text("col.printed"),
          l.text("col.computed"), l.text("col.difference"));
      for (Finding x : findings) {
        f.styledRow("finding", List.of(Cell.text(x.kind().code()), Cell.text(x.table()),
            Cell.text(x.location()), Cell.text(x.column()),
            Cell.number(l.number(x.printed()), x.printed().toPlainString()),
            x.computed().map(v -> Cell.number(l.number(v), v.toPlainString()))
                .orElse(Cell.text(l.text("budget.undefined"))),
            x.difference().map(v -> Cell.number(l.number(v), v.toPlainString()))
                .orElse(Cell.text(l.text("budget.undefined")))));
      }
      blocks.add(new Block.Table(f.build()));
    }
    return new Section(id, l.text("kind.budget"), doc.title(), List.of(source), blocks);
  }

  private static Chart waterfall(String id, BudgetColumn c, BudgetTotals totals,
      List<TotalKey.Aggregate> rows, AmountUnit unit, String money, Language l) {
    List<TotalKey.Aggregate> steps = rows == PLAIN ? PLAIN : List.of(TotalKey.Aggregate.NET_AVAILABLE,
        TotalKey.Aggregate.FIXED_COSTS, TotalKey.Aggregate.CONTINGENCY, TotalKey.Aggregate.INSTITUTIONAL_INVESTMENTS,
        TotalKey.Aggregate.SURPLUS_BEFORE_PRIOR_SURPLUSES, TotalKey.Aggregate.PRIOR_SURPLUSES_USED,
        TotalKey.Aggregate.BUDGET_SURPLUS);
    String title = l.text(rows == PLAIN ? "budget.waterfall.plain" : "budget.waterfall.margin",
        c.label());
    Waterfall w = Waterfall.builder(id, title, l.text("budget.waterfall.desc", c.label(), money));
    DataTable.Builder t = DataTable.builder(title + ", " + money, l.text("col.step"),
        l.text("col.amount"));
    for (TotalKey.Aggregate a : steps) {
      Money m = figure(totals, c.code(), a);
      String label = l.text("aggregate." + a.code());
      String text = l.number(inUnit(m, unit));
      String exact = m.amount().toPlainString();
      switch (a) {
        case NET_AVAILABLE, SURPLUS_BEFORE_PRIOR_SURPLUSES, BUDGET_SURPLUS, INCOME, BALANCE ->
            w.total(a.code(), label, unit.inUnit(m), text, exact);
        case PRIOR_SURPLUSES_USED -> w.up(a.code(), label, unit.inUnit(m), text, exact);
        default -> w.down(a.code(), label, unit.inUnit(m), text, exact);
      }
      t.row(Cell.text(label), Cell.number(text, exact));
    }
    return w.build(t.build());
  }

  /** The figure {@code a} of column {@code column}, as {@code rbm balance} computes it. */
  public static Money figure(BudgetTotals totals, String column, TotalKey.Aggregate a) {
    return totals.value(column, TotalKey.of(a));
  }

  /** An amount in the printed unit, exact, without trailing zeros. */
  private static BigDecimal inUnit(Money m, AmountUnit unit) {
    return unit.inUnit(m);
  }
}
