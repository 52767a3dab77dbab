package org.rbmkit.core;

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
import org.rbmkit.core.iati.ActivityRead;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.staff.Grade;

/**
 * The JSON and IATI readers, the model and its arithmetic shared by 8 threads on the same inputs
 * give results equal to one thread's.
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
  void framework_readWriteAndWalk() throws Exception {
    byte[] json;
    try (InputStream in = ConcurrencyTest.class.getResourceAsStream("/frameworks/ilo-pb-2024-25.json")) {
      assertThat(in).isNotNull();
      json = in.readAllBytes();
    }
    ResultsFramework shared = RbmJson.mapper().readValue(json, ResultsFramework.class);
    sameInEveryThread("read", () -> RbmJson.mapper().readValue(json, ResultsFramework.class));
    sameInEveryThread("write", () -> RbmJson.mapper().writeValueAsString(shared));
    sameInEveryThread("toString", shared::toString);
  }

  @Test
  void parsersAndMoney() throws Exception {
    List<String> amounts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      amounts.add("EUR " + (i * 7919L % 100_000) + "." + (i % 100 < 10 ? "0" : "") + (i % 100));
    }
    sameInEveryThread(
        "money",
        () -> {
          List<Money> parsed = amounts.stream().map(Money::parse).toList();
          return List.of(Money.total(Currencies.of("EUR"), parsed), parsed);
        });
    sameInEveryThread(
        "periods and grades",
        () ->
            List.of(
                Period.parse("2024-25"), Period.parse("2022-2025"), Period.parse("2024-Q3"),
                Period.parse("2024-01-01/2024-06-30"), Grade.parse("P .5"), Grade.parse("NO-B")));
  }

  @Test
  void iati_reader() throws Exception {
    byte[] xml;
    try (InputStream in =
        ConcurrencyTest.class.getResourceAsStream(
            "/org/rbmkit/core/iati/IatiFuzzTestInputs/read/activity")) {
      assertThat(in).isNotNull();
      xml = in.readAllBytes();
    }
    IatiReader reader = IatiReader.lenient();
    sameInEveryThread(
        "IATI read",
        () -> {
          List<ActivityRead> reads = new ArrayList<>();
          reader.read(new ByteArrayInputStream(xml), reads::add);
          return reads;
        });
  }
}
