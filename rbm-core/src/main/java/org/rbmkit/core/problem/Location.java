package org.rbmkit.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where a {@link Problem} is, in the terms of its input's format: a JSON path, a line and column
 * of a text file, or an XML element path with its line.
 *
 * <pre>{@code
 * Location.path("roots[2].indicators[0].code");   // roots[2].indicators[0].code
 * Location.line(12, 6, "modality");               // line 12, column 6 (modality)
 * Location.line(12, 0, "");                       // line 12
 * Location.element("/iati-activities/iati-activity[1]/budget[2]", 23);
 *                                                 // /iati-activities/iati-activity[1]/budget[2] (line 23)
 * }</pre>
 *
 * <p>A JSON path uses the document's property names with list indices in brackets, without a
 * leading {@code $}; the empty path is the document itself. Locations of one kind sort in
 * document order: paths part by part with indices as numbers ({@code actuals[2]} before {@code
 * actuals[10]}), lines and columns by number, elements by line then path. Immutable and
 * thread-safe.
 *
 * @param kind which of the three forms
 * @param path the JSON path, the column's name for a line ({@code ""} when none), or the element
 *     path
 * @param line the 1-based line, or 0 when unknown (always 0 for a JSON path)
 * @param column the 1-based column, or 0 for a whole line (always 0 except for a line)
 */
public record Location(Kind kind, String path, long line, int column)
    implements Comparable<Location> {

  /** The three forms of a location. */
  public enum Kind {
    /** A JSON path inside a document. */
    PATH,
    /** A line, and optionally a column, of a text file such as CSV. */
    LINE,
    /** An element or attribute path of an XML document, with its line when known. */
    ELEMENT
  }

  /** Checks the components. */
  public Location {
    checkNotNull(kind, "kind");
    checkNotNull(path, "path");
    checkArgument(line >= 0, "line %s is negative", line);
    checkArgument(column >= 0, "column %s is negative", column);
    checkArgument(kind != Kind.PATH || (line == 0 && column == 0), "a JSON path has no line");
    checkArgument(kind != Kind.LINE || line >= 1, "line %s is not positive", line);
    checkArgument(kind == Kind.LINE || column == 0, "only a line has a column");
  }

  /** The location of the document itself: the empty JSON path. */
  public static Location document() {
    return path("");
  }

  /** A JSON path, such as {@code roots[0].children[2].code}. */
  public static Location path(String path) {
    return new Location(Kind.PATH, path, 0, 0);
  }

  /**
   * A line and column of a text file.
   *
   * @param line the 1-based line
   * @param column the 1-based column, or 0 for the whole line
   * @param field the column's name, or {@code ""}
   */
  public static Location line(long line, int column, String field) {
    return new Location(Kind.LINE, field, line, column);
  }

  /**
   * An XML element or attribute path.
   *
   * @param path such as {@code /iati-activities/iati-activity[1]/budget[2]/@type}
   * @param line the line, or 0 when unknown
   */
  public static Location element(String path, long line) {
    return new Location(Kind.ELEMENT, path, line, 0);
  }

  /**
   * Document order within a kind; kinds in the order {@code PATH}, {@code LINE}, {@code ELEMENT}
   * (one input has locations of one kind).
   */
  @Override
  public int compareTo(Location o) {
    int c = kind.compareTo(o.kind);
    if (c != 0) {
      return c;
    }
    return switch (kind) {
      case PATH -> comparePaths(path, o.path);
      case LINE -> {
        int byLine = Long.compare(line, o.line);
        yield byLine != 0 ? byLine : Integer.compare(column, o.column);
      }
      case ELEMENT -> {
        int byLine = Long.compare(line, o.line);
        yield byLine != 0 ? byLine : comparePaths(path, o.path);
      }
    };
  }

  /** How messages show it; see the class examples. */
  @Override
  public String toString() {
    return switch (kind) {
      case PATH -> path;
      case LINE ->
          "line "
              + line
              + (column > 0 ? ", column " + column : "")
              + (path.isEmpty() ? "" : " (" + path + ")");
      case ELEMENT -> path + (line > 0 ? " (line " + line + ")" : "");
    };
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
}
