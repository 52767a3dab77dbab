package org.rbmkit.core.iati;

import java.util.Optional;

/**
 * The IATI {@code BudgetStatus} codelist: indicative or committed.
 *
 * <pre>{@code
 * BudgetStatus.fromCode("1");   // Optional[INDICATIVE]
 * }</pre>
 */
public enum BudgetStatus {
  /** 1: a non-binding estimate. */
  INDICATIVE("1"),
  /** 2: a binding agreement. */
  COMMITTED("2");

  private final String code;

  BudgetStatus(String code) {
    this.code = code;
  }

  /** The IATI code. */
  public String code() {
    return code;
  }

  /** The status with the given IATI code; empty for a code outside the codelist. */
  public static Optional<BudgetStatus> fromCode(String code) {
    for (BudgetStatus s : values()) {
      if (s.code.equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
