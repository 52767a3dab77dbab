package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.Money;
import org.rbmkit.examples.table.Figures;
import org.rbmkit.examples.table.TextTable;
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
        "  rbm check --tolerance 2000 --json budget.json"})
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
    if (output.json()) {
      ObjectNode r = OutputOptions.object();
      r.put("file", budget.file().toString());
      r.put("title", doc.title());
      r.set("tolerance", RbmJson.mapper().valueToTree(tolerance));
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
      out.println(doc.title());
      if (findings.isEmpty()) {
        out.println("Every table reconciles (tolerance " + tolerance + ").");
      } else {
        out.println(findings.size() + " finding" + (findings.size() == 1 ? "" : "s")
            + " (tolerance " + tolerance + "; amounts in units of the currency):");
        out.println();
        TextTable t = TextTable.withColumns("#", "<kind", "<table", "<where", "<column",
            "printed", "computed", "difference", "<unit");
        int i = 0;
        for (Finding f : findings) {
          t.row(++i, f.kind().code(), f.table(), f.location(), f.column(),
              Figures.grouped(f.printed()), f.computed().map(Figures::grouped).orElse("undefined"),
              f.difference().map(Figures::grouped).orElse("undefined"), f.measure());
        }
        out.print(t.render());
        out.println();
        i = 0;
        for (Finding f : findings) {
          out.println(++i + ". " + f.note());
        }
      }
      out.flush();
    }
    return findings.isEmpty() ? Rbm.EXIT_OK : Rbm.EXIT_PROBLEMS;
  }
}
