package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.resources.AllocationCheck;
import org.rbmkit.budget.resources.AllocationDocument;
import org.rbmkit.budget.resources.AmountKind;
import org.rbmkit.budget.resources.Execution;
import org.rbmkit.budget.resources.ExecutionRule;
import org.rbmkit.budget.resources.FundReconciliation;
import org.rbmkit.budget.resources.FundingGap;
import org.rbmkit.budget.resources.ResourceCube;
import org.rbmkit.budget.resources.ResourcePlan;
import org.rbmkit.budget.resources.ResourceRollup;
import org.rbmkit.budget.resources.Standing;
import org.rbmkit.budget.resources.UnitCost;
import org.rbmkit.core.fund.FinancingInstrument;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.Shown;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.IndicatorRating;
import org.rbmkit.kpi.achievement.RatingScheme;
import org.rbmkit.kpi.achievement.RollupCalculator;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rbm resources BUDGET FRAMEWORK ALLOCATIONS} or {@code rbm resources ACTIVITIES.xml}: what
 * each result costs, who funds it, and whether the money buys progress.
 *
 * <pre>{@code
 * rbm resources docs/examples/itcilo-budget-2024-25.json \
 *     docs/examples/itcilo-framework-2024-25.json docs/examples/itcilo-resources-2024-25.json \
 *     --at 2025-01-01
 * }</pre>
 */
@Command(
    name = "resources",
    mixinStandardHelpOptions = true,
    description = {
      "Resources by result: a budget's expenditure lines allocated to the results of a"
          + " framework (docs/resources.md), reconciled with the budget line by line, rolled up"
          + " the framework (own costs and totals), funding gaps, execution next to each"
          + " result's achievement rating (with --at), cost per unit of output, and the data-cube"
          + " view by financing instrument, function, location and SDG.",
      "On an IATI activity file: budget, commitments, spending, execution rate and funding"
          + " gap by activity and budget period, in one currency, next to each activity's"
          + " achievement rating for the period, and cost per unit of output.",
      "Exit code 1 when the planned allocations do not add up to the budget's lines, or when an"
          + " IATI amount could not be converted."
    },
    footerHeading = "%nExample:%n",
    footer = {"  rbm resources docs/examples/itcilo-budget-2024-25.json \\",
        "      docs/examples/itcilo-framework-2024-25.json \\",
        "      docs/examples/itcilo-resources-2024-25.json --at 2025-01-01",
        "  rbm resources docs/examples/iati-resources.xml --currency EUR \\",
        "      --rates docs/examples/iati-resources-rates.json --at 2025-06-30"})
public final class ResourcesCommand implements Callable<Integer> {

  private static final MoneyRounding WHOLE_UNITS = MoneyRounding.of("1", RoundingMode.HALF_UP);

  @Spec private CommandSpec spec;

  @Mixin private OutputOptions output;

  @Parameters(arity = "1..3", paramLabel = "FILE",
      description = "Either three JSON files, BUDGET FRAMEWORK ALLOCATIONS: a budget document,"
          + " a results framework (with indicators for ratings and unit costs) and an allocation"
          + " document linking the two; or one IATI 2.03 activity file (XML) with budgets,"
          + " transactions and results.")
  private List<Path> files;

  private Path budgetFile;
  private Path frameworkFile;
  private Path allocationsFile;

  @Option(names = "--currency", paramLabel = "CODE",
      description = "IATI: the currency every figure is shown in (default: the one currency the"
          + " activities use).")
  private String currency;

  @Option(names = "--rates", paramLabel = "FILE",
      description = "IATI: exchange rates into --currency, a JSON array of {from, to, rate,"
          + " date, kind}; an amount converts at the rate in force on its date.")
  private Path ratesFile;

  @Option(names = "--rule", paramLabel = "RULE", defaultValue = "worst",
      description = "How a result's (or an IATI activity's) rating follows from its indicators'"
          + " ratings: worst, median or weighted (default: ${DEFAULT-VALUE}).")
  private String rollupRule;

  @Option(names = "--column", paramLabel = "CODE",
      description = "The budget column shown (default: the one column with planned"
          + " allocations).")
  private String column;

  @Option(names = "--at", paramLabel = "DATE",
      description = "Measure execution at this date (yyyy-mm-dd): actual ÷ budget next to the"
          + " share of the column's period elapsed, and each result's standing.")
  private String at;

  @Option(names = "--tolerance", paramLabel = "POINTS", defaultValue = "10",
      description = "Percentage points the execution rate may differ from the elapsed share"
          + " before a result counts as under- or over-spent (default: ${DEFAULT-VALUE}).")
  private BigDecimal tolerance;

  @Option(names = "--on-track", paramLabel = "RATING", split = ",",
      defaultValue = "on-track,on-target",
      description = "Rating codes counted as on track (default: ${DEFAULT-VALUE}).")
  private List<String> onTrack;

  @Override
  public Integer call() {
    Set<String> codes = new java.util.TreeSet<>();
    for (RatingScheme scheme : RatingScheme.BUILT_IN) {
      scheme.ratingsBestFirst().forEach(r -> codes.add(r.code()));
    }
    for (String code : onTrack) {
      if (!codes.contains(code)) {
        throw usage("--on-track: \"" + Shown.value(code) + "\" is not one of "
            + String.join(", ", codes) + " (the ratings of the built-in schemes)");
      }
    }
    ExecutionRule rule;
    try {
      rule = new ExecutionRule(tolerance, Set.copyOf(onTrack), Set.of("not-rated"));
    } catch (IllegalArgumentException e) {
      throw usage("--tolerance/--on-track: " + e.getMessage());
    }
    LocalDate date = at == null ? null : UsageErrors.date(spec.commandLine(), "--at", at);
    RollupCalculator calculator;
    try {
      calculator = RollupCalculator.withDefaults().withRule(RollupRule.fromCode(rollupRule));
    } catch (IllegalArgumentException e) {
      throw usage("--rule: " + e.getMessage());
    }
    if (files.size() == 1) {
      if (column != null) {
        throw usage("--column is for the JSON form; an IATI file is shown by budget period");
      }
      return IatiResourcesReport.run(spec.commandLine(), files.get(0), currency, ratesFile,
          calculator, rule, date, output);
    }
    if (files.size() != 3) {
      throw usage("give three JSON files, BUDGET FRAMEWORK ALLOCATIONS, or one IATI activity"
          + " file; got " + files.size() + " files");
    }
    if (currency != null || ratesFile != null) {
      throw usage("--currency and --rates are for an IATI file; a budget document has one"
          + " currency");
    }
    budgetFile = files.get(0);
    frameworkFile = files.get(1);
    allocationsFile = files.get(2);
    BudgetDocument budget = Inputs.readJson(budgetFile, BudgetDocument.class);
    ResultsFramework framework = Inputs.readJson(frameworkFile, ResultsFramework.class);
    AllocationDocument allocations = Inputs.readJson(allocationsFile, AllocationDocument.class);
    ResourcePlan plan;
    try {
      plan = ResourcePlan.of(budget, framework, allocations);
    } catch (IllegalArgumentException e) {
      throw new InputException(allocationsFile + ": " + e.getMessage(), e);
    }
    String col = column(plan);
    BudgetColumn bc = budget.column(col).orElseThrow();
    List<Finding> findings = AllocationCheck.check(plan);
    ResourceRollup rollup = plan.rollUp();
    FrameworkRollup ratings;
    try {
      ratings = calculator.rollUp(framework);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new InputException(frameworkFile + ": " + e.getMessage(), e);
    }
    List<Standing> standings = new ArrayList<>();
    if (date != null) {
      for (ResultNode n : framework.nodes()) {
        Execution e = Execution.of(rollup, n.code(), col, AmountKind.PLANNED, bc.period(), date,
            WHOLE_UNITS);
        standings.add(rule.classify(e, ratings.rating(n.code()).code()));
      }
    }
    List<UnitCost> unitCosts = new ArrayList<>();
    for (IndicatorRating i : ratings.indicators()) {
      Optional<BigDecimal> units = i.achievement().actual()
          .filter(v -> v.value() instanceof DecimalValue)
          .map(v -> ((DecimalValue) v.value()).value());
      units.ifPresent(u -> unitCosts.add(new UnitCost(i.resultCode(), i.indicatorCode(),
          rollup.total(i.resultCode(), col, AmountKind.ACTUAL), u)));
    }
    ResourceCube cube = ResourceCube.of(plan, col, AmountKind.PLANNED);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      json(out, plan, col, findings, rollup, standings, unitCosts, cube, rule, date);
    } else {
      output.render(out, listing(plan, col, findings, rollup, standings, unitCosts, cube, rule,
          date));
    }
    return findings.isEmpty() ? Rbm.EXIT_OK : Rbm.EXIT_PROBLEMS;
  }

  private String column(ResourcePlan plan) {
    if (column != null) {
      if (plan.budget().column(column).isEmpty()) {
        throw usage("--column: \"" + column + "\" is not a column of " + budgetFile + " "
            + plan.budget().columnCodes());
      }
      return column;
    }
    Set<String> planned = new LinkedHashSet<>();
    plan.allocations().allocations().stream().filter(a -> a.kind() == AmountKind.PLANNED)
        .forEach(a -> planned.add(a.column()));
    if (planned.size() != 1) {
      throw usage("give the column to show with --column: the planned allocations are in "
          + (planned.isEmpty() ? "no column" : planned.size() + " columns " + planned));
    }
    return planned.iterator().next();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static Listing listing(ResourcePlan plan, String col,
      List<Finding> findings, ResourceRollup r, List<Standing> standings,
      List<UnitCost> unitCosts, ResourceCube cube, ExecutionRule rule, LocalDate date) {
    Listing out = new Listing();
    AmountUnit unit = plan.budget().unit();
    String cur = plan.budget().currency().getCurrencyCode();
    String u = unit == AmountUnit.UNITS ? cur : unit.code() + " of " + cur;
    out.println(plan.allocations().title());
    out.println(plan.allocations().note());
    out.println("Column " + col + "; amounts in " + u + ", exact.");
    out.println();
    out.println("Allocations against the budget, by fund:");
    Listing.Table f = Listing.table("<fund", "<instrument", "budget", "allocated",
        "unallocated");
    for (FundReconciliation x : AllocationCheck.byFund(plan, col)) {
      f.row(x.fund(), plan.instrument(x.fund()).map(i -> Listing.Cell.text(i.code()))
          .orElse(Listing.Cell.none("-")),
          Listing.Cell.inUnit(x.budget(), unit), Listing.Cell.inUnit(x.allocated(), unit),
          Listing.Cell.inUnit(x.unallocated(), unit));
    }
    out.table(f);
    if (findings.isEmpty()) {
      out.println("Every expenditure line is allocated exactly.");
    } else {
      out.println(findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
          + " (budget line vs planned allocations, in units of the currency):");
      findings.forEach(x -> out.println("  " + x));
    }
    out.println();
    out.println("Resources by result (own: allocated to the result itself; total: with every"
        + " result under it):");
    Listing.Table t = Listing.table("<result", "<level", "own planned", "total planned",
        "actual", "secured", "gap", "coverage");
    for (ResultNode n : plan.framework().nodes()) {
      FundingGap g = FundingGap.of(r, n.code(), col, AmountKind.PLANNED);
      t.row(n.code(), n.level().code(), Listing.Cell.inUnit(r.own(n.code(), col, AmountKind.PLANNED),
          unit), Listing.Cell.inUnit(g.requiredTotal(), unit),
          Listing.Cell.inUnit(r.total(n.code(), col, AmountKind.ACTUAL), unit),
          Listing.Cell.inUnit(g.securedTotal(), unit), Listing.Cell.inUnit(g.gap(), unit),
          Listing.Cell.percent(g.coverage().percent(1, RoundingMode.HALF_UP)));
    }
    t.rule();
    t.row("total", "", "", Listing.Cell.inUnit(r.grandTotal(col, AmountKind.PLANNED), unit),
        Listing.Cell.inUnit(r.grandTotal(col, AmountKind.ACTUAL), unit), "", "", "");
    out.table(t);
    out.println("Coverage = secured ÷ planned, per cent to one decimal half-up.");
    out.println();
    if (date == null) {
      out.println("Execution and standing: give the date with --at DATE.");
    } else {
      out.println("Execution at " + date + " (rate = actual ÷ planned; expected = planned ×"
          + " days elapsed ÷ days in the period, rounded to whole " + cur + " half-up;"
          + " per cent to one decimal half-up) and standing (rule: " + rule + "):");
      Listing.Table s = Listing.table("<result", "planned", "actual", "rate", "elapsed",
          "expected (" + cur + ")", "<rating", "<standing");
      for (Standing x : standings) {
        Execution e = x.execution();
        s.row(e.result(), Listing.Cell.inUnit(e.budget(), unit), Listing.Cell.inUnit(e.actual(), unit),
            Listing.Cell.percent(e.rate().percent(1, RoundingMode.HALF_UP)),
            Listing.Cell.percent(e.elapsed().percent(1, RoundingMode.HALF_UP)),
            Listing.Cell.grouped(e.expected().amount()), x.rating(), x.code());
      }
      out.table(s);
    }
    out.println();
    if (!unitCosts.isEmpty()) {
      out.println("Cost per unit of output (actual expenditure ÷ the indicator's actual, " + cur
          + " rounded to whole units half-up):");
      Listing.Table c = Listing.table("<result", "<indicator", "actual", "units",
          "per unit (" + cur + ")");
      for (UnitCost x : unitCosts) {
        c.row(x.result(), x.indicator(), Listing.Cell.inUnit(x.expenditure(), unit),
            Listing.Cell.grouped(x.units()),
            x.perUnit(WHOLE_UNITS).map(m -> Listing.Cell.grouped(m.amount())).orElse(Listing.Cell.text("n/a")));
      }
      out.table(c);
      out.println();
    }
    out.println("Planned expenses by financing instrument, function, location and SDG:");
    Listing.Table k = Listing.table("<instrument", "<function", "<location", "<sdg",
        "amount");
    for (ResourceCube.Cell x : cube.cells()) {
      k.row(x.instrument(), x.function(), x.location(), x.sdg(), Listing.Cell.inUnit(x.amount(), unit));
    }
    k.rule();
    k.row("total", "", "", "", Listing.Cell.inUnit(cube.total(), unit));
    out.table(k);
    return out;
  }

  private static void json(PrintWriter out, ResourcePlan plan, String col,
      List<Finding> findings, ResourceRollup r, List<Standing> standings,
      List<UnitCost> unitCosts, ResourceCube cube, ExecutionRule rule, LocalDate date) {
    ObjectNode o = OutputOptions.object();
    o.put("title", plan.allocations().title());
    o.put("note", plan.allocations().note());
    o.put("column", col);
    o.put("currency", plan.budget().currency().getCurrencyCode());
    ArrayNode funds = o.putArray("funds");
    for (FundReconciliation x : AllocationCheck.byFund(plan, col)) {
      ObjectNode f = funds.addObject();
      f.put("fund", x.fund());
      f.put("instrument", plan.instrument(x.fund()).map(FinancingInstrument::code).orElse(null));
      f.put("budget", x.budget().amount());
      f.put("allocated", x.allocated().amount());
      f.put("unallocated", x.unallocated().amount());
    }
    ArrayNode fs = o.putArray("findings");
    for (Finding x : findings) {
      ObjectNode f = fs.addObject();
      f.put("line", x.location());
      f.put("column", x.column());
      f.put("budget", x.printed());
      f.put("allocated", x.computed().orElse(null));
      f.put("difference", x.difference().orElse(null));
      f.put("note", x.note());
    }
    ArrayNode results = o.putArray("results");
    for (ResultNode n : plan.framework().nodes()) {
      FundingGap g = FundingGap.of(r, n.code(), col, AmountKind.PLANNED);
      ObjectNode x = results.addObject();
      x.put("code", n.code());
      x.put("level", n.level().code());
      x.put("ownPlanned", amount(r.own(n.code(), col, AmountKind.PLANNED)));
      x.put("planned", amount(g.requiredTotal()));
      x.put("revised", amount(r.total(n.code(), col, AmountKind.REVISED)));
      x.put("actual", amount(r.total(n.code(), col, AmountKind.ACTUAL)));
      x.put("secured", amount(g.securedTotal()));
      x.put("gap", amount(g.gap()));
      ObjectNode byFund = x.putObject("gapByFund");
      g.required().keySet().forEach(fund -> byFund.put(fund, amount(g.gap(fund))));
    }
    if (date != null) {
      o.put("at", date.toString());
      o.put("rule", rule.toString());
      ArrayNode ss = o.putArray("standings");
      for (Standing s : standings) {
        Execution e = s.execution();
        ObjectNode x = ss.addObject();
        x.put("code", e.result());
        x.put("planned", amount(e.budget()));
        x.put("actual", amount(e.actual()));
        x.put("rate", e.rate().toString());
        x.put("elapsed", e.elapsed().toString());
        x.put("expected", amount(e.expected()));
        x.put("expectedRounding", e.rounding().toString());
        x.put("rating", s.rating());
        x.put("standing", s.code());
      }
    }
    ArrayNode uc = o.putArray("unitCosts");
    for (UnitCost c : unitCosts) {
      ObjectNode x = uc.addObject();
      x.put("result", c.result());
      x.put("indicator", c.indicator());
      x.put("actual", amount(c.expenditure()));
      x.put("units", c.units());
      x.put("ratio", c.ratio().toString());
      x.put("perUnit", c.perUnit(WHOLE_UNITS).map(ResourcesCommand::amount).orElse(null));
      x.put("rounding", WHOLE_UNITS.toString());
    }
    ArrayNode cells = o.putArray("cube");
    for (ResourceCube.Cell c : cube.cells()) {
      ObjectNode x = cells.addObject();
      x.put("instrument", c.instrument());
      x.put("function", c.function());
      x.put("location", c.location());
      x.put("sdg", c.sdg());
      x.put("amount", amount(c.amount()));
    }
    o.put("reconciles", findings.isEmpty());
    OutputOptions.write(out, o);
  }

  private static BigDecimal amount(Money m) {
    return m.amount();
  }
}
