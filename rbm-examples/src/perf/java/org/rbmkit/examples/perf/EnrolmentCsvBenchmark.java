package org.rbmkit.examples.perf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.CertificationTally;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;

/**
 * Streaming an enrolment CSV file into a tally by modality × credential × pricing, with a 64 MB
 * heap, against a plain line count of the same file; read by one thread ({@code library}) and in
 * parallel byte ranges ({@code libraryParallel}).
 *
 * <p>The file is generated once into the build directory ({@value #DIR_PROPERTY}, default
 * {@code target/perf}) and reused by later runs. Duplicate-id detection is off: its memory grows
 * with the rows, and the generated ids are unique by construction.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms64m", "-Xmx64m"})
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

    /** Generates the file unless an earlier run did. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      path = file(Path.of(System.getProperty(DIR_PROPERTY, "target/perf")), size);
      dataReady();
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
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
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
}
