package org.rbmkit.core.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.rbmkit.core.document.Consistent;
import org.rbmkit.core.document.CrossChecked;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.indicator.IndicatorDocument;
import org.rbmkit.core.text.LocalizedText;

/**
 * The JSON and Bean Validation form of a {@link ResultNode}.
 *
 * <pre>{@code
 * {
 *   "code": "3", "level": "outcome",
 *   "title": {"fr": "Le plein emploi productif …", "en": "Full and productive employment …"},
 *   "indicators": [],
 *   "children": [{"code": "3.1", "level": "output", "title": {"fr": "…"}}],
 *   "contributesTo": []
 * }
 * }</pre>
 *
 * <p>{@code indicators}, {@code children} and {@code contributesTo} may be left out (empty);
 * {@code source}, a citation of where the result is defined, may be left out. A
 * mutable bean for reading and validating; not thread-safe.
 */
@Consistent
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"code", "level", "title", "source", "indicators", "children", "contributesTo"})
public class ResultNodeDocument implements CrossChecked {

  /** The stable code, such as {@code 3.2}. */
  public String code;

  /** The kind of result. */
  public ResultLevel level;

  /** The wording, language tag to text. */
  public LocalizedText title;

  /** Where the result is defined in its source document; null when not recorded. */
  public String source;

  /** The result's indicators. */
  public List<IndicatorDocument> indicators = new ArrayList<>();

  /** The results directly under this one. */
  public List<ResultNodeDocument> children = new ArrayList<>();

  /** Codes of other results this one also contributes to. */
  public List<String> contributesTo = new ArrayList<>();

  /** An empty document, to be filled by Jackson or by hand. */
  public ResultNodeDocument() {}

  /** The document form of {@code n} and its subtree. */
  public static ResultNodeDocument of(ResultNode n) {
    ResultNodeDocument d = new ResultNodeDocument();
    d.code = n.code();
    d.level = n.level();
    d.title = n.title();
    d.source = n.source().orElse(null);
    n.indicators().forEach(i -> d.indicators.add(IndicatorDocument.of(i)));
    n.children().forEach(c -> d.children.add(of(c)));
    d.contributesTo.addAll(n.contributesTo());
    return d;
  }

  /**
   * The node and its subtree.
   *
   * @throws IllegalArgumentException if the document is not valid
   */
  public ResultNode toModel() {
    ResultNode.Builder b = ResultNode.builder(code, level, title);
    indicators.forEach(i -> b.indicator(i.toModel()));
    children.forEach(c -> b.child(c.toModel()));
    contributesTo.forEach(b::contributesTo);
    if (source != null) {
      b.source(source);
    }
    return b.build();
  }

  /**
   * Every problem of the result and of its subtree (indicators and children), by the rules their
   * constructors run.
   */
  @Override
  public void crossCheck(Problems problems) {
    Deque<Map.Entry<ResultNodeDocument, Problems>> stack = new ArrayDeque<>();
    stack.push(Map.entry(this, problems));
    while (!stack.isEmpty()) {
      Map.Entry<ResultNodeDocument, Problems> e = stack.pop();
      ResultNodeDocument n = e.getKey();
      n.checkOwn(e.getValue(), true);
      if (n.children != null) {
        for (int i = n.children.size() - 1; i >= 0; i--) {
          if (n.children.get(i) != null) {
            stack.push(Map.entry(n.children.get(i), e.getValue().at("children", i)));
          }
        }
      }
    }
  }

  /**
   * This result's own problems and its indicators', not its children's.
   *
   * @param siblingCodes whether to check that the children's codes differ (a framework checks
   *     codes across its whole tree instead)
   */
  void checkOwn(Problems problems, boolean siblingCodes) {
    List<String> indicatorCodes = null;
    if (indicators != null) {
      indicatorCodes = new ArrayList<>(indicators.size());
      for (int i = 0; i < indicators.size(); i++) {
        IndicatorDocument ind = indicators.get(i);
        if (ind == null) {
          problems.at("indicators", i).error("document.required", ResultRules.REQUIRED);
          indicatorCodes.add(null);
        } else {
          ind.crossCheck(problems.at("indicators", i));
          indicatorCodes.add(ind.code);
        }
      }
    }
    List<ResultRules.Child> kids = null;
    if (children != null) {
      kids = new ArrayList<>(children.size());
      for (ResultNodeDocument c : children) {
        kids.add(c == null ? null : new ResultRules.Child(c.code, c.level));
      }
    }
    ResultRules.node(
        problems, code, level, title, source, indicatorCodes, kids, contributesTo, siblingCodes);
  }
}
