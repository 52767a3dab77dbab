package org.rbmkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.json.BudgetJson;
import org.rbmkit.core.money.Money;

/**
 * The budget reader, document and calculators shared by 8 threads on the same inputs give
 * results equal to one thread's.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 10;
  private static ExecutorService pool;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  /** Runs {@code task} once alone, then {@value #THREADS} at a time, and compares. */
  static <T> void sameInEveryThread(String what, Supplier<T> task) throws Exception {
    T alone = task.get();
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
        assertThat(f.get(60, TimeUnit.SECONDS)).as("%s, round %s", what, round).isEqualTo(alone);
      }
    }
  }

  @Test
  void budget_readerTotalsAndChecks() throws Exception {
    byte[] json;
    try (InputStream in = ConcurrencyTest.class.getResourceAsStream(Seed003.JSON_RESOURCE)) {
      assertThat(in).as(Seed003.JSON_RESOURCE).isNotNull();
      json = in.readAllBytes();
    }
    BudgetDocument doc = BudgetJson.read(new ByteArrayInputStream(json));
    ConsistencyCheck check = ConsistencyCheck.withTolerance(Money.of("EUR", 1000));
    sameInEveryThread("read", () -> BudgetJson.read(new ByteArrayInputStream(json)));
    sameInEveryThread("write", () -> BudgetJson.write(doc));
    sameInEveryThread("totals", () -> BudgetTotals.of(doc));
    sameInEveryThread(
        "parallel totals", () -> doc.entries().parallel().collect(BudgetTotals.collector(doc.currency())));
    sameInEveryThread("check", () -> check.check(doc));
    sameInEveryThread(
        "balances",
        () -> {
          BudgetTotals t = BudgetTotals.of(doc);
          List<Object> out = new ArrayList<>();
          for (String column : t.columns()) {
            out.add(t.balance(column));
            out.add(t.balanceByFund(column));
            out.add(t.margin(column));
          }
          return out;
        });
  }

}
