package org.rbmkit.kpi.benchmark;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A benchmark set, or a request against one, is invalid; {@link #problems()} lists every problem
 * found, each naming the entity and metric (and the list index) it concerns.
 *
 * <pre>{@code
 * try {
 *   BenchmarkSet.builder().entity(a).entity(a).build();
 * } catch (BenchmarkSetException e) {
 *   e.problems();   // ["entities[1]: duplicate entity id \"a\" (first at entities[0])"]
 * }
 * }</pre>
 */
public final class BenchmarkSetException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Not serialised: an immutable list of strings that is rebuilt from the message if needed. */
  private final transient ImmutableList<String> problems;

  /** An exception listing the given problems (at least one). */
  public BenchmarkSetException(List<String> problems) {
    super(message(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** The problems, in the order they were found; never empty. */
  public ImmutableList<String> problems() {
    return problems == null ? ImmutableList.of(getMessage()) : problems;
  }

  private static String message(List<String> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a BenchmarkSetException needs at least one problem");
    }
    if (problems.size() == 1) {
      return problems.get(0);
    }
    return problems.size() + " problems: " + String.join("; ", problems);
  }
}
