package org.rbmkit.budget.resources;

import org.rbmkit.core.text.Coded;

/**
 * What an amount linked to a result is: a planned, revised or actual expenditure, or funding
 * secured for the result.
 *
 * <pre>{@code
 * AmountKind.fromCode("actual");   // ACTUAL
 * }</pre>
 */
public enum AmountKind implements Coded {
  /** Expenditure planned in the budget: reconciled with the budget's lines. */
  PLANNED("planned"),
  /** Expenditure planned after a revision of the budget. */
  REVISED("revised"),
  /** Expenditure incurred. */
  ACTUAL("actual"),
  /** Funding secured (received or pledged) for a result from a fund. */
  SECURED("secured");

  private final String code;

  AmountKind(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code planned}. */
  public String code() {
    return code;
  }

  /** Whether the kind is an expenditure (planned, revised or actual), which allocations carry. */
  public boolean isExpenditure() {
    return this != SECURED;
  }

  /**
   * The kind with the given code.
   *
   * @throws IllegalArgumentException naming the code and the accepted ones
   */
  public static AmountKind fromCode(String code) {
    return Coded.fromCode(AmountKind.class, code, "amount kind");
  }
}
