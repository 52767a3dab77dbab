package org.rbmkit.core.iati;

import java.util.Optional;
import org.rbmkit.core.problem.Problem;

/** The parts of an IATI reader's {@link Problem} the tests look at, taken from its code. */
final class IatiTestProblems {

  /** The three families of codes: {@code iati.structure.*}, {@code iati.rule.*}, {@code iati.skipped}. */
  enum Kind {
    STRUCTURE,
    RULE,
    SKIPPED
  }

  private IatiTestProblems() {}

  static Kind kind(Problem p) {
    if (p.code().startsWith("iati.structure.")) {
      return Kind.STRUCTURE;
    }
    if (p.code().startsWith("iati.rule.")) {
      return Kind.RULE;
    }
    if (p.code().equals("iati.skipped")) {
      return Kind.SKIPPED;
    }
    throw new AssertionError("not a code of an activity's problem: " + p.code());
  }

  /** The rule's id, {@code 8.6.1} of {@code iati.rule.8.6.1}; empty for other codes. */
  static Optional<String> rule(Problem p) {
    return p.code().startsWith("iati.rule.")
        ? Optional.of(p.code().substring("iati.rule.".length()))
        : Optional.empty();
  }

  static String path(Problem p) {
    return p.location().path();
  }

  static long line(Problem p) {
    return p.location().line();
  }

  static boolean isStructural(Problem p) {
    return kind(p) == Kind.STRUCTURE;
  }
}
