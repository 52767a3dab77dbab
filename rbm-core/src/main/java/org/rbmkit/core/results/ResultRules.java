package org.rbmkit.core.results;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.text.Codes;

/**
 * The rules of a result and of a framework, written once: {@link ResultNode}'s and {@link
 * ResultsFramework}'s constructors run them on their components (and throw, listing every
 * problem), {@link ResultNodeDocument} and {@link ResultsFrameworkDocument} on their fields (and
 * report every problem at its path). A field may be {@code null} only when it comes from a
 * document; each missing required field is a problem.
 */
final class ResultRules {

  /** The message of a missing required field. */
  static final String REQUIRED = "must not be null";

  private ResultRules() {}

  static boolean required(Problems problems, Object value, String field) {
    if (value == null) {
      problems.at(field).error("document.required", REQUIRED);
      return false;
    }
    return true;
  }

  /**
   * A result's own rules: its code, source, indicator codes distinct, children deeper in the
   * results chain (and, when {@code siblingCodes}, with distinct codes: a framework checks codes
   * across its whole tree instead), and {@code contributesTo} naming neither itself nor a code
   * twice.
   *
   * @param indicatorCodes the indicators' codes, an element null when unknown
   * @param children the children's codes and levels, an element null when missing
   */
  static void node(
      Problems problems,
      String code,
      ResultLevel level,
      Object title,
      String source,
      List<String> indicatorCodes,
      List<Child> children,
      List<String> contributesTo,
      boolean siblingCodes) {
    if (required(problems, code, "code")) {
      try {
        Codes.check(code, "result");
      } catch (IllegalArgumentException e) {
        problems.at("code").error("result.code", code, e);
      }
    }
    required(problems, level, "level");
    required(problems, title, "title");
    source(problems, source);
    if (required(problems, indicatorCodes, "indicators")) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < indicatorCodes.size(); i++) {
        String c = indicatorCodes.get(i);
        if (c != null && !seen.add(c)) {
          problems
              .at("indicators", i, "code")
              .error(
                  "result.indicator.repeated",
                  c,
                  "indicator code " + c + " is used twice in result " + code);
        }
      }
    }
    if (required(problems, children, "children")) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < children.size(); i++) {
        Child c = children.get(i);
        if (c == null) {
          problems.at("children", i).error("document.required", REQUIRED);
          continue;
        }
        if (level != null && c.level() != null && !c.level().canBeChildOf(level)) {
          problems
              .at("children", i, "level")
              .error(
                  "result.child.level",
                  c.level().code(),
                  article(c.level().code()) + " cannot sit under " + article(level.code())
                      + ": a child must be deeper in the results chain");
        }
        if (siblingCodes && c.code() != null) {
          Integer first = seen.putIfAbsent(c.code(), i);
          if (first != null) {
            problems
                .at("children", i, "code")
                .error(
                    "result.code.repeated",
                    c.code(),
                    "code " + c.code() + " is already used at children[" + first + "]");
          }
        }
      }
    }
    if (required(problems, contributesTo, "contributesTo")) {
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < contributesTo.size(); i++) {
        String ref = contributesTo.get(i);
        if (ref == null) {
          problems.at("contributesTo", i).error("document.required", REQUIRED);
          continue;
        }
        try {
          Codes.check(ref, "contributesTo reference");
        } catch (IllegalArgumentException e) {
          problems.at("contributesTo", i).error("result.contributes.code", ref, e);
          continue;
        }
        if (ref.equals(code)) {
          problems
              .at("contributesTo", i)
              .error("result.contributes.self", ref, "result " + code + " lists itself");
        } else if (!seen.add(ref)) {
          problems
              .at("contributesTo", i)
              .error("result.contributes.repeated", ref, ref + " is listed twice");
        }
      }
    }
  }

  /** {@code an outcome}, {@code a cross-cutting}: the level's code after its article. */
  private static String article(String code) {
    return ("aeiou".indexOf(code.charAt(0)) >= 0 ? "an " : "a ") + code;
  }

  /** A child as its parent's rules see it: its code and level, either null when missing. */
  record Child(String code, ResultLevel level) {}

  /** A source citation, when given: 1–500 characters, not blank. */
  static void source(Problems problems, String source) {
    if (source != null && (source.isBlank() || source.length() > 500)) {
      problems
          .at("source")
          .error("document.source", source, "source must be 1–500 characters, not blank");
    }
  }

  /** A framework's owner: 1–200 characters, not blank. */
  static void owner(Problems problems, String owner) {
    if (required(problems, owner, "owner") && (owner.isBlank() || owner.length() > 200)) {
      problems
          .at("owner")
          .error("framework.owner", owner, "owner must be 1–200 characters, not blank");
    }
  }

  /**
   * The rules across a framework's tree: every code used once in the whole tree (each later use
   * is reported, naming the first), and every {@code contributesTo} naming a result of the
   * tree. Each node is visited once, without recursion, so a deep tree costs no stack.
   *
   * @param check the rules of one node, run at its path (a document's own; nothing for a model,
   *     whose nodes checked themselves when built)
   */
  static <N> void tree(
      Problems problems,
      List<N> roots,
      Function<N, String> code,
      Function<N, List<String>> contributesTo,
      Function<N, List<N>> children,
      NodeCheck<N> check) {
    record Visit<N>(N node, Problems at) {}
    Map<String, Problems> firstUse = new HashMap<>();
    Deque<Visit<N>> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      if (roots.get(i) == null) {
        problems.at("roots", i).error("document.required", REQUIRED);
      } else {
        stack.push(new Visit<>(roots.get(i), problems.at("roots", i)));
      }
    }
    // references are resolved once every code is known, in document order
    Deque<Object[]> refs = new ArrayDeque<>();
    while (!stack.isEmpty()) {
      Visit<N> v = stack.pop();
      check.check(v.node(), v.at());
      String c = code.apply(v.node());
      if (c != null) {
        Problems previous = firstUse.putIfAbsent(c, v.at());
        if (previous != null) {
          v.at()
              .at("code")
              .error("framework.code.repeated", c, "code " + c + " is already used at " + previous.path());
        }
      }
      List<String> to = contributesTo.apply(v.node());
      if (to != null) {
        for (int i = 0; i < to.size(); i++) {
          if (to.get(i) != null) {
            refs.add(new Object[] {to.get(i), v.at().at("contributesTo", i)});
          }
        }
      }
      List<N> kids = children.apply(v.node());
      if (kids != null) {
        // a missing child is the parent's problem, reported by its own rules
        for (int i = kids.size() - 1; i >= 0; i--) {
          if (kids.get(i) != null) {
            stack.push(new Visit<>(kids.get(i), v.at().at("children", i)));
          }
        }
      }
    }
    for (Object[] ref : refs) {
      String target = (String) ref[0];
      if (!firstUse.containsKey(target)) {
        ((Problems) ref[1])
            .error(
                "framework.contributes.unknown",
                target,
                "contributes to " + target + ", which is not in the framework");
      }
    }
  }

  /** The rules of one node of a tree, run at the node's path. */
  interface NodeCheck<N> {
    void check(N node, Problems at);
  }
}
