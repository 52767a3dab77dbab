package org.rbmkit.examples.perf;

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
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.achievement.FrameworkRollup;

/**
 * Achievement, rating and roll-up of a framework's indicators for each of its 8 years: the
 * library's {@code RollupCalculator} against a hand-written loop over {@code long} arrays built in
 * setup. {@code library} rolls up the framework built in setup (after the first call, its layout
 * is the one kept with the framework); {@code libraryFirstRollUps} rolls up a new instance of the
 * same framework each time, so that the time includes laying it out; {@code handLoopWithArrays}
 * includes building the loop's arrays from the framework.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms5g", "-Xmx5g", "-XX:+AlwaysPreTouch"})
public class AchievementBenchmark {

  /** The framework and its figures in arrays. */
  @State(Scope.Benchmark)
  public static class Data extends MeasuredData {
    /** Indicators in the framework. */
    @Param({"100000"})
    public int size;

    AchievementData data;

    /** Builds the framework and extracts its figures. */
    @Setup(Level.Trial)
    public void setUp() {
      data = AchievementData.of(FrameworkData.generate(size, PerformanceReport.SEED));
      dataReady();
    }
  }

  /** A new instance of the framework for every call (the same indicators and results). */
  @State(Scope.Thread)
  public static class Fresh {
    ResultsFramework framework;

    /** A framework the library has not seen. */
    @Setup(Level.Invocation)
    public void setUp(Data d) {
      framework = AchievementData.copy(d.data.framework);
    }
  }

  /** The library: a roll-up per year. */
  @Benchmark
  public List<FrameworkRollup> library(Data d) {
    return AchievementData.library(d.data.framework);
  }

  /** The library on a framework it has not seen: a roll-up per year, the layout included. */
  @Benchmark
  public List<FrameworkRollup> libraryFirstRollUps(Fresh f) {
    return AchievementData.library(f.framework);
  }

  /** The practical limit: the same arithmetic over arrays. */
  @Benchmark
  public long[][] handLoop(Data d) {
    return d.data.handLoop();
  }

  /** The hand loop with its arrays built from the framework. */
  @Benchmark
  public long[][] handLoopWithArrays(Data d) {
    return AchievementData.of(d.data.framework).handLoop();
  }
}
