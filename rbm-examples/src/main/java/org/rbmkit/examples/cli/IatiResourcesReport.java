package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.rbmkit.budget.iati.IatiCube;
import org.rbmkit.budget.iati.IatiExecution;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.resources.Execution;
import org.rbmkit.budget.resources.ExecutionRule;
import org.rbmkit.budget.resources.FundingGap;
import org.rbmkit.budget.resources.Standing;
import org.rbmkit.budget.resources.UnitCost;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.money.ExchangeRate;
import org.rbmkit.core.money.Money;
import org.rbmkit.examples.iati.IatiResources;
import org.rbmkit.examples.table.Figures;
import org.rbmkit.kpi.achievement.Rating;
import org.rbmkit.kpi.achievement.RatingTally;
import org.rbmkit.kpi.achievement.RollupCalculator;
import picocli.CommandLine;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rbm resources ACTIVITIES.xml}: the {@link IatiResources} view of an IATI activity file,
 * as text tables or JSON.
 *
 * <pre>{@code
 * rbm resources docs/examples/iati-resources.xml --currency EUR \
 *     --rates docs/examples/iati-resources-rates.json --at 2025-06-30
 * }</pre>
 */
final class IatiResourcesReport {

  private static final MoneyRounding WHOLE_UNITS = MoneyRounding.of("1", RoundingMode.HALF_UP);

  private IatiResourcesReport() {}

  /**
   * Reads the file and the rates, prints the view and returns the exit code: 0, or 1 when an
   * amount could not be converted.
   */
  static int run(CommandLine cl, Path file, String currencyCode, Path ratesFile,
      RollupCalculator calculator, ExecutionRule rule, LocalDate date, OutputOptions output) {
    List<IatiActivity> activities = IatiInput.readIati(file, cl.getErr());
    Currency currency = currency(cl, file, activities, currencyCode);
    List<ExchangeRate> rates = ratesFile == null ? List.of()
        : List.of(Inputs.readJson(ratesFile, ExchangeRate[].class));
    for (int i = 0; i < rates.size(); i++) {
      ExchangeRate r = rates.get(i);
      if (!r.to().equals(currency)) {
        throw new InputException(ratesFile + ": [" + i + "]: the rate " + r.from() + "->"
            + r.to() + " on " + r.date() + " does not convert to " + currency);
      }
    }
    try {
      IatiExecution.checkRates(rates);
    } catch (IllegalArgumentException e) {
      // the rates file's own fault, named there rather than in the activities that use it
      throw new InputException(ratesFile + ": " + e.getMessage(), e);
    }
    IatiResources view;
    try {
      view = IatiResources.of(activities, currency, rates, calculator);
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": " + e.getMessage(), e);
    }
    PrintWriter out = cl.getOut();
    if (output.json()) {
      json(out, file, view, rule, date);
    } else {
      output.render(out, listing(file, activities.size(), view, rule, date));
    }
    return view.execution().unconverted().isEmpty() && view.cube().unconverted().isEmpty()
        ? Rbm.EXIT_OK : Rbm.EXIT_PROBLEMS;
  }

  private static Currency currency(CommandLine cl, Path file, List<IatiActivity> activities,
      String code) {
    if (code != null) {
      try {
        return Currency.getInstance(code);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cl,
            "--currency: \"" + code + "\" is not an ISO 4217 currency code");
      }
    }
    Set<String> used = IatiResources.currencies(activities);
    if (used.size() != 1) {
      throw new CommandLine.ParameterException(cl, file + ": the activities' budgets and"
          + " transactions are in " + (used.isEmpty() ? "no known currency" : String.join(", ",
              used)) + ": give the currency to show with --currency CODE (and exchange rates"
          + " into it with --rates FILE)");
    }
    return Currency.getInstance(used.iterator().next());
  }

  private static Listing.Cell amount(Money m) {
    return Listing.Cell.inUnit(m, AmountUnit.UNITS);
  }

  /** An exact amount without trailing zeros, grouped. */
  static String exact(BigDecimal v) {
    return Figures.grouped(Digits.normalise(v));
  }

  private static String tally(RatingTally t) {
    return t.total() == 0 ? "none" : t.counts().entrySet().stream()
        .map(e -> e.getKey().code() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static Listing listing(Path file, int count, IatiResources view,
      ExecutionRule rule, LocalDate date) {
    Listing out = new Listing();
    IatiExecution x = view.execution();
    String cur = x.currency().getCurrencyCode();
    out.println(file + ": " + count + " activit" + (count == 1 ? "y" : "ies") + ", "
        + x.rows().size() + " budget column" + (x.rows().size() == 1 ? "" : "s")
        + "; amounts in " + cur + ", exact.");
    out.println("Converted at the rate in force (the latest on or before the date): a"
        + " transaction on its value date, a budget on its period's first day; rounded half-even"
        + " to the cent, once.");
    out.println();
    out.println("Budget and spending by activity and budget period (spending = disbursements +"
        + " expenditure; rate = spending ÷ budget, per cent to one decimal half-up):");
    Listing.Table t = Listing.table("<activity", "<budget type", "<period", "budget",
        "commitments", "spending", "rate");
    for (IatiResources.Line l : view.lines()) {
      IatiExecution.Row r = l.row();
      t.row(r.activity(), type(r), r.column().period().toString(), amount(r.budget()),
          amount(r.commitments()), amount(r.spending()),
          Listing.Cell.percent(r.rate().percent(1, RoundingMode.HALF_UP)));
    }
    out.table(t);
    out.println();
    out.println("Funding (secured = incoming commitments, received = incoming funds, gap ="
        + " budget − secured; coverage = secured ÷ budget):");
    Listing.Table f = Listing.table("<activity", "<period", "budget", "secured", "received",
        "gap", "coverage");
    for (IatiResources.Line l : view.lines()) {
      IatiExecution.Row r = l.row();
      FundingGap g = r.fundingGap();
      f.row(r.activity(), r.column().period().toString(), amount(r.budget()),
          amount(r.incomingCommitments()), amount(r.incomingFunds()), amount(g.gap()),
          Listing.Cell.percent(g.coverage().percent(1, RoundingMode.HALF_UP)));
    }
    out.table(f);
    out.println();
    out.println("Achievement for the budget period (indicators rated against their target for"
        + " exactly that period; the activity's rating by the roll-up rule "
        + view.lines().stream().findFirst().map(l -> l.rollup().rule().code()).orElse("-")
        + ")" + (date == null ? "; execution and standing: give the date with --at DATE:"
            : " and standing at " + date + " (expected = budget × days elapsed ÷ days in the"
                + " period, whole " + cur + " half-up; rule: " + rule + "):"));
    Listing.Table s = date == null
        ? Listing.table("<activity", "<period", "<indicators", "<rating")
        : Listing.table("<activity", "<period", "<indicators", "<rating", "rate",
            "elapsed", "expected", "<standing");
    for (IatiResources.Line l : view.lines()) {
      IatiExecution.Row r = l.row();
      if (date == null) {
        s.row(r.activity(), r.column().period().toString(), tally(l.tally()), l.rating());
      } else {
        Standing st = l.standing(rule, date, WHOLE_UNITS);
        Execution e = st.execution();
        s.row(r.activity(), r.column().period().toString(), tally(l.tally()), l.rating(),
            Listing.Cell.percent(e.rate().percent(1, RoundingMode.HALF_UP)),
            Listing.Cell.percent(e.elapsed().percent(1, RoundingMode.HALF_UP)),
            amount(e.expected()), st.code());
      }
    }
    out.table(s);
    out.println();
    out.println("Cost per unit of output (the activity's spending in the period ÷ the actual of"
        + " an output indicator measured in units, " + cur + " rounded to whole units half-up;"
        + " IATI does not split spending by result):");
    Listing.Table c = Listing.table("<activity", "<period", "<result", "<indicator",
        "spending", "units", "per unit");
    int costs = 0;
    for (IatiResources.Line l : view.lines()) {
      for (UnitCost u : view.unitCosts(l)) {
        c.row(l.row().activity(), l.row().column().period().toString(), u.result(),
            u.indicator(), amount(u.expenditure()), Listing.Cell.grouped(u.units()),
            u.perUnit(WHOLE_UNITS).map(IatiResourcesReport::amount)
                .orElse(Listing.Cell.text("n/a")));
        costs++;
      }
    }
    if (costs == 0) {
      out.println("  none: no output indicator in units has an actual for a budget period.");
    }
    // always a table, empty when there is no cost: CSV then has its header row
    out.table(c);
    out.println();
    IatiCube cube = view.cube();
    out.println("Spending by finance type, sector, location and SDG (every disbursement and"
        + " expenditure of the file, split by the published sector and location percentages,"
        + " exact; docs/resources.md):");
    Listing.Table k = Listing.table("<finance type", "<sector", "<location", "<sdg",
        "amount");
    for (IatiCube.Cell cell : cube.cells()) {
      k.row(cell.financeType(), cell.sector(), cell.location(), cell.sdg(),
          Listing.Cell.number(cell.amount(), exact(cell.amount())));
    }
    k.rule();
    k.row("total", "", "", "", amount(cube.total()));
    out.table(k);
    out.println();
    if (!cube.unconverted().isEmpty()) {
      out.println(cube.unconverted().size() + " spending amount"
          + (cube.unconverted().size() == 1 ? " is" : "s are") + " left out of the cube:");
      cube.unconverted().forEach(u -> out.println("  " + u));
    }
    if (x.unconverted().isEmpty()) {
      out.println("Every budget and counted transaction is included.");
    } else {
      out.println(x.unconverted().size() + " amount" + (x.unconverted().size() == 1 ? " is"
          + " left out of the sums" : "s are left out of the sums") + ":");
      x.unconverted().forEach(u -> out.println("  " + u));
    }
    return out;
  }

  private static String type(IatiExecution.Row r) {
    return r.column().type().name().toLowerCase(java.util.Locale.ROOT) + " "
        + r.column().status().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static void json(PrintWriter out, Path file, IatiResources view, ExecutionRule rule,
      LocalDate date) {
    IatiExecution x = view.execution();
    ObjectNode o = OutputOptions.object();
    o.put("file", file.toString());
    o.put("currency", x.currency().getCurrencyCode());
    o.put("rollupRule", view.lines().isEmpty() ? null
        : view.lines().get(0).rollup().rule().code());
    if (date != null) {
      o.put("at", date.toString());
      o.put("rule", rule.toString());
    }
    ArrayNode rows = o.putArray("rows");
    for (IatiResources.Line l : view.lines()) {
      IatiExecution.Row r = l.row();
      ObjectNode j = rows.addObject();
      j.put("activity", r.activity());
      j.put("column", r.column().toString());
      j.put("period", r.column().period().toString());
      j.put("budget", r.budget().amount());
      j.put("commitments", r.commitments().amount());
      j.put("spending", r.spending().amount());
      j.put("rate", r.rate().toString());
      j.put("secured", r.incomingCommitments().amount());
      j.put("received", r.incomingFunds().amount());
      j.put("gap", r.fundingGap().gap().amount());
      j.put("coverage", r.fundingGap().coverage().toString());
      ObjectNode t = j.putObject("indicators");
      for (Map.Entry<Rating, Long> e : l.tally().counts().entrySet()) {
        t.put(e.getKey().code(), e.getValue());
      }
      j.put("rating", l.rating());
      if (date != null) {
        Standing st = l.standing(rule, date, WHOLE_UNITS);
        j.put("elapsed", st.execution().elapsed().toString());
        j.put("expected", st.execution().expected().amount());
        j.put("expectedRounding", WHOLE_UNITS.toString());
        j.put("standing", st.code());
      }
    }
    ArrayNode uc = o.putArray("unitCosts");
    for (IatiResources.Line l : view.lines()) {
      for (UnitCost u : view.unitCosts(l)) {
        ObjectNode j = uc.addObject();
        j.put("activity", l.row().activity());
        j.put("column", l.row().column().toString());
        j.put("result", u.result());
        j.put("indicator", u.indicator());
        j.put("spending", u.expenditure().amount());
        j.put("units", u.units());
        j.put("ratio", u.ratio().toString());
        j.put("perUnit", u.perUnit(WHOLE_UNITS).map(Money::amount).orElse((BigDecimal) null));
        j.put("rounding", WHOLE_UNITS.toString());
      }
    }
    ArrayNode un = o.putArray("unconverted");
    for (IatiExecution.Unconverted u : x.unconverted()) {
      ObjectNode j = un.addObject();
      j.put("activity", u.activity());
      j.put("where", u.where());
      j.put("amount", u.amount().amount());
      j.put("currency", u.amount().currency().orElse(null));
      j.put("date", u.amount().valueDate().toString());
      j.put("reason", u.reason());
    }
    ArrayNode cells = o.putArray("cube");
    for (IatiCube.Cell c : view.cube().cells()) {
      ObjectNode j = cells.addObject();
      j.put("financeType", c.financeType());
      j.put("sector", c.sector());
      j.put("location", c.location());
      j.put("sdg", c.sdg());
      j.put("amount", c.amount());
    }
    o.put("cubeTotal", view.cube().total().amount());
    ArrayNode cu = o.putArray("cubeUnconverted");
    view.cube().unconverted().forEach(u -> cu.add(u.toString()));
    o.put("complete", x.unconverted().isEmpty() && view.cube().unconverted().isEmpty());
    OutputOptions.write(out, o);
  }
}
