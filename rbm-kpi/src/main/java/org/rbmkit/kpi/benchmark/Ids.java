package org.rbmkit.kpi.benchmark;

import org.rbmkit.core.text.Shown;

import static com.google.common.base.Preconditions.checkNotNull;

/** Checks on the identifiers of entities, metrics and attributes. */
final class Ids {

  static final int MAX_LENGTH = 100;

  private Ids() {}

  /**
   * Returns {@code id} if it is 1–100 characters without whitespace or control characters.
   *
   * @throws IllegalArgumentException naming the field and quoting the value
   */
  static String check(String id, String field) {
    checkNotNull(id, field);
    if (id.isEmpty() || id.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          field + " \"" + Shown.value(id) + "\" must have 1 to " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        throw new IllegalArgumentException(
            field
                + " \""
                + Shown.value(id)
                + "\" must not contain whitespace or control characters");
      }
    }
    return id;
  }
}
