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
import org.rbmkit.kpi.achievement.FrameworkRollup;

/**
 * Achievement, rating and roll-up of a framework's indicators for each of its 8 years: the
 * library's {@code RollupCalculator}, on the framework and on its prepared form (built in setup,
 * as the loop's arrays are), against a hand-written loop over {@code long} arrays.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms5g", "-Xmx5g"})
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

  /** The library: a roll-up per year. */
  @Benchmark
  public List<FrameworkRollup> library(Data d) {
    return AchievementData.library(d.data.framework);
  }

  /** The library on the framework prepared in setup: a roll-up per year. */
  @Benchmark
  public List<FrameworkRollup> libraryPrepared(Data d) {
    return AchievementData.libraryPrepared(d.data.prepared);
  }

  /** The practical limit: the same arithmetic over arrays. */
  @Benchmark
  public long[][] handLoop(Data d) {
    return d.data.handLoop();
  }
}
