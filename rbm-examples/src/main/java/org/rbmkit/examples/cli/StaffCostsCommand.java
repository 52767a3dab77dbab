package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.budget.staffing.StaffCost;
import org.rbmkit.budget.staffing.StaffCostSummary;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.examples.table.Figures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rbm staff-costs FILE}: staff FTE and cost by grade and fund source from a budget
 * document's staffing tables, with the average cost per FTE and the grade mix.
 *
 * <pre>{@code
 * rbm staff-costs docs/examples/itcilo-budget-2024-25-proposal.json
 * }</pre>
 */
@Command(
    name = "staff-costs",
    mixinStandardHelpOptions = true,
    description = {
      "Staff FTE and cost by grade and fund source from a budget document's staffing tables,"
          + " column by column: average cost per FTE (rounded to whole currency units, half-up)"
          + " (or --decimals N) and grade mix (share of the column's FTE, per cent to one"
          + " decimal, half-up); --by-source adds each fund source's average per grade."
    },
    footerHeading = "%nExample:%n",
    footer = {"  rbm staff-costs docs/examples/itcilo-budget-2024-25-proposal.json",
        "  rbm staff-costs --column 2024-25-proposal --json budget.json",
        "  rbm staff-costs --by-source --decimals 2 budget.json"})
public final class StaffCostsCommand implements Callable<Integer> {

  /** The rounding of an average cost per FTE: whole units of the currency, half-up. */
  static final MoneyRounding WHOLE_UNITS = MoneyRounding.of("1", RoundingMode.HALF_UP);

  @Spec private CommandSpec spec;

  @Mixin private OutputOptions output;

  @Mixin private BudgetOptions budget;

  @Option(names = "--column", paramLabel = "CODE",
      description = "Only this column (default: every column with staffing rows).")
  private String column;

  @Option(names = "--decimals", paramLabel = "N",
      description = "Decimals of the average cost per FTE, half-up (default 0: whole currency"
          + " units; at most the currency's minor-unit digits).")
  private int decimals;

  @Option(names = "--by-source",
      description = "Also show the average cost per FTE of each grade by fund source.")
  private boolean bySource;

  /** The rounding of the averages of this run. */
  private MoneyRounding averages = WHOLE_UNITS;

  @Override
  public Integer call() {
    BudgetDocument doc = budget.document();
    int digits = Math.max(0, doc.currency().getDefaultFractionDigits());
    if (decimals < 0 || decimals > digits) {
      throw new InputException("--decimals " + decimals + " is not in 0.." + digits + " ("
          + doc.currency().getCurrencyCode() + " has " + digits + " minor-unit digits)");
    }
    averages = MoneyRounding.of(BigDecimal.ONE.movePointLeft(decimals).toPlainString(),
        RoundingMode.HALF_UP);
    if (doc.staffing().isEmpty()) {
      throw new InputException(budget.file() + ": at $.staffing: the document has no staffing"
          + " table");
    }
    Set<String> columns = new LinkedHashSet<>();
    for (String c : doc.columnCodes()) {
      for (StaffingTable t : doc.staffing()) {
        if (t.rows().stream().anyMatch(r -> r.column().equals(c))) {
          columns.add(c);
        }
      }
    }
    if (column != null) {
      if (!columns.contains(column)) {
        throw new InputException(budget.file() + ": at $.staffing: no staffing rows for column "
            + column + " (columns with rows: " + columns + ")");
      }
      columns = Set.of(column);
    }
    PrintWriter out = spec.commandLine().getOut();
    ObjectNode json = OutputOptions.object();
    json.put("file", budget.file().toString());
    json.put("title", doc.title());
    json.put("currency", doc.currency().getCurrencyCode());
    ArrayNode jcols = json.putArray("columns");
    Listing listing = new Listing();
    listing.println(doc.title());
    for (String c : columns) {
      StaffCostSummary s = summary(doc, c);
      try {
        if (output.json()) {
          jcols.add(json(c, s));
        } else {
          listing.println();
          listing.println("Column " + c + ": " + Figures.grouped(s.total().fte()) + " FTE, "
              + Figures.inUnit(s.total().cost(), AmountUnit.UNITS) + " "
              + doc.currency().getCurrencyCode());
          listing.table(table(c, s));
        }
      } catch (AverageBeyondMoney e) {
        // the staffing table's figures, not a bug
        throw new InputException(budget.file() + ": at $.staffing, column " + c + ": "
            + e.getCause().getMessage(), e.getCause());
      }
    }
    if (output.json()) {
      OutputOptions.write(out, json);
    } else {
      output.render(out, listing);
    }
    out.flush();
    return Rbm.EXIT_OK;
  }

  /** The staff summary of one column. */
  static StaffCostSummary summary(BudgetDocument doc, String column) {
    List<StaffCost> rows = new ArrayList<>();
    for (StaffingTable t : doc.staffing()) {
      for (StaffingTable.Row r : t.rows()) {
        if (r.column().equals(column)) {
          rows.add(new StaffCost(r.grade(), r.fundSource(), r.fte(),
              t.unit().toMoney(doc.currency(), r.cost())));
        }
      }
    }
    return StaffCostSummary.of(doc.currency(), rows);
  }

  private Listing.Table table(String column, StaffCostSummary s) {
    List<String> sources = new ArrayList<>(s.byFundSource().keySet());
    List<String> headings = new ArrayList<>(List.of("<column", "<grade"));
    for (String f : sources) {
      headings.add("FTE " + f);
    }
    headings.addAll(List.of("FTE", "cost", "per FTE"));
    if (bySource) {
      for (String f : sources) {
        headings.add("per FTE " + f);
      }
    }
    headings.add("grade mix");
    Listing.Table t = Listing.table(headings.toArray(new String[0]));
    for (Map.Entry<Grade, StaffCostSummary.Total> e : s.byGrade().entrySet()) {
      List<Object> cells = new ArrayList<>(List.of(column, e.getKey().code()));
      for (String f : sources) {
        StaffCostSummary.Total cell = s.cells().get(new StaffCostSummary.Cell(e.getKey(), f));
        cells.add(cell == null ? Listing.Cell.grouped(0) : Listing.Cell.grouped(cell.fte()));
      }
      cells.add(Listing.Cell.grouped(e.getValue().fte()));
      cells.add(eur(e.getValue().cost()));
      cells.add(average(e.getValue()));
      if (bySource) {
        for (String f : sources) {
          StaffCostSummary.Total cell = s.cells().get(new StaffCostSummary.Cell(e.getKey(), f));
          cells.add(cell == null ? "" : average(cell));
        }
      }
      cells.add(mix(s.gradeMix().get(e.getKey())));
      t.row(cells.toArray());
    }
    t.rule();
    for (Map.Entry<String, StaffCostSummary.Total> e : s.byFundSource().entrySet()) {
      List<Object> cells = new ArrayList<>(List.of(column, e.getKey()));
      for (String f : sources) {
        cells.add(f.equals(e.getKey()) ? Listing.Cell.grouped(e.getValue().fte()) : "");
      }
      cells.addAll(List.of(Listing.Cell.grouped(e.getValue().fte()), eur(e.getValue().cost()),
          average(e.getValue())));
      if (bySource) {
        for (String f : sources) {
          cells.add(f.equals(e.getKey()) ? average(e.getValue()) : "");
        }
      }
      cells.add("");
      t.row(cells.toArray());
    }
    List<Object> cells = new ArrayList<>(List.of(column, "total"));
    for (String f : sources) {
      cells.add("");
    }
    cells.addAll(List.of(Listing.Cell.grouped(s.total().fte()), eur(s.total().cost()),
        average(s.total())));
    if (bySource) {
      for (String f : sources) {
        cells.add("");
      }
    }
    cells.add("");
    t.row(cells.toArray());
    return t.notInText("column");
  }

  private ObjectNode json(String column, StaffCostSummary s) {
    ObjectNode c = OutputOptions.object();
    c.put("column", column);
    ArrayNode grades = c.putArray("grades");
    for (Map.Entry<StaffCostSummary.Cell, StaffCostSummary.Total> e : s.cells().entrySet()) {
      ObjectNode g = grades.addObject();
      g.put("grade", e.getKey().grade().code());
      g.put("fundSource", e.getKey().fundSource());
      total(g, e.getValue());
    }
    ObjectNode byGrade = c.putObject("byGrade");
    for (Map.Entry<Grade, StaffCostSummary.Total> e : s.byGrade().entrySet()) {
      ObjectNode g = byGrade.putObject(e.getKey().code());
      total(g, e.getValue());
      Ratio mix = s.gradeMix().get(e.getKey());
      ObjectNode m = g.putObject("gradeMix");
      m.put("numerator", mix.numerator());
      m.put("denominator", mix.denominator());
    }
    ObjectNode bySource = c.putObject("byFundSource");
    s.byFundSource().forEach((k, v) -> total(bySource.putObject(k), v));
    total(c.putObject("total"), s.total());
    return c;
  }

  /**
   * The average cost per FTE of {@code t} rounded as asked; an average beyond what {@code Money}
   * holds (a tiny FTE) is thrown as {@link AverageBeyondMoney}, which the caller names.
   */
  private Optional<Money> averageOf(StaffCostSummary.Total t) {
    try {
      return t.averageCostPerFte(averages);
    } catch (IllegalArgumentException e) {
      throw new AverageBeyondMoney(e);
    }
  }

  /** An average cost per FTE beyond what {@code Money} holds; the cause says which. */
  private static final class AverageBeyondMoney extends RuntimeException {
    private static final long serialVersionUID = 1L;

    AverageBeyondMoney(IllegalArgumentException cause) {
      super(cause);
    }
  }

  private void total(ObjectNode o, StaffCostSummary.Total t) {
    o.put("fte", t.fte());
    o.set("cost", RbmJson.mapper().valueToTree(t.cost()));
    averageOf(t).ifPresentOrElse(
        a -> o.set("averageCostPerFte", RbmJson.mapper().valueToTree(a)),
        () -> o.putNull("averageCostPerFte"));
  }

  private Listing.Cell average(StaffCostSummary.Total t) {
    // printed with exactly the chosen decimals (179 326.09, 73 703.70), grouped by thousands
    return averageOf(t)
        .map(m -> Listing.Cell.grouped(m.amount().setScale(decimals, RoundingMode.UNNECESSARY)))
        .orElse(Listing.Cell.text("n/a"));
  }

  private static Listing.Cell mix(Ratio r) {
    return Listing.Cell.percent(r.percent(1, RoundingMode.HALF_UP));
  }

  private static Listing.Cell eur(Money m) {
    return Listing.Cell.inUnit(m, AmountUnit.UNITS);
  }
}
