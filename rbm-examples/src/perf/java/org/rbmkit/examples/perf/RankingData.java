package org.rbmkit.examples.perf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.kpi.benchmark.Benchmark;
import org.rbmkit.kpi.benchmark.BenchmarkEntity;
import org.rbmkit.kpi.benchmark.BenchmarkOptions;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.benchmark.Direction;
import org.rbmkit.kpi.benchmark.Metric;
import org.rbmkit.kpi.benchmark.MetricTable;
import org.rbmkit.kpi.benchmark.Position;

/**
 * A synthetic, reproducible benchmarking data set: one metric (higher is better) of many
 * entities in one year, values with two decimals from 0 to 10 000.00 (so ties occur), as a
 * library {@link BenchmarkSet}, as primitive cents, and as a DuckDB table.
 *
 * <pre>{@code
 * RankingData d = RankingData.generate(1_000_000, 42);
 * RankingData.Ranks r = d.handLoop();   // competition ranks, percentiles, z-scores
 * }</pre>
 *
 * <p>Every shape computes, per entity, the competition rank (1 is best), the mid-rank percentile
 * {@code 100 · (B + E/2) / N} and the population z-score; the library and the hand loop with
 * {@link MathContext#DECIMAL128}, DuckDB in {@code DOUBLE}. Immutable after generation.
 */
public final class RankingData {

  /** The metric's id. */
  static final String METRIC = "score";
  /** The year of the values. */
  static final CalendarYear YEAR = CalendarYear.of(2024);
  /** Values are below this many cents: 10 000.00. */
  static final int MAX_CENTS = 1_000_000;

  private static final MathContext MC = MathContext.DECIMAL128;

  final int size;
  final long[] cents;

  private RankingData(int size) {
    this.size = size;
    this.cents = new long[size];
  }

  /** Bits of an entity's position in the hand loop's packed keys. */
  private static final int INDEX_BITS = 24;

  /** Generates {@code size} values from {@code seed}; at most 2^24 entities. */
  public static RankingData generate(int size, long seed) {
    if (size > 1 << INDEX_BITS) {
      throw new IllegalArgumentException("size " + size + " is above 2^" + INDEX_BITS);
    }
    SplittableRandom r = new SplittableRandom(seed);
    RankingData d = new RankingData(size);
    for (int i = 0; i < size; i++) {
      d.cents[i] = r.nextInt(MAX_CENTS);
    }
    return d;
  }

  /** The entity id of position {@code i}; ids sort as positions do. */
  static String entity(int i) {
    return String.format("U%08d", i);
  }

  /** The data as a library benchmark set. */
  public BenchmarkSet set() {
    BenchmarkSet.Builder b =
        BenchmarkSet.builder()
            .name("ranking")
            .metric(Metric.of(METRIC, "Score", "points", Direction.HIGHER_IS_BETTER));
    for (int i = 0; i < size; i++) {
      String id = entity(i);
      b.entity(BenchmarkEntity.of(id, "unit", id));
      b.value(id, METRIC, YEAR, BigDecimal.valueOf(cents[i], 2));
    }
    return b.build();
  }

  /** The library: the metric table, with ranks, percentiles and z-scores of every entity. */
  public static MetricTable library(BenchmarkSet set) {
    return Benchmark.of(BenchmarkOptions.defaults()).table(set, METRIC, YEAR);
  }

  /** Ranks, percentiles and z-scores by entity position. */
  public record Ranks(int[] rank, BigDecimal[] percentile, BigDecimal[] zScore) {}

  /** A library table's figures by entity position. */
  public static Ranks ranks(MetricTable table, int size) {
    Ranks r = new Ranks(new int[size], new BigDecimal[size], new BigDecimal[size]);
    for (Position p : table.positions()) {
      int i = Integer.parseInt(p.entity().substring(1));
      r.rank()[i] = p.rank().intValueExact();
      r.percentile()[i] = p.percentile();
      r.zScore()[i] = p.zScore().orElseThrow();
    }
    return r;
  }

  /**
   * The hand-written loop: a sort of packed primitive keys, competition ranks, exact sums in
   * {@code long}, and the same {@code DECIMAL128} divisions as the library.
   */
  public Ranks handLoop() {
    int n = size;
    long[] keys = new long[n];
    long sum = 0;
    long sumOfSquares = 0;
    for (int i = 0; i < n; i++) {
      long v = cents[i];
      // best first: higher values first, ties by entity position
      keys[i] = ((MAX_CENTS - 1 - v) << INDEX_BITS) | i;
      sum = Math.addExact(sum, v);
      sumOfSquares = Math.addExact(sumOfSquares, Math.multiplyExact(v, v));
    }
    Arrays.sort(keys);
    // n²·variance = n·Q − S², in cents², exact
    BigDecimal spread =
        BigDecimal.valueOf(n)
            .multiply(BigDecimal.valueOf(sumOfSquares, 4))
            .subtract(BigDecimal.valueOf(sum, 2).pow(2));
    BigDecimal root = spread.sqrt(MC);
    Ranks r = new Ranks(new int[n], new BigDecimal[n], new BigDecimal[n]);
    BigDecimal twiceN = BigDecimal.valueOf(2L * n);
    for (int start = 0; start < n; ) {
      long value = MAX_CENTS - 1 - (keys[start] >>> INDEX_BITS);
      int end = start + 1;
      while (end < n && MAX_CENTS - 1 - (keys[end] >>> INDEX_BITS) == value) {
        end++;
      }
      BigDecimal percentile =
          BigDecimal.valueOf(100L * (2L * (n - end) + (end - start))).divide(twiceN, MC);
      BigDecimal z = BigDecimal.valueOf(n * value - sum, 2).divide(root, MC);
      for (int k = start; k < end; k++) {
        int i = (int) (keys[k] & ((1 << INDEX_BITS) - 1));
        r.rank()[i] = start + 1;
        r.percentile()[i] = percentile;
        r.zScore()[i] = z;
      }
      start = end;
    }
    return r;
  }

  /** Creates table {@code scores} in the given DuckDB connection and loads the data. */
  public void load(Connection duckDb) throws SQLException {
    try (Statement s = duckDb.createStatement()) {
      s.execute("CREATE TABLE scores (entity VARCHAR, value DECIMAL(9,2))");
    }
    try (DuckDBAppender app = duckDb.unwrap(DuckDBConnection.class).createAppender("scores")) {
      for (int i = 0; i < size; i++) {
        app.beginRow().append(entity(i)).appendDecimal((int) cents[i]).endRow();
      }
    }
  }

  /** The SQL an analyst would write: window functions over the whole table. */
  static final String QUERY =
      "SELECT entity, rank() OVER w,"
          + " 100.0 * (2 * (count(*) OVER () - rank() OVER w + 1 - count(*) OVER (PARTITION BY"
          + " value)) + count(*) OVER (PARTITION BY value)) / (2 * count(*) OVER ()),"
          + " (value - avg(value) OVER ()) / stddev_pop(value) OVER ()"
          + " FROM scores WINDOW w AS (ORDER BY value DESC)";

  /** DuckDB's ranks, percentiles and z-scores by entity position, every row fetched. */
  public static double[][] duckDb(Connection duckDb, int size) throws SQLException {
    double[][] out = new double[3][size];
    try (Statement s = duckDb.createStatement();
        ResultSet rs = s.executeQuery(QUERY)) {
      while (rs.next()) {
        int i = Integer.parseInt(rs.getString(1).substring(1));
        out[0][i] = rs.getLong(2);
        out[1][i] = rs.getDouble(3);
        out[2][i] = rs.getDouble(4);
      }
    }
    return out;
  }
}
