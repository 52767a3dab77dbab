package org.rbmkit.examples.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.benchmark.MetricTable;

/**
 * Ranks, percentiles and z-scores of many entities on one metric: the library's {@code
 * Benchmark.table}, a hand-written loop sorting primitive keys, and DuckDB's window functions,
 * on the same data.
 *
 * <p>Each method runs in its own fork that builds only the shape of the data it reads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms5g", "-Xmx5g", "-XX:+AlwaysPreTouch"})
public class RankingBenchmark {

  /** The number of entities. */
  @State(Scope.Benchmark)
  public static class Size {
    /** Entities in the data set. */
    @Param({"1000000", "10000000"})
    public int size;
  }

  /** The data as a library benchmark set. */
  @State(Scope.Benchmark)
  public static class Objects extends MeasuredData {
    BenchmarkSet set;

    /** Builds the objects. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      set = RankingData.generate(s.size, PerformanceReport.SEED).set();
      dataReady();
    }
  }

  /** The values as primitive cents. */
  @State(Scope.Benchmark)
  public static class Columns extends MeasuredData {
    RankingData data;

    /** Generates the columns. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      data = RankingData.generate(s.size, PerformanceReport.SEED);
      dataReady();
    }
  }

  /** The values loaded into an in-process DuckDB table. */
  @State(Scope.Benchmark)
  public static class Table extends MeasuredData {
    Connection duckDb;
    int size;

    /** Loads the table; the Java copy of the data is dropped before measuring. */
    @Setup(Level.Trial)
    public void setUp(Size s) throws SQLException {
      size = s.size;
      duckDb = DriverManager.getConnection("jdbc:duckdb:");
      RankingData.generate(s.size, PerformanceReport.SEED).load(duckDb);
      dataReady();
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      duckDb.close();
    }
  }

  /** The library: the metric table of every entity. */
  @Benchmark
  public MetricTable library(Objects s) {
    return RankingData.library(s.set);
  }

  /**
   * The library, every position read: the table and each entity's rank, percentile and z-score
   * as exact decimals, which the table computes when a position is read.
   */
  @Benchmark
  public RankingData.Ranks libraryEveryPosition(Objects s) {
    return RankingData.ranks(RankingData.library(s.set), s.set.entities().size());
  }

  /** The practical limit: a sort of primitive keys and the same decimal divisions. */
  @Benchmark
  public RankingData.Ranks handLoop(Columns s) {
    return s.data.handLoop();
  }

  /** DuckDB in-process, the query only. */
  @Benchmark
  public double[][] duckDb(Table s) throws SQLException {
    return RankingData.duckDb(s.duckDb, s.size);
  }
}
