package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rbm check FILE}: the consistency check of a budget document's tables exactly as
 * printed, with every finding.
 *
 * <pre>{@code
 * rbm check docs/examples/itcilo-budget-2024-25.json
 * }</pre>
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check a budget document's tables exactly as printed: totals against their printed"
          + " components, detail, reserve-fund and staffing tables against the main table,"
          + " percentages quoted in the text against the figures.",
      "Exit code 1 when anything does not reconcile; every finding is listed."
    },
    footerHeading = "%nExample:%n",
    footer = {"  rbm check docs/examples/itcilo-budget-2024-25.json",
        "  rbm check --tolerance 2000 --json budget.json",
        "  rbm check --format csv -o findings.csv budget.json"})
public final class CheckCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private OutputOptions output;

  @Mixin private BudgetOptions budget;

  @Override
  public Integer call() {
    BudgetDocument doc = budget.document();
    Money tolerance = budget.tolerance(doc);
    List<Finding> findings = ConsistencyCheck.withTolerance(tolerance).check(doc);
    PrintWriter out = spec.commandLine().getOut();
    String rule = doc.tolerance().map(t -> "document tolerance " + t + ", " + tolerance
        + " where none is stated").orElse("tolerance " + tolerance);
    if (output.json()) {
      ObjectNode r = OutputOptions.object();
      r.put("file", budget.file().toString());
      r.put("title", doc.title());
      r.set("tolerance", RbmJson.mapper().valueToTree(tolerance));
      doc.tolerance().ifPresent(t -> r.put("documentTolerance", t.toString()));
      ArrayNode a = r.putArray("findings");
      for (Finding f : findings) {
        ObjectNode o = a.addObject();
        o.put("kind", f.kind().code());
        o.put("table", f.table());
        o.put("location", f.location());
        o.put("column", f.column());
        o.put("measure", f.measure());
        o.put("printed", f.printed());
        // an undefined figure (a percentage change from zero) is null, never 0
        o.put("computed", f.computed().orElse(null));
        o.put("difference", f.difference().orElse(null));
        o.put("note", f.note());
      }
      r.put("reconciles", findings.isEmpty());
      OutputOptions.write(out, r);
    } else {
      Listing l = new Listing();
      l.println(doc.title());
      if (findings.isEmpty()) {
        l.println("Every table and claim reconciles (" + rule + ").");
      } else {
        l.println(findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
            + " (" + rule + "; amounts in units of the currency):");
        l.println();
      }
      // the note is a detail column: below the text table as a numbered list, in the CSV and
      // Markdown tables as a column
      Listing.Table t = Listing.table("#", "<kind", "<table", "<where", "<column",
          "printed", "computed", "difference", "<unit", "<note").detail();
      int i = 0;
      for (Finding f : findings) {
        t.row(++i, f.kind().code(), f.table(), f.location(), f.column(),
            Listing.Cell.grouped(f.printed()),
            f.computed().map(Listing.Cell::grouped).orElse(Listing.Cell.text("undefined")),
            f.difference().map(Listing.Cell::grouped).orElse(Listing.Cell.text("undefined")),
            f.measure(), f.note());
      }
      l.table(t);
      if (!findings.isEmpty() && output.format() == OutputFormat.TABLE) {
        l.println();
        i = 0;
        for (Finding f : findings) {
          l.println(++i + ". " + f.note());
        }
      }
      output.render(out, l);
    }
    return findings.isEmpty() ? Rbm.EXIT_OK : Rbm.EXIT_PROBLEMS;
  }
}
