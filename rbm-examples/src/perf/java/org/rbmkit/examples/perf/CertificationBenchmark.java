package org.rbmkit.examples.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
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
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.Enrolment;
import org.rbmkit.kpi.certification.EnrolmentTable;

/**
 * Certification rates over in-memory enrolments grouped by modality × credential tier × pricing:
 * the library's {@code CertificationTally} over enrolment objects and over an {@link
 * EnrolmentTable}, a hand-written loop over primitive columns, and DuckDB's {@code GROUP BY} on
 * the same data.
 *
 * <p>Each method runs in its own fork that builds only the shape of the data it reads.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms5g", "-Xmx5g", "-XX:+AlwaysPreTouch"})
public class CertificationBenchmark {

  /** The number of enrolments. */
  @State(Scope.Benchmark)
  public static class Size {
    /** Enrolments in the data set. */
    @Param({"1000000", "10000000"})
    public int size;
  }

  /** The enrolments as library objects. */
  @State(Scope.Benchmark)
  public static class Objects extends MeasuredData {
    List<Enrolment> enrolments;

    /** Builds the objects. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      enrolments = EnrolmentData.generate(s.size, PerformanceReport.SEED).enrolments();
      dataReady();
    }
  }

  /**
   * The enrolments loaded into the library's columnar table before measuring, as DuckDB's table
   * is; the objects are dropped.
   */
  @State(Scope.Benchmark)
  public static class Loaded extends MeasuredData {
    EnrolmentTable table;

    /** Builds the objects and loads them into a table. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      table =
          EnrolmentTable.of(EnrolmentData.generate(s.size, PerformanceReport.SEED).enrolments());
      dataReady();
    }
  }

  /** The enrolments as primitive columns. */
  @State(Scope.Benchmark)
  public static class Columns extends MeasuredData {
    EnrolmentData data;

    /** Generates the columns. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      data = EnrolmentData.generate(s.size, PerformanceReport.SEED);
      dataReady();
    }
  }

  /** The enrolments loaded into an in-process DuckDB table. */
  @State(Scope.Benchmark)
  public static class Table extends MeasuredData {
    Connection duckDb;

    /** Loads the table; the Java copy of the data is dropped before measuring. */
    @Setup(Level.Trial)
    public void setUp(Size s) throws SQLException {
      duckDb = DriverManager.getConnection("jdbc:duckdb:");
      EnrolmentData.generate(s.size, PerformanceReport.SEED).load(duckDb);
      dataReady();
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      duckDb.close();
    }
  }

  /** The library: one pass of a tally by modality, credential and pricing. */
  @Benchmark
  public Breakdown library(Objects s) {
    return EnrolmentData.library(s.enrolments);
  }

  /** The library: the same tally over the enrolments loaded into an {@link EnrolmentTable}. */
  @Benchmark
  public Breakdown libraryTable(Loaded s) {
    return EnrolmentData.libraryTable(s.table);
  }

  /** The practical limit: a loop over primitive columns. */
  @Benchmark
  public long[] handLoop(Columns s) {
    return s.data.handLoop();
  }

  /** DuckDB in-process, the query only. */
  @Benchmark
  public long[] duckDb(Table s) throws SQLException {
    return EnrolmentData.duckDb(s.duckDb);
  }
}
