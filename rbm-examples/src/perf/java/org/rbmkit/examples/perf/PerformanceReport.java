package org.rbmkit.examples.perf;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the performance suite in a short mode and prints the table of ratios: library ÷ hand
 * loop (or the baseline standing for it: Jackson's {@code readTree}, a plain line count),
 * library ÷ DuckDB, time at 10 M ÷ time at 1 M, and the heap used.
 *
 * <pre>{@code
 * ./mvnw -B -q -Pperf -pl rbm-examples -am package -DskipTests
 * # or, by hand, with a filter on benchmark names:
 * java -cp ... org.rbmkit.examples.perf.PerformanceReport target 'Certification|Budget'
 * }</pre>
 *
 * <p>Arguments: the build directory (figures and the generated CSV go under {@code perf/}), then
 * an optional regular expression selecting benchmarks. System properties {@code
 * rbm.perf.iterations} (default 3) and {@code rbm.perf.seconds} (default 2) set the measured
 * iterations and their length, {@code rbm.perf.forks} (default 1) the forks per benchmark (more
 * forks average over the placements in memory that differ from one JVM to the next), {@code
 * rbm.perf.sizes} (such as {@code 1000000}) overrides the sizes (empty for the benchmarks' own);
 * one warm-up iteration per fork always. The Maven profile passes them from {@code
 * -Dperf.iterations}, {@code -Dperf.seconds}, {@code -Dperf.forks} and {@code -Dperf.sizes}.
 */
public final class PerformanceReport {

  /** The seed of every generated data set. */
  public static final long SEED = 20_261_128L;

  private PerformanceReport() {}

  /** One line of the table: a library benchmark and its baselines. */
  record Row(
      String title,
      String library,
      String baseline,
      String baselineName,
      String duckDb,
      double baselineTarget,
      double duckDbTarget) {}

  /** The table's lines, in order; targets of issue 9 (0 for none). */
  static final List<Row> ROWS =
      List.of(
          new Row("1 certification rates", "CertificationBenchmark.library",
              "CertificationBenchmark.handLoop", "hand loop", "CertificationBenchmark.duckDb",
              1.5, 1.0),
          new Row("1 certification rates, table", "CertificationBenchmark.libraryTable",
              "CertificationBenchmark.handLoop", "hand loop", "CertificationBenchmark.duckDb",
              1.5, 1.0),
          new Row("2 budget balance", "BudgetBenchmark.library", "BudgetBenchmark.handLoop",
              "hand loop", "BudgetBenchmark.duckDb", 1.5, 1.0),
          new Row("2 budget balance, table", "BudgetBenchmark.libraryTable",
              "BudgetBenchmark.handLoop", "hand loop", "BudgetBenchmark.duckDb", 1.5, 1.0),
          new Row("3 achievement roll-up", "AchievementBenchmark.library",
              "AchievementBenchmark.handLoop", "hand loop", null, 3.0, 0),
          new Row("3 achievement roll-up, first roll-ups",
              "AchievementBenchmark.libraryFirstRollUps", "AchievementBenchmark.handLoop",
              "hand loop", null, 3.0, 0),
          new Row("3 achievement roll-up, first roll-ups",
              "AchievementBenchmark.libraryFirstRollUps",
              "AchievementBenchmark.handLoopWithArrays", "hand loop with its arrays", null, 3.0, 0),
          new Row("4 ranks, percentiles, z", "RankingBenchmark.library",
              "RankingBenchmark.handLoop", "hand loop", "RankingBenchmark.duckDb", 0, 0),
          new Row("5 JSON read", "FrameworkJsonBenchmark.read", "FrameworkJsonBenchmark.readTree",
              "readTree", null, 2.0, 0),
          new Row("5 JSON write", "FrameworkJsonBenchmark.write",
              "FrameworkJsonBenchmark.writeTree", "tree write", null, 0, 0),
          new Row("6 CSV streaming", "EnrolmentCsvBenchmark.library",
              "EnrolmentCsvBenchmark.lineCount", "line count", "EnrolmentCsvBenchmark.duckDb",
              4.0, 0),
          new Row("6 CSV streaming, parallel", "EnrolmentCsvBenchmark.libraryParallel",
              "EnrolmentCsvBenchmark.lineCount", "line count", "EnrolmentCsvBenchmark.duckDb",
              2.5, 1.0),
          new Row("7 IATI read, 64 MB heap", "IatiReadBenchmark.library",
              "IatiReadBenchmark.staxPass", "StAX pass", null, 2.0, 0));

  /** Growth target from 1 M to 10 M inputs. */
  static final double GROWTH_TARGET = 11.0;

  /**
   * Runs the suite and prints the table.
   *
   * @param args the build directory, then an optional benchmark filter
   */
  public static void main(String[] args) throws RunnerException, IOException {
    Path target = Path.of(args.length > 0 ? args[0] : "target");
    String filter = args.length > 1 ? args[1] : ".*";
    Path out = target.resolve("perf").toAbsolutePath();
    Path heap = out.resolve("heap");
    Files.createDirectories(heap);
    int iterations = Integer.getInteger("rbm.perf.iterations", 3);
    int seconds = Integer.getInteger("rbm.perf.seconds", 2);
    int forks = Integer.getInteger("rbm.perf.forks", 1);
    ChainedOptionsBuilder o =
        new OptionsBuilder()
            .include(PerformanceReport.class.getPackageName() + "\\..*(" + filter + ").*")
            .forks(forks)
            .warmupIterations(1)
            .warmupTime(TimeValue.seconds(seconds))
            .measurementIterations(iterations)
            .measurementTime(TimeValue.seconds(seconds))
            .timeUnit(TimeUnit.MILLISECONDS)
            .shouldFailOnError(true)
            .jvmArgsAppend(
                "-D" + HeapProbe.OUT_PROPERTY + "=" + heap,
                "-D" + EnrolmentCsvBenchmark.DIR_PROPERTY + "=" + out);
    String sizes = System.getProperty("rbm.perf.sizes");
    if (sizes != null && !sizes.isBlank()) {
      o.param("size", sizes.split(","));
    }
    Collection<RunResult> results = new Runner(o.build()).run();
    String table = table(results, heap);
    System.out.println();
    System.out.println(table);
    Files.writeString(out.resolve("report.md"), table);
  }

  /** The table, in Markdown, from JMH's results and the heap files. */
  static String table(Collection<RunResult> results, Path heapDir) throws IOException {
    // "Class.method" -> size -> ms/op
    Map<String, Map<String, double[]>> scores = new HashMap<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      String key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      String size = r.getParams().getParamsKeys().contains("size")
          ? r.getParams().getParam("size") : "";
      double score = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      scores.computeIfAbsent(key, k -> new TreeMap<>()).put(size, new double[] {score, error});
    }
    StringBuilder s = new StringBuilder();
    s.append("| Benchmark | Size | Library ms/op | Baseline | Baseline ms/op | Lib ÷ baseline"
        + " | DuckDB ms/op | Lib ÷ DuckDB | 10 M ÷ 1 M | Heap: data / peak / max (MB) |\n");
    s.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---|\n");
    List<String> misses = new ArrayList<>();
    for (Row row : ROWS) {
      Map<String, double[]> lib = scores.get(row.library());
      if (lib == null) {
        continue;
      }
      Map<String, double[]> base = scores.getOrDefault(row.baseline(), Map.of());
      Map<String, double[]> duck =
          row.duckDb() == null ? Map.of() : scores.getOrDefault(row.duckDb(), Map.of());
      for (Map.Entry<String, double[]> e : sortedBySize(lib)) {
        String size = e.getKey();
        double l = e.getValue()[0];
        double[] b = base.get(size);
        double[] d = duck.get(size);
        String growth = "";
        if (size.equals("10000000") && lib.containsKey("1000000")) {
          double g = l / lib.get("1000000")[0];
          growth = ratio(g, GROWTH_TARGET, row.title() + " growth", misses);
        }
        s.append("| ").append(row.title())
            .append(" | ").append(sizeText(size))
            .append(" | ").append(ms(e.getValue()))
            .append(" | ").append(row.baselineName())
            .append(" | ").append(b == null ? "" : ms(b))
            .append(" | ").append(b == null ? "" : ratio(l / b[0], row.baselineTarget(),
                row.title() + " " + sizeText(size) + " vs " + row.baselineName(), misses))
            .append(" | ").append(d == null ? "" : ms(d))
            .append(" | ").append(d == null ? "" : ratio(l / d[0], row.duckDbTarget(),
                row.title() + " " + sizeText(size) + " vs DuckDB", misses))
            .append(" | ").append(growth)
            .append(" | ").append(heap(heapDir, row, size))
            .append(" |\n");
      }
    }
    s.append("\nRatios marked ✗ miss the target of issue 9; ✓ meet it.");
    if (!misses.isEmpty()) {
      s.append(" Missed: ").append(String.join("; ", misses)).append('.');
    }
    s.append('\n');
    return s.toString();
  }

  private static List<Map.Entry<String, double[]>> sortedBySize(Map<String, double[]> m) {
    List<Map.Entry<String, double[]>> l = new ArrayList<>(m.entrySet());
    l.sort((a, b) -> Long.compare(sizeOf(a.getKey()), sizeOf(b.getKey())));
    return l;
  }

  private static long sizeOf(String size) {
    return size.isEmpty() ? 0 : Long.parseLong(size);
  }

  private static String sizeText(String size) {
    if (size.isEmpty()) {
      return "";
    }
    long n = Long.parseLong(size);
    return n % 1_000_000 == 0 ? n / 1_000_000 + " M" : n % 1000 == 0 ? n / 1000 + " k" : size;
  }

  private static String ms(double[] score) {
    return Double.isFinite(score[1])
        ? String.format(Locale.ROOT, "%.1f ± %.1f", score[0], score[1])
        : String.format(Locale.ROOT, "%.1f", score[0]);
  }

  private static String ratio(double r, double target, String what, List<String> misses) {
    String text = String.format(Locale.ROOT, "%.2f", r);
    if (target <= 0) {
      return text;
    }
    if (r <= target) {
      return text + " ✓";
    }
    misses.add(what + String.format(Locale.ROOT, " %.2f > %.1f", r, target));
    return text + " ✗";
  }

  private static String heap(Path dir, Row row, String size) throws IOException {
    List<String> parts = new ArrayList<>();
    for (String bench : new String[] {row.library(), row.baseline(), row.duckDb()}) {
      if (bench == null) {
        continue;
      }
      Path f = dir.resolve(HeapProbe.fileName("x." + bench,
          size.isEmpty() ? Map.of() : Map.of("size", size)));
      if (!Files.exists(f)) {
        continue;
      }
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(f)) {
        p.load(r);
      }
      String who = bench.substring(bench.indexOf('.') + 1);
      parts.add(String.format(Locale.ROOT, "%s %d / %d / %d", who,
          mb(p.getProperty("data")), mb(p.getProperty("peak")), mb(p.getProperty("max"))));
    }
    return String.join("; ", parts);
  }

  private static long mb(String bytes) {
    return Long.parseLong(bytes) / (1024 * 1024);
  }
}
