package org.rbmkit.core.iati;

import java.util.Optional;

/**
 * The IATI {@code BudgetType} codelist: original or revised.
 *
 * <pre>{@code
 * BudgetType.fromCode("2");   // Optional[REVISED]
 * }</pre>
 */
public enum BudgetType {
  /** 1: the original budget allocated to the activity. */
  ORIGINAL("1"),
  /** 2: the updated budget. */
  REVISED("2");

  private final String code;

  BudgetType(String code) {
    this.code = code;
  }

  /** The IATI code. */
  public String code() {
    return code;
  }

  /** The type with the given IATI code; empty for a code outside the codelist. */
  public static Optional<BudgetType> fromCode(String code) {
    for (BudgetType t : values()) {
      if (t.code.equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
