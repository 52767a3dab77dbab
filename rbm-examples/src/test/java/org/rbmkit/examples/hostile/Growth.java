package org.rbmkit.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntConsumer;

/**
 * Time bounds of the hostile corpus, stated as ratios rather than seconds so that they hold on a
 * slow or busy machine: the work on an input {@code factor} times larger may take at most
 * {@code maxRatio} times as long. Time is the calling thread's CPU time where the JVM measures it
 * (wall time otherwise), so that other processes on a loaded machine and the collector's own
 * threads do not count; each size is run seven times and the fastest run counts, which keeps
 * warm-up and a busy neighbour's bursts out of the ratio.
 *
 * <pre>{@code
 * Growth.assertAtMost(30.0, 10_000, 10, n -> validate(frameworkWithRepeats(n)));
 * }</pre>
 */
public final class Growth {

  /** Runs of each size; the fastest counts. */
  private static final int RUNS = 7;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Growth() {}

  /**
   * Runs {@code work} at {@code size} and at {@code size * factor} and asserts that the larger
   * took at most {@code maxRatio} times the smaller (best of seven runs each, after one warm-up).
   */
  public static void assertAtMost(double maxRatio, int size, int factor, IntConsumer work) {
    work.accept(size);
    long small = fastest(size, work);
    long large = fastest(size * factor, work);
    double ratio = (double) large / Math.max(small, 1);
    assertThat(ratio)
        .as("time at %d (%d µs) / time at %d (%d µs)", size * factor, large / 1000, size,
            small / 1000)
        .isLessThanOrEqualTo(maxRatio);
  }

  private static long fastest(int size, IntConsumer work) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long start = now();
      work.accept(size);
      best = Math.min(best, now() - start);
    }
    return best;
  }

  /** The calling thread's CPU time in nanoseconds, or the wall clock where it is not measured. */
  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }
}
