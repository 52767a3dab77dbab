package org.rbmkit.examples.perf;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;

/**
 * The methods of {@link AchievementBenchmark} timed in the CPU time of the thread that runs them,
 * which the load of a shared machine disturbs less than wall time, with the collection time
 * spent during each, and two floors: reading every total target, actual and baseline of the
 * framework once from its objects ({@link #touch}), which any roll-up of a framework it has not
 * seen must do, and merely reaching each target's and actual's {@code PeriodValue} ({@link
 * #reach}: its period, without its value), which any code that reads the model's value lists
 * must do.
 *
 * <pre>{@code
 * java -Xms5g -Xmx5g -cp … org.rbmkit.examples.perf.AchievementCpuTime 30
 * }</pre>
 *
 * <p>Prints, per method, the best and mean CPU time of the given number of runs (30 by default),
 * the mean wall time and the collection time summed over the runs. The methods run in turn, so
 * a collection falls on whichever runs when it is due.
 */
public final class AchievementCpuTime {

  private AchievementCpuTime() {}

  /** Runs each method the given number of times (first argument, 30 by default), twice over. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    ResultsFramework f = FrameworkData.generate(100_000, PerformanceReport.SEED);
    AchievementData ready = AchievementData.of(f);
    String[] names = {
      "libraryFirstRollUps",
      "library",
      "handLoop",
      "handLoopWithArrays",
      "read every value once",
      "reach every value once"
    };
    long sink = 0;
    for (int round = 0; round < 2; round++) {
      long[] best = new long[names.length];
      long[] cpu = new long[names.length];
      long[] wall = new long[names.length];
      long[] gc = new long[names.length];
      Arrays.fill(best, Long.MAX_VALUE);
      for (int k = 0; k < runs; k++) {
        for (int m = 0; m < names.length; m++) {
          ResultsFramework copy = AchievementData.copy(f);
          long g0 = collectionMillis();
          long w0 = System.nanoTime();
          long t0 = mx.getCurrentThreadCpuTime();
          sink +=
              switch (m) {
                case 0 -> AchievementData.library(copy).size();
                case 1 -> AchievementData.library(f).size();
                case 2 -> ready.handLoop().length;
                case 3 -> AchievementData.of(f).handLoop().length;
                case 4 -> touch(f);
                default -> reach(f);
              };
          long t = mx.getCurrentThreadCpuTime() - t0;
          wall[m] += System.nanoTime() - w0;
          gc[m] += collectionMillis() - g0;
          best[m] = Math.min(best[m], t);
          cpu[m] += t;
        }
      }
      for (int m = 0; m < names.length; m++) {
        System.out.printf(
            "%-22s CPU best %6.1f ms, mean %6.1f ms; wall mean %6.1f ms; collections %5d ms in %d"
                + " runs%n",
            names[m], best[m] / 1e6, cpu[m] / 1e6 / runs, wall[m] / 1e6 / runs, gc[m], runs);
      }
    }
    System.out.println("(checksum " + sink + ")");
  }

  /** Collection time so far, all collectors, in milliseconds. */
  private static long collectionMillis() {
    long t = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      t += b.getCollectionTime();
    }
    return t;
  }

  /**
   * Reads every total target, actual and baseline of a {@link FrameworkData} framework once: its
   * period's year and its value's unscaled whole number; their sum.
   */
  static long touch(ResultsFramework f) {
    long s = 0;
    for (ResultNode n : f.nodes()) {
      List<Indicator> own = n.indicators();
      for (int i = 0; i < own.size(); i++) {
        Indicator ind = own.get(i);
        s += values(ind.targets()) + values(ind.actuals());
        s += ((CalendarYear) ind.baselines().get(0).period()).year();
        s += ((DecimalValue) ind.baselines().get(0).value().value()).value().longValue();
      }
    }
    return s;
  }

  /**
   * Reaches every target and actual of a {@link FrameworkData} framework once: the year of its
   * period (one shared instance per year), not its value; their sum.
   */
  static long reach(ResultsFramework f) {
    long s = 0;
    for (ResultNode n : f.nodes()) {
      List<Indicator> own = n.indicators();
      for (int i = 0; i < own.size(); i++) {
        Indicator ind = own.get(i);
        s += years(ind.targets()) + years(ind.actuals());
      }
    }
    return s;
  }

  private static long years(List<PeriodValue> values) {
    long s = 0;
    for (int k = 0; k < values.size(); k++) {
      s += ((CalendarYear) values.get(k).period()).year();
    }
    return s;
  }

  private static long values(List<PeriodValue> values) {
    long s = 0;
    for (int k = 0; k < values.size(); k++) {
      PeriodValue v = values.get(k);
      if (v.value().isTotal()) {
        s += ((CalendarYear) v.period()).year();
        s += ((DecimalValue) v.value().value()).value().longValue();
      }
    }
    return s;
  }
}
