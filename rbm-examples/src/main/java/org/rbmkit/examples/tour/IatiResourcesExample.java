package org.rbmkit.examples.tour;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.rbmkit.budget.iati.IatiCube;
import org.rbmkit.budget.iati.IatiExecution;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.resources.ExecutionRule;
import org.rbmkit.budget.resources.FundingGap;
import org.rbmkit.budget.resources.Standing;
import org.rbmkit.budget.resources.UnitCost;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.ExchangeRate;
import org.rbmkit.examples.iati.IatiResources;
import org.rbmkit.examples.table.Figures;
import org.rbmkit.examples.table.TextTable;
import org.rbmkit.kpi.achievement.RollupCalculator;

/**
 * Step 11 of the tour: resources to results from IATI. Two activities published in IATI 2.03
 * with budgets, transactions and results side by side: what they spend against their budgets,
 * in one currency, how much of their funding is secured, and whether the money buys progress.
 *
 * <p><b>The domain idea.</b> IATI activities carry budgets by period, transactions by type
 * (incoming commitments and funds, commitments, disbursements, expenditure) and results with
 * targets and actuals by period. Execution is spending (disbursements + expenditure) ÷ budget for
 * the budget's period, amounts in other currencies converted at the rate in force on their date;
 * the activity's achievement for the same period is its indicators' ratings combined by the
 * roll-up rule (worst by default); the two side by side give the standing. The file and the
 * rates are illustrative and say so.
 *
 * <pre>{@code
 * IatiResources v = IatiResources.of(activities(), EUR, rates(), RollupCalculator.withDefaults());
 * v.lines().get(2).row().spending();   // EUR 169450.00
 * v.lines().get(0).rating();           // at-risk
 * }</pre>
 */
public final class IatiResourcesExample {

  /** The step's number in the tour. */
  public static final int STEP = 11;

  /** The illustrative IATI activity file. */
  public static final String ACTIVITIES = "iati-resources.xml";

  /** The illustrative exchange rates into euros. */
  public static final String RATES = "iati-resources-rates.json";

  /** The currency of every figure. */
  public static final Currency EUR = Currency.getInstance("EUR");

  /** The date execution is measured at. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

  private static final MoneyRounding WHOLE_EUROS = MoneyRounding.of("1", RoundingMode.HALF_UP);

  private IatiResourcesExample() {}

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** The activities of the example file, read strictly (the file is valid IATI 2.03). */
  public static List<IatiActivity> activities() {
    try (InputStream in = TourData.open(ACTIVITIES)) {
      return IatiReader.strict().readAll(in).stream()
          .map(r -> r.activity().orElseThrow(() -> new IllegalStateException(
              ACTIVITIES + ": activity " + r.identifier() + " not read: " + r.problems())))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example file " + ACTIVITIES, e);
    }
  }

  /** The example exchange rates. */
  public static List<ExchangeRate> rates() {
    return List.of(RbmJson.mapper().readValue(TourData.text(RATES), ExchangeRate[].class));
  }

  /** The view in euros, rated with the default roll-up (traffic light, worst rating). */
  public static IatiResources view() {
    return IatiResources.of(activities(), EUR, rates(), RollupCalculator.withDefaults());
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    Narration n = new Narration(out);
    n.heading(STEP, "Resources to results from IATI: spending, funding and achievement");
    IatiResources v = view();
    n.explain("Two illustrative IATI activities, in EUR and in USD (with one expenditure in"
        + " GBP), shown in EUR at the rate in force on each amount's date.",
        "Spending = disbursements + expenditure dated in the budget's period; secured ="
            + " incoming commitments; gap = budget − secured.");
    ExecutionRule rule = ExecutionRule.DEFAULT;
    TextTable t = TextTable.withColumns("<activity", "<period", "budget", "spending", "rate",
        "secured", "gap", "<rating", "<standing");
    for (IatiResources.Line l : v.lines()) {
      IatiExecution.Row r = l.row();
      FundingGap g = r.fundingGap();
      Standing s = l.standing(rule, AS_OF, WHOLE_EUROS);
      t.row(r.activity(), r.column().period().toString(), eur(r.budget()), eur(r.spending()),
          Figures.percent(r.rate().percent(1, RoundingMode.HALF_UP)),
          eur(g.securedTotal()), eur(g.gap()), l.rating(), s.code());
    }
    n.table(t.render());
    n.explain("EUR, exact (each conversion rounded half-even to the cent, once). Standing at "
            + AS_OF + ": rate against the share of the period elapsed, rule " + rule + ";",
        "rating: every indicator of the activity against its target for the budget period,"
            + " the worst rating (not rated when none has a target and an actual for it).");
    TextTable c = TextTable.withColumns("<activity", "<result", "spending", "units",
        "EUR per unit");
    for (IatiResources.Line l : v.lines()) {
      for (UnitCost u : v.unitCosts(l)) {
        c.row(l.row().activity(), u.result(), eur(u.expenditure()), Figures.grouped(u.units()),
            u.perUnit(WHOLE_EUROS).map(IatiResourcesExample::eur).orElse("n/a"));
      }
    }
    n.table(c.render());
    n.explain("Cost per unit of output: the activity's spending in the period ÷ the actual of an"
        + " output indicator counted in units, whole euros half-up; IATI does not split spending"
        + " by result, so the whole spending is charged to the output.");
    TextTable k = TextTable.withColumns("<finance type", "<sector", "<location", "<sdg", "EUR");
    for (IatiCube.Cell x : v.cube().cells()) {
      k.row(x.financeType(), x.sector(), x.location(), x.sdg(),
          Figures.grouped(x.amount().stripTrailingZeros().setScale(
              Math.max(0, x.amount().stripTrailingZeros().scale()))));
    }
    k.rule();
    k.row("total", "", "", "", eur(v.cube().total()));
    n.table(k.render());
    n.explain("The data cube from IATI: all spending by finance type (110: standard grant),"
            + " sector (DAC 5-digit 11330: vocational training), recipient country or region"
            + " and SDG tag,",
        "split by the published percentages. IATI carries no UN financing instrument or UN"
            + " system function: the nearest IATI classifications stand in (docs/resources.md).");
    n.source(ACTIVITIES + ", " + RATES + " (illustrative)",
        "IATI Activity Standard 2.03: budget, transaction (TransactionType 1, 2, 3, 4, 11),"
            + " result (docs/sources/iati-2.03)");
  }

  private static String eur(Money m) {
    return Figures.inUnit(m, AmountUnit.UNITS);
  }
}
