package org.rbmkit.examples.tour;

import java.io.PrintStream;
import java.util.stream.Collectors;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.examples.table.TextTable;

/**
 * Step 1 of the tour: a results framework, the ILO Programme and Budget 2024-25 (seed 002).
 *
 * <p><b>The domain idea.</b> Results-based management starts from the results an organisation
 * commits to, not from its spending. A results framework is a tree: the <em>outcomes</em>
 * ("résultats") are the changes the organisation works for in a biennium; each has
 * <em>outputs</em> ("produits"), the products and services it delivers to get there. Beside the
 * outcomes, <em>enablers</em> ("catalyseurs") are the internal results that make delivery
 * possible: knowledge, governance, management. Budgets, indicators and reports hang off this
 * tree, so every figure later in the tour belongs to a result. A result's identity is framework
 * + period + code: the ILO renumbers its outcomes between biennia.
 *
 * <pre>{@code
 * ResultsFramework ilo = TourData.iloFramework();
 * ilo.nodes(ResultLevel.OUTCOME).size();   // 7
 * ilo.children("6");                       // outputs 6.1, 6.2, 6.3
 * }</pre>
 */
public final class ResultsFrameworkExample {

  /** The step's number in the tour. */
  public static final int STEP = 1;

  private ResultsFrameworkExample() {}

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** The framework the step shows. */
  public static ResultsFramework framework() {
    return TourData.iloFramework();
  }

  /** The table of top-level results (outcomes and enablers) with their outputs. */
  public static TextTable table(ResultsFramework f) {
    TextTable t = TextTable.withColumns("code", "<level", "outputs", "<output codes", "<source",
        "<title (fr)");
    for (ResultNode r : f.roots()) {
      t.row(r.code(), r.level().code(), r.children().size(),
          r.children().stream().map(ResultNode::code).collect(Collectors.joining(" ")),
          r.source().orElse(""), r.title().best("fr", "en"));
    }
    t.rule();
    t.row("", "total", f.nodes(ResultLevel.OUTPUT).size(),
        f.nodes(ResultLevel.OUTCOME).size() + " outcomes, " + f.nodes(ResultLevel.ENABLER).size()
            + " enablers", "", f.size() + " results in all");
    return t;
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    ResultsFramework f = framework();
    Narration n = new Narration(out);
    n.heading(STEP, "A results framework: the ILO Programme and Budget 2024-25");
    n.explain(
        "A results framework is the tree of results an organisation commits to for a period:",
        "outcomes (the changes it works for), each with outputs (what it delivers to get there),",
        "and enablers (the internal results that make delivery possible). Budgets, indicators",
        "and reports hang off this tree. " + f.owner() + " " + f.period() + ": "
            + f.nodes(ResultLevel.OUTCOME).size() + " outcomes and "
            + f.nodes(ResultLevel.ENABLER).size() + " enablers with "
            + f.nodes(ResultLevel.OUTPUT).size() + " outputs.");
    n.table(table(f).render());
    n.source(TourData.ILO_FRAMEWORK,
        f.source().orElse("seed 002"),
        "seed 002 l.54-64: the outcomes and enablers listed; outputs at the lines in the table",
        "seed 002 l.849-992: enablers A-C and their outputs");
  }
}
