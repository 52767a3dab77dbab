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
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms5g", "-Xmx5g"})
public class FrameworkJsonBenchmark {

  /**
   * The library's mapper with the default limits, except the token count: the 100 000-indicator
   * document has more tokens than {@link RbmJson#MAX_TOKEN_COUNT} allows by default, so it is
   * raised here the documented way, for the library and for {@code readTree} alike.
   */
  private static final JsonMapper MAPPER =
      RbmJson.mapper(RbmJson.DEFAULT_LIMITS.rebuild().maxTokenCount(200_000_000L).build());

  /** The framework, its JSON bytes and Jackson's tree of them. */
  @State(Scope.Benchmark)
  public static class Document extends MeasuredData {
    /** Indicators in the framework. */
    @Param({"100000"})
    public int size;

    ResultsFramework framework;
    byte[] json;
    JsonNode tree;

    /** Builds the framework and writes it once. */
    @Setup(Level.Trial)
    public void setUp() {
      framework = FrameworkData.generate(size, PerformanceReport.SEED);
      json = MAPPER.writeValueAsBytes(framework);
      tree = MAPPER.readTree(json);
      dataReady();
    }
  }

  /** The library: bytes to a validated framework. */
  @Benchmark
  public ResultsFramework read(Document d) {
    return MAPPER.readValue(d.json, ResultsFramework.class);
  }

  /** The baseline: the same bytes to Jackson's tree. */
  @Benchmark
  public JsonNode readTree(Document d) {
    return MAPPER.readTree(d.json);
  }

  /** The library: a framework to bytes. */
  @Benchmark
  public byte[] write(Document d) {
    return MAPPER.writeValueAsBytes(d.framework);
  }

  /** The baseline: Jackson's tree of the same document to bytes. */
  @Benchmark
  public byte[] writeTree(Document d) {
    return MAPPER.writeValueAsBytes(d.tree);
  }
}
