package org.rbmkit.examples.tour;

import com.google.common.collect.ImmutableMap;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.balance.ContributionMargin;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.core.money.Money;
import org.rbmkit.examples.table.Figures;
import org.rbmkit.examples.table.TextTable;

/**
 * Step 2 of the tour: the ITC-ILO budget 2024-25 (seed 003) rebuilt from its lines, in three
 * columns, and shown balanced.
 *
 * <p><b>The domain idea.</b> The Turin Centre earns most of its money by selling training, so its
 * budget is a <em>contribution-margin</em> budget rather than a plain income-and-expenditure one.
 * Each own revenue stream (training, multimedia, miscellaneous) brings revenue minus its direct
 * costs: its <em>net contribution</em>. Those net contributions plus the voluntary contributions
 * (the ILO, Italy, Portugal, Turin) are what is <em>net available</em> to pay the fixed costs
 * (staff, campus, IT …), a contingency and institutional investments (the <em>charges</em>).
 * Net available − charges, plus any surplus of earlier years used, is the budget surplus; a
 * balanced budget has a surplus of zero. The library recomputes every subtotal from the lines: a
 * printed total is never trusted (step 4 compares the two).
 *
 * <pre>{@code
 * BudgetDocument doc = TourData.itcIloBudget();
 * BudgetTotals totals = BudgetTotals.of(doc.currency(), doc.entries()::iterator);
 * totals.margin("2024-25-proposal").netAvailable();   // EUR 60535000.00
 * totals.margin("2024-25-proposal").budgetSurplus();  // EUR 0.00
 * }</pre>
 */
public final class BudgetBalanceExample {

  /** The step's number in the tour. */
  public static final int STEP = 2;

  /** The proposal column of the document. */
  public static final String PROPOSAL = "2024-25-proposal";

  private BudgetBalanceExample() {}

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** The totals of every line of the document, recomputed. */
  public static BudgetTotals totals(BudgetDocument doc) {
    return BudgetTotals.of(doc.currency(), doc.entries()::iterator);
  }

  /** The contribution-margin figures of each column, in column order. */
  public static ImmutableMap<String, ContributionMargin> margins(BudgetDocument doc) {
    BudgetTotals t = totals(doc);
    ImmutableMap.Builder<String, ContributionMargin> b = ImmutableMap.builder();
    for (String c : doc.columnCodes()) {
      b.put(c, t.margin(c));
    }
    return b.buildOrThrow();
  }

  /** The main table, rebuilt: the items' net figures and every derived line, in kEUR. */
  public static TextTable table(BudgetDocument doc) {
    BudgetTotals t = totals(doc);
    List<String> headings = new ArrayList<>(List.of("item", "<line"));
    for (BudgetColumn c : doc.columns()) {
      headings.add(c.label());
    }
    TextTable table = TextTable.withColumns(headings.toArray(new String[0]));
    for (int item : List.of(10, 11, 12)) {
      row(table, doc, String.valueOf(item), "net contribution of "
          + (item == 10 ? "training" : item == 11 ? "multimedia" : "miscellaneous"),
          c -> t.itemTotal(c, item));
    }
    row(table, doc, "", "own net contribution", c -> t.margin(c).ownNetContribution());
    row(table, doc, "13", "voluntary contributions", c -> t.margin(c).voluntaryContributions());
    table.rule();
    row(table, doc, "", "NET AVAILABLE", c -> t.margin(c).netAvailable());
    table.rule();
    row(table, doc, "14-24", "fixed costs", c -> t.margin(c).fixedCosts());
    row(table, doc, "25", "contingency", c -> t.margin(c).contingency());
    row(table, doc, "26-29", "institutional investments",
        c -> t.margin(c).institutionalInvestments());
    table.rule();
    row(table, doc, "", "CHARGES", c -> t.margin(c).charges());
    table.rule();
    row(table, doc, "", "surplus before prior surpluses",
        c -> t.margin(c).surplusBeforePriorSurpluses());
    row(table, doc, "30", "use of prior surpluses", c -> t.margin(c).priorSurplusesUsed());
    row(table, doc, "", "BUDGET SURPLUS", c -> t.margin(c).budgetSurplus());
    return table;
  }

  private static void row(TextTable table, BudgetDocument doc, String item, String label,
      Function<String, Money> figure) {
    List<Object> cells = new ArrayList<>(List.of(item, label));
    for (String c : doc.columnCodes()) {
      cells.add(Figures.inUnit(figure.apply(c), doc.unit()));
    }
    table.row(cells.toArray());
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    BudgetDocument doc = TourData.itcIloBudget();
    ContributionMargin p = margins(doc).get(PROPOSAL);
    Narration n = new Narration(out);
    n.heading(STEP, "The ITC-ILO budget 2024-25, rebuilt from its lines");
    n.explain(
        "Net contribution of a stream = revenue - direct costs. Net available = net contributions",
        "+ voluntary contributions. Charges = fixed costs + contingency + institutional",
        "investments. Budget surplus = net available - charges + prior surpluses used; a",
        "balanced budget has a surplus of zero. Every figure below is recomputed from the "
            + doc.lines().size() + " lines",
        "of the main table (thousands of euros); printed subtotals are not used here (step 4).");
    n.table(table(doc).render());
    n.explain("2024-25: net available " + Figures.inUnit(p.netAvailable(), doc.unit())
        + " = charges " + Figures.inUnit(p.charges(), doc.unit()) + " kEUR, budget surplus "
        + Figures.inUnit(p.budgetSurplus(), doc.unit()) + ": the proposal is "
        + (p.budgetSurplus().isZero() ? "balanced." : "NOT balanced."));
    n.source(TourData.ITCILO_BUDGET,
        "seed 003 l.4544-4669: BUDGET ET PRÉVISIONS POUR 2022-23 ET PROPOSITION DE BUDGET POUR"
            + " 2024-25 (en milliers d'euros)",
        "seed 003 l.4612-4615 and l.4657-4660: net available and total charges 2024-25, 60 535");
  }
}
