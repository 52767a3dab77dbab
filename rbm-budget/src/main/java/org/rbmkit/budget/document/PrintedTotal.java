package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A derived figure as the table prints it, per column: kept only to be checked, never used to
 * compute.
 *
 * <pre>{@code
 * new PrintedTotal(TotalKey.of(Aggregate.NET_AVAILABLE), "Contribution nette totale disponible",
 *     Map.of("2024-25-proposal", new BigDecimal("60535")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param total which derived figure this is
 * @param label the label as printed
 * @param amounts printed figure per column code, in the document's unit
 */
public record PrintedTotal(TotalKey total, String label, Map<String, BigDecimal> amounts) {

  /** Validates the components and copies the amounts. */
  public PrintedTotal {
    checkNotNull(total, "total");
    Amounts.text(label, "label of printed total " + total);
    amounts = Amounts.copy(amounts, "printed total " + total);
  }

}
