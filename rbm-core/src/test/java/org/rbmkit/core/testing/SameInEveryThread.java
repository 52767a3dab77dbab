package org.rbmkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The concurrency check the modules' tests share: a task run by {@value #THREADS} threads at once,
 * released together, {@value #ROUNDS} times, gives the result it gives alone.
 *
 * <pre>{@code
 * SameInEveryThread.check("totals", () -> BudgetTotals.of(doc));
 * }</pre>
 *
 * <p>Published in rbm-core's test jar for the tests of rbm-budget and rbm-kpi.
 */
public final class SameInEveryThread {

  /** Threads running the task at once. */
  public static final int THREADS = 8;

  /** Times the threads are released together. */
  public static final int ROUNDS = 10;

  private SameInEveryThread() {}

  /**
   * Runs {@code task} once alone, then {@value #THREADS} at a time for {@value #ROUNDS} rounds,
   * and asserts every result equals the first.
   *
   * @param what names the task in a failure message
   */
  public static <T> void check(String what, Supplier<T> task) throws Exception {
    T alone = task.get();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return task.get();
                  }));
        }
        start.countDown();
        for (Future<T> f : results) {
          assertThat(f.get(60, TimeUnit.SECONDS))
              .as("%s, round %s", what, round)
              .isEqualTo(alone);
        }
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("%s: pool stopped", what).isTrue();
    }
  }
}
