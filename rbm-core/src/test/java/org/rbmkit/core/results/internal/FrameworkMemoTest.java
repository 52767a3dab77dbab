package org.rbmkit.core.results.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;

class FrameworkMemoTest {

  private static ResultsFramework framework() {
    return ResultsFramework.of(
        "ILO",
        Biennium.parse("2024-25"),
        LocalizedText.of("en", "P&B"),
        List.of(ResultNode.of("1", ResultLevel.OUTCOME, LocalizedText.of("en", "Outcome 1"))));
  }

  /** A value derived from a framework: the number of its results, and which call made it. */
  record Derived(int results, int call) {}

  @Test
  void computeIfAbsent_derivesOncePerFrameworkInstance() {
    AtomicInteger calls = new AtomicInteger();
    ResultsFramework f = framework();
    ResultsFramework equal = framework();
    Derived first =
        FrameworkMemo.computeIfAbsent(
            f, Derived.class, x -> new Derived(x.nodes().size(), calls.incrementAndGet()));
    Derived again =
        FrameworkMemo.computeIfAbsent(
            f, Derived.class, x -> new Derived(x.nodes().size(), calls.incrementAndGet()));
    assertThat(first).isEqualTo(new Derived(1, 1));
    assertThat(again).isSameAs(first);
    // an equal framework is another instance, with its own memo; equality ignores the memo
    assertThat(equal).isEqualTo(f);
    assertThat(
            FrameworkMemo.computeIfAbsent(
                equal, Derived.class, x -> new Derived(x.nodes().size(), calls.incrementAndGet())))
        .isEqualTo(new Derived(1, 2));
    // another type is another value
    assertThat(FrameworkMemo.computeIfAbsent(f, String.class, x -> x.owner())).isEqualTo("ILO");
    assertThat(calls).hasValue(2);
  }

  @Test
  void computeIfAbsent_concurrentCallers_shareOneValue() throws Exception {
    ResultsFramework f = framework();
    AtomicInteger calls = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Derived>> got = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        got.add(
            pool.submit(
                () -> {
                  start.await();
                  return FrameworkMemo.computeIfAbsent(
                      f, Derived.class, x -> new Derived(1, calls.incrementAndGet()));
                }));
      }
      start.countDown();
      Derived one = got.get(0).get(10, TimeUnit.SECONDS);
      for (Future<Derived> g : got) {
        assertThat(g.get(10, TimeUnit.SECONDS)).isSameAs(one);
      }
      assertThat(calls).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void derivedValue_goesWithItsFramework() throws InterruptedException {
    ResultsFramework f = framework();
    WeakReference<Derived> value =
        new WeakReference<>(
            FrameworkMemo.computeIfAbsent(f, Derived.class, x -> new Derived(1, 1)));
    WeakReference<ResultsFramework> framework = new WeakReference<>(f);
    assertThat(value.get()).isNotNull();
    f = null;
    for (int k = 0; k < 50 && (value.get() != null || framework.get() != null); k++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(framework.get()).isNull();
    assertThat(value.get()).isNull();
  }

  @Test
  void rejectsNullsASecondInstallAndAnotherClass() {
    ResultsFramework f = framework();
    assertThatThrownBy(() -> FrameworkMemo.computeIfAbsent(f, Derived.class, x -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("Derived");
    assertThatThrownBy(() -> FrameworkMemo.computeIfAbsent(null, Derived.class, x -> null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("framework");
    assertThatThrownBy(() -> FrameworkMemo.install(String.class, x -> new FrameworkMemo()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("framework memo: installed already");
    assertThatThrownBy(() -> FrameworkMemo.computeIfAbsent("ILO", Derived.class, x -> null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("java.lang.String has no framework memo");
  }
}
