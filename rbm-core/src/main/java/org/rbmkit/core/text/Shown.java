package org.rbmkit.core.text;

import java.util.Locale;

/**
 * How the library shows an offending value inside an error message: one rule for every reader
 * and constructor, so a value from a hostile file can never flood a log or forge a line of it.
 *
 * <pre>{@code
 * Shown.value("tutor-supported-online");     // tutor-supported-online
 * Shown.value("a\nb");                       // a\u000Ab
 * Shown.value("x".repeat(1_000_000));        // xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...
 * }</pre>
 *
 * <p>The rule: at most {@value #MAX_CHARS} characters of the value are kept (the first 37 and
 * {@code ...} when it is longer, never splitting a surrogate pair), then every control character
 * (U+0000 to U+001F and U+007F) is written as its {@code \}{@code uXXXX} escape. Quoting, when a
 * message quotes, is the message's own business. Stateless and thread-safe.
 */
public final class Shown {

  /** The longest value shown whole; a longer one keeps 37 characters and {@code ...}. */
  public static final int MAX_CHARS = 40;

  private Shown() {}

  /**
   * The value as an error message shows it: abbreviated, then control characters escaped.
   *
   * @param value any text; {@code null} is shown as {@code null}
   */
  public static String value(String value) {
    if (value == null) {
      return "null";
    }
    String kept = value;
    if (value.length() > MAX_CHARS) {
      int end = MAX_CHARS - 3;
      if (Character.isHighSurrogate(value.charAt(end - 1))) {
        end--;
      }
      kept = value.substring(0, end) + "...";
    }
    StringBuilder s = null;
    for (int i = 0; i < kept.length(); i++) {
      char ch = kept.charAt(i);
      if (ch < 0x20 || ch == 0x7F) {
        if (s == null) {
          s = new StringBuilder(kept.length() + 8).append(kept, 0, i);
        }
        s.append(String.format(Locale.ROOT, "\\u%04X", (int) ch));
      } else if (s != null) {
        s.append(ch);
      }
    }
    return s == null ? kept : s.toString();
  }
}
