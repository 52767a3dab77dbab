package org.rbmkit.core.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;

/**
 * Collects the {@link Problem}s a document's rules find, each at its JSON path relative to the
 * document: what a rule writes to, whether it runs for a model's constructor or for the check of
 * a whole document.
 *
 * <pre>{@code
 * Problems problems = new Problems();
 * problems.at("roots", 2, "children", 1, "code")
 *     .error("framework.code.repeated", "3.2", "code 3.2 is already used at roots[0]");
 * problems.throwIfAny("framework ILO 2024-25");
 * // ProblemException: framework ILO 2024-25 has 1 problem: roots[2].children[1].code: code 3.2 ...
 * }</pre>
 *
 * <p>A path is a sequence of property names, each optionally followed by a list index. A view
 * made by {@link #at} adds to the same list with its path in front, so a document checks a part
 * of itself with the part's own rules. Cost is linear in the number of problems: a path is
 * joined only when a problem is added, and the list comes out in document order (sorted, which
 * costs little as rules add in document order). Not thread-safe; one instance serves one check.
 */
public final class Problems {

  private final List<Problem> problems;
  /** The instance this view adds to, with {@link #prefix} after its own path; null for a root. */
  private final Problems parent;

  private final Object[] prefix;

  /** An empty collection, for one check. */
  public Problems() {
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
   * A view that adds its problems here, at {@code path} below this one's: property names
   * ({@code String}), each optionally followed by an index ({@code Integer}). Cheap: the path is
   * joined only when a problem is added.
   *
   * <pre>{@code
   * ValueRules.check(value, problems.at("targets", 1));   // "value" is reported at targets[1].value
   * }</pre>
   *
   * <p>The view and this instance share one list: {@link #isEmpty()} of either tells of both.
   */
  public Problems at(Object... path) {
    checkNotNull(path, "path");
    return new Problems(this, path.clone());
  }

  /** Adds an error that concerns no single value (a missing field) at this view's path. */
  public Problems error(String code, String message) {
    problems.add(Problem.error(location(), code, message));
    return this;
  }

  /**
   * Adds an error about an offending value at this view's path; the value is shown escaped and
   * abbreviated ({@link org.rbmkit.core.text.Shown#value}).
   */
  public Problems error(String code, Object value, String message) {
    problems.add(Problem.error(location(), code, String.valueOf(value), message));
    return this;
  }

  /**
   * Adds an {@link IllegalArgumentException}'s message, as a model's constructor or parser words
   * it, as an error about {@code value}: how a document check reports a rule a value type
   * enforces itself.
   */
  public Problems error(String code, Object value, IllegalArgumentException e) {
    String message = e instanceof ProblemException p && p.problems().size() == 1
        ? p.problems().get(0).message()
        : String.valueOf(e.getMessage());
    return error(code, value, message);
  }

  /** Whether no problem was added. */
  public boolean isEmpty() {
    return problems.isEmpty();
  }

  /** How many problems were added. */
  public int size() {
    return problems.size();
  }

  /** Every problem added, in document order. */
  public ImmutableList<Problem> list() {
    return ImmutableList.sortedCopyOf(problems);
  }

  /**
   * Throws if a problem was added.
   *
   * @param subject what has the problems, such as {@code indicator 2.1}; it starts the message
   * @throws ProblemException listing every problem, in document order
   */
  public void throwIfAny(String subject) {
    if (!problems.isEmpty()) {
      throw new ProblemException(subject, problems);
    }
  }

  /** This view's path, such as {@code roots[2].children[1]}; empty for the document itself. */
  public String path() {
    return location().path();
  }

  private Location location() {
    List<Object[]> prefixes = new ArrayList<>();
    for (Problems p = this; p != null; p = p.parent) {
      prefixes.add(p.prefix);
    }
    StringBuilder sb = new StringBuilder();
    boolean expectName = true;
    for (int k = prefixes.size() - 1; k >= 0; k--) {
      for (Object part : prefixes.get(k)) {
        checkArgument(
            part instanceof String || (!expectName && part instanceof Integer),
            "bad path part %s: expected a property name, optionally followed by an index",
            part);
        if (part instanceof Integer i) {
          sb.append('[').append(i).append(']');
        } else {
          if (sb.length() > 0) {
            sb.append('.');
          }
          sb.append(part);
        }
        expectName = part instanceof Integer;
      }
    }
    return Location.path(sb.toString());
  }
}
