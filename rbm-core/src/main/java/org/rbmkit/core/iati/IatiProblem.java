package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A problem the {@link IatiReader} found, or an element it did not carry, with the activity and
 * element path it concerns.
 *
 * <pre>{@code
 * // ERROR activity AA-1 at /iati-activities/iati-activity[1]/result[1]/indicator[1] (line 23):
 * //   missing required attribute @measure
 * problem.kind();       // STRUCTURE
 * problem.isError();    // true
 * }</pre>
 *
 * <p>Three kinds: {@link Kind#STRUCTURE} errors break the schema; {@link Kind#RULE} findings break
 * a codelist or one of IATI's rules (with the rule's id and severity); {@link Kind#SKIPPED} lists
 * an element or attribute the model does not carry. Immutable and thread-safe.
 *
 * @param kind structural error, rule finding or skipped content
 * @param severity error, warning or info; structural errors are always {@link Severity#ERROR},
 *     skipped content always {@link Severity#INFO}
 * @param rule the rule's id ({@code 8.6.1}, {@code 7.5.3}, {@code codelist}…); empty for structural
 *     errors and skipped content
 * @param activity the activity's identifier, or {@code (activity N)} when it has none; empty text
 *     for problems of the document outside any activity
 * @param path the element or attribute path, such as {@code
 *     /iati-activities/iati-activity[1]/budget[2]/period-end/@iso-date}
 * @param line the line in the document, or 0 when unknown
 * @param message what is wrong, quoting the offending value
 */
public record IatiProblem(
    Kind kind,
    Severity severity,
    Optional<String> rule,
    String activity,
    String path,
    int line,
    String message) {

  /** Checks the components. */
  public IatiProblem {
    checkNotNull(kind, "kind");
    checkNotNull(severity, "severity");
    checkNotNull(rule, "rule");
    checkNotNull(activity, "activity");
    checkNotNull(path, "path");
    checkNotNull(message, "message");
    checkArgument(line >= 0, "line %s is negative", line);
    checkArgument(
        kind != Kind.STRUCTURE || severity == Severity.ERROR,
        "a structural problem is an error, not %s",
        severity);
  }

  /** Whether this is a structural error, which strict reading stops at. */
  public boolean isError() {
    return kind == Kind.STRUCTURE;
  }

  /** {@code ERROR activity AA-1 at /iati-activities/iati-activity[1]/… (line 23): message}. */
  @Override
  public String toString() {
    return (kind == Kind.SKIPPED ? "SKIPPED" : severity.name())
        + rule.map(r -> " [rule " + r + "]").orElse("")
        + (activity.isEmpty() ? "" : " activity " + activity)
        + " at "
        + path
        + (line > 0 ? " (line " + line + ")" : "")
        + ": "
        + message;
  }

  /** What kind of problem. */
  public enum Kind {
    /** The document breaks the IATI schema: a missing, repeated or malformed element. */
    STRUCTURE,
    /** The document breaks a codelist or an IATI ruleset rule. */
    RULE,
    /** The model does not carry this element or attribute; it was read past, not lost silently. */
    SKIPPED
  }

  /** How serious, as IATI's rulesets grade it. */
  public enum Severity {
    /** The data is wrong. */
    ERROR,
    /** The data is doubtful. */
    WARNING,
    /** For information. */
    INFO
  }
}
