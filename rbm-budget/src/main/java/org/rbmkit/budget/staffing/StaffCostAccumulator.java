package org.rbmkit.budget.staffing;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import org.rbmkit.core.money.CurrencyMismatchException;

/**
 * Sums staff costs in one pass by grade and fund source; partial accumulators merge.
 *
 * <pre>{@code
 * StaffCostSummary s = new StaffCostAccumulator(eur).addAll(rows).result();
 * }</pre>
 *
 * <p>The container of {@link StaffCostSummary#collector}. Memory grows with the number of grade ×
 * fund-source groups, not with the rows. {@link
 * #merge} is associative and commutative. Mutable and <em>not</em> thread-safe: one per thread,
 * then merge.
 */
final class StaffCostAccumulator {

  private final Currency currency;
  private final Map<StaffCostSummary.Cell, BigDecimal[]> sums = new HashMap<>();

  /** An empty accumulator for costs in {@code currency}. */
  public StaffCostAccumulator(Currency currency) {
    this.currency = checkNotNull(currency, "currency");
  }

  /**
   * Adds one row.
   *
   * @return this accumulator
   * @throws CurrencyMismatchException if the cost is in another currency
   */
  public StaffCostAccumulator add(StaffCost row) {
    checkNotNull(row, "row");
    if (!row.cost().currency().equals(currency)) {
      throw new CurrencyMismatchException(currency, row.cost().currency());
    }
    add(new StaffCostSummary.Cell(row.grade(), row.fundSource()), row.fte(),
        row.cost().amount());
    return this;
  }

  /** Adds every row. */
  public StaffCostAccumulator addAll(Iterable<StaffCost> rows) {
    checkNotNull(rows, "rows");
    for (StaffCost r : rows) {
      add(r);
    }
    return this;
  }

  /**
   * Adds the sums of {@code other} into this one.
   *
   * @return this accumulator
   */
  public StaffCostAccumulator merge(StaffCostAccumulator other) {
    checkNotNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    other.sums.forEach((k, v) -> add(k, v[0], v[1]));
    return this;
  }

  /** The summary so far, as an immutable value. */
  public StaffCostSummary result() {
    return StaffCostSummary.fromSums(currency, sums);
  }

  private void add(StaffCostSummary.Cell cell, BigDecimal fte, BigDecimal cost) {
    BigDecimal[] s = sums.computeIfAbsent(cell, k -> new BigDecimal[] {BigDecimal.ZERO,
        BigDecimal.ZERO});
    s[0] = s[0].add(fte);
    s[1] = s[1].add(cost);
  }
}
