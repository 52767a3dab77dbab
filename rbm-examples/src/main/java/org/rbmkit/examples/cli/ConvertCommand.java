package org.rbmkit.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.rbmkit.core.iati.ActivityRead;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiActivityDate;
import org.rbmkit.core.iati.IatiDescription;
import org.rbmkit.core.iati.IatiIndicator;
import org.rbmkit.core.iati.IatiOrganisation;
import org.rbmkit.core.iati.IatiReadException;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.iati.IatiReadSummary;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.core.iati.IatiSkippedTally;
import org.rbmkit.core.iati.IatiResult;
import org.rbmkit.core.iati.IatiWriter;
import org.rbmkit.core.iati.IndicatorExport;
import org.rbmkit.core.iati.Narrative;
import org.rbmkit.core.iati.ResultType;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code rbm convert FILE --to json|iati}: between the library's results-framework JSON and
 * IATI 2.03 activity XML.
 *
 * <pre>{@code
 * rbm convert docs/examples/achievement-framework.json --to iati > activity.xml
 * rbm convert activity.xml --to json
 * }</pre>
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert between a results framework (rbm-core JSON) and IATI 2.03 activity XML"
          + " (docs/iati.md). The input is IATI XML when FILE ends in .xml, a results framework"
          + " otherwise.",
      "framework --to iati: one activity whose results are the framework's results with"
          + " indicators (outcome = type 2, output = type 1); what IATI cannot say is listed on"
          + " standard error. IATI --to json: each activity's results with their indicators in"
          + " the library's JSON. IATI --to iati: the activities rewritten as valid 2.03;"
          + " framework --to json: the framework in canonical JSON."
    },
    footerHeading = "%nExample:%n",
    footer = {"  rbm convert docs/examples/achievement-framework.json --to iati",
        "  rbm convert docs/examples/iati-activity.xml --to json"})
public final class ConvertCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private IatiOptions iati;

  @Parameters(index = "0", paramLabel = "FILE",
      description = "A results framework (JSON) or an IATI activities file (.xml); - reads a"
          + " results framework from standard input.")
  private Path file;

  @Option(names = "--to", paramLabel = "FORMAT", required = true,
      description = "json or iati.")
  private String to;

  @Option(names = "--identifier", paramLabel = "ID",
      description = "The IATI identifier of the activity written from a framework (default:"
          + " the reporting organisation's ref, a hyphen and the period).")
  private String identifier;

  @Option(names = "--reporting-org", paramLabel = "REF",
      description = "The reporting organisation's IATI ref (default: the framework's owner).")
  private String reportingOrg;

  @Option(names = "--reporting-org-type", paramLabel = "CODE", defaultValue = "40",
      description = "The reporting organisation's IATI type code (default: ${DEFAULT-VALUE},"
          + " multilateral).")
  private String reportingOrgType;

  @Override
  public Integer call() {
    String format = to.toLowerCase(Locale.ROOT);
    if (!format.equals("json") && !format.equals("iati")) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--to: \"" + to + "\" is not one of json, iati");
    }
    boolean xml = file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (xml) {
      List<IatiActivity> activities = readIati(file, err, iati);
      if (format.equals("iati")) {
        out.print(write(activities));
      } else {
        OutputOptions.write(out, json(activities));
      }
    } else {
      ResultsFramework f = Inputs.readJson(file, ResultsFramework.class);
      if (format.equals("json")) {
        out.println(RbmJson.mapper().writeValueAsString(f));
      } else {
        IatiActivity a = activity(f, err);
        out.print(write(List.of(a)));
      }
    }
    out.flush();
    err.flush();
    return Rbm.EXIT_OK;
  }

  private String write(List<IatiActivity> activities) {
    try {
      return IatiWriter.toXml(activities);
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": cannot be written as IATI 2.03: " + e.getMessage(), e);
    }
  }

  /** Reads every activity into a list; see {@link #readIati(Path, PrintWriter, IatiOptions, Consumer)}. */
  static List<IatiActivity> readIati(Path file, PrintWriter err) {
    return readIati(file, err, new IatiOptions());
  }

  /** Reads every activity into a list with the given reading options. */
  static List<IatiActivity> readIati(Path file, PrintWriter err, IatiOptions options) {
    List<IatiActivity> activities = new ArrayList<>();
    readIati(file, err, options, activities::add);
    return activities;
  }

  /**
   * Reads the file activity by activity, handing each one built to {@code each} and keeping none.
   * Structural errors, and problems of the document itself (an unsupported version), are input
   * errors: up to {@link IatiReader#DEFAULT_MAX_PROBLEMS} are listed, the rest counted. Rule
   * findings are printed on {@code err} as they come; skipped content too with {@code --verbose},
   * else counted by element and printed at the end, one line per element. With {@code --lenient}
   * the reader is {@link IatiReader#tolerant() tolerant}.
   *
   * @return the reader's summary of the document
   * @throws InputException listing the errors, or when the XML cannot be read at all
   */
  static IatiReadSummary readIati(
      Path file, PrintWriter err, IatiOptions options, Consumer<IatiActivity> each) {
    List<String> errors = new ArrayList<>();
    IatiSkippedTally tally = new IatiSkippedTally();
    long[] errorsNotListed = {0};
    Consumer<String> error = p -> {
      if (errors.size() < IatiReader.DEFAULT_MAX_PROBLEMS) {
        errors.add(p);
      } else {
        errorsNotListed[0]++;
      }
    };
    IatiReadSummary summary;
    try (InputStream in = Inputs.open(file)) {
      IatiReader reader = options.lenient() ? IatiReader.tolerant() : IatiReader.lenient();
      summary = reader.read(in, (ActivityRead read) -> {
        String activity = read.identifier().isEmpty()
            ? "(activity " + read.index() + ")" : read.identifier();
        for (Problem p : read.problems()) {
          if (isStructural(p)) {
            error.accept(describe(file, activity, p));
          } else if (!p.code().equals(SKIPPED) || options.verbose()) {
            err.println(describe(file, activity, p));
          }
        }
        tally.add(read);
        errorsNotListed[0] += read.errorsNotListed();
        if (read.problemsNotListed() > 0) {
          err.println(file + ": activity " + read.identifier() + ": "
              + read.problemsNotListed() + " more problems not listed");
        }
        read.activity().ifPresent(each);
      });
    } catch (IatiReadException e) {
      Problem p = e.problems().get(0);
      throw new InputException(e.activity().map(a -> describe(file, a, p))
          .orElse(file + ": " + p.message()), e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + e.getMessage(), e);
    }
    for (Problem p : summary.problems()) {
      // outside the activities, a rule finding is the version: the file is not read as published
      if (isStructural(p) || p.code().startsWith(RULE)) {
        error.accept(describe(file, "", p));
      } else if (options.verbose()) {
        err.println(describe(file, "", p));
      }
    }
    tally.add(summary);
    if (!options.verbose() && !tally.isEmpty()) {
      err.println(file + ": not carried, by element (--verbose lists each):");
      tally.lines().forEach(l -> err.println("  " + l));
    }
    errorsNotListed[0] += summary.errorsNotListed();
    if (summary.problemsNotListed() > 0) {
      err.println(file + ": " + summary.problemsNotListed()
          + " more problems outside the activities not listed");
    }
    err.flush();
    if (!errors.isEmpty() || errorsNotListed[0] > 0) {
      if (errorsNotListed[0] > 0) {
        errors.add(file + ": " + errorsNotListed[0] + " more problems not listed");
      }
      throw new InputException(String.join("\n", errors));
    }
    return summary;
  }

  private static final String SKIPPED = "iati.skipped";
  private static final String RULE = "iati.rule.";

  private static boolean isStructural(Problem p) {
    return p.code().startsWith("iati.structure.");
  }

  private static String describe(Path file, String activity, Problem p) {
    long line = p.location().line();
    return file + (line > 0 ? ":" + line : "") + ": "
        + (activity.isEmpty() ? "" : "activity " + activity + ", ") + "at " + p.location().path()
        + ": " + (isStructural(p) ? ""
            : p.code().equals(SKIPPED) ? "skipped: "
            : p.severity().name().toLowerCase(Locale.ROOT)
                + " (rule " + p.code().substring(RULE.length()) + "): ")
        + p.message();
  }

  private ObjectNode json(List<IatiActivity> activities) {
    ObjectNode r = OutputOptions.object();
    r.put("file", file.toString());
    ArrayNode as = r.putArray("activities");
    for (IatiActivity a : activities) {
      String lang = a.defaultLanguage("en");
      ObjectNode o = as.addObject();
      o.put("identifier", a.identifier());
      o.set("title", RbmJson.mapper().valueToTree(text(a.title(), lang)));
      ArrayNode results = o.putArray("results");
      for (int i = 0; i < a.results().size(); i++) {
        IatiResult res = a.results().get(i);
        ObjectNode ro = results.addObject();
        ro.put("type", res.type());
        Optional<ResultLevel> level = ResultType.fromCode(res.type()).flatMap(ResultType::level);
        level.ifPresentOrElse(l -> ro.put("level", l.code()), () -> ro.putNull("level"));
        ro.set("title", RbmJson.mapper().valueToTree(text(res.title(), lang)));
        ArrayNode inds = ro.putArray("indicators");
        for (Indicator ind : indicators(file, a, i, lang)) {
          inds.add(RbmJson.mapper().valueToTree(ind));
        }
      }
    }
    return r;
  }

  /**
   * The indicators of the activity's result {@code i} (from 0) in rbmkit's model, coded
   * {@code result.indicator}: the one conversion {@code convert --to json} writes and
   * {@code validate} checks.
   *
   * @throws InputException naming activity, result and indicator, for an indicator the model
   *     refuses (a value that is not a decimal or beyond the indicator's digits, an unknown
   *     measure, a period ending before it starts)
   */
  static List<Indicator> indicators(Path file, IatiActivity a, int i, String lang) {
    IatiResult res = a.results().get(i);
    List<Indicator> out = new ArrayList<>();
    for (int j = 0; j < res.indicators().size(); j++) {
      String code = (i + 1) + "." + (j + 1);
      try {
        out.add(res.indicators().get(j).toIndicator(code, lang));
      } catch (IllegalArgumentException e) {
        throw new InputException(file + ": activity " + a.identifier() + ", result "
            + (i + 1) + ", indicator " + (j + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static LocalizedText text(List<Narrative> narratives, String language) {
    return narratives.isEmpty() ? LocalizedText.of(language, "(untitled)")
        : Narrative.toLocalizedText(narratives, language);
  }

  /** One activity carrying the framework's results that have indicators. */
  private IatiActivity activity(ResultsFramework f, PrintWriter err) {
    String ref = reportingOrg != null ? reportingOrg : f.owner();
    String id = identifier != null ? identifier : ref + "-" + f.period();
    ImmutableList<Narrative> title = narratives(f.title());
    ImmutableList<Narrative> orgName = ImmutableList.of(Narrative.of(f.owner()));
    IatiOrganisation reporting = new IatiOrganisation(Optional.of(ref),
        Optional.of(reportingOrgType), Optional.empty(), Optional.empty(), orgName);
    IatiOrganisation implementing = new IatiOrganisation(Optional.of(ref),
        Optional.of(reportingOrgType), Optional.of("4"), Optional.empty(), orgName);
    IatiDescription description = new IatiDescription(Optional.of("1"),
        f.source().map(s -> ImmutableList.of(Narrative.of(s))).orElse(title));
    List<IatiResult> results = new ArrayList<>();
    for (ResultNode n : f.nodes()) {
      if (n.indicators().isEmpty()) {
        continue;
      }
      List<IatiIndicator> indicators = new ArrayList<>();
      for (Indicator i : n.indicators()) {
        IndicatorExport x = IndicatorExport.of(i, 2, RoundingMode.HALF_UP);
        for (String lost : x.notCarried()) {
          err.println(file + ": result " + n.code() + ", indicator " + i.code()
              + ": not carried by IATI: " + lost);
        }
        indicators.add(x.indicator());
      }
      results.add(new IatiResult(type(n.level()), Optional.empty(), narratives(n.title()),
          ImmutableList.of(), ImmutableList.of(), ImmutableList.copyOf(indicators)));
    }
    List<IatiActivityDate> dates = List.of(
        new IatiActivityDate("1", f.period().start(), ImmutableList.of()),
        new IatiActivityDate("3", f.period().endInclusive(), ImmutableList.of()));
    return new IatiActivity(id, Optional.empty(), Optional.empty(), reporting, title,
        ImmutableList.of(description), ImmutableList.of(implementing), "2",
        ImmutableList.copyOf(dates), ImmutableList.of(), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.copyOf(results));
  }

  private static String type(ResultLevel level) {
    for (ResultType t : ResultType.values()) {
      if (t.level().equals(Optional.of(level))) {
        return t.code();
      }
    }
    return "9";
  }

  private static ImmutableList<Narrative> narratives(LocalizedText text) {
    ImmutableList.Builder<Narrative> b = ImmutableList.builder();
    text.asMap().forEach((language, t) -> b.add(Narrative.of(language, t)));
    return b.build();
  }
}
