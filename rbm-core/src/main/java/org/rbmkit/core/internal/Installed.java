package org.rbmkit.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.function.Function;

/**
 * How an internal package reads a private field of a class of the package above it without
 * naming that class, so that dependencies run one way: the class installs itself and how the
 * field is read, once, from its static initialiser; the internal package reads the field of an
 * instance through {@link #of}.
 *
 * <pre>{@code
 * // in the internal package
 * private static final Installed<long[]> COLUMNS = new Installed<>("value columns");
 * // in the class it serves: static { ValueColumns.install(Indicator.class, i -> i.columns); }
 * long[] c = COLUMNS.of(indicator);
 * }</pre>
 *
 * <p>An instance of the class exists only once its class is initialised, so {@link #of} always
 * finds the accessor installed. Thread-safe.
 *
 * @param <V> the type of the field read
 */
public final class Installed<V> {

  /** The installed class and how its field is read. */
  private record Access<V>(Class<?> owner, Function<Object, V> read) {}

  private final String what;
  private volatile Access<V> access;

  /** An accessor to be installed, for what its field holds (named in messages). */
  public Installed(String what) {
    this.what = checkNotNull(what, "what");
  }

  /**
   * Installs the class whose instances hold the field and how it is read.
   *
   * @throws IllegalStateException if called again
   */
  public <O> void install(Class<O> owner, Function<? super O, V> read) {
    checkNotNull(owner, "owner");
    checkNotNull(read, "read");
    synchronized (this) {
      checkState(access == null, "%s: installed already", what);
      access = new Access<>(owner, o -> read.apply(owner.cast(o)));
    }
  }

  /**
   * The field of {@code instance}.
   *
   * @throws IllegalArgumentException if it is not of the class installed
   */
  public V of(Object instance) {
    checkNotNull(instance, "instance");
    Access<V> a = access;
    checkArgument(
        a != null && a.owner.isInstance(instance),
        "%s has no %s",
        instance.getClass().getName(),
        what);
    return a.read.apply(instance);
  }
}
