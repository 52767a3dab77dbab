package org.rbmkit.budget.document;

import org.rbmkit.core.text.Coded;

/**
 * A derived line of a budget table: a subtotal, total or balance computed from other lines.
 *
 * <pre>{@code
 * Aggregate.fromCode("net-available");   // NET_AVAILABLE
 * }</pre>
 *
 * <p>The contribution-margin lines follow the ITC-ILO budget: net contribution of the own
 * revenue streams, voluntary contributions, net available, fixed costs, contingency,
 * institutional investments, charges, surplus before and after use of prior surpluses. The plain
 * lines (income, expenditure, balance) serve budgets kept as income and expenditure.
 */
public enum Aggregate implements Coded {
  /** Σ net contributions of the own revenue streams. */
  OWN_NET_CONTRIBUTION("own-net-contribution"),
  /** Σ voluntary contributions. */
  VOLUNTARY_CONTRIBUTIONS("voluntary-contributions"),
  /** Own net contribution + voluntary contributions. */
  NET_AVAILABLE("net-available"),
  /** Σ fixed costs. */
  FIXED_COSTS("fixed-costs"),
  /** Σ contingency. */
  CONTINGENCY("contingency"),
  /** Σ institutional investments. */
  INSTITUTIONAL_INVESTMENTS("institutional-investments"),
  /** Fixed costs + contingency + institutional investments. */
  CHARGES("charges"),
  /** Net available − charges. */
  SURPLUS_BEFORE_PRIOR_SURPLUSES("surplus-before-prior-surpluses"),
  /** Σ use of prior surpluses. */
  PRIOR_SURPLUSES_USED("prior-surpluses-used"),
  /** Surplus before prior surpluses + prior surpluses used. */
  BUDGET_SURPLUS("budget-surplus"),
  /** Σ income-side lines. */
  INCOME("income"),
  /** Σ expenditure-side lines. */
  EXPENDITURE("expenditure"),
  /** Income − expenditure. */
  BALANCE("balance");

  private final String code;

  Aggregate(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code net-available}. */
  public String code() {
    return code;
  }

  /**
   * The aggregate with the given code.
   *
   * @throws IllegalArgumentException naming the code and listing the accepted ones
   */
  public static Aggregate fromCode(String code) {
    return Coded.fromCode(Aggregate.class, code, "total", "item-N");
  }
}
