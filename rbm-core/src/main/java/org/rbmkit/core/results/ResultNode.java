package org.rbmkit.core.results;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.text.Shown;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.text.LocalizedText;

/**
 * A result in a framework (an outcome, an output, an enabler …) with its indicators and the
 * results under it.
 *
 * <pre>{@code
 * ResultNode outcome6 = ResultNode.builder("6", ResultLevel.OUTCOME,
 *         LocalizedText.of("fr", "Protection sociale universelle"))
 *     .child(ResultNode.builder("6.1", ResultLevel.OUTPUT,
 *         LocalizedText.of("fr", "Capacité accrue des États Membres …")).build())
 *     .build();
 * }</pre>
 *
 * <p>The constructor checks that the code is 1–32 letters or digits separated by
 * {@code . - _}, that every child is of a deeper {@link ResultLevel}, that children have distinct
 * codes, that indicator codes are distinct within the node and that {@code contributesTo}
 * lists no code twice and not the node's own. Codes unique across the whole
 * tree, and {@code contributesTo} references that resolve, are checked by
 * {@link ResultsFramework}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code, such as {@code 3}, {@code 3.2} or {@code A}
 * @param level the kind of result
 * @param title the wording in one or more languages
 * @param indicators the result's indicators
 * @param children the results directly under this one
 * @param contributesTo codes of other results in the framework this one also contributes to
 *     (an output serving a second outcome, a cross-cutting element and the outcomes it spans)
 * @param source where the result is defined in its source document, such as
 *     {@code "GB.346/PFA/1, l.140"}; empty when not recorded
 */
public record ResultNode(
    String code,
    ResultLevel level,
    LocalizedText title,
    ImmutableList<Indicator> indicators,
    ImmutableList<ResultNode> children,
    ImmutableList<String> contributesTo,
    Optional<String> source) {


  /** Checks the invariants listed in the class description and copies the collections. */
  public ResultNode {
    checkNotNull(code, "code");
    checkNotNull(level, "level");
    checkNotNull(title, "title");
    checkNotNull(source, "source");
    indicators = ImmutableList.copyOf(checkNotNull(indicators, "indicators"));
    children = ImmutableList.copyOf(checkNotNull(children, "children"));
    contributesTo = ImmutableList.copyOf(checkNotNull(contributesTo, "contributesTo"));
    List<String> indicatorCodes = new ArrayList<>(indicators.size());
    for (Indicator i : indicators) {
      indicatorCodes.add(i.code());
    }
    List<ResultRules.Child> kids = new ArrayList<>(children.size());
    for (ResultNode c : children) {
      kids.add(new ResultRules.Child(c.code, c.level));
    }
    Problems problems = new Problems();
    ResultRules.node(
        problems, code, level, title, source.orElse(null), indicatorCodes, kids, contributesTo, true);
    problems.throwIfAny("result " + Shown.value(code));
  }

  /** A node without a recorded source. */
  public ResultNode(
      String code,
      ResultLevel level,
      LocalizedText title,
      ImmutableList<Indicator> indicators,
      ImmutableList<ResultNode> children,
      ImmutableList<String> contributesTo) {
    this(code, level, title, indicators, children, contributesTo, Optional.empty());
  }

  /** A builder for a node with the given code, level and title. */
  public static Builder builder(String code, ResultLevel level, LocalizedText title) {
    return new Builder(code, level, title);
  }

  /** A leaf node without indicators or references. */
  public static ResultNode of(String code, ResultLevel level, LocalizedText title) {
    return builder(code, level, title).build();
  }

  /** The child with the given code, if any. */
  public Optional<ResultNode> child(String childCode) {
    checkNotNull(childCode, "childCode");
    return children.stream().filter(c -> c.code.equals(childCode)).findFirst();
  }

  /** The number of nodes in this subtree, this one included. */
  public int size() {
    int n = 1;
    for (ResultNode c : children) {
      n += c.size();
    }
    return n;
  }

  /** {@code outcome 3}. */
  @Override
  public String toString() {
    return level.code() + " " + code;
  }

  /** Builds a {@link ResultNode}. Not thread-safe. */
  public static final class Builder {
    private final String code;
    private final ResultLevel level;
    private final LocalizedText title;
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<ResultNode> children = new ArrayList<>();
    private final List<String> contributesTo = new ArrayList<>();
    private Optional<String> source = Optional.empty();

    private Builder(String code, ResultLevel level, LocalizedText title) {
      this.code = checkNotNull(code, "code");
      this.level = checkNotNull(level, "level");
      this.title = checkNotNull(title, "title");
    }

    /** Adds an indicator. */
    public Builder indicator(Indicator indicator) {
      indicators.add(checkNotNull(indicator, "indicator"));
      return this;
    }

    /** Adds a child node. */
    public Builder child(ResultNode child) {
      children.add(checkNotNull(child, "child"));
      return this;
    }

    /** Adds child nodes. */
    public Builder children(Iterable<ResultNode> newChildren) {
      for (ResultNode c : checkNotNull(newChildren, "children")) {
        child(c);
      }
      return this;
    }

    /** Records that this result also contributes to the result with the given code. */
    public Builder contributesTo(String otherCode) {
      contributesTo.add(checkNotNull(otherCode, "contributesTo"));
      return this;
    }

    /** Records where the result is defined in its source document. */
    public Builder source(String newSource) {
      this.source = Optional.of(checkNotNull(newSource, "source"));
      return this;
    }

    /**
     * The node.
     *
     * @throws IllegalArgumentException if an invariant of {@link ResultNode} does not hold
     */
    public ResultNode build() {
      return new ResultNode(
          code,
          level,
          title,
          ImmutableList.copyOf(indicators),
          ImmutableList.copyOf(children),
          ImmutableList.copyOf(contributesTo),
          source);
    }
  }
}
