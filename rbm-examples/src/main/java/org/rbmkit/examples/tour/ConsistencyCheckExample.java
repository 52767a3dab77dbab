package org.rbmkit.examples.tour;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import org.rbmkit.budget.check.ClaimOutcome;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.core.money.Money;
import org.rbmkit.examples.table.Figures;
import org.rbmkit.examples.table.TextTable;

/**
 * Step 4 of the tour: the consistency check of the ITC-ILO budget tables exactly as printed
 * (seed 003), with every finding.
 *
 * <p><b>The domain idea.</b> Published budget tables are typed, rounded and revised by hand, and
 * they are not always internally consistent. A reader who recomputes a total from its printed
 * components, a detail table against the main-table item it details, a reserve fund's closing
 * balance from its movement, or a percentage quoted in the text from the figures, finds the
 * places that do not reconcile. The check works on the figures as printed (a printed subtotal is
 * used as printed in the total above it), so one wrong figure is reported once, where it is.
 *
 * <p><b>Rounding.</b> Every figure of these tables is printed to the thousand euros, so each may
 * be up to 500 euros from its unrounded value: the document states {@code "tolerance": "rounded
 * 1000"}, and a total of n printed terms may drift by (n + 1) × 500 euros before the difference
 * is a finding. Annex II's 2 kEUR gap against item 15 (nine rounded figures) is such a drift.
 *
 * <p><b>Claims.</b> The text states changes, amounts, inflation-adjusted levels and counts; each
 * is transcribed with the rule it is read under ("environ 45 pour cent" within 1 point, "8 pour
 * cent" to the nearest whole, zero real growth as base × 1.046 to the nearest kEUR, ± one
 * printed unit) and shown with what the figures give.
 *
 * <pre>{@code
 * List<Finding> findings = ConsistencyCheck.withTolerance(Money.of("EUR", 1000)).check(doc);
 * findings.size();   // 8: six in the tables, two claims of the text
 * }</pre>
 */
public final class ConsistencyCheckExample {

  /** The step's number in the tour. */
  public static final int STEP = 4;

  /** One printed unit of the main table, thousands of euros. */
  public static final Money TOLERANCE = Money.of("EUR", 1000);

  private ConsistencyCheckExample() {}

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** Every finding of the document within the tolerance of one printed unit. */
  public static ImmutableList<Finding> findings(BudgetDocument doc) {
    return ConsistencyCheck.withTolerance(TOLERANCE).check(doc);
  }

  /** The findings as a table, numbered; the notes follow the table in {@link #print}. */
  public static TextTable table(ImmutableList<Finding> findings) {
    TextTable t = TextTable.withColumns("#", "<kind", "<table", "<where", "<column", "printed",
        "computed", "difference", "<unit");
    int i = 0;
    for (Finding f : findings) {
      t.row(++i, f.kind().code(), f.table(), f.location(), f.column(),
          Figures.grouped(f.printed()), f.computed().map(Figures::grouped).orElse("undefined"),
          f.difference().map(Figures::grouped).orElse("undefined"), f.measure());
    }
    return t;
  }

  /** Every claim of the text with what its rule reads from the tables. */
  public static TextTable claimTable(ImmutableList<ClaimOutcome> outcomes) {
    TextTable t = TextTable.withColumns("<claim", "<kind", "<figure", "<rule", "stated", "read",
        "<unit", "<holds");
    for (ClaimOutcome o : outcomes) {
      t.row(o.claim().id(), o.claim().kind().code(), o.claim().of().toString(),
          o.claim().rule().toString(), Figures.grouped(o.stated()), o.read().map(Figures::grouped).orElse("undefined"),
          o.measure(), o.holds() ? "yes" : "NO");
    }
    return t;
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    BudgetDocument doc = TourData.itcIloBudget();
    ImmutableList<Finding> findings = findings(doc);
    Narration n = new Narration(out);
    n.heading(STEP, "The consistency check of the tables as printed");
    n.explain(
        "Every printed total is recomputed from its printed components; detail, reserve and",
        "staffing tables, and the one-column reserve objectives table (one row per item), are",
        "checked against the main-table items they detail. Every figure is",
        "printed to the thousand euros (the document's tolerance \""
            + doc.tolerance().map(Object::toString).orElse("none") + "\"), so a total of n",
        "printed terms may drift by (n + 1) × 500 euros. The claims of the text are read under",
        "their own rules. " + findings.size() + " places do not reconcile:");
    n.table(table(findings).render());
    int i = 0;
    for (Finding f : findings) {
      out.println(++i + ". " + f.note());
    }
    out.println();
    ImmutableList<ClaimOutcome> claims = ConsistencyCheck.withTolerance(TOLERANCE).claims(doc);
    n.explain(
        "The " + claims.size() + " claims of the text, each with the rule it is read under. Item"
            + " 11's 45.54 %",
        "is \"environ 45\" within 1 point (half-up rounding would read 46); item 23's 3 201 ×"
            + " 1.046 = 3 348",
        "is one printed unit from the printed 3 347; the Fellowship Fund's \"environ 1,07"
            + " million\" agrees",
        "with the printed closing balance, so the opening balance is the figure in doubt:");
    n.table(claimTable(claims).render());
    n.source(TourData.ITCILO_BUDGET,
        "seed 003 l.4544-4669: main table; l.5033-5050 consultants; l.5117-5140 campus;"
            + " l.5219-5240 IT",
        "seed 003 l.5334-5369: reserve objectives; l.5383-5413: reserve funds; l.5469-5532:"
            + " Annex II staff",
        "seed 003 l.4709-4764, l.4880-4884, l.5027-5250, l.5330-5369, l.5423-5454: claims of"
            + " the text; l.4524-4538: zero real growth at 4.6 % inflation");
  }
}
