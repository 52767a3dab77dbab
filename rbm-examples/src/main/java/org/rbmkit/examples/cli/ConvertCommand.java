package org.rbmkit.examples.cli;

import com.google.common.collect.ImmutableList;
import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiActivityDate;
import org.rbmkit.core.iati.IatiDescription;
import org.rbmkit.core.iati.IatiIndicator;
import org.rbmkit.core.iati.IatiOrganisation;
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
      List<IatiActivity> activities = IatiInput.readIati(file, err, iati);
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

  private ObjectNode json(List<IatiActivity> activities) {
    ObjectNode r = OutputOptions.object();
    r.put("file", file.toString());
    ArrayNode as = r.putArray("activities");
    for (IatiActivity a : activities) {
      String lang = a.defaultLanguage("en");
      ObjectNode o = as.addObject();
      o.put("identifier", a.identifier());
      o.set("title", RbmJson.mapper().valueToTree(
          text(a.title(), lang, "activity " + a.identifier() + ", title")));
      ArrayNode results = o.putArray("results");
      for (int i = 0; i < a.results().size(); i++) {
        IatiResult res = a.results().get(i);
        ObjectNode ro = results.addObject();
        ro.put("type", res.type());
        Optional<ResultLevel> level = ResultType.fromCode(res.type()).flatMap(ResultType::level);
        level.ifPresentOrElse(l -> ro.put("level", l.code()), () -> ro.putNull("level"));
        ro.set("title", RbmJson.mapper().valueToTree(text(res.title(), lang,
            "activity " + a.identifier() + ", result " + (i + 1) + ", title")));
        ArrayNode inds = ro.putArray("indicators");
        for (Indicator ind : IatiInput.indicators(file, a, i, lang)) {
          inds.add(RbmJson.mapper().valueToTree(ind));
        }
      }
    }
    return r;
  }

  /** The narratives of {@code where} as a text; bad input (a blank text, a bad tag) named. */
  private LocalizedText text(List<Narrative> narratives, String language, String where) {
    try {
      return narratives.isEmpty() ? LocalizedText.of(language, "(untitled)")
          : Narrative.toLocalizedText(narratives, language);
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": " + where + ": " + e.getMessage(), e);
    }
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
