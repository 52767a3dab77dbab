package org.rbmkit.examples.tour;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.json.ResourcesJson;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.resources.AllocationCheck;
import org.rbmkit.budget.resources.AllocationDocument;
import org.rbmkit.budget.resources.AmountKind;
import org.rbmkit.budget.resources.Execution;
import org.rbmkit.budget.resources.ExecutionRule;
import org.rbmkit.budget.resources.FundingGap;
import org.rbmkit.budget.resources.ResourceCube;
import org.rbmkit.budget.resources.ResourcePlan;
import org.rbmkit.budget.resources.ResourceRollup;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.examples.table.Figures;
import org.rbmkit.examples.table.TextTable;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.RollupCalculator;

/**
 * Step 10 of the tour: resources to results. The ITC-ILO's 2024-25 proposal (seed 003) allocated
 * to its eight outcomes and their outputs: what each result costs, who funds it, and whether the
 * money buys progress.
 *
 * <p><b>The domain idea.</b> Results-based budgeting links each budget line to the results it
 * serves ("budgétisation stratégique et affectation des ressources … afin de concrétiser les
 * résultats prévus", seed 002 l.987-990). An allocation splits a line among results by explicit
 * shares summing to 100 %; a result's total is its own share plus its outputs', each euro counted
 * once, and the allocations must add up to the budget line by line. Execution (actual ÷ budget)
 * is read against the share of the biennium elapsed and set beside the result's achievement
 * rating. The shares, actuals and secured funding here are illustrative; the planned amounts are
 * the published budget.
 *
 * <pre>{@code
 * ResourcePlan plan = ResourcePlan.of(budget, framework, allocations);
 * AllocationCheck.check(plan);                                   // [] : reconciles
 * plan.rollUp().total("1", "2024-25-proposal", AmountKind.PLANNED);   // EUR 46000600.00
 * }</pre>
 */
public final class ResourcesToResultsExample {

  /** The step's number in the tour. */
  public static final int STEP = 10;

  /** The ITC-ILO's outcomes and outputs 2024-25 (seed 003), indicators illustrative. */
  public static final String FRAMEWORK = "itcilo-framework-2024-25.json";

  /** Illustrative allocations of the 2024-25 proposal to that framework. */
  public static final String ALLOCATIONS = "itcilo-resources-2024-25.json";

  /** The column allocated. */
  public static final String COLUMN = "2024-25-proposal";

  /** The date execution is measured at. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private ResourcesToResultsExample() {}

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** The budget, the framework and the allocations, linked. */
  public static ResourcePlan plan() {
    ResultsFramework f = RbmJson.mapper().readValue(TourData.text(FRAMEWORK),
        ResultsFramework.class);
    AllocationDocument a;
    try (InputStream in = TourData.open(ALLOCATIONS)) {
      a = ResourcesJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example file " + ALLOCATIONS, e);
    }
    return ResourcePlan.of(TourData.itcIloBudget(), f, a);
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    Narration n = new Narration(out);
    n.heading(STEP, "Resources to results: what each outcome costs and whether it progresses");
    ResourcePlan plan = plan();
    AmountUnit unit = plan.budget().unit();
    List<Finding> findings = AllocationCheck.check(plan);
    ResourceRollup r = plan.rollUp();
    n.explain("Each expenditure line of the 2024-25 proposal is split among outcomes and"
        + " outputs (illustrative shares).",
        "Allocated " + Figures.inUnit(r.grandTotal(COLUMN, AmountKind.PLANNED), unit)
            + " kEUR = charges 60 535 + direct costs 31 180; "
            + (findings.isEmpty() ? "every line reconciles." : findings.size()
                + " lines do not reconcile."));
    FrameworkRollup ratings = RollupCalculator.withDefaults().rollUp(plan.framework());
    ExecutionRule rule = ExecutionRule.DEFAULT;
    TextTable t = TextTable.withColumns("<outcome", "own", "total", "secured", "gap", "actual",
        "rate", "<rating", "<standing");
    for (ResultNode o : plan.framework().nodes(ResultLevel.OUTCOME)) {
      FundingGap g = FundingGap.of(r, o.code(), COLUMN, AmountKind.PLANNED);
      Execution e = Execution.of(r, o.code(), COLUMN, AmountKind.PLANNED,
          plan.budget().column(COLUMN).orElseThrow().period(), AS_OF,
          MoneyRounding.of("1", RoundingMode.HALF_UP));
      String rating = ratings.rating(o.code()).code();
      t.row(o.code(), Figures.inUnit(r.own(o.code(), COLUMN, AmountKind.PLANNED), unit),
          Figures.inUnit(g.requiredTotal(), unit), Figures.inUnit(g.securedTotal(), unit),
          Figures.inUnit(g.gap(), unit), Figures.inUnit(e.actual(), unit),
          Figures.percent(e.rate().percent(1, RoundingMode.HALF_UP)), rating,
          rule.classify(e, rating).code());
    }
    n.table(t.render());
    n.explain("kEUR, exact. Own = allocated to the outcome itself, total = with its outputs."
            + " Rate = actual ÷ planned at " + AS_OF + ", against 366/731 days elapsed (50.1 %);",
        "standing rule: " + rule + ". Ratings from the illustrative indicators (step 6's"
            + " calculator, worst rating).");
    ResourceCube cube = ResourceCube.of(plan, COLUMN, AmountKind.PLANNED);
    TextTable c = TextTable.withColumns("<instrument", "<function", "<location", "<sdg", "kEUR");
    for (ResourceCube.Cell x : cube.cells()) {
      c.row(x.instrument(), x.function(), x.location(), x.sdg(), Figures.inUnit(x.amount(), unit));
    }
    n.table(c.render());
    n.source(ALLOCATIONS, "seed 003 l.4544-4669 (budget lines), l.1283-4137 (outcomes and"
        + " outputs); seed 002 l.987-990 (strategic budgeting)",
        "UN Data Standards for System-wide Reporting of Financial Data (docs/resources.md)");
  }
}
