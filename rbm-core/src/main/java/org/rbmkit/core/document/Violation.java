package org.rbmkit.core.document;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One problem found in a document: where it is and what is wrong.
 *
 * <pre>{@code
 * Violation v = new Violation("roots[2].indicators[0].targets[1].value",
 *     "a percentage indicator takes a decimal value, not a ratio");
 * v.toString();   // "roots[2].indicators[0].targets[1].value: a percentage indicator takes …"
 * }</pre>
 *
 * <p>The path uses the document's JSON property names, with list indices in brackets; the empty
 * path is the document itself. Immutable and thread-safe.
 *
 * @param path where the problem is, such as {@code roots[0].children[2].code}
 * @param message what is wrong, naming the offending value
 */
public record Violation(String path, String message) implements Comparable<Violation> {

  /** Checks the components. */
  public Violation {
    checkNotNull(path, "path");
    checkNotNull(message, "message");
  }

  /**
   * Orders by path, then message. Paths compare part by part, a list index as a number: {@code
   * actuals[2]} comes before {@code actuals[10]}, so the problems of one list are in the order of
   * its elements.
   */
  @Override
  public int compareTo(Violation o) {
    int c = comparePaths(path, o.path);
    return c != 0 ? c : message.compareTo(o.message);
  }

  /** Compares two paths character by character, a run of digits by its number. */
  static int comparePaths(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (isDigit(x) && isDigit(y)) {
        int ei = digitsEnd(a, i);
        int ej = digitsEnd(b, j);
        // without leading zeros, a longer run of digits is a larger number
        int si = skipZeros(a, i, ei);
        int sj = skipZeros(b, j, ej);
        int c = Integer.compare(ei - si, ej - sj);
        if (c == 0) {
          c = a.substring(si, ei).compareTo(b.substring(sj, ej));
        }
        if (c == 0) {
          c = Integer.compare(ei - i, ej - j);
        }
        if (c != 0) {
          return c;
        }
        i = ei;
        j = ej;
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int k = from;
    while (k < s.length() && isDigit(s.charAt(k))) {
      k++;
    }
    return k;
  }

  private static int skipZeros(String s, int from, int end) {
    int k = from;
    while (k < end - 1 && s.charAt(k) == '0') {
      k++;
    }
    return k;
  }

  /** {@code path: message}, or the message alone for the document itself. */
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
