package org.rbmkit.examples.perf;

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
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.results.ResultsFramework;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing a results framework of many indicators as JSON with the library's mapper,
 * against Jackson's own tree ({@code readTree}, and writing that tree) on the same bytes.
 *
 * <p>Each method runs in its own fork that keeps only the data it reads: the bytes, the
 * framework or the tree.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms5g", "-Xmx5g", "-XX:+AlwaysPreTouch"})
public class FrameworkJsonBenchmark {

  /**
   * The library's mapper with the default limits, except the token count: the 100 000-indicator
   * document has more tokens than {@link RbmJson#MAX_TOKEN_COUNT} allows by default, so it is
   * raised here the documented way, for the library and for {@code readTree} alike.
   */
  private static final JsonMapper MAPPER =
      RbmJson.mapper(RbmJson.DEFAULT_LIMITS.rebuild().maxTokenCount(200_000_000L).build());

  /** The size of the framework. */
  @State(Scope.Benchmark)
  public static class Size {
    /** Indicators in the framework. */
    @Param({"100000"})
    public int size;
  }

  /** The JSON bytes alone: what both readers read. */
  @State(Scope.Benchmark)
  public static class Bytes extends MeasuredData {
    byte[] json;

    /** Builds the framework, writes it once and keeps only the bytes. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      json = MAPPER.writeValueAsBytes(FrameworkData.generate(s.size, PerformanceReport.SEED));
      dataReady();
    }
  }

  /** The framework alone: what the library writes. */
  @State(Scope.Benchmark)
  public static class Model extends MeasuredData {
    ResultsFramework framework;

    /** Builds the framework. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      framework = FrameworkData.generate(s.size, PerformanceReport.SEED);
      dataReady();
    }
  }

  /** Jackson's tree of the same bytes alone: what the baseline writes. */
  @State(Scope.Benchmark)
  public static class Tree extends MeasuredData {
    JsonNode tree;

    /** Builds the framework, writes it and reads the bytes back as a tree. */
    @Setup(Level.Trial)
    public void setUp(Size s) {
      tree =
          MAPPER.readTree(
              MAPPER.writeValueAsBytes(FrameworkData.generate(s.size, PerformanceReport.SEED)));
      dataReady();
    }
  }

  /** The library: bytes to a validated framework. */
  @Benchmark
  public ResultsFramework read(Bytes d) {
    return MAPPER.readValue(d.json, ResultsFramework.class);
  }

  /** The baseline: the same bytes to Jackson's tree. */
  @Benchmark
  public JsonNode readTree(Bytes d) {
    return MAPPER.readTree(d.json);
  }

  /** The library: a framework to bytes. */
  @Benchmark
  public byte[] write(Model d) {
    return MAPPER.writeValueAsBytes(d.framework);
  }

  /** The baseline: Jackson's tree of the same document to bytes. */
  @Benchmark
  public byte[] writeTree(Tree d) {
    return MAPPER.writeValueAsBytes(d.tree);
  }
}
