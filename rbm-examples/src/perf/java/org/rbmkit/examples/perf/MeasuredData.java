package org.rbmkit.examples.perf;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A benchmark's data set whose heap the report shows: a subclass, a JMH {@code @State}, builds
 * its data in its own trial {@code @Setup} and then calls {@link #dataReady()}; at the end of the
 * trial the heap it keeps alive and the peak while the benchmark ran are recorded through {@link
 * HeapProbe}.
 *
 * <pre>{@code
 * @State(Scope.Benchmark)
 * public static class Columns extends MeasuredData {
 *   BudgetData data;
 *
 *   @Setup(Level.Trial)
 *   public void setUp(Size s) {
 *     data = BudgetData.generate(s.size, PerformanceReport.SEED);
 *     dataReady();
 *   }
 * }
 * }</pre>
 */
public abstract class MeasuredData {

  private long heap;

  /** For subclasses. */
  protected MeasuredData() {}

  /** Marks the data set built: collects garbage and notes the heap it keeps alive. */
  protected final void dataReady() {
    heap = HeapProbe.afterSetup();
  }

  /** Records the data heap and the peak of the trial. */
  @TearDown(Level.Trial)
  public void recordHeap(BenchmarkParams params) {
    HeapProbe.record(params, heap);
  }
}
