package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * Funding secured for a result from a fund in a column: received or firmly pledged.
 *
 * <pre>{@code
 * new SecuredFunding("3", "xbdc", "2024-25-proposal", new BigDecimal("1200"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param result the result's code in the framework
 * @param fund the fund's code in the budget
 * @param column the budget column
 * @param amount the amount in the document's unit; not negative
 */
public record SecuredFunding(String result, String fund, String column, BigDecimal amount) {

  /** Validates the components. */
  public SecuredFunding {
    Codes.code(result, "result of secured funding");
    Codes.code(fund, "fund of secured funding for " + result);
    Codes.code(column, "column of secured funding for " + result);
    checkNotNull(amount, "amount of secured funding for %s", result);
    checkArgument(amount.signum() >= 0, "secured funding for %s from %s: amount %s is negative",
        result, fund, amount.toPlainString());
    amount = Codes.normalise(amount);
  }
}
