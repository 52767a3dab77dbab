package org.rbmkit.core.problem;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.util.Optional;
import org.rbmkit.core.text.Shown;

/**
 * One problem found in an input, whatever its format: where it is, the offending value, a stable
 * code for programs and an English message for people.
 *
 * <pre>{@code
 * Problem p = Problem.error(Location.path("roots[0].indicators[1].unit"), "indicator.unit",
 *     "kilometres", "\"kilometres\" is not a unit: use one of count, percent, ...");
 * p.toString();   // roots[0].indicators[1].unit: "kilometres" is not a unit: use one of ...
 * p.code();       // indicator.unit
 * p.value();      // Optional[kilometres]
 * }</pre>
 *
 * <p>The value is shown by {@link Shown#value}: at most 40 characters, control characters
 * escaped, so a hostile input can neither flood a log nor forge a line of it; it is empty when the
 * problem concerns no single value (a missing field, a whole row). The code is lower case, in dotted
 * parts ({@code json.type}, {@code csv.value.enum}, {@code iati.rule.8.6.1}); it names the rule
 * broken and does not change between releases. Problems sort in document order by {@link
 * Location}. Immutable and thread-safe.
 *
 * @param location where the problem is
 * @param severity how serious it is
 * @param code the rule broken, stable and machine-readable
 * @param value the offending value as {@link Shown#value} shows it, or empty
 * @param message what is wrong, in English
 */
public record Problem(
    Location location, Severity severity, String code, Optional<String> value, String message)
    implements Comparable<Problem> {

  /**
   * Checks the components: the code's form, and that the value is in its shown form (no control
   * character, no longer than {@link Shown#value} makes it).
   */
  public Problem {
    checkNotNull(location, "location");
    checkNotNull(severity, "severity");
    checkNotNull(code, "code");
    checkNotNull(value, "value");
    checkNotNull(message, "message");
    if (!isCode(code)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "code %s is not dotted lower-case parts",
              Shown.value(code)));
    }
    if (value.isPresent() && !isShown(value.get())) {
      throw new IllegalArgumentException(
          "value is not in its shown form: " + Shown.value(value.get()));
    }
  }

  /**
   * Whether {@code code} is dotted lower-case parts, {@code [a-z][a-z0-9]*([.-][a-z0-9]+)*}: a
   * lower-case letter, then letters and digits, with single dots or hyphens between them. Read
   * without a regular expression: every problem is checked, and a hostile document can have a
   * million.
   */
  static boolean isCode(String code) {
    int n = code.length();
    if (n == 0 || code.charAt(0) < 'a' || code.charAt(0) > 'z') {
      return false;
    }
    boolean separated = false;
    for (int i = 1; i < n; i++) {
      char ch = code.charAt(i);
      if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
        separated = false;
      } else if ((ch == '.' || ch == '-') && !separated) {
        separated = true;
      } else {
        return false;
      }
    }
    return !separated;
  }

  /** At most 40 characters, each control character escaped as six. */
  private static boolean isShown(String v) {
    if (v.length() > 6 * Shown.MAX_CHARS) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char ch = v.charAt(i);
      if (ch < 0x20 || ch == 0x7F) {
        return false;
      }
    }
    return true;
  }

  /**
   * An error about an offending value, which is shown by {@link Shown#value}.
   *
   * @param value the value as read, any length; {@code null} is shown as {@code null}
   */
  public static Problem error(Location location, String code, String value, String message) {
    return new Problem(location, Severity.ERROR, code, Optional.of(Shown.value(value)), message);
  }

  /** An error that concerns no single value, such as a missing field. */
  public static Problem error(Location location, String code, String message) {
    return new Problem(location, Severity.ERROR, code, Optional.empty(), message);
  }

  /** This problem with another severity. */
  public Problem withSeverity(Severity other) {
    return new Problem(location, other, code, value, message);
  }

  /** Whether it is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity.isError();
  }

  /** Document order: by location, then code and message. */
  @Override
  public int compareTo(Problem o) {
    int c = location.compareTo(o.location);
    if (c == 0) {
      c = code.compareTo(o.code);
    }
    return c != 0 ? c : message.compareTo(o.message);
  }

  /**
   * {@code location: message}, the message alone for the document itself, with {@code warning: }
   * or {@code info: } in front when it is not an error.
   */
  @Override
  public String toString() {
    String where = location.toString();
    String text = where.isEmpty() ? message : where + ": " + message;
    return severity.isError() ? text : severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + text;
  }
}
