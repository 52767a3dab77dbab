package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.core.money.Money;

/**
 * One column of a budget in the contribution-margin model of the ITC-ILO: what the own revenue
 * streams and voluntary contributions leave to cover fixed costs, contingency and institutional
 * investments.
 *
 * <pre>{@code
 * ContributionMargin m = totals.margin("2024-25-proposal");
 * m.netAvailable();   // EUR 60535000.00 (seed 003)
 * m.charges();        // EUR 60535000.00
 * m.budgetSurplus();  // EUR 0.00: a balanced budget
 * }</pre>
 *
 * <p>Net available = own net contribution + voluntary contributions; charges = fixed costs +
 * contingency + institutional investments; surplus before prior surpluses = net available −
 * charges; budget surplus = that + prior surpluses used. Immutable and thread-safe.
 *
 * @param ownNetContribution Σ (revenue − direct costs) + Σ net contributions
 * @param voluntaryContributions Σ voluntary contributions
 * @param fixedCosts Σ fixed costs
 * @param contingency Σ contingency
 * @param institutionalInvestments Σ institutional investments
 * @param priorSurplusesUsed Σ use of prior surpluses
 */
public record ContributionMargin(
    Money ownNetContribution,
    Money voluntaryContributions,
    Money fixedCosts,
    Money contingency,
    Money institutionalInvestments,
    Money priorSurplusesUsed) {

  /** Validates the components (one currency throughout). */
  public ContributionMargin {
    checkNotNull(ownNetContribution, "ownNetContribution");
    checkNotNull(voluntaryContributions, "voluntaryContributions");
    checkNotNull(fixedCosts, "fixedCosts");
    checkNotNull(contingency, "contingency");
    checkNotNull(institutionalInvestments, "institutionalInvestments");
    checkNotNull(priorSurplusesUsed, "priorSurplusesUsed");
    ownNetContribution
        .plus(voluntaryContributions)
        .plus(fixedCosts)
        .plus(contingency)
        .plus(institutionalInvestments)
        .plus(priorSurplusesUsed);
  }

  /** Own net contribution + voluntary contributions. */
  public Money netAvailable() {
    return ownNetContribution.plus(voluntaryContributions);
  }

  /** Fixed costs + contingency + institutional investments. */
  public Money charges() {
    return fixedCosts.plus(contingency).plus(institutionalInvestments);
  }

  /** Net available − charges. */
  public Money surplusBeforePriorSurpluses() {
    return netAvailable().minus(charges());
  }

  /** Surplus before prior surpluses + prior surpluses used; zero for a balanced budget. */
  public Money budgetSurplus() {
    return surplusBeforePriorSurpluses().plus(priorSurplusesUsed);
  }

  /**
   * The figure of the given contribution-margin aggregate.
   *
   * @throws IllegalArgumentException for {@link TotalKey.Aggregate#INCOME}, {@link TotalKey.Aggregate#EXPENDITURE}
   *     and {@link TotalKey.Aggregate#BALANCE}, which belong to the plain balance
   */
  public Money value(TotalKey.Aggregate aggregate) {
    checkNotNull(aggregate, "aggregate");
    return switch (aggregate) {
      case OWN_NET_CONTRIBUTION -> ownNetContribution;
      case VOLUNTARY_CONTRIBUTIONS -> voluntaryContributions;
      case NET_AVAILABLE -> netAvailable();
      case FIXED_COSTS -> fixedCosts;
      case CONTINGENCY -> contingency;
      case INSTITUTIONAL_INVESTMENTS -> institutionalInvestments;
      case CHARGES -> charges();
      case SURPLUS_BEFORE_PRIOR_SURPLUSES -> surplusBeforePriorSurpluses();
      case PRIOR_SURPLUSES_USED -> priorSurplusesUsed;
      case BUDGET_SURPLUS -> budgetSurplus();
      case INCOME, EXPENDITURE, BALANCE ->
          throw new IllegalArgumentException(
              aggregate.code() + " is not a contribution-margin figure; use Balance");
    };
  }
}
