package org.rbmkit.core.results.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.rbmkit.core.internal.Installed;

/**
 * Values derived from one results framework instance and kept with it, such as the roll-up's
 * layout of the framework in arrays: not API (this package is exported only to the library's own
 * modules).
 *
 * <pre>{@code
 * Layout l = FrameworkMemo.computeIfAbsent(framework, Layout.class, Layout::new);
 * }</pre>
 *
 * <p>Each framework instance holds its own memo, so a derived value is reachable exactly as long
 * as its framework: it needs no global cache, no size limit and no weak references, and when the
 * framework becomes garbage its derived values go in the same collection, without being copied
 * or promoted first (a weakly keyed cache holds its values strongly until the entry is cleaned
 * up, after the collection that cleared the key). Derived values must be immutable and depend on
 * nothing but the framework: frameworks are immutable, and two equal frameworks have separate
 * memos. Thread-safe: a value is computed once per framework and type, concurrent callers waiting
 * for it.
 *
 * <p>This package does not name the framework's class: the framework installs its class and how
 * its memo is found, so that {@code org.rbmkit.core.results} depends on this package and not the
 * other way round.
 */
public final class FrameworkMemo {

  /** The framework class and how its memo is found, installed by the framework class. */
  private static final Installed<FrameworkMemo> MEMO = new Installed<>("framework memo");

  private final ConcurrentHashMap<Class<?>, Object> values = new ConcurrentHashMap<>(2);

  /** An empty memo, for a new framework. */
  public FrameworkMemo() {}

  /**
   * Installs the class whose instances hold memos and how an instance's memo is found; called
   * once, by that class's static initialiser, before any instance exists.
   *
   * @throws IllegalStateException if called again
   */
  public static <F> void install(Class<F> owner, Function<? super F, FrameworkMemo> memoOf) {
    MEMO.install(owner, memoOf);
  }

  /**
   * The value of {@code type} derived from {@code framework}: the one kept with it, else the one
   * {@code derive} makes now, which is kept.
   *
   * @throws IllegalArgumentException if {@code framework} is not of the class installed
   * @throws NullPointerException if {@code derive} returns null
   */
  public static <F, T> T computeIfAbsent(
      F framework, Class<T> type, Function<? super F, ? extends T> derive) {
    checkNotNull(framework, "framework");
    checkNotNull(type, "type");
    checkNotNull(derive, "derive");
    FrameworkMemo memo = MEMO.of(framework);
    Object v =
        memo.values.computeIfAbsent(
            type, t -> checkNotNull(derive.apply(framework), "value derived for %s", type));
    return type.cast(v);
  }
}
