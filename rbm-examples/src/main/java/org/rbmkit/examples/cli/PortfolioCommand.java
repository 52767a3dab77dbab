package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rbmkit.budget.iati.IatiMoneyBreakdown;
import org.rbmkit.budget.iati.IatiMoneyBreakdown.Row;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.examples.table.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rbm portfolio FILE.xml}: the money of an IATI activities file (budgets, planned
 * disbursements, transactions by type) summed by year, by sector and by recipient country or
 * region, split by the published percentages, exact, with remainders stated.
 *
 * <pre>{@code
 * rbm portfolio activities.xml --by sector --json
 * }</pre>
 */
@Command(
    name = "portfolio",
    mixinStandardHelpOptions = true,
    description = {
      "Sums of an IATI activities file (docs/iati.md, docs/cli.md): budgets (by type and"
          + " status), planned disbursements and transactions (by type) by year, by sector and by"
          + " recipient country or region. Amounts are split by the published percentages,"
          + " exactly; each row's money is rounded toward zero to the currency's minor units and"
          + " the remainder stated; what percentages do not cover is shown as (unallocated), with"
          + " the reason. Currencies are never added together."
    },
    footerHeading = "%nExample:%n",
    footer = {"  rbm portfolio activities.xml", "  rbm portfolio activities.xml --by country --json"})
public final class PortfolioCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private OutputOptions output;

  @Mixin private IatiOptions iati;

  @Parameters(index = "0", paramLabel = "FILE", description = "An IATI activities file (.xml).")
  private Path file;

  @Option(names = "--by", paramLabel = "DIMENSION", defaultValue = "all",
      description = "year, sector, country or all (default: ${DEFAULT-VALUE}).")
  private String by;

  @Option(names = "--sector-vocabulary", paramLabel = "CODE", defaultValue = "1",
      description = "The SectorVocabulary to split by (default: ${DEFAULT-VALUE}, OECD DAC"
          + " 5-digit; a sector without vocabulary is 1).")
  private String sectorVocabulary;

  @Override
  public Integer call() {
    if (!List.of("year", "sector", "country", "all").contains(by)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--by: \"" + by + "\" is not one of year, sector, country, all");
    }
    if (sectorVocabulary.isBlank()) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--sector-vocabulary: \"" + sectorVocabulary + "\" is blank: give a SectorVocabulary"
              + " code, such as 1 (OECD DAC 5-digit)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<IatiActivity> activities = IatiInput.readIati(file, err, iati);
    IatiMoneyBreakdown b = IatiMoneyBreakdown.of(activities, sectorVocabulary);
    b.notes().forEach(n -> err.println(file + ": " + n));
    b.unsummed().forEach(n -> err.println(file + ": not summed: " + n));
    err.flush();
    if (output.json()) {
      ObjectNode o = OutputOptions.object();
      o.put("file", file.toString());
      o.put("activities", b.activities());
      o.put("sectorVocabulary", sectorVocabulary);
      ObjectNode totals = o.putObject("totals");
      b.totals().forEach((k, v) -> totals.put(k, v.toPlainString()));
      if (wants("year")) {
        rows(o.putArray("byYear"), b.byYear());
      }
      if (wants("sector")) {
        rows(o.putArray("bySector"), b.bySector());
      }
      if (wants("country")) {
        rows(o.putArray("byCountry"), b.byCountry());
      }
      ArrayNode notes = o.putArray("notes");
      b.notes().forEach(notes::add);
      ArrayNode unsummed = o.putArray("unsummed");
      b.unsummed().forEach(unsummed::add);
      OutputOptions.write(out, o);
    } else {
      out.println(file + ": " + b.activities() + " activit" + (b.activities() == 1 ? "y" : "ies"));
      out.println();
      TextTable t = TextTable.withColumns("<flow", "<currency", "total");
      b.totals().forEach((k, v) -> {
        int space = k.lastIndexOf(' ');
        t.row(k.substring(0, space), k.substring(space + 1), v.toPlainString());
      });
      out.print(t.render());
      if (wants("year")) {
        table(out, "year", b.byYear());
      }
      if (wants("sector")) {
        table(out, "sector (vocabulary " + sectorVocabulary + ")", b.bySector());
      }
      if (wants("country")) {
        table(out, "country or region", b.byCountry());
      }
      out.flush();
    }
    return b.unsummed().isEmpty() ? Rbm.EXIT_OK : Rbm.EXIT_PROBLEMS;
  }

  private boolean wants(String dimension) {
    return by.equals("all") || by.equals(dimension);
  }

  private static void rows(ArrayNode a, List<Row> rows) {
    for (Row r : rows) {
      ObjectNode x = a.addObject();
      x.put("flow", r.flow());
      x.put("key", r.key());
      x.put("currency", r.currency().getCurrencyCode());
      x.put("amount", r.money().amount().toPlainString());
      x.put("exact", r.exact().toPlainString());
      x.put("remainder", r.remainder().toPlainString());
      x.put("count", r.count());
    }
  }

  private static void table(PrintWriter out, String title, List<Row> rows) {
    out.println();
    out.println("By " + title + ":");
    TextTable t = TextTable.withColumns("<flow", "<" + title.split(" ")[0], "<currency", "amount",
        "remainder", "items");
    BigDecimal remainders = BigDecimal.ZERO;
    for (Row r : rows) {
      t.row(r.flow(), r.key(), r.currency().getCurrencyCode(),
          r.money().amount().toPlainString(),
          r.remainder().signum() == 0 ? "-" : r.remainder().toPlainString(), r.count());
      remainders = remainders.add(r.remainder());
    }
    out.print(t.render());
    if (remainders.signum() != 0) {
      out.println("Remainders below the minor unit, not in the amounts: "
          + remainders.toPlainString());
    }
  }
}
