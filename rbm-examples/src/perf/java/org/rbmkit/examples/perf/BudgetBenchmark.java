package org.rbmkit.examples.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
import org.rbmkit.budget.balance.Balance;
import org.rbmkit.budget.balance.BudgetEntryTable;
import org.rbmkit.budget.document.BudgetEntry;

/**
 * The budget balance by fund and column over in-memory budget entries with two-decimal amounts:
 * the library's {@code BudgetTotals} (sums by column, fund, kind and item, then the balance by
 * fund of every column) over {@code BudgetEntry} objects and over a {@code BudgetEntryTable}
 * built before timing, a hand-written loop summing cents in {@code long}s, and DuckDB's {@code
 * GROUP BY} over a {@code DECIMAL(18,2)} column, on the same data.
 *
 * <p>Each method runs in its own fork that builds only the shape of the data it reads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms5g", "-Xmx5g", "-XX:+AlwaysPreTouch"})
public class BudgetBenchmark {

  /** The number of budget entries. */
  @State(Scope.Benchmark)
  public static class Size {
    /** Budget entries in the data set. */
    @Param({"1000000", "10000000"})
    public int size;
  }

  /** The entries as library objects. */
  @State(Scope.Benchmark)
  public static class Objects extends MeasuredData {
    List<BudgetEntry> entries;

    /** Builds the objects. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      entries = BudgetData.generate(s.size, PerformanceReport.SEED).entries();
      dataReady();
    }
  }

  /** The entries as primitive columns, amounts in cents. */
  @State(Scope.Benchmark)
  public static class Columns extends MeasuredData {
    BudgetData data;

    /** Generates the columns. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      data = BudgetData.generate(s.size, PerformanceReport.SEED);
      dataReady();
    }
  }

  /** The entries in the library's compact table, built before measuring. */
  @State(Scope.Benchmark)
  public static class LibraryTable extends MeasuredData {
    BudgetEntryTable table;

    /** Builds the table; the objects it was built from are dropped before measuring. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      table = BudgetData.generate(s.size, PerformanceReport.SEED).table();
      dataReady();
    }
  }

  /** The entries loaded into an in-process DuckDB table. */
  @State(Scope.Benchmark)
  public static class Table extends MeasuredData {
    Connection duckDb;

    /** Loads the table; the Java copy of the data is dropped before measuring. */
    @Setup(Level.Trial)
    public void setUp(Size s) throws SQLException {
      duckDb = DriverManager.getConnection("jdbc:duckdb:");
      BudgetData.generate(s.size, PerformanceReport.SEED).load(duckDb);
      dataReady();
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      duckDb.close();
    }
  }

  /** The library: totals in one pass, then the balance by fund of every column. */
  @Benchmark
  public List<Map<String, Balance>> library(Objects s) {
    return BudgetData.library(s.entries);
  }

  /** The same totals over the library's compact table. */
  @Benchmark
  public List<Map<String, Balance>> libraryTable(LibraryTable s) {
    return BudgetData.libraryTable(s.table);
  }

  /** The practical limit: a loop over primitive columns. */
  @Benchmark
  public long[] handLoop(Columns s) {
    return s.data.handLoop();
  }

  /** DuckDB in-process, the query only. */
  @Benchmark
  public long[] duckDb(Table s) throws SQLException {
    return BudgetData.duckDb(s.duckDb);
  }
}
