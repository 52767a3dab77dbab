package org.rbmkit.core.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.rbmkit.core.document.Consistent;
import org.rbmkit.core.document.CrossChecked;
import org.rbmkit.core.document.DocumentValidator;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.text.LocalizedText;

/**
 * The JSON and Bean Validation form of a {@link ResultsFramework}: what other systems write.
 *
 * <pre>{@code
 * ResultsFrameworkDocument doc =
 *     RbmJson.mapper().readValue(json, ResultsFrameworkDocument.class);
 * List<Problem> problems = DocumentValidator.validate(doc);     // every problem, with paths
 * ResultsFramework f = doc.validated();                         // or throws listing them all
 * }</pre>
 *
 * <p>JSON: {@code {"owner": "ILO", "period": "2024-25", "title": {"fr": "…"}, "roots": […]}},
 * the roots being {@link ResultNodeDocument}s; see docs/json-format.md. Validation adds the
 * checks across the tree: codes unique in the whole framework (the second use is reported), and
 * every {@code contributesTo} naming a result of the framework. A mutable bean for reading and
 * validating; not thread-safe.
 */
@Consistent
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"owner", "period", "title", "source", "roots"})
public class ResultsFrameworkDocument implements CrossChecked {

  /** The organisation, such as {@code ILO}. */
  public String owner;

  /** The period the framework covers. */
  public Period period;

  /** The framework's name. */
  public LocalizedText title;

  /** A citation of the source document; null when not recorded. */
  public String source;

  /** The top-level results. */
  public List<ResultNodeDocument> roots = new ArrayList<>();

  /** An empty document, to be filled by Jackson or by hand. */
  public ResultsFrameworkDocument() {}

  /** The document form of {@code f}. */
  public static ResultsFrameworkDocument of(ResultsFramework f) {
    ResultsFrameworkDocument d = new ResultsFrameworkDocument();
    d.owner = f.owner();
    d.period = f.period();
    d.title = f.title();
    d.source = f.source().orElse(null);
    f.roots().forEach(r -> d.roots.add(ResultNodeDocument.of(r)));
    return d;
  }

  /**
   * The framework, without validating first.
   *
   * @throws IllegalArgumentException at the first problem if the document is not valid
   */
  public ResultsFramework toModel() {
    List<ResultNode> nodes = new ArrayList<>();
    roots.forEach(r -> nodes.add(r.toModel()));
    ResultsFramework f = ResultsFramework.of(owner, period, title, nodes);
    return source == null ? f : f.withSource(source);
  }

  /**
   * The framework, after validating the whole document.
   *
   * @throws org.rbmkit.core.document.InvalidDocumentException listing every problem
   */
  public ResultsFramework validated() {
    return DocumentValidator.requireValid(this).toModel();
  }

  /**
   * Every problem of the framework: its own fields, each result's and indicator's rules, codes
   * unique across the tree and references that resolve; the rules {@link ResultsFramework},
   * {@link ResultNode} and {@link org.rbmkit.core.indicator.Indicator} run when built.
   */
  @Override
  public void crossCheck(Problems problems) {
    ResultRules.owner(problems, owner);
    ResultRules.required(problems, period, "period");
    ResultRules.required(problems, title, "title");
    ResultRules.source(problems, source);
    if (ResultRules.required(problems, roots, "roots")) {
      ResultRules.tree(
          problems,
          roots,
          n -> n.code,
          n -> n.contributesTo,
          n -> n.children,
          (n, at) -> n.checkOwn(at, false));
    }
  }
}
