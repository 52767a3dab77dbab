package org.rbmkit.examples.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.text.Shown;
import org.rbmkit.kpi.benchmark.Benchmark;
import org.rbmkit.kpi.benchmark.BenchmarkOptions;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.MissingPolicy;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.TieRule;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.benchmark.Metric;
import org.rbmkit.kpi.benchmark.MetricTable;
import org.rbmkit.kpi.benchmark.MetricTable.Missing;
import org.rbmkit.kpi.benchmark.Position;
import org.rbmkit.kpi.benchmark.Position.Gap;
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
 * {@code rbm benchmark FILE}: ranks the entities of a benchmark set on each metric, with
 * percentile, quartile, z-score and the gaps to the median, the best, the target and the peers.
 *
 * <pre>{@code
 * rbm benchmark docs/examples/benchmark-learning-providers.json --metric visits --period 2022
 * }</pre>
 */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Rank the entities of a benchmark set (docs/benchmark-format.md) on each metric in a"
          + " period: rank (1 is best by the metric's direction), percentile rank, quartile,"
          + " z-score, and the gaps to the median, the best, the entity's target and its peer"
          + " group's mean. Exact arithmetic; printed figures are rounded half-up to --decimals."
    },
    footerHeading = "%nExample:%n",
    footer = {"  rbm benchmark docs/examples/benchmark-learning-providers.json",
        "  rbm benchmark set.json --metric visits --period 2022 --peers region \\",
        "      --ties dense"})
public final class BenchmarkCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private OutputOptions output;

  @Parameters(index = "0", paramLabel = "FILE", description = "A benchmark set (JSON);"
      + " - reads standard input.")
  private Path file;

  @Option(names = "--metric", paramLabel = "ID", split = ",",
      description = "Only these metrics (default: every metric of the set).")
  private List<String> metrics = new ArrayList<>();

  @Option(names = "--period", paramLabel = "PERIOD",
      description = "The period compared, such as 2022 or 2024-25 (default: each metric's"
          + " latest period with a value).")
  private String period;

  @Option(names = "--peers", paramLabel = "ATTRIBUTE", split = ",",
      description = "Entity attributes that define peer groups, such as region.")
  private List<String> peers = new ArrayList<>();

  @Option(names = "--ties", paramLabel = "RULE", defaultValue = "competition",
      description = "competition, dense or fractional (default: ${DEFAULT-VALUE}).")
  private String ties;

  @Option(names = "--missing", paramLabel = "POLICY", defaultValue = "exclude",
      description = "exclude or rank-last (default: ${DEFAULT-VALUE}).")
  private String missing;

  @Option(names = "--decimals", paramLabel = "N", defaultValue = "2",
      description = "Decimals of the printed figures, half-up (default: ${DEFAULT-VALUE}).")
  private int decimals;

  @Override
  public Integer call() {
    BenchmarkOptions options = options();
    if (decimals < 0 || decimals > 20) {
      throw usage("--decimals " + decimals + " is not within 0-20");
    }
    Period fixed = period == null ? null
        : UsageErrors.period(spec.commandLine(), "--period", period);
    BenchmarkSet set = Inputs.readJson(file, BenchmarkSet.class);
    java.util.SortedSet<String> attributes = new java.util.TreeSet<>();
    set.entities().forEach(e -> attributes.addAll(e.attributes().keySet()));
    for (String a : peers) {
      if (!attributes.contains(a)) {
        // no entity could have a peer group: the column would be empty for every one
        throw usage("--peers: no entity of " + file + " has the attribute \"" + Shown.value(a)
            + "\" (its entities' attributes are " + String.join(", ", attributes) + ")");
      }
    }
    List<Metric> chosen = new ArrayList<>();
    if (metrics.isEmpty()) {
      chosen.addAll(set.metrics());
    } else {
      for (String id : metrics) {
        chosen.add(set.metric(id).orElseThrow(() -> new InputException(file + ": at $.metrics:"
            + " no metric \"" + id + "\" (metrics are "
            + set.metrics().stream().map(Metric::id).toList() + ")")));
      }
    }
    Benchmark bench = Benchmark.of(options);
    List<MetricTable> tables = new ArrayList<>();
    for (Metric m : chosen) {
      Optional<Period> p = fixed != null ? Optional.of(fixed)
          : set.periods(m.id()).stream().reduce((a, b) -> b);
      if (p.isEmpty()) {
        continue;
      }
      try {
        tables.add(bench.table(set, m.id(), p.get()));
      } catch (IllegalArgumentException e) {
        throw new InputException(file + ": metric " + m.id() + ", period " + p.get() + ": "
            + e.getMessage(), e);
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    if (output.json()) {
      ObjectNode r = OutputOptions.object();
      r.put("file", file.toString());
      r.put("name", set.name());
      r.put("ties", options.tieRule().code());
      r.put("missing", options.missingPolicy().code());
      ArrayNode ts = r.putArray("tables");
      tables.forEach(t -> ts.add(json(t)));
      OutputOptions.write(out, r);
    } else {
      Listing l = new Listing();
      if (!set.name().isEmpty()) {
        l.println(set.name());
      }
      for (MetricTable t : tables) {
        l.println();
        listing(l, t);
      }
      output.render(out, l);
    }
    return Rbm.EXIT_OK;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private BenchmarkOptions options() {
    BenchmarkOptions o = BenchmarkOptions.defaults();
    try {
      o = o.withTieRule(TieRule.fromCode(ties));
    } catch (IllegalArgumentException e) {
      throw usage("--ties: " + e.getMessage());
    }
    try {
      o = o.withMissingPolicy(MissingPolicy.fromCode(missing));
    } catch (IllegalArgumentException e) {
      throw usage("--missing: " + e.getMessage());
    }
    try {
      return peers.isEmpty() ? o : o.withPeerAttributes(peers);
    } catch (IllegalArgumentException e) {
      throw usage("--peers: " + e.getMessage());
    }
  }

  private void listing(Listing out, MetricTable t) {
    Metric m = t.metric();
    out.println(m.name() + " (" + m.id() + (m.unit().isEmpty() ? "" : ", " + m.unit())
        + m.per().map(p -> " per " + p).orElse("") + ", " + m.direction().code() + "), "
        + t.period() + ":");
    // a table of whole numbers (counts) prints its whole figures without decimals
    boolean whole = !m.isNormalised() && t.positions().stream()
        .allMatch(p -> p.value().map(BenchmarkCommand::isWhole).orElse(true));
    java.util.function.Function<BigDecimal, Listing.Cell> fig =
        v -> whole && isWhole(v) ? Listing.Cell.grouped(v.setScale(0)) : num(v);
    Listing.Table table = Listing.table("<metric", "<period", "rank", "<entity", "value", "percentile",
        "<quartile", "z", "vs median", "vs best", "vs target", "vs peers", "share");
    for (Position p : t.positions()) {
      table.row(m.id(), t.period().toString(),
          Listing.Cell.number(p.rank(), p.rank().toPlainString()), p.entity(),
          p.value().map(fig).orElse(Listing.Cell.text("missing")),
          num(p.percentile()), p.quartile().code(),
          p.zScore().map(this::num).orElse(Listing.Cell.text("")),
          gap(p.gapToMedian(), fig), gap(p.gapToBest(), fig), gap(p.gapToTarget(), fig),
          gap(p.gapToPeerMean(), fig), share(m, p).map(this::num)
              .map(c -> Listing.Cell.number(c.number().orElseThrow(), c.text() + " %"))
              .orElse(Listing.Cell.text("")));
    }
    for (Missing x : t.missing()) {
      if (t.position(x.entity()).isEmpty()) {
        table.row(m.id(), t.period().toString(), "", x.entity(), "missing", "", "", "", "", "",
            "", "", x.reason());
      }
    }
    out.table(table.notInText("metric", "period"));
  }

  private Listing.Cell num(BigDecimal v) {
    return Listing.Cell.grouped(v.setScale(decimals, RoundingMode.HALF_UP));
  }

  private static Listing.Cell gap(Optional<Gap> g,
      java.util.function.Function<BigDecimal, Listing.Cell> fig) {
    return g.map(x -> {
      Listing.Cell c = fig.apply(x.difference());
      return Listing.Cell.number(c.number().orElseThrow(),
          (x.difference().signum() > 0 ? "+" : "") + c.text());
    }).orElse(Listing.Cell.text(""));
  }

  private static boolean isWhole(BigDecimal v) {
    return v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
  }

  /** The share of the total, for a metric whose values add up (not for a ratio). */
  private static Optional<BigDecimal> share(Metric m, Position p) {
    return m.isAdditive() ? p.shareOfTotal() : Optional.empty();
  }

  private static ObjectNode json(MetricTable t) {
    ObjectNode o = OutputOptions.object();
    o.put("metric", t.metric().id());
    o.put("direction", t.metric().direction().code());
    o.put("period", t.period().toString());
    t.median().ifPresentOrElse(v -> o.put("median", v), () -> o.putNull("median"));
    t.best().ifPresentOrElse(v -> o.put("best", v), () -> o.putNull("best"));
    o.put("total", t.total());
    ArrayNode ps = o.putArray("positions");
    for (Position p : t.positions()) {
      ObjectNode j = ps.addObject();
      j.put("entity", p.entity());
      p.value().ifPresentOrElse(v -> j.put("value", v), () -> j.putNull("value"));
      j.put("rank", p.rank());
      j.put("percentile", p.percentile());
      j.put("quartile", p.quartile().code());
      opt(j, "zScore", p.zScore());
      opt(j, "gapToMedian", p.gapToMedian().map(Gap::difference));
      opt(j, "gapToBest", p.gapToBest().map(Gap::difference));
      opt(j, "gapToTarget", p.gapToTarget().map(Gap::difference));
      opt(j, "gapToPeerMean", p.gapToPeerMean().map(Gap::difference));
      opt(j, "shareOfTotal", share(t.metric(), p));
    }
    ArrayNode ms = o.putArray("missing");
    for (Missing x : t.missing()) {
      ObjectNode j = ms.addObject();
      j.put("entity", x.entity());
      j.put("reason", x.reason());
    }
    return o;
  }

  private static void opt(ObjectNode o, String name, Optional<BigDecimal> v) {
    v.ifPresentOrElse(x -> o.put(name, x), () -> o.putNull(name));
  }
}
