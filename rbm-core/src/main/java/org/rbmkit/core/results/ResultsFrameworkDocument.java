package org.rbmkit.core.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * List<Violation> problems = DocumentValidator.validate(doc);   // every problem, with paths
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
  @NotNull public String owner;

  /** The period the framework covers. */
  @NotNull public Period period;

  /** The framework's name. */
  @NotNull public LocalizedText title;

  /** A citation of the source document; null when not recorded. */
  @Size(max = 500)
  @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
  public String source;

  /** The top-level results. */
  @NotNull public List<@NotNull @Valid ResultNodeDocument> roots = new ArrayList<>();

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

  @Override
  public void crossCheck(Problems problems) {
    if (owner != null && (owner.isBlank() || owner.length() > 200)) {
      problems.add("owner must be 1–200 characters, not blank", "owner");
    }
    if (roots == null) {
      return;
    }
    Map<String, String> firstUse = new HashMap<>();
    List<Object[]> refs = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      walk(roots.get(i), new ArrayList<>(List.of("roots", i)), firstUse, refs, problems);
    }
    for (Object[] ref : refs) {
      String target = (String) ref[0];
      @SuppressWarnings("unchecked")
      List<Object> path = (List<Object>) ref[1];
      if (!firstUse.containsKey(target)) {
        problems.add(
            "contributes to " + target + ", which is not in the framework", path.toArray());
      }
    }
  }

  private static void walk(
      ResultNodeDocument n,
      List<Object> path,
      Map<String, String> firstUse,
      List<Object[]> refs,
      Problems problems) {
    if (n == null) {
      return;
    }
    String here = pathText(path);
    if (n.code != null) {
      String previous = firstUse.putIfAbsent(n.code, here);
      if (previous != null) {
        List<Object> at = new ArrayList<>(path);
        at.add("code");
        problems.add("code " + n.code + " is already used at " + previous, at.toArray());
      }
    }
    if (n.contributesTo != null) {
      for (int i = 0; i < n.contributesTo.size(); i++) {
        if (n.contributesTo.get(i) != null) {
          List<Object> at = new ArrayList<>(path);
          at.add("contributesTo");
          at.add(i);
          refs.add(new Object[] {n.contributesTo.get(i), at});
        }
      }
    }
    if (n.children != null) {
      for (int i = 0; i < n.children.size(); i++) {
        List<Object> at = new ArrayList<>(path);
        at.add("children");
        at.add(i);
        walk(n.children.get(i), at, firstUse, refs, problems);
      }
    }
  }

  private static String pathText(List<Object> path) {
    StringBuilder sb = new StringBuilder();
    for (Object p : path) {
      if (p instanceof Integer i) {
        sb.append('[').append(i).append(']');
      } else {
        sb.append(sb.length() == 0 ? "" : ".").append(p);
      }
    }
    return sb.toString();
  }
}
