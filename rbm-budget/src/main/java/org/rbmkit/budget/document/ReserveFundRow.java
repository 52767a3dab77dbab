package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * One reserve fund's movement over a period, as printed: opening balance, additions, use and
 * closing balance.
 *
 * <pre>{@code
 * new ReserveFundRow("innovation", "Fonds d'innovation", 26,
 *     new BigDecimal("587000"), new BigDecimal("400000"), new BigDecimal("200000"),
 *     new BigDecimal("787000"));
 * }</pre>
 *
 * <p>Use is written as a positive figure (the table prints it in parentheses). Immutable and
 * thread-safe.
 *
 * @param fund the fund's code
 * @param label the fund's name as printed
 * @param item the main-table item that finances the additions (an institutional investment)
 * @param opening the balance at the start
 * @param additions the additions during the period
 * @param use the use during the period, positive
 * @param closing the balance at the end, as printed
 */
public record ReserveFundRow(
    String fund,
    String label,
    int item,
    BigDecimal opening,
    BigDecimal additions,
    BigDecimal use,
    BigDecimal closing) {

  /** Validates the components. */
  public ReserveFundRow {
    Amounts.code(fund, "reserve fund code");
    Amounts.text(label, "label of reserve fund " + fund);
    checkArgument(item >= 1, "reserve fund %s: item number %s must be at least 1", fund, item);
    checkNotNull(opening, "opening of reserve fund %s", fund);
    checkNotNull(additions, "additions of reserve fund %s", fund);
    checkNotNull(use, "use of reserve fund %s", fund);
    checkNotNull(closing, "closing of reserve fund %s", fund);
    checkArgument(
        additions.signum() >= 0, "reserve fund %s: additions %s are negative", fund, additions);
    checkArgument(use.signum() >= 0, "reserve fund %s: use %s is negative", fund, use);
    opening = Amounts.normalise(opening);
    additions = Amounts.normalise(additions);
    use = Amounts.normalise(use);
    closing = Amounts.normalise(closing);
  }
}
