package org.rbmkit.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.Arrays;
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

  private final List<Problem> problems;
  /** The instance this view adds to, with {@link #prefix} before each path; null for a root. */
  private final Problems parent;
  private final Object[] prefix;

  Problems() {
    this.problems = new ArrayList<>();
    this.parent = null;
    this.prefix = new Object[0];
  }

  private Problems(Problems parent, Object[] prefix) {
    this.problems = parent.problems;
    this.parent = parent;
    this.prefix = prefix;
  }

  /**
   * A view that adds its problems here, each path prefixed with {@code path}: how a document
   * checks a part of itself with the part's own check. Cheap: the path is joined and checked
   * only when a problem is added.
   *
   * <pre>{@code
   * value.crossCheck(problems.at("targets", 1));   // "value" is reported at targets[1].value
   * }</pre>
   *
   * <p>The view and this instance share one list: {@link #isEmpty()} of either tells of both.
   */
  public Problems at(Object... path) {
    checkNotNull(path, "path");
    return new Problems(this, path);
  }

  /**
   * Adds a problem at the given path: property names ({@code String}), each optionally followed by
   * an index ({@code Integer}); no parts for the document itself.
   */
  public Problems add(String message, Object... path) {
    checkNotNull(message, "message");
    checkNotNull(path, "path");
    List<Object> full = new ArrayList<>(Arrays.asList(path));
    for (Problems p = this; p != null; p = p.parent) {
      full.addAll(0, Arrays.asList(p.prefix));
    }
    checkPath(full);
    problems.add(new Problem(message, List.copyOf(full)));
    return this;
  }

  private static void checkPath(List<Object> path) {
    boolean expectName = true;
    for (Object part : path) {
      checkArgument(
          part != null && (part instanceof String || (!expectName && part instanceof Integer)),
          "bad path part %s: expected a property name, optionally followed by an index",
          part);
      expectName = part instanceof Integer;
    }
  }

  /** Whether no problem was added. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  List<Problem> list() {
    return problems;
  }
}
