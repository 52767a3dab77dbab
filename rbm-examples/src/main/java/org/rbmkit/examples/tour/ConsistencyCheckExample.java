package org.rbmkit.examples.tour;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
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
 * used as printed in the total above it), so one wrong figure is reported once, where it is. A
 * table printed in thousands may be one unit off through rounding: that is the tolerance.
 *
 * <pre>{@code
 * List<Finding> findings = ConsistencyCheck.withTolerance(Money.of("EUR", 1000)).check(doc);
 * findings.size();   // 9
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

  /** Prints the step. */
  public static void print(PrintStream out) {
    BudgetDocument doc = TourData.itcIloBudget();
    ImmutableList<Finding> findings = findings(doc);
    Narration n = new Narration(out);
    n.heading(STEP, "The consistency check of the tables as printed");
    n.explain(
        "Every printed total is recomputed from its printed components; detail, reserve and",
        "staffing tables are checked against the main-table items they detail; the percentages",
        "quoted in the text are recomputed under their own rounding rule. Differences above one",
        "printed unit (" + TOLERANCE + ") are findings. " + findings.size()
            + " places do not reconcile:");
    n.table(table(findings).render());
    int i = 0;
    for (Finding f : findings) {
      out.println(++i + ". " + f.note());
    }
    out.println();
    n.source(TourData.ITCILO_BUDGET,
        "seed 003 l.4544-4669: main table; l.5033-5050 consultants; l.5117-5140 campus;"
            + " l.5219-5240 IT",
        "seed 003 l.5383-5413: reserve funds; l.5469-5532: Annex II staff",
        "seed 003 l.4711-4764: percentages quoted in the text");
  }
}
