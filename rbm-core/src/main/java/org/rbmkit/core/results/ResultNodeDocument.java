package org.rbmkit.core.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  @NotNull public String code;

  /** The kind of result. */
  @NotNull public ResultLevel level;

  /** The wording, language tag to text. */
  @NotNull public LocalizedText title;

  /** Where the result is defined in its source document; null when not recorded. */
  @Size(max = 500)
  @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
  public String source;

  /** The result's indicators. */
  @NotNull public List<@NotNull @Valid IndicatorDocument> indicators = new ArrayList<>();

  /** The results directly under this one. */
  @NotNull public List<@NotNull @Valid ResultNodeDocument> children = new ArrayList<>();

  /** Codes of other results this one also contributes to. */
  @NotNull public List<@NotNull String> contributesTo = new ArrayList<>();

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

  @Override
  public void crossCheck(Problems problems) {
    if (code != null) {
      try {
        ResultNode.checkCode(code, "result");
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage(), "code");
      }
    }
    if (indicators != null) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < indicators.size(); i++) {
        IndicatorDocument ind = indicators.get(i);
        if (ind != null && ind.code != null && !seen.add(ind.code)) {
          problems.add("indicator code " + ind.code + " is used twice in result " + code, "indicators", i, "code");
        }
      }
    }
    if (children != null && level != null) {
      for (int i = 0; i < children.size(); i++) {
        ResultNodeDocument c = children.get(i);
        if (c != null && c.level != null && !c.level.canBeChildOf(level)) {
          problems.add(
              "a " + c.level.code() + " cannot sit under a " + level.code()
                  + ": a child must be deeper in the results chain",
              "children",
              i,
              "level");
        }
      }
    }
    if (contributesTo != null) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < contributesTo.size(); i++) {
        String ref = contributesTo.get(i);
        if (ref == null) {
          continue;
        }
        try {
          ResultNode.checkCode(ref, "contributesTo reference");
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage(), "contributesTo", i);
          continue;
        }
        if (ref.equals(code)) {
          problems.add("result " + code + " lists itself", "contributesTo", i);
        } else if (!seen.add(ref)) {
          problems.add(ref + " is listed twice", "contributesTo", i);
        }
      }
    }
  }
}
