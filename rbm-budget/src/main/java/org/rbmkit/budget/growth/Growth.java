package org.rbmkit.budget.growth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.Money;

/**
 * Growth rules: zero real growth, and the ratios budgets are read with (execution rate, share).
 *
 * <pre>{@code
 * MoneyRounding kEur = MoneyRounding.toUnit(AmountUnit.THOUSANDS, RoundingMode.HALF_UP);
 * Growth.zeroRealGrowth(Money.of("EUR", 1_085_000), new BigDecimal("0.046"), kEur);
 * // EUR 1135000.00: 1085 kEUR × 1.046 = 1134.91 kEUR, rounded half up to whole kEUR
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Growth {

  private Growth() {}

  /**
   * The nominal amount that keeps {@code base} constant in real terms:
   * {@code base × (1 + inflation)}, rounded by the stated {@code rounding}.
   *
   * @param inflation the rate as a fraction, {@code 0.046} for 4.6 %
   */
  public static Money zeroRealGrowth(Money base, BigDecimal inflation, MoneyRounding rounding) {
    checkNotNull(base, "base");
    checkNotNull(inflation, "inflation");
    checkNotNull(rounding, "rounding");
    checkArgument(inflation.compareTo(BigDecimal.ONE.negate()) > 0,
        "inflation %s must be above -1", inflation);
    return Money.of(
        base.currency(), rounding.round(base.amount().multiply(BigDecimal.ONE.add(inflation))));
  }

  /** Actual ÷ budget: the execution or delivery rate; undefined for a zero budget. */
  public static Ratio executionRate(Money actual, Money budget) {
    return Ratio.of(actual, budget);
  }

  /** Part ÷ whole, such as staff costs ÷ fixed costs; undefined for a zero whole. */
  public static Ratio share(Money part, Money whole) {
    return Ratio.of(part, whole);
  }
}
