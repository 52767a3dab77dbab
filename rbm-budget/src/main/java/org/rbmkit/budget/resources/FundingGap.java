package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.Money;

/**
 * A result's funding gap in a column: what it requires (its planned or revised expenditure,
 * rolled up) against what is secured for it (rolled up), by fund.
 *
 * <pre>{@code
 * FundingGap g = FundingGap.of(plan.rollUp(), "3", "2024-25-proposal", AmountKind.PLANNED);
 * g.gap();                  // required − secured, all funds
 * g.gap("xbdc");            // one fund
 * g.coverage().percent(1, RoundingMode.HALF_UP);   // secured ÷ required
 * }</pre>
 *
 * <p>A negative gap is a surplus: more secured than required. The coverage is undefined when
 * nothing is required. Immutable and thread-safe.
 *
 * @param result the result's code
 * @param column the budget column
 * @param basis what is required: {@link AmountKind#PLANNED} or {@link AmountKind#REVISED}
 * @param required the requirement by fund, every fund of the roll-up
 * @param secured the secured funding by fund, the same funds
 */
public record FundingGap(
    String result,
    String column,
    AmountKind basis,
    ImmutableSortedMap<String, Money> required,
    ImmutableSortedMap<String, Money> secured) {

  /** Validates the components. */
  public FundingGap {
    checkNotNull(result, "result");
    checkNotNull(column, "column");
    checkNotNull(basis, "basis");
    checkArgument(basis == AmountKind.PLANNED || basis == AmountKind.REVISED,
        "the requirement is planned or revised expenditure, not %s", basis.code());
    checkNotNull(required, "required");
    checkNotNull(secured, "secured");
    checkArgument(required.keySet().equals(secured.keySet()),
        "required funds %s differ from secured funds %s", required.keySet(), secured.keySet());
    checkArgument(!required.isEmpty(), "no funds");
  }

  /** The gap of a result from a roll-up. */
  public static FundingGap of(ResourceRollup rollup, String result, String column,
      AmountKind basis) {
    checkNotNull(rollup, "rollup");
    return new FundingGap(result, column, basis, rollup.totalByFund(result, column, basis),
        rollup.totalByFund(result, column, AmountKind.SECURED));
  }

  /** Σ of the requirement over funds. */
  public Money requiredTotal() {
    return sum(required);
  }

  /** Σ of the secured funding over funds. */
  public Money securedTotal() {
    return sum(secured);
  }

  /** Required − secured, all funds; negative when more is secured than required. */
  public Money gap() {
    return requiredTotal().minus(securedTotal());
  }

  /**
   * Required − secured for one fund.
   *
   * @throws IllegalArgumentException for a fund not in the roll-up
   */
  public Money gap(String fund) {
    checkArgument(required.containsKey(fund), "fund %s is not among %s", fund, required.keySet());
    return required.get(fund).minus(secured.get(fund));
  }

  /** Secured ÷ required, all funds; undefined when nothing is required. */
  public Ratio coverage() {
    return Ratio.of(securedTotal(), requiredTotal());
  }

  private static Money sum(Map<String, Money> byFund) {
    Money m = null;
    for (Money v : byFund.values()) {
      m = m == null ? v : m.plus(v);
    }
    return m;
  }
}
