package org.rbmkit.budget.growth;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;

/**
 * The change of an amount between two columns: absolute, relative, and real for an inflation
 * rate.
 *
 * <pre>{@code
 * Change c = new Change(Money.of("EUR", 1_710_000), Money.of("EUR", 2_789_000));
 * c.absolute();                                   // EUR 1079000.00
 * c.relative().percent(0, RoundingMode.HALF_UP);  // Optional[63]
 * c.real(new BigDecimal("0.046"));                // growth beyond 4.6 % inflation
 * }</pre>
 *
 * <p>A change from zero has an undefined relative change (an undefined {@link Ratio}), not an
 * exception. Immutable and thread-safe.
 *
 * @param from the base amount
 * @param to the compared amount, same currency
 */
public record Change(Money from, Money to) {

  /** Validates that both amounts share a currency. */
  public Change {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    if (!from.isSameCurrency(to)) {
      throw new CurrencyMismatchException(from.currency(), to.currency());
    }
  }

  /** {@code to − from}. */
  public Money absolute() {
    return to.minus(from);
  }

  /** {@code (to − from) / from}; undefined when {@code from} is zero. */
  public Ratio relative() {
    return Ratio.of(absolute(), from);
  }

  /**
   * The real change for an inflation rate {@code i} (0.046 for 4.6 %):
   * {@code (to − from × (1 + i)) / (from × (1 + i))}. Exact; undefined when {@code from} is
   * zero. Zero real growth gives zero.
   */
  public Ratio real(BigDecimal inflation) {
    checkNotNull(inflation, "inflation");
    checkArgument(inflation.compareTo(BigDecimal.ONE.negate()) > 0,
        "inflation %s must be above -1", inflation);
    BigDecimal base = from.amount().multiply(BigDecimal.ONE.add(inflation));
    return Ratio.of(to.amount().subtract(base), base);
  }
}
