package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rbmkit.budget.balance.Balance;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.balance.ContributionMargin;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rbm balance FILE}: rebuilds a budget from its lines, column by column, and compares
 * every printed total with the figure recomputed from the lines.
 *
 * <pre>{@code
 * rbm balance docs/examples/itcilo-budget-2024-25-proposal.json
 * }</pre>
 */
@Command(
    name = "balance",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild a budget from its lines: net contributions, net available, charges and surplus"
          + " (contribution-margin budgets) or income, expenditure and surplus by fund.",
      "Every printed total is compared with the figure recomputed from the lines; exit code 1"
          + " when one differs by more than the tolerance."
    },
    footerHeading = "%nExample:%n",
    footer = {"  rbm balance docs/examples/itcilo-budget-2024-25-proposal.json",
        "  rbm balance --json --tolerance 0 budget.json"})
public final class BalanceCommand implements Callable<Integer> {

  private static final List<TotalKey.Aggregate> MARGIN = List.of(
      TotalKey.Aggregate.OWN_NET_CONTRIBUTION, TotalKey.Aggregate.VOLUNTARY_CONTRIBUTIONS, TotalKey.Aggregate.NET_AVAILABLE,
      TotalKey.Aggregate.FIXED_COSTS, TotalKey.Aggregate.CONTINGENCY, TotalKey.Aggregate.INSTITUTIONAL_INVESTMENTS,
      TotalKey.Aggregate.CHARGES, TotalKey.Aggregate.SURPLUS_BEFORE_PRIOR_SURPLUSES,
      TotalKey.Aggregate.PRIOR_SURPLUSES_USED, TotalKey.Aggregate.BUDGET_SURPLUS);

  private static final List<TotalKey.Aggregate> PLAIN =
      List.of(TotalKey.Aggregate.INCOME, TotalKey.Aggregate.EXPENDITURE, TotalKey.Aggregate.BALANCE);

  @Spec private CommandSpec spec;

  @Mixin private OutputOptions output;

  @Mixin private BudgetOptions budget;

  /** A printed total that differs from the recomputed figure. */
  record Difference(BudgetDocument.PrintedTotal total, String column, Money printed, Money computed) {}

  @Override
  public Integer call() {
    BudgetDocument doc = budget.document();
    Money tolerance = budget.tolerance(doc);
    BudgetTotals totals = BudgetTotals.of(doc.currency(), doc.entries()::iterator);
    boolean plain = doc.lines().stream().map(BudgetLine::kind)
        .anyMatch(k -> k == LineKind.INCOME || k == LineKind.EXPENDITURE);
    List<TotalKey.Aggregate> rows = plain ? PLAIN : MARGIN;
    List<Difference> differences = new ArrayList<>();
    for (BudgetDocument.PrintedTotal p : doc.printedTotals()) {
      for (Map.Entry<String, BigDecimal> e : p.amounts().entrySet()) {
        Money printed = doc.money(e.getValue());
        Money computed;
        try {
          computed = totals.value(e.getKey(), p.total());
        } catch (IllegalArgumentException x) {
          throw new InputException(budget.file() + ": printed total " + p.total() + ": "
              + x.getMessage(), x);
        }
        if (printed.minus(computed).abs().isGreaterThan(tolerance)) {
          differences.add(new Difference(p, e.getKey(), printed, computed));
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      OutputOptions.write(out,
          json(budget.file(), doc, totals, rows, plain, tolerance, differences));
    } else {
      output.render(out, listing(doc, totals, rows, plain, tolerance, differences));
    }
    return differences.isEmpty() ? Rbm.EXIT_OK : Rbm.EXIT_PROBLEMS;
  }

  private static Money figure(BudgetTotals totals, String column, TotalKey.Aggregate a) {
    return totals.value(column, org.rbmkit.budget.document.TotalKey.of(a));
  }

  private static boolean balanced(BudgetTotals totals, String column, boolean plain) {
    if (plain) {
      return totals.balance(column).isBalanced();
    }
    ContributionMargin m = totals.margin(column);
    return m.budgetSurplus().isZero();
  }

  private static Listing listing(BudgetDocument doc, BudgetTotals totals,
      List<TotalKey.Aggregate> rows, boolean plain, Money tolerance, List<Difference> differences) {
    Listing out = new Listing();
    out.println(doc.title());
    out.println((plain ? "income and expenditure" : "contribution margin") + ", "
        + doc.currency().getCurrencyCode() + " " + doc.unit().code()
        + ", recomputed from " + doc.lines().size() + " lines");
    out.println();
    List<String> headings = new ArrayList<>(List.of("<figure"));
    doc.columns().forEach(c -> headings.add(c.label()));
    Listing.Table t = Listing.table(headings.toArray(new String[0]));
    for (TotalKey.Aggregate a : rows) {
      List<Object> cells = new ArrayList<>(List.of(a.code()));
      for (String c : doc.columnCodes()) {
        cells.add(Listing.Cell.inUnit(figure(totals, c, a), doc.unit()));
      }
      t.row(cells.toArray());
    }
    t.rule();
    List<Object> cells = new ArrayList<>(List.of("balanced"));
    for (String c : doc.columnCodes()) {
      cells.add(balanced(totals, c, plain) ? "yes" : "no");
    }
    t.row(cells.toArray());
    if (plain) {
      for (String fund : totals.funds()) {
        List<Object> f = new ArrayList<>(List.of("surplus of fund " + fund));
        for (String c : doc.columnCodes()) {
          Balance b = totals.balance(c, fund);
          f.add(Listing.Cell.inUnit(b.surplus(), doc.unit()));
        }
        t.row(f.toArray());
      }
    }
    out.table(t);
    out.println();
    if (differences.isEmpty()) {
      out.println("Every printed total reconciles with its lines (tolerance " + tolerance + ").");
    } else {
      out.println(differences.size() + " printed total" + (differences.size() == 1 ? "" : "s")
          + " do" + (differences.size() == 1 ? "es" : "") + " not reconcile with the lines"
          + " (tolerance " + tolerance + "):");
    }
    // always a table, empty when everything reconciles: CSV then has its header row
    Listing.Table d = Listing.table("<total", "<column", "printed", "computed",
        "difference", "<label");
    for (Difference x : differences) {
      d.row(x.total().total(), x.column(), Listing.Cell.inUnit(x.printed(), doc.unit()),
          Listing.Cell.inUnit(x.computed(), doc.unit()),
          Listing.Cell.inUnit(x.printed().minus(x.computed()), doc.unit()), x.total().label());
    }
    out.table(d);
    return out;
  }

  private static ObjectNode json(java.nio.file.Path file, BudgetDocument doc,
      BudgetTotals totals, List<TotalKey.Aggregate> rows,
      boolean plain, Money tolerance, List<Difference> differences) {
    ObjectNode r = OutputOptions.object();
    r.put("file", file.toString());
    r.put("title", doc.title());
    r.put("currency", doc.currency().getCurrencyCode());
    r.put("model", plain ? "income-expenditure" : "contribution-margin");
    r.set("tolerance", RbmJson.mapper().valueToTree(tolerance));
    ArrayNode columns = r.putArray("columns");
    for (BudgetColumn c : doc.columns()) {
      ObjectNode col = columns.addObject();
      col.put("code", c.code());
      col.put("label", c.label());
      col.put("period", c.period().toString());
      ObjectNode figures = col.putObject("figures");
      for (TotalKey.Aggregate a : rows) {
        figures.set(a.code(), RbmJson.mapper().valueToTree(figure(totals, c.code(), a)));
      }
      col.put("balanced", balanced(totals, c.code(), plain));
    }
    ArrayNode diffs = r.putArray("unreconciled");
    for (Difference x : differences) {
      ObjectNode d = diffs.addObject();
      d.put("total", x.total().total().toString());
      d.put("label", x.total().label());
      d.put("column", x.column());
      d.set("printed", RbmJson.mapper().valueToTree(x.printed()));
      d.set("computed", RbmJson.mapper().valueToTree(x.computed()));
      d.set("difference", RbmJson.mapper().valueToTree(x.printed().minus(x.computed())));
    }
    r.put("reconciles", differences.isEmpty());
    return r;
  }
}
