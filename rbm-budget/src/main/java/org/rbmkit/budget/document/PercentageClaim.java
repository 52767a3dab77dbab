package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage change stated in the text about an item ("environ 64 pour cent"), with the rule
 * under which it is read.
 *
 * <pre>{@code
 * new PercentageClaim("item-12-vs-approved", 12, "2022-23-budget", "2024-25-proposal",
 *     new BigDecimal("64"), 0, RoundingMode.HALF_UP,
 *     "supérieur d'environ 64 pour cent au budget approuvé");
 * }</pre>
 *
 * <p>The claim holds when {@code (to - from) / from × 100}, rounded to {@code decimals} places
 * with {@code rounding}, equals {@code claimedPercent}; a decrease is a negative claim.
 * Immutable and thread-safe.
 *
 * @param id the claim's identifier, unique in the document
 * @param item the item whose total changes
 * @param from the base column
 * @param to the compared column
 * @param claimedPercent the percentage stated, signed
 * @param decimals the decimal places the text rounds to
 * @param rounding how the text is taken to round
 * @param text the wording of the claim
 */
public record PercentageClaim(
    String id,
    int item,
    String from,
    String to,
    BigDecimal claimedPercent,
    int decimals,
    RoundingMode rounding,
    String text) {

  /** Validates the components. */
  public PercentageClaim {
    Amounts.code(id, "claim id");
    checkArgument(item >= 1, "claim %s: item number %s must be at least 1", id, item);
    Amounts.code(from, "from column of claim " + id);
    Amounts.code(to, "to column of claim " + id);
    checkNotNull(claimedPercent, "claimedPercent of claim %s", id);
    checkArgument(decimals >= 0 && decimals <= 10, "claim %s: decimals %s not in 0..10", id,
        decimals);
    checkNotNull(rounding, "rounding of claim %s", id);
    Amounts.text(text, "text of claim " + id);
    claimedPercent = Amounts.normalise(claimedPercent);
  }
}
