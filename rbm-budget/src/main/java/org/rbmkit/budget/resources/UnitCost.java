package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.Money;

/**
 * Cost per unit of output: a result's expenditure divided by an indicator's actual value, kept as
 * an exact ratio and rounded only when asked, by a stated rule.
 *
 * <pre>{@code
 * UnitCost c = new UnitCost("1.2", "1.2.a", Money.of("EUR", 1_000_000), new BigDecimal("3"));
 * c.ratio();                                      // 1000000/3
 * c.perUnit(MoneyRounding.of("0.01", HALF_UP));   // Optional[EUR 333333.33]
 * }</pre>
 *
 * <p>Undefined (empty) when the actual is zero. Immutable and thread-safe.
 *
 * @param result the result's code
 * @param indicator the indicator's code
 * @param expenditure the result's expenditure (its total, of the kind the caller chose)
 * @param units the indicator's actual value: the units of output delivered
 */
public record UnitCost(String result, String indicator, Money expenditure, BigDecimal units) {

  /** Validates the components. */
  public UnitCost {
    checkNotNull(result, "result");
    checkNotNull(indicator, "indicator");
    checkNotNull(expenditure, "expenditure");
    checkNotNull(units, "units");
  }

  /** Expenditure ÷ units, exactly. */
  public Ratio ratio() {
    return Ratio.of(expenditure.amount(), units);
  }

  /**
   * The cost of one unit rounded by {@code rounding}; empty when no unit was delivered.
   *
   * @throws IllegalArgumentException if the rounding is finer than the currency's minor unit
   */
  public Optional<Money> perUnit(MoneyRounding rounding) {
    checkNotNull(rounding, "rounding");
    if (units.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(Money.of(expenditure.currency(),
        rounding.roundQuotient(expenditure.amount(), units)));
  }
}
