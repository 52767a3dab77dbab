package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.resources.AllocationDocument;
import org.rbmkit.budget.resources.ResourcePlan;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.examples.report.BenchmarkSection;
import org.rbmkit.examples.report.BudgetSection;
import org.rbmkit.examples.report.CertificationSection;
import org.rbmkit.examples.report.FrameworkSection;
import org.rbmkit.examples.report.HtmlReport;
import org.rbmkit.examples.report.IatiSection;
import org.rbmkit.examples.report.Language;
import org.rbmkit.examples.report.Report;
import org.rbmkit.examples.report.ResourcesSection;
import org.rbmkit.examples.report.Section;
import org.rbmkit.examples.report.WorkforceSection;
import org.rbmkit.examples.report.WorkplanSection;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.CertificationTally;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.EnrolmentCsvException;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;
import org.rbmkit.kpi.workforce.Workforce;
import org.rbmkit.kpi.workplan.Workplan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rbm report FILE… -o report.html}: one self-contained HTML page with charts and data
 * tables for any mix of the documents the library reads.
 *
 * <pre>{@code
 * rbm report docs/examples/*.json docs/examples/*.csv docs/examples/*.xml -o report.html
 * }</pre>
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write one self-contained HTML page (inline SVG and CSS, no script, nothing fetched,"
          + " printable on A4) with a section per document: results frameworks, budgets,"
          + " enrolment CSV files, benchmark sets, workforces, workplans, IATI activity files and"
          + " allocation documents (read with the budget and framework they allocate, given"
          + " among the files). The kind of each file is told as by rbm validate.",
      "Every chart has its data table and a text alternative; figures come from the same"
          + " calculations as the other commands (docs/report.md)."
    },
    footerHeading = "%nExample:%n",
    footer = {"  rbm report docs/examples/achievement-framework.json -o report.html",
        "  rbm report --lang fr --at 2024-07-01 plan.json budget.json -o rapport.html"})
public final class ReportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE",
      description = "The documents shown, in this order.")
  private List<Path> files;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "The language of the labels: en or fr (default: ${DEFAULT-VALUE}).")
  private String lang;

  @Option(names = "--at", paramLabel = "DATE",
      description = "The date at which workplan objectives are overdue (yyyy-mm-dd; default:"
          + " today).")
  private String at;

  @Override
  public Integer call() {
    Language language;
    try {
      language = Language.fromCode(lang);
    } catch (IllegalArgumentException e) {
      throw usage("--lang: " + e.getMessage());
    }
    LocalDate date =
        at == null ? LocalDate.now() : UsageErrors.date(spec.commandLine(), "--at", at);
    List<Section> sections = new ArrayList<>();
    List<Path> allocationFiles = new ArrayList<>();
    List<Path> budgets = new ArrayList<>();
    List<Path> frameworks = new ArrayList<>();
    PrintWriter err = spec.commandLine().getErr();
    for (Path file : files) {
      String id = "s" + (sections.size() + 1);
      String name = file.toString();
      if (isAllocations(file)) {
        allocationFiles.add(file);
        continue;
      }
      InputKind kind = Inputs.detect(file);
      try {
        sections.add(switch (kind) {
          case FRAMEWORK -> {
            frameworks.add(file);
            yield FrameworkSection.of(id, name, Inputs.readJson(file, ResultsFramework.class),
                language);
          }
          case BUDGET -> {
            budgets.add(file);
            yield BudgetSection.of(id, name, Inputs.readJson(file, BudgetDocument.class),
                language);
          }
          case BENCHMARK -> BenchmarkSection.of(id, name,
              Inputs.readJson(file, BenchmarkSet.class), language);
          case WORKFORCE -> WorkforceSection.of(id, name, Inputs.readJson(file, Workforce.class),
              language);
          case WORKPLAN -> WorkplanSection.of(id, name, Inputs.readJson(file, Workplan.class),
              date, language);
          case ENROLMENTS -> CertificationSection.of(id, name, enrolments(file), language);
          case IATI -> IatiSection.of(id, name, IatiInput.readIati(file, err), language);
        });
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new InputException(file + ": " + e.getMessage(), e);
      }
    }
    for (Path file : allocationFiles) {
      sections.add(ResourcesSection.of("s" + (sections.size() + 1),
          List.of(file.toString()), plan(file, budgets, frameworks), language));
    }
    PrintWriter out = spec.commandLine().getOut();
    HtmlReport.write(new Report(language, sections), out);
    out.flush();
    return Rbm.EXIT_OK;
  }

  private static boolean isAllocations(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString();
    if (file.toString().equals(Inputs.STDIN) || !n.toLowerCase(java.util.Locale.ROOT)
        .endsWith(".json")) {
      return false;
    }
    return Inputs.fieldNames(Inputs.readTree(file)).contains("allocations");
  }

  /** The plan of an allocation document with the first budget and framework it fits. */
  private static ResourcePlan plan(Path file, List<Path> budgets, List<Path> frameworks) {
    AllocationDocument allocations = Inputs.readJson(file, AllocationDocument.class);
    List<String> tried = new ArrayList<>();
    for (Path b : budgets) {
      for (Path f : frameworks) {
        try {
          return ResourcePlan.of(Inputs.readJson(b, BudgetDocument.class),
              Inputs.readJson(f, ResultsFramework.class), allocations);
        } catch (IllegalArgumentException e) {
          tried.add(b + " with " + f + ": " + e.getMessage());
        }
      }
    }
    throw new InputException(file + " is an allocation document: give the budget document and"
        + " the results framework it allocates among the files"
        + (tried.isEmpty() ? "" : "; none fits: " + String.join("; ", tried)));
  }

  private static Breakdown enrolments(Path file) {
    try {
      return EnrolmentCsvReader.strict().collect(file, CertificationTally.collector(false,
          CertificationSection.BY.toArray(new Dimension[0]))).result();
    } catch (EnrolmentCsvException e) {
      throw Inputs.invalidEnrolments(file, e);
    } catch (UncheckedIOException e) {
      throw new InputException(file + ": cannot read: " + e.getCause().getMessage(), e);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
