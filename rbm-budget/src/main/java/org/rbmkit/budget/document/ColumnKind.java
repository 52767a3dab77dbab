package org.rbmkit.budget.document;

import org.rbmkit.core.text.Coded;

/**
 * What a budget column holds: an approved budget, a revised one, a forecast, a proposal or
 * actual results.
 *
 * <pre>{@code
 * ColumnKind.fromCode("forecast");   // FORECAST ("Prévisions")
 * }</pre>
 */
public enum ColumnKind implements Coded {
  /** The budget as approved ("Budget"). */
  APPROVED("approved"),
  /** The budget as revised during the period. */
  REVISED("revised"),
  /** The expected outcome of a running period ("Prévisions"). */
  FORECAST("forecast"),
  /** A proposal for a coming period ("Proposition de budget"). */
  PROPOSAL("proposal"),
  /** Actual results. */
  ACTUAL("actual");

  private final String code;

  ColumnKind(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code approved}. */
  public String code() {
    return code;
  }

  /**
   * The kind with the given code.
   *
   * @throws IllegalArgumentException naming the code and the accepted ones
   */
  public static ColumnKind fromCode(String code) {
    return Coded.fromCode(ColumnKind.class, code, "column kind");
  }
}
