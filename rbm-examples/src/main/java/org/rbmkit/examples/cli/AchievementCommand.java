package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.achievement.Achievement;
import org.rbmkit.kpi.achievement.AchievementChecks;
import org.rbmkit.kpi.achievement.ExactRatio;
import org.rbmkit.kpi.achievement.Finding;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.IndicatorRating;
import org.rbmkit.kpi.achievement.Rating;
import org.rbmkit.kpi.achievement.RatingScheme;
import org.rbmkit.kpi.achievement.ResultRollup;
import org.rbmkit.kpi.achievement.RollupCalculator;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;
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
 * {@code rbm achievement FILE}: indicator achievement and ratings of a results framework,
 * rolled up to outputs and outcomes.
 *
 * <pre>{@code
 * rbm achievement docs/examples/achievement-framework.json --at 2020-12-31 --scheme time-paced
 * }</pre>
 */
@Command(
    name = "achievement",
    mixinStandardHelpOptions = true,
    description = {
      "Achievement of every indicator of a results framework against its target (progress ="
          + " (actual - baseline) / (target - baseline), inverted where lower is better), its"
          + " rating, and the ratings rolled up to outputs and outcomes (docs/achievement.md).",
      "With --at DATE each indicator also gets its pace (achievement / share of the period"
          + " elapsed); --fail-on RATING exits with 1 when an indicator is rated that or worse."
    },
    footerHeading = "%nExample:%n",
    footer = {"  rbm achievement docs/examples/achievement-framework.json",
        "  rbm achievement framework.json --at 2020-12-31 --scheme time-paced \\",
        "      --fail-on off-track"})
public final class AchievementCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private OutputOptions output;

  @Mixin private IatiOptions iati;

  @Parameters(index = "0", paramLabel = "FILE", description = "A results framework (JSON)"
      + " with indicators, baselines, targets and actuals, or an IATI activities file (.xml:"
      + " every indicator of every result of every activity rated); - reads standard input.")
  private Path file;

  @Option(names = "--at", paramLabel = "DATE",
      description = "Assess the pace at this date (yyyy-mm-dd).")
  private String at;

  @Option(names = "--scheme", paramLabel = "NAME", defaultValue = "traffic-light",
      description = "traffic-light, on-target-15 or time-paced (needs --at)"
          + " (default: ${DEFAULT-VALUE}).")
  private String scheme;

  @Option(names = "--rule", paramLabel = "RULE", defaultValue = "worst",
      description = "How a result's rating follows from its indicators: worst, median or"
          + " weighted (default: ${DEFAULT-VALUE}).")
  private String rule;

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "The target period assessed (default: the framework's period).")
  private String period;

  @Option(names = "--fail-on", paramLabel = "RATING",
      description = "Exit with 1 when an indicator is rated this or worse (a rating code of the"
          + " scheme, such as off-track or at-risk).")
  private String failOn;

  @Override
  public Integer call() {
    RatingScheme s;
    try {
      s = RatingScheme.builtIn(scheme);
    } catch (IllegalArgumentException e) {
      throw usage("--scheme: " + e.getMessage());
    }
    if (s.basis() == org.rbmkit.kpi.achievement.RatingScheme.RatingBasis.PACE && at == null) {
      throw usage("--scheme " + s.code() + " rates the pace: give the date with --at DATE");
    }
    RollupRule r;
    try {
      r = RollupRule.fromCode(rule);
    } catch (IllegalArgumentException e) {
      throw usage("--rule: " + e.getMessage());
    }
    Rating threshold = null;
    if (failOn != null) {
      threshold = s.ratingsBestFirst().stream().filter(x -> x.code().equals(failOn))
          .findFirst().orElseThrow(() -> usage("--fail-on: \"" + failOn
              + "\" is not one of " + s.ratingsBestFirst().stream().map(Rating::code)
                  .collect(java.util.stream.Collectors.joining(", "))
              + " (the ratings of scheme " + s.code() + ")"));
    }
    if (IatiOptions.isIati(file)) {
      if (s.basis() == org.rbmkit.kpi.achievement.RatingScheme.RatingBasis.PACE || period != null
          || at != null) {
        throw usage("an IATI file is rated per indicator and target period: "
            + (at != null ? "--at" : period != null ? "--period"
                : "--scheme " + s.code()) + " does not apply");
      }
      return IatiAchievementView.run(file, iati, s, threshold, output.json(),
          spec.commandLine().getOut(), spec.commandLine().getErr());
    }
    Period target = period == null ? null
        : UsageErrors.period(spec.commandLine(), "--period", period);
    RollupCalculator calc = RollupCalculator.withDefaults().withScheme(s).withRule(r);
    if (at != null) {
      calc = calc.asOf(UsageErrors.date(spec.commandLine(), "--at", at));
    }
    ResultsFramework f = Inputs.readJson(file, ResultsFramework.class);
    List<Finding> findings = AchievementChecks.check(f,
        org.rbmkit.kpi.achievement.AchievementPolicy.DEFAULT);
    PrintWriter err = spec.commandLine().getErr();
    for (Finding x : findings) {
      err.println(file + ": " + x);
    }
    err.flush();
    FrameworkRollup rollup;
    try {
      rollup = target == null ? calc.rollUp(f) : calc.rollUp(f, target);
    } catch (IllegalStateException e) {
      throw usage(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new InputException(file + ": " + e.getMessage(), e);
    }
    final Rating fail = threshold;
    List<IndicatorRating> failing = fail == null ? List.of()
        : rollup.indicators().stream().filter(i -> i.rated().rating().isRated()
            && i.rated().rating().severity() >= fail.severity()).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ObjectNode o = OutputOptions.object();
      o.put("file", file.toString());
      o.set("rollup", RbmJson.mapper().valueToTree(rollup));
      ArrayNode fs = o.putArray("findings");
      findings.forEach(x -> fs.add(x.toString()));
      if (fail != null) {
        o.put("failOn", fail.code());
        ArrayNode a = o.putArray("failing");
        failing.forEach(i -> a.add(i.resultCode() + "/" + i.indicatorCode()));
      }
      OutputOptions.write(out, o);
    } else {
      Listing l = listing(f, rollup);
      if (fail != null) {
        l.println();
        l.println(failing.isEmpty() ? "No indicator is rated " + fail.code() + " or worse."
            : failing.size() + " indicator" + (failing.size() == 1 ? " is" : "s are") + " rated "
                + fail.code() + " or worse: " + failing.stream()
                    .map(IndicatorRating::indicatorCode).toList());
      }
      output.render(out, l);
    }
    return failing.isEmpty() ? Rbm.EXIT_OK : Rbm.EXIT_PROBLEMS;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static Listing listing(ResultsFramework f, FrameworkRollup r) {
    Listing out = new Listing();
    out.println(f.owner() + " " + f.period() + ", target period " + r.period() + "; scheme "
        + r.scheme().code() + ", rule " + r.rule().code());
    out.println();
    boolean paced = r.indicators().stream().anyMatch(i -> i.pace().isPresent());
    Listing.Table t = paced
        ? Listing.table("<result", "<indicator", "<baseline", "<target", "<actual",
            "achievement", "pace", "<rating", "<status")
        : Listing.table("<result", "<indicator", "<baseline", "<target", "<actual",
            "achievement", "<rating", "<status");
    for (IndicatorRating i : r.indicators()) {
      Achievement a = i.achievement();
      String rating = i.rated().rating().code() + (i.rated().uncertain() ? " (uncertain)" : "");
      if (paced) {
        t.row(i.resultCode(), a.indicatorCode(), value(a.baseline()), value(a.target()),
            value(a.actual()), range(a.low(), a.high()),
            i.pace().map(p -> Listing.Cell.text(range(p.low(), p.high()) + " "
                + p.status().code())).orElse(Listing.Cell.none("-")),
            rating, a.status().code());
      } else {
        t.row(i.resultCode(), a.indicatorCode(), value(a.baseline()), value(a.target()),
            value(a.actual()), range(a.low(), a.high()), rating, a.status().code());
      }
    }
    out.table(t);
    out.println();
    Listing.Table rt = Listing.table("<result", "<level", "indicators", "<by rating",
        "<rating");
    for (ResultRollup x : r.results().values()) {
      rt.row(x.code(), x.level().code(), x.subtree().total(), x.subtree().counts().entrySet()
          .stream().map(e -> e.getKey().code() + " " + e.getValue()).toList().toString()
          .replaceAll("[\\[\\]]", ""), x.rating().code());
    }
    out.table(rt);
    out.println();
    r.summary("en").forEach(out::println);
    return out;
  }

  private static Listing.Cell value(Optional<IndicatorValue> v) {
    return v.map(x -> Listing.Cell.text(x.toString())).orElse(Listing.Cell.none("-"));
  }

  private static Listing.Cell range(Optional<ExactRatio> low, Optional<ExactRatio> high) {
    if (low.isEmpty() && high.isEmpty()) {
      return Listing.Cell.none("-");
    }
    String lo = low.map(AchievementCommand::percent).orElse("...");
    String hi = high.map(AchievementCommand::percent).orElse("...");
    return Listing.Cell.text(lo.equals(hi) ? lo : lo + " to " + hi);
  }

  private static String percent(ExactRatio r) {
    return r.percentage(1, RoundingMode.HALF_UP).toPlainString() + " %";
  }
}
