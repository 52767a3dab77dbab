package org.rbmkit.examples.report.chart;

import java.util.List;

/** How long labels are laid out in a drawing. Stateless. */
final class Labels {

  private Labels() {}

  /** The label on one line, or split at the space nearest its middle into two. */
  static List<String> twoLines(String label) {
    if (label.length() <= 14) {
      return List.of(label);
    }
    int mid = label.length() / 2;
    int best = -1;
    for (int i = 0; i < label.length(); i++) {
      if (label.charAt(i) == ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) {
        best = i;
      }
    }
    return best < 0 ? List.of(label)
        : List.of(label.substring(0, best), label.substring(best + 1));
  }
}
