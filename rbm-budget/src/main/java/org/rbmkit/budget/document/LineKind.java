package org.rbmkit.budget.document;

import org.rbmkit.core.text.Coded;

/**
 * The kind of a budget line: where it counts in the balance and in the contribution-margin
 * model.
 *
 * <pre>{@code
 * LineKind.fromCode("direct-cost").side();   // EXPENDITURE
 * LineKind.NET_CONTRIBUTION.allowsNegative(); // true: a stream can lose money
 * }</pre>
 *
 * <p>Kinds fall into families; all lines of one numbered item belong to one family (item 10 of
 * the ITC-ILO budget holds a revenue and a direct-cost line, item 13 several voluntary
 * contributions).
 */
public enum LineKind implements Coded {
  /** Revenue of an own revenue stream ("Produits"). */
  REVENUE("revenue", Side.INCOME, Family.STREAM, true, false),
  /** Direct (variable) costs of an own revenue stream ("Dépenses directes"). */
  DIRECT_COST("direct-cost", Side.EXPENDITURE, Family.STREAM, true, false),
  /** A stream's net contribution, when only the net figure is budgeted. */
  NET_CONTRIBUTION("net-contribution", Side.INCOME, Family.STREAM, true, true),
  /** A voluntary contribution by one contributor. */
  VOLUNTARY_CONTRIBUTION("voluntary-contribution", Side.INCOME, Family.VOLUNTARY, false, false),
  /** A fixed cost ("frais fixes"). */
  FIXED_COST("fixed-cost", Side.EXPENDITURE, Family.FIXED, true, false),
  /** Contingency ("imprévus"). */
  CONTINGENCY("contingency", Side.EXPENDITURE, Family.CONTINGENCY, true, false),
  /** An institutional investment, transferred to a reserve fund. */
  INSTITUTIONAL_INVESTMENT(
      "institutional-investment", Side.EXPENDITURE, Family.INVESTMENT, true, false),
  /** Use of surpluses of prior periods. */
  PRIOR_SURPLUS_USE("prior-surplus-use", Side.INCOME, Family.PRIOR_SURPLUS, true, false),
  /** Plain income, for budgets kept as income and expenditure. */
  INCOME("income", Side.INCOME, Family.INCOME, false, false),
  /** Plain expenditure, for budgets kept as income and expenditure. */
  EXPENDITURE("expenditure", Side.EXPENDITURE, Family.EXPENDITURE, false, false);

  /** Groups of kinds that may share one numbered item. */
  public enum Family {
    /** Revenue, direct cost, net contribution. */
    STREAM,
    /** Voluntary contributions. */
    VOLUNTARY,
    /** Fixed costs. */
    FIXED,
    /** Contingency. */
    CONTINGENCY,
    /** Institutional investments. */
    INVESTMENT,
    /** Use of prior surpluses. */
    PRIOR_SURPLUS,
    /** Plain income. */
    INCOME,
    /** Plain expenditure. */
    EXPENDITURE
  }

  private final String code;
  private final Side side;
  private final Family family;
  private final boolean singlePerItem;
  private final boolean allowsNegative;

  LineKind(String code, Side side, Family family, boolean singlePerItem, boolean allowsNegative) {
    this.code = code;
    this.side = side;
    this.family = family;
    this.singlePerItem = singlePerItem;
    this.allowsNegative = allowsNegative;
  }

  /** The stable code used in JSON, such as {@code direct-cost}. */
  public String code() {
    return code;
  }

  /** Whether the line adds to or subtracts from the balance. */
  public Side side() {
    return side;
  }

  /** The family: all lines of one item share it. */
  public Family family() {
    return family;
  }

  /** Whether an item may hold at most one line of this kind. */
  public boolean singlePerItem() {
    return singlePerItem;
  }

  /** Whether an amount of this kind may be negative (only a net contribution may). */
  public boolean allowsNegative() {
    return allowsNegative;
  }

  /** {@code +1} for income, {@code -1} for expenditure: the sign in the balance. */
  public int sign() {
    return side == Side.INCOME ? 1 : -1;
  }

  /**
   * The kind with the given code.
   *
   * @throws IllegalArgumentException naming the code and listing the accepted ones
   */
  public static LineKind fromCode(String code) {
    return Coded.fromCode(LineKind.class, code, "line kind");
  }

  /** The side of a budget a line counts on: income (adds to the balance) or expenditure. */
  public enum Side {
    /** Adds to the balance. */
    INCOME,
    /** Subtracts from the balance. */
    EXPENDITURE
  }
}
