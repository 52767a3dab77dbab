package org.rbmkit.kpi.workforce;

import org.rbmkit.core.text.Shown;

/** Message helpers shared by the workforce types. */
final class Texts {

  private Texts() {}

  /** The text as quoted in an error message, as {@link Shown#value} shows it. */
  static String shorten(Object text) {
    return Shown.value(String.valueOf(text));
  }
}
