package org.rbmkit.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems a {@link CrossChecked} document finds, each with a path relative to the
 * document.
 *
 * <pre>{@code
 * problems.add("code 3.2 is used twice", "roots", 2, "children", 1, "code");
 * // reported at roots[2].children[1].code
 * }</pre>
 *
 * <p>A path is a sequence of property names, each optionally followed by a list index. Not
 * thread-safe; one instance serves one check.
 */
public final class Problems {

  /** A problem: message and path parts. */
  record Problem(String message, List<Object> path) {}

  private final List<Problem> problems = new ArrayList<>();

  Problems() {}

  /**
   * Adds a problem at the given path: property names ({@code String}), each optionally followed by
   * an index ({@code Integer}); no parts for the document itself.
   */
  public Problems add(String message, Object... path) {
    checkNotNull(message, "message");
    checkNotNull(path, "path");
    boolean expectName = true;
    for (Object part : path) {
      checkArgument(
          part instanceof String || (!expectName && part instanceof Integer),
          "bad path part %s: expected a property name, optionally followed by an index",
          part);
      expectName = part instanceof Integer;
    }
    problems.add(new Problem(message, List.of(path)));
    return this;
  }

  /** Whether no problem was added. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  List<Problem> list() {
    return problems;
  }
}
