package org.rbmkit.core.iati;

/**
 * The strings of a document's text events, read from the parser's own buffer: white space such as
 * the indentation before a child element, which repeats throughout a document, is made into a
 * string once per length and shared. Not thread-safe: one per document read.
 */
final class TextPieces {

  /** The last blank text seen of each length, reused for the same white space. */
  private final String[] layout = new String[64];

  /**
   * The characters as a string; white space such as the indentation before a child element, which
   * repeats throughout a document, is taken from the strings of that length seen before.
   */
  String piece(char[] chars, int start, int length, boolean blank) {
    if (!blank || length >= layout.length) {
      return new String(chars, start, length);
    }
    String seen = layout[length];
    if (seen != null && same(seen, chars, start)) {
      return seen;
    }
    String s = new String(chars, start, length);
    layout[length] = s;
    return s;
  }

  /** Whether {@code s} is the characters from {@code start}, as many as it has. */
  private static boolean same(String s, char[] chars, int start) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != chars[start + i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the characters are white space only, as {@link String#isBlank} says. */
  static boolean isBlank(char[] chars, int start, int length) {
    for (int i = start; i < start + length; i++) {
      char c = chars[i];
      if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
