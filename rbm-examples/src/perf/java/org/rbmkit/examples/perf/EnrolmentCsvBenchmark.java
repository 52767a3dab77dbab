package org.rbmkit.examples.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.CertificationTally;
import org.rbmkit.kpi.certification.CredentialTier;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;
import org.rbmkit.kpi.certification.Modality;
import org.rbmkit.kpi.certification.Pricing;

/**
 * Streaming an enrolment CSV file into a tally by modality × credential × pricing, with a 64 MB
 * heap, against a plain line count of the same file and against what an analyst would run on
 * the file: DuckDB's {@code read_csv} with a {@code GROUP BY} ({@code duckDb}, with its own
 * threads, one per core); read by one thread ({@code library}) and in parallel byte ranges
 * ({@code libraryParallel}).
 *
 * <p>The file is generated once into the build directory ({@value #DIR_PROPERTY}, default
 * {@code target/perf}) and reused by later runs. Duplicate-id detection is off: its memory grows
 * with the rows, and the generated ids are unique by construction.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms64m", "-Xmx64m", "-XX:+AlwaysPreTouch"})
public class EnrolmentCsvBenchmark {

  /** System property naming the directory of the generated file. */
  public static final String DIR_PROPERTY = "rbm.perf.dir";

  private static final EnrolmentCsvReader READER =
      EnrolmentCsvReader.builder().detectDuplicateIds(false).build();

  /** The CSV file. */
  @State(Scope.Benchmark)
  public static class File extends MeasuredData {
    /** Rows in the file, header not counted. */
    @Param({"10000000"})
    public int size;

    Path path;
    /** An in-memory DuckDB database, for {@link #duckDb}. */
    Connection duckDb;

    /** Generates the file unless an earlier run did. */
    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
      path = file(Path.of(System.getProperty(DIR_PROPERTY, "target/perf")), size);
      duckDb = DriverManager.getConnection("jdbc:duckdb:");
      dataReady();
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      duckDb.close();
    }
  }

  /** The file of {@code size} rows in {@code dir}, written first if it does not exist yet. */
  static Path file(Path dir, int size) throws IOException {
    Files.createDirectories(dir);
    Path path = dir.resolve("enrolments-" + size + ".csv");
    if (!Files.exists(path)) {
      Path tmp = dir.resolve("enrolments-" + size + ".csv.tmp");
      try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
        EnrolmentData.writeCsv(size, PerformanceReport.SEED, w);
      }
      Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE);
    }
    return path;
  }

  /** The library: every row parsed, validated and counted. */
  @Benchmark
  public Breakdown library(File f) throws IOException {
    return tally(f.path);
  }

  /** The tally of a file by modality, credential and pricing. */
  static Breakdown tally(Path path) throws IOException {
    CertificationTally t =
        CertificationTally.byEnrolments(
            Dimension.MODALITY, Dimension.CREDENTIAL, Dimension.PRICING);
    try (InputStream in = Files.newInputStream(path)) {
      READER.read(in, t::add);
    }
    return t.toBreakdown();
  }

  /**
   * The library reading the file in parallel byte ranges ({@link EnrolmentCsvReader#collect}),
   * one per available processor, into the same tally.
   */
  @Benchmark
  public Breakdown libraryParallel(File f) {
    return tallyParallel(f.path);
  }

  /** The tally of a file by modality, credential and pricing, read in parallel ranges. */
  static Breakdown tallyParallel(Path path) {
    return READER
        .collect(
            path,
            CertificationTally.collector(
                false, Dimension.MODALITY, Dimension.CREDENTIAL, Dimension.PRICING))
        .result();
  }

  /** The baseline: a plain line count of the same file. */
  @Benchmark
  public long lineCount(File f) throws IOException {
    return lineCount(f.path);
  }

  /** The number of lines of a file, header included. */
  static long lineCount(Path path) throws IOException {
    long n = 0;
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      while (in.readLine() != null) {
        n++;
      }
    }
    return n;
  }

  /** The anchor: DuckDB reads the same file with {@code read_csv} and groups it, in parallel. */
  @Benchmark
  public long[] duckDb(File f) throws SQLException {
    return duckDb(f.duckDb, f.path);
  }

  /**
   * The SQL an analyst would write for the same tally straight from the file: a stage is
   * reached when its date is there (the library checks that every later date has the earlier
   * ones; the generated file has them).
   */
  static final String QUERY =
      "SELECT modality, credential, pricing, count(*), count(completed_on),"
          + " count(credential_earned_on), count(credential_accessed_on)"
          + " FROM read_csv(?) GROUP BY modality, credential, pricing";

  /** Runs {@link #QUERY} on a file: the counts in the layout of {@link EnrolmentData#counts}. */
  static long[] duckDb(Connection duckDb, Path path) throws SQLException {
    long[] counts = new long[EnrolmentData.GROUPS * EnrolmentData.STAGES];
    try (var s = duckDb.prepareStatement(QUERY)) {
      s.setString(1, path.toAbsolutePath().toString());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          int g =
              EnrolmentData.group(
                  Modality.fromCode(rs.getString(1)).ordinal(),
                  CredentialTier.fromCode(rs.getString(2)).ordinal(),
                  Pricing.fromCode(rs.getString(3)).ordinal());
          for (int k = 0; k < EnrolmentData.STAGES; k++) {
            counts[g * EnrolmentData.STAGES + k] = rs.getLong(4 + k);
          }
        }
      }
    }
    return counts;
  }
}
