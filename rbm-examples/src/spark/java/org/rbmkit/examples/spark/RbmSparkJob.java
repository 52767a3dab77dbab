package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
import org.rbmkit.budget.balance.Balance;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.kpi.achievement.AggregationRule;
import org.rbmkit.kpi.achievement.ValueAccumulator;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Breakdown.GroupRate;
import org.rbmkit.kpi.certification.Rate.RateKind;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The example Spark job: reads enrolment CSV files, budget documents and, optionally, indicator
 * values from paths, computes the certification-rate breakdown, the balance by fund and column
 * and the indicator roll-up, and writes them as JSON.
 *
 * <pre>{@code
 * rbm-spark --enrolments data/spark/enrolments.csv --budget data/spark/budget.json \
 *     --indicator-values data/spark/indicator-values.csv --out target/spark-out \
 *     --by modality,credential --participants
 * }</pre>
 *
 * <p>Without {@code --master}, and when not started by {@code spark-submit}, the job runs in
 * {@code local[2]} on the loopback interface with no UI. It writes {@code certification.json},
 * {@code budget.json} and {@code rollup.json} into the output directory on the driver's file system (the results are
 * small: one entry per group). Not thread-safe; one instance per run.
 */
@Command(
    name = "rbm-spark",
    mixinStandardHelpOptions = true,
    description = "Certification rates and budget balances of large data sets, on Apache Spark.")
public final class RbmSparkJob implements Callable<Integer> {

  /** Percentages in the JSON are rounded half-up to this many decimals, as the text states. */
  static final int PERCENT_DECIMALS = 1;

  @Option(names = "--enrolments", required = true, paramLabel = "PATH",
      description = "Enrolment CSV file, directory or glob (each file with its header).")
  String enrolments;

  @Option(names = "--budget", required = true, paramLabel = "PATH",
      description = "Budget document JSON file, directory or glob.")
  String budget;

  @Option(names = "--indicator-values", paramLabel = "PATH",
      description = "Indicator-values CSV file, directory or glob (optional): the roll-up.")
  String indicatorValues;

  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "Directory for certification.json and budget.json (created if needed).")
  Path out;

  @Option(names = "--by", split = ",", defaultValue = "modality,credential", paramLabel = "DIM",
      description = "Dimensions of the breakdown, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> by;

  @Option(names = "--participants",
      description = "Count distinct participants too (memory grows with them).")
  boolean participants;

  @Option(names = "--small-group", defaultValue = "30", paramLabel = "N",
      description = "Flag groups whose denominator is below N (default: ${DEFAULT-VALUE}).")
  int smallGroup;

  @Option(names = "--master", paramLabel = "local[N]",
      description = "Run locally on loopback; default local[2] unless spark-submit set a master.")
  String master;

  /** The results of one run; no indicators when no indicator values were given. */
  record Results(
      Breakdown certification,
      BudgetTotals budget,
      ImmutableSortedMap<String, ValueAccumulator> indicators) {}

  /** Runs the job; the exit code is that of picocli (0 on success). */
  public static void main(String[] args) {
    int code = new CommandLine(new RbmSparkJob()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() {
    List<Dimension> dimensions = dimensions(by);
    SparkSession spark =
        master != null || System.getProperty("spark.master") == null
            ? LoopbackSpark.session(master == null ? "local[2]" : master)
            : SparkSession.builder().appName("rbm-spark").getOrCreate();
    try {
      Results r = run(spark, enrolments, budget, indicatorValues, dimensions, participants);
      write(out, r, smallGroup);
      System.out.println(
          "rbm-spark: " + r.certification().groups().size() + " groups of "
              + r.certification().total(CountBasis.ENROLMENTS).enrolled() + " enrolments, "
              + r.budget().columns().size() + " columns × " + r.budget().funds().size()
              + " funds in " + r.budget().currency().getCurrencyCode() + ", "
              + r.indicators().size() + " indicators -> " + out);
    } finally {
      spark.stop();
    }
    return 0;
  }

  /** Reads the inputs and computes both results. */
  static Results run(
      SparkSession spark, String enrolments, String budget, String indicatorValues,
      List<Dimension> by, boolean participants) {
    Dataset<EnrolmentRow> rows = SparkCertification.readCsv(spark, enrolments);
    Breakdown certification =
        SparkCertification.breakdown(rows, participants, by.toArray(Dimension[]::new));
    Dataset<BudgetEntryRow> lines = SparkBudget.readDocuments(spark, budget).cache();
    Currency currency = SparkBudget.currencyOf(lines);
    BudgetTotals totals = SparkBudget.totals(lines, currency);
    lines.unpersist();
    ImmutableSortedMap<String, ValueAccumulator> indicators =
        indicatorValues == null
            ? ImmutableSortedMap.of()
            : SparkRollup.byIndicator(SparkRollup.readCsv(spark, indicatorValues));
    return new Results(certification, totals, indicators);
  }

  /**
   * Writes {@code certification.json}, {@code budget.json} and, if there are indicators, {@code
   * rollup.json} into {@code dir}.
   */
  static void write(Path dir, Results r, int smallGroup) {
    checkNotNull(dir, "dir");
    try {
      Files.createDirectories(dir);
      var writer = RbmJson.mapper().writerWithDefaultPrettyPrinter();
      Files.writeString(
          dir.resolve("certification.json"),
          writer.writeValueAsString(certificationJson(r.certification(), smallGroup)));
      Files.writeString(
          dir.resolve("budget.json"), writer.writeValueAsString(budgetJson(r.budget())));
      if (!r.indicators().isEmpty()) {
        Files.writeString(
            dir.resolve("rollup.json"), writer.writeValueAsString(rollupJson(r.indicators())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write results to " + dir, e);
    }
  }

  static Map<String, Object> certificationJson(Breakdown b, int smallGroup) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("dimensions", b.dimensions().stream().map(Dimension::code).toList());
    json.put("countsParticipants", b.countsParticipants());
    json.put("percentRounding", "half-up to " + PERCENT_DECIMALS + " decimal");
    json.put("total", counts(b.total(CountBasis.ENROLMENTS)));
    List<Object> groups = new ArrayList<>();
    for (GroupKey g : b.groups()) {
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("group", g.values());
      group.put("enrolments", counts(b.counts(CountBasis.ENROLMENTS, g)));
      group.put("rates", rates(b, CountBasis.ENROLMENTS, g, smallGroup));
      if (b.countsParticipants()) {
        group.put("participants", counts(b.counts(CountBasis.PARTICIPANTS, g)));
        group.put("participantRates", rates(b, CountBasis.PARTICIPANTS, g, smallGroup));
      }
      groups.add(group);
    }
    json.put("groups", groups);
    return json;
  }

  private static Map<String, Object> counts(StageCounts c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("enrolled", c.enrolled());
    json.put("completed", c.completed());
    json.put("credentialEarned", c.credentialEarned());
    json.put("credentialAccessed", c.credentialAccessed());
    return json;
  }

  private static Map<String, Object> rates(
      Breakdown b, CountBasis basis, GroupKey g, int smallGroup) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (RateKind k : RateKind.values()) {
      GroupRate row = new GroupRate(g, b.rate(k, basis, g), smallGroup);
      Map<String, Object> rate = new LinkedHashMap<>();
      rate.put("numerator", row.numerator());
      rate.put("denominator", row.denominator());
      rate.put("text", row.rate().format(PERCENT_DECIMALS, RoundingMode.HALF_UP));
      rate.put("smallGroup", row.isSmallGroup());
      json.put(k.code(), rate);
    }
    return json;
  }

  static Map<String, Object> budgetJson(BudgetTotals t) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("currency", t.currency().getCurrencyCode());
    List<Object> columns = new ArrayList<>();
    for (String column : t.columns()) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("column", column);
      c.put("balance", balance(t.balance(column)));
      Map<String, Object> funds = new LinkedHashMap<>();
      t.balanceByFund(column).forEach((f, b) -> funds.put(f, balance(b)));
      c.put("funds", funds);
      columns.add(c);
    }
    json.put("columns", columns);
    return json;
  }

  static Map<String, Object> rollupJson(Map<String, ValueAccumulator> indicators) {
    List<Object> list = new ArrayList<>();
    indicators.forEach(
        (code, acc) -> {
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("indicator", code);
          json.put("values", acc.count());
          Map<String, Object> byRule = new LinkedHashMap<>();
          for (AggregationRule rule : AggregationRule.values()) {
            acc.value(rule).ifPresent(v -> byRule.put(rule.code(), v.toString()));
          }
          json.put("aggregates", byRule);
          list.add(json);
        });
    return Map.of("indicators", list);
  }

  private static Map<String, Object> balance(Balance b) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("income", b.income());
    json.put("expenditure", b.expenditure());
    json.put("surplus", b.surplus());
    return json;
  }

  /** The dimensions parsed from their codes. */
  static ImmutableList<Dimension> dimensions(List<String> codes) {
    return codes.stream().map(Dimension::fromCode).collect(ImmutableList.toImmutableList());
  }
}
