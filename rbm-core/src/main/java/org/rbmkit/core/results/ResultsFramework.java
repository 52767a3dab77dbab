package org.rbmkit.core.results;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.internal.FrameworkMemo;
import org.rbmkit.core.text.Shown;
import org.rbmkit.core.text.LocalizedText;

/**
 * A results framework: an organisation's tree of results for a period, with navigation by code.
 *
 * <pre>{@code
 * ResultsFramework ilo = ResultsFramework.of("ILO", Biennium.parse("2024-25"),
 *     LocalizedText.of("fr", "Programme et budget 2024-25"),
 *     List.of(outcome1, outcome2, enablerA));
 * ilo.find("3.2");                            // Optional[output 3.2]
 * ilo.ancestors("3.2");                       // [outcome 3]
 * ilo.nodes(ResultLevel.OUTPUT).size();       // 44 outputs in seed 002
 * }</pre>
 *
 * <p>The constructor checks that every code is unique in the whole tree and that every
 * {@link ResultNode#contributesTo()} reference names a node of the tree; a duplicate or a
 * dangling reference is rejected with the codes involved. Codes identify a result only within
 * its framework: numbering changes between periods.
 *
 * <p>Equality compares owner, period, title, source and the whole tree. Immutable and thread-safe.
 */
public final class ResultsFramework {

  private final String owner;
  private final Period period;
  private final LocalizedText title;
  private final ImmutableList<ResultNode> roots;
  private final Optional<String> source;
  /** Every node by code, in pre-order. */
  private final ImmutableMap<String, ResultNode> byCode;
  /** The parent's code of every non-root node. */
  private final ImmutableMap<String, String> parentCode;
  /**
   * Values other modules derive from this instance (the roll-up's layout), kept as long as it is;
   * not part of its state: not compared, not written.
   */
  private final FrameworkMemo memo = new FrameworkMemo();

  static {
    FrameworkMemo.install(ResultsFramework.class, f -> f.memo);
  }

  private ResultsFramework(
      String owner,
      Period period,
      LocalizedText title,
      ImmutableList<ResultNode> roots,
      Optional<String> source) {
    this.owner = owner;
    this.source = source;
    this.period = period;
    this.title = title;
    this.roots = roots;
    Problems problems = new Problems();
    // each node checked its own rules when it was built: only the rules across the tree remain
    ResultRules.tree(
        problems,
        roots,
        ResultNode::code,
        ResultNode::contributesTo,
        ResultNode::children,
        (node, at) -> {});
    problems.throwIfAny("framework " + owner + " " + period);
    Map<String, ResultNode> nodes = new LinkedHashMap<>();
    Map<String, String> parents = new LinkedHashMap<>();
    Deque<ResultNode> stack = new ArrayDeque<>();
    for (ResultNode root : roots.reverse()) {
      stack.push(root);
    }
    while (!stack.isEmpty()) {
      ResultNode n = stack.pop();
      nodes.put(n.code(), n);
      for (ResultNode c : n.children().reverse()) {
        parents.put(c.code(), n.code());
        stack.push(c);
      }
    }
    this.byCode = ImmutableMap.copyOf(nodes);
    this.parentCode = ImmutableMap.copyOf(parents);
  }

  /**
   * The framework of {@code owner} for {@code period} with the given top-level results.
   *
   * @param owner the organisation, such as {@code ILO} (not blank, at most 200 characters)
   * @param period the period the framework covers
   * @param title the framework's name in one or more languages
   * @param roots the top-level results, in order
   * @throws IllegalArgumentException if a code is used twice or a reference dangles
   */
  public static ResultsFramework of(
      String owner, Period period, LocalizedText title, Iterable<ResultNode> roots) {
    checkNotNull(owner, "owner");
    checkNotNull(period, "period");
    checkNotNull(title, "title");
    checkNotNull(roots, "roots");
    Problems problems = new Problems();
    ResultRules.owner(problems, owner);
    problems.throwIfAny("framework");
    return new ResultsFramework(owner, period, title, ImmutableList.copyOf(roots), Optional.empty());
  }

  /**
   * This framework with a citation of its source document, such as
   * {@code "ILO GB.346/PFA/1 (October 2022)"}.
   */
  public ResultsFramework withSource(String newSource) {
    checkNotNull(newSource, "source");
    Problems problems = new Problems();
    ResultRules.source(problems, newSource);
    problems.throwIfAny("framework " + owner + " " + period);
    return new ResultsFramework(owner, period, title, roots, Optional.of(newSource));
  }

  /** The citation of the framework's source document; empty when not recorded. */
  public Optional<String> source() {
    return source;
  }

  /** The organisation whose framework this is. */
  public String owner() {
    return owner;
  }

  /** The period the framework covers. */
  public Period period() {
    return period;
  }

  /** The framework's name. */
  public LocalizedText title() {
    return title;
  }

  /** The top-level results, in order. */
  public ImmutableList<ResultNode> roots() {
    return roots;
  }

  /** Every result, depth first in document order (a parent before its children). */
  public ImmutableList<ResultNode> nodes() {
    return byCode.values().asList();
  }

  /** The results of the given level, depth first in document order. */
  public ImmutableList<ResultNode> nodes(ResultLevel level) {
    checkNotNull(level, "level");
    return byCode.values().stream()
        .filter(n -> n.level() == level)
        .collect(ImmutableList.toImmutableList());
  }

  /** The result with the given code; empty if there is none. */
  public Optional<ResultNode> find(String code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The result with the given code.
   *
   * @throws NoSuchElementException if there is none
   */
  public ResultNode get(String code) {
    return find(code)
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "framework " + owner + " " + period + " has no result with code " + code));
  }

  /** The children of the result with the given code. */
  public ImmutableList<ResultNode> children(String code) {
    return get(code).children();
  }

  /** The parent of the result with the given code; empty for a top-level result. */
  public Optional<ResultNode> parent(String code) {
    get(code);
    return Optional.ofNullable(parentCode.get(code)).map(byCode::get);
  }

  /**
   * The ancestors of the result with the given code, nearest first (parent, grandparent …);
   * empty for a top-level result.
   *
   * @throws NoSuchElementException if there is no result with that code
   */
  public ImmutableList<ResultNode> ancestors(String code) {
    get(code);
    ImmutableList.Builder<ResultNode> b = ImmutableList.builder();
    for (String c = parentCode.get(code); c != null; c = parentCode.get(c)) {
      b.add(byCode.get(c));
    }
    return b.build();
  }

  /** The number of results in the framework. */
  public int size() {
    return byCode.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResultsFramework f
        && owner.equals(f.owner)
        && period.equals(f.period)
        && title.equals(f.title)
        && roots.equals(f.roots)
        && source.equals(f.source);
  }

  @Override
  public int hashCode() {
    return ((owner.hashCode() * 31 + period.hashCode()) * 31 + title.hashCode()) * 31
        + roots.hashCode() * 7 + source.hashCode();
  }

  /** {@code ILO 2024-25 (58 results)}. */
  @Override
  public String toString() {
    return owner + " " + period + " (" + byCode.size() + " results)";
  }
}
