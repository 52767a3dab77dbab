package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rbmkit.core.fund.FinancingInstrument;

/**
 * The financing instrument of one of the budget's funds, for the data-cube view.
 *
 * <pre>{@code
 * new FundInstrument("xbdc", FinancingInstrument.EARMARKED_PROJECT);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param fund the fund's code in the budget
 * @param instrument its financing instrument, which must fit the fund's kind
 */
public record FundInstrument(String fund, FinancingInstrument instrument) {

  /** Validates the components. */
  public FundInstrument {
    Codes.code(fund, "fund of instrument");
    checkNotNull(instrument, "instrument of fund %s", fund);
  }
}
