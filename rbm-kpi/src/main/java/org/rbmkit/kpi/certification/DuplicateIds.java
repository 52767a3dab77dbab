package org.rbmkit.kpi.certification;

import java.util.HashMap;
import java.util.Map;

/**
 * The enrolment ids seen in a read, each with the line it was first seen on: finds a repeated
 * id, and merges with the index of another part of the same file.
 *
 * <pre>{@code
 * DuplicateIds ids = new DuplicateIds();
 * ids.firstLine("E1", 2);   // -1: new
 * ids.firstLine("E1", 9);   // 2
 * }</pre>
 *
 * <p>Memory: one map entry per distinct id (about {@code 100 + 2 × length} bytes). Not
 * thread-safe: one per read or range.
 */
final class DuplicateIds {

  private final Map<String, Long> firstLines = new HashMap<>();

  /** Records {@code id} on {@code line}; the line it was first seen on, or -1 if it is new. */
  long firstLine(String id, long line) {
    Long first = firstLines.putIfAbsent(id, line);
    return first == null ? -1 : first;
  }

  /**
   * Adds the ids of {@code later} (a later part of the file) and empties it; false, with this
   * index partly merged, if an id is in both.
   */
  boolean mergeDisjoint(DuplicateIds later) {
    for (Map.Entry<String, Long> e : later.firstLines.entrySet()) {
      if (firstLines.putIfAbsent(e.getKey(), e.getValue()) != null) {
        return false;
      }
    }
    later.firstLines.clear();
    return true;
  }

  /** How many distinct ids. */
  int size() {
    return firstLines.size();
  }
}
