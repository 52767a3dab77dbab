package org.rbmkit.kpi.workforce;

/** Message helpers shared by the workforce types. */
final class Texts {

  private Texts() {}

  /** The text as quoted in an error message: at most 40 characters. */
  static String shorten(Object text) {
    String s = String.valueOf(text);
    return s.length() > 40 ? s.substring(0, 37) + "..." : s;
  }
}
