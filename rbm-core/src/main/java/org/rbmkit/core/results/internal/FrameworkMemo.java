package org.rbmkit.core.results.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.rbmkit.core.results.ResultsFramework;

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
 */
public final class FrameworkMemo {

  /** The memo of a framework, given by {@link ResultsFramework} when it is initialised. */
  private static volatile Function<ResultsFramework, FrameworkMemo> access;

  private final ConcurrentHashMap<Class<?>, Object> values = new ConcurrentHashMap<>(2);

  /** An empty memo, for a new framework. */
  public FrameworkMemo() {}

  /**
   * Installs how a framework's memo is found; called once, by {@link ResultsFramework}'s static
   * initialiser, before any framework exists.
   *
   * @throws IllegalStateException if called again
   */
  public static void install(Function<ResultsFramework, FrameworkMemo> memoOf) {
    checkNotNull(memoOf, "memoOf");
    synchronized (FrameworkMemo.class) {
      checkState(access == null, "the framework memo is installed already");
      access = memoOf;
    }
  }

  /**
   * The value of {@code type} derived from {@code framework}: the one kept with it, else the one
   * {@code derive} makes now, which is kept.
   *
   * @throws NullPointerException if {@code derive} returns null
   */
  public static <T> T computeIfAbsent(
      ResultsFramework framework, Class<T> type, Function<ResultsFramework, ? extends T> derive) {
    checkNotNull(framework, "framework");
    checkNotNull(type, "type");
    checkNotNull(derive, "derive");
    // a framework exists, so its class has been initialised and has installed the access
    FrameworkMemo memo = access.apply(framework);
    Object v =
        memo.values.computeIfAbsent(
            type, t -> checkNotNull(derive.apply(framework), "value derived for %s", type));
    return type.cast(v);
  }
}
