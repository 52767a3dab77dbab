package org.rbmkit.examples.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.certification.EnrolmentCsvException;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;
import org.rbmkit.kpi.workforce.Workforce;
import org.rbmkit.kpi.workplan.Workplan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rbm validate FILE}: reads a document with the library's strict reader and reports
 * whether it is valid, or every problem with its place.
 *
 * <pre>{@code
 * rbm validate docs/examples/ilo-pb-2024-25.json
 * }</pre>
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check that a file is a valid rbmkit document: a results framework, a budget document,"
          + " a benchmark set, a workforce, a workplan (JSON), an enrolment CSV file or an IATI"
          + " activities file (XML).",
      "The kind is told by the top-level fields (or the .csv or .xml extension) unless --type"
          + " is given."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  rbm validate docs/examples/ilo-pb-2024-25.json",
      "  valid results framework: ILO 2024-25, 54 results (7 outcome, 44 output, 3 enabler)"
    })
public final class ValidateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private OutputOptions output;

  @Mixin private IatiOptions iati;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to check;"
      + " - reads standard input (with --type).")
  private Path file;

  @Option(names = "--type", paramLabel = "KIND",
      description = "The kind of document: framework, budget, benchmark, workforce, workplan or"
          + " enrolments, iati (default: told from the file).",
      converter = KindConverter.class)
  private InputKind type;

  static final class KindConverter implements picocli.CommandLine.ITypeConverter<InputKind> {
    @Override
    public InputKind convert(String value) {
      for (InputKind k : InputKind.values()) {
        if (k.code().equals(value)) {
          return k;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("\"" + value
          + "\" is not one of framework, budget, benchmark, workforce, workplan, enrolments,"
          + " iati");
    }
  }

  @Override
  public Integer call() {
    InputKind kind = type != null ? type : Inputs.detect(file);
    String summary = summary(kind, file, spec.commandLine().getErr(), iati);
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ObjectNode r = OutputOptions.object();
      r.put("file", file.toString());
      r.put("type", kind.code());
      r.put("valid", true);
      r.put("summary", summary);
      OutputOptions.write(out, r);
    } else {
      output.render(out, new Listing()
          .println("valid " + kind.label() + ": " + summary)
          .table(Listing.table("<file", "<type", "<valid", "<summary").dataOnly()
              .row(file.toString(), kind.code(), "yes", summary)));
    }
    return Rbm.EXIT_OK;
  }


  /** Reads the file as the given kind and sums it up in one line. */
  static String summary(InputKind kind, Path file, PrintWriter notes, IatiOptions iati) {
    return switch (kind) {
      case FRAMEWORK -> {
        ResultsFramework f = Inputs.readJson(file, ResultsFramework.class);
        yield f.owner() + " " + f.period() + ", " + f.size() + " results ("
            + f.nodes().stream().collect(Collectors.groupingBy(n -> n.level().code(),
                java.util.LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ")) + ")";
      }
      case BUDGET -> {
        BudgetDocument d = Inputs.readJson(file, BudgetDocument.class);
        yield d.title() + ", " + d.lines().size() + " lines in " + d.columns().size()
            + " columns (" + String.join(", ", d.columnCodes()) + "), "
            + d.currency().getCurrencyCode() + " " + d.unit().code();
      }
      case BENCHMARK -> {
        BenchmarkSet s = Inputs.readJson(file, BenchmarkSet.class);
        yield (s.name().isEmpty() ? "" : s.name() + ", ") + s.entities().size() + " entities, "
            + s.metrics().size() + " metrics, " + s.values().size() + " values, "
            + s.targets().size() + " targets";
      }
      case WORKFORCE -> {
        Workforce w = Inputs.readJson(file, Workforce.class);
        yield w.organization() + " at " + w.asOf() + ", " + w.staff().size() + " staff";
      }
      case WORKPLAN -> {
        Workplan p = Inputs.readJson(file, Workplan.class);
        yield p.title() + " (" + p.period() + "), " + p.priorities().size() + " priorities, "
            + p.objectives().size() + " objectives";
      }
      case ENROLMENTS -> {
        EnrolmentCsvReport r = readEnrolments(file);
        yield ProgressLine.count(r.rowsRead(), "enrolment");
      }
      case IATI -> iati(file, notes, iati);
    };
  }

  /**
   * Streams the IATI file: each activity is checked as {@code convert} reads and converts it
   * (the same reading and the same indicator conversion) and then dropped, so memory does not
   * grow with the number of activities. The first indicator the conversion refuses is the error,
   * unless the file has structural errors, which come first as in {@code convert}.
   */
  private static String iati(Path file, PrintWriter notes, IatiOptions options) {
    long[] counts = {0, 0};
    InputException[] refused = {null};
    IatiInput.readIati(file, notes, options, a -> {
      counts[0]++;
      counts[1] += a.results().size();
      if (refused[0] == null) {
        try {
          String lang = a.defaultLanguage("en");
          for (int i = 0; i < a.results().size(); i++) {
            IatiInput.indicators(file, a, i, lang);
          }
        } catch (InputException e) {
          refused[0] = e;
        }
      }
    });
    if (refused[0] != null) {
      throw refused[0];
    }
    return counts[0] + " activit" + (counts[0] == 1 ? "y" : "ies") + ", " + counts[1]
        + " results";
  }

  private static EnrolmentCsvReport readEnrolments(Path file) {
    try (Reader in = new InputStreamReader(Inputs.open(file), StandardCharsets.UTF_8)) {
      return EnrolmentCsvReader.strict().read(in, e -> { });
    } catch (EnrolmentCsvException e) {
      throw Inputs.invalidEnrolments(file, e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
