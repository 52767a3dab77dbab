package org.rbmkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.CertificationTally;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.EnrolmentCsvException;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;
import org.rbmkit.kpi.certification.GroupRate;
import org.rbmkit.kpi.certification.Rate.RateKind;
import org.rbmkit.kpi.certification.StageCounts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rbm certification FILE.csv --by modality,tier,pricing}: completion, certification or
 * uptake rates of learning activities by group, streamed from an enrolment CSV file, with 95 %
 * Wilson intervals.
 *
 * <pre>{@code
 * rbm certification docs/examples/enrolments-2022.csv --by modality,tier
 * }</pre>
 */
@Command(
    name = "certification",
    mixinStandardHelpOptions = true,
    description = {
      "Rates of learning activities by group from an enrolment CSV file (streamed: memory grows"
          + " with the number of groups, activities and cohorts, not of rows; with"
          + " --basis participants also with the number of participants, with --check-duplicates"
          + " with the number of rows), with the 95 %% Wilson interval and small groups flagged.",
      "Rates: uptake = credential accessed / credential earned (the 2022 certification rate of"
          + " the ITC-ILO), certification = credential earned / enrolled, completion = completed"
          + " / enrolled. Percentages half-up to one decimal."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  rbm certification docs/examples/enrolments-2022.csv --by modality,tier,pricing",
      "  rbm certification enrolments.csv --by modality --rate completion \\",
      "      --basis participants"
    })
public final class CertificationCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private OutputOptions output;

  @Parameters(index = "0", paramLabel = "FILE.csv", description = "An enrolment CSV file;"
      + " - reads standard input.")
  private Path file;

  @Option(names = "--by", paramLabel = "DIMENSION", split = ",",
      description = "Group by these dimensions, in order: modality, tier (or credential),"
          + " pricing, offer, year, programme, activity, cohort (default: no grouping, the"
          + " total).")
  private List<String> by = new ArrayList<>();

  @Option(names = "--rate", paramLabel = "KIND", defaultValue = "uptake",
      description = "uptake, certification or completion (default: ${DEFAULT-VALUE}).")
  private String rate;

  @Option(names = "--basis", paramLabel = "BASIS", defaultValue = "enrolments",
      description = "Count enrolments, or distinct participants (default: ${DEFAULT-VALUE}).")
  private String basis;

  @Option(names = "--small-group", paramLabel = "N", defaultValue = "30",
      description = "Flag groups whose denominator is below N (default: ${DEFAULT-VALUE}).")
  private int smallGroup;

  @Option(names = "--progress", negatable = true,
      description = "Show the progress on standard error (percentage of the file read, time"
          + " left, rows read at the end); by default when standard error is a terminal."
          + " --no-progress: never.")
  private Boolean progress;

  @Option(names = "--lenient",
      description = "Skip bad rows, list them on standard error and exit with 1, instead of"
          + " stopping at the first one with 2.")
  private boolean lenient;

  @Option(names = "--check-duplicates",
      description = "Reject a row whose enrolment_id appeared on an earlier line. Keeps every id"
          + " read: memory grows with the number of rows (about 120 MB a million rows).")
  private boolean checkDuplicates;

  @Override
  public Integer call() {
    Dimension[] dimensions = dimensions();
    RateKind kind = rateKind();
    CountBasis countBasis = countBasis();
    if (smallGroup < 0) {
      throw usage("--small-group " + smallGroup + " is negative");
    }
    CertificationTally tally = countBasis == CountBasis.PARTICIPANTS
        ? CertificationTally.byEnrolmentsAndParticipants(dimensions)
        : CertificationTally.byEnrolments(dimensions);
    PrintWriter err = spec.commandLine().getErr();
    Terminal terminal = Terminal.of(spec);
    boolean show = progress != null ? progress : terminal.stderrIsTerminal();
    boolean regular = Files.isRegularFile(file);
    OptionalLong size = OptionalLong.empty();
    if (show && regular) {
      try {
        size = OptionalLong.of(Files.size(file));
      } catch (IOException e) {
        // no size: the line shows the bytes read instead of a percentage
      }
    }
    ProgressLine line = show ? new ProgressLine(err, file.toString(), size, terminal) : null;
    // each rejected row is printed as it is met and none is kept: memory does not grow with
    // the number of bad rows, and every one is listed
    EnrolmentCsvReader reader = EnrolmentCsvReader.builder()
        .mode(lenient ? EnrolmentCsvReader.Mode.LENIENT : EnrolmentCsvReader.Mode.STRICT)
        .detectDuplicateIds(checkDuplicates)
        .keepRejectedRows(0)
        .onBytesRead(line == null ? n -> { } : line::bytesRead)
        .onRejected(r -> {
          if (line != null) {
            line.interrupt();
          }
          for (Problem p : r.problems()) {
            err.println(Inputs.describe(file, p));
          }
        })
        .build();
    EnrolmentCsvReport report;
    Breakdown b;
    try {
      if (regular) {
        // a large file is read in byte ranges on parallel threads, with the same result,
        // report and errors as the one-thread read, and its progress summed over the ranges
        EnrolmentCsvReader.Collected<Breakdown> c =
            reader.collect(
                file,
                CertificationTally.collector(countBasis == CountBasis.PARTICIPANTS, dimensions));
        report = c.report();
        b = c.result();
      } else {
        try (InputStream in = Inputs.open(file)) {
          report = reader.read(in, tally::add);
        } catch (IOException e) {
          throw new InputException(file + ": cannot read: " + e.getMessage(), e);
        }
        b = tally.toBreakdown();
      }
    } catch (EnrolmentCsvException e) {
      if (line != null) {
        line.interrupt();
      }
      throw Inputs.invalidEnrolments(file, e);
    } catch (UncheckedIOException e) {
      if (line != null) {
        line.interrupt();
      }
      throw new InputException(file + ": cannot read: " + e.getCause().getMessage(), e);
    }
    if (line != null) {
      line.done(report.rowsRead());
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    List<GroupRate> rows = b.rows(kind, countBasis, smallGroup);
    if (output.json()) {
      OutputOptions.write(out, json(b, kind, countBasis, rows, report));
    } else {
      output.render(out, listing(b, kind, countBasis, rows, report));
    }
    return report.rowsRejected() == 0 ? Rbm.EXIT_OK : Rbm.EXIT_PROBLEMS;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private Dimension[] dimensions() {
    List<Dimension> out = new ArrayList<>();
    for (String d : by) {
      String code = d.strip().toLowerCase(Locale.ROOT);
      if (code.equals("tier")) {
        code = Dimension.CREDENTIAL.code();
      }
      try {
        Dimension dim = Dimension.fromCode(code);
        if (out.contains(dim)) {
          throw usage("--by names " + dim.code() + " twice");
        }
        out.add(dim);
      } catch (IllegalArgumentException e) {
        throw usage("--by: " + e.getMessage());
      }
    }
    return out.toArray(new Dimension[0]);
  }

  private RateKind rateKind() {
    try {
      return RateKind.fromCode(rate);
    } catch (IllegalArgumentException e) {
      throw usage("--rate: " + e.getMessage());
    }
  }

  private CountBasis countBasis() {
    for (CountBasis c : CountBasis.values()) {
      if (c.code().equals(basis)) {
        return c;
      }
    }
    throw usage("--basis: \"" + basis + "\" is not one of enrolments, participants");
  }

  private Listing listing(Breakdown b, RateKind kind, CountBasis countBasis,
      List<GroupRate> rows, EnrolmentCsvReport report) {
    Listing out = new Listing();
    out.println(file + ": " + ProgressLine.count(report.rowsAccepted(), "enrolment")
        + (report.rowsRejected() > 0
            ? ", " + ProgressLine.count(report.rowsRejected(), "row") + " rejected"
            : "")
        + "; " + kind.code() + " rate = " + kind.label() + ", counting " + countBasis.code());
    out.println();
    boolean grouped = !b.dimensions().isEmpty();
    List<String> headings = new ArrayList<>();
    if (grouped) {
      b.dimensions().forEach(d -> headings.add("<" + d.code()));
    } else {
      headings.add("<group");
    }
    headings.addAll(List.of("enrolled", "completed", "earned", "accessed", kind.code(),
        "<95 % CI", "<flag"));
    Listing.Table t = Listing.table(headings.toArray(new String[0]));
    if (grouped) {
      for (GroupRate r : rows) {
        List<Object> cells = new ArrayList<>(r.group().values());
        cells.addAll(cells(b.counts(countBasis, r.group()), r));
        t.row(cells.toArray());
      }
      t.rule();
    }
    List<Object> total = new ArrayList<>();
    total.add("total");
    for (int i = 1; i < Math.max(1, b.dimensions().size()); i++) {
      total.add("");
    }
    StageCounts all = b.total(countBasis);
    total.addAll(cells(all, new GroupRate(org.rbmkit.kpi.certification.Breakdown.GroupKey.TOTAL,
        all.rate(kind), smallGroup)));
    t.row(total.toArray());
    out.table(t);
    return out;
  }

  private static List<Object> cells(StageCounts c, GroupRate r) {
    return List.of(c.enrolled(), c.completed(), c.credentialEarned(), c.credentialAccessed(),
        Listing.Cell.percent(r.rate().percent(1, RoundingMode.HALF_UP)),
        r.interval().map(w -> w.format(1, RoundingMode.HALF_UP)).orElse(""),
        r.rate().isNoData() ? "no data" : r.isSmallGroup() ? "small" : "");
  }

  private ObjectNode json(Breakdown b, RateKind kind, CountBasis countBasis,
      List<GroupRate> rows, EnrolmentCsvReport report) {
    ObjectNode r = OutputOptions.object();
    r.put("file", file.toString());
    r.put("rate", kind.code());
    r.put("definition", kind.label());
    r.put("basis", countBasis.code());
    ArrayNode dims = r.putArray("by");
    b.dimensions().forEach(d -> dims.add(d.code()));
    r.put("rowsRead", report.rowsRead());
    r.put("rowsRejected", report.rowsRejected());
    ArrayNode groups = r.putArray("groups");
    for (GroupRate g : rows) {
      ObjectNode o = groups.addObject();
      ArrayNode key = o.putArray("key");
      g.group().values().forEach(key::add);
      group(o, b.counts(countBasis, g.group()), g);
    }
    StageCounts all = b.total(countBasis);
    group(r.putObject("total"), all,
        new GroupRate(org.rbmkit.kpi.certification.Breakdown.GroupKey.TOTAL, all.rate(kind), smallGroup));
    return r;
  }

  private static void group(ObjectNode o, StageCounts c, GroupRate g) {
    ObjectNode counts = o.putObject("counts");
    counts.put("enrolled", c.enrolled());
    counts.put("completed", c.completed());
    counts.put("credentialEarned", c.credentialEarned());
    counts.put("credentialAccessed", c.credentialAccessed());
    o.put("numerator", g.numerator());
    o.put("denominator", g.denominator());
    g.rate().percent(1, RoundingMode.HALF_UP).ifPresentOrElse(p -> o.put("percent", p),
        () -> o.putNull("percent"));
    g.interval().ifPresentOrElse(w -> {
      ObjectNode ci = o.putObject("wilson95");
      ci.put("lower", w.lower());
      ci.put("upper", w.upper());
    }, () -> o.putNull("wilson95"));
    o.put("smallGroup", g.isSmallGroup());
  }
}
