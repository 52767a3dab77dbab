package org.rbmkit.budget.staffing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;

/**
 * Total FTE and cost of a group of staff, and the average cost per FTE.
 *
 * <pre>{@code
 * StaffTotal t = new StaffTotal(new BigDecimal("290"), Money.of("EUR", 31_902_000));
 * t.averageCostPerFte(MoneyRounding.of("1", RoundingMode.HALF_UP));   // Optional[EUR 110007.00]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param fte full-time equivalents
 * @param cost the cost
 */
public record StaffTotal(BigDecimal fte, Money cost) {

  /** Validates the components and normalises the FTE's scale. */
  public StaffTotal {
    checkNotNull(fte, "fte");
    checkNotNull(cost, "cost");
    fte = fte.signum() == 0 ? BigDecimal.ZERO : strip(fte);
  }

  /** Zero FTE and zero cost in the currency of {@code like}. */
  static StaffTotal zero(Money like) {
    return new StaffTotal(BigDecimal.ZERO, Money.zero(like.currency()));
  }

  /** The component-wise sum. */
  public StaffTotal plus(StaffTotal other) {
    checkNotNull(other, "other");
    if (!cost.isSameCurrency(other.cost)) {
      throw new CurrencyMismatchException(cost.currency(), other.cost.currency());
    }
    return new StaffTotal(fte.add(other.fte), cost.plus(other.cost));
  }

  /** Cost ÷ FTE rounded by the stated rule; empty when the FTE is zero. */
  public Optional<Money> averageCostPerFte(MoneyRounding rounding) {
    checkNotNull(rounding, "rounding");
    if (fte.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(Money.of(cost.currency(), rounding.roundQuotient(cost.amount(), fte)));
  }

  private static BigDecimal strip(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }
}
