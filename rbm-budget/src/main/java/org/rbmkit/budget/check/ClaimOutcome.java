package org.rbmkit.budget.check;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbmkit.budget.document.Claim;
import org.rbmkit.core.money.Digits;

/**
 * How one claim of the text reads against the figures: what it states, what the figures give
 * under its rule, and whether it holds.
 *
 * <pre>{@code
 * ClaimOutcome o = check.claims(doc).get(0);
 * o.claim().id();     // "item-10-vs-approved"
 * o.exact();          // Optional[7.9487]: (29 470 − 27 300) / 27 300 × 100
 * o.read();           // Optional[8]: rounded under "nearest 1 HALF_UP"
 * o.holds();          // true
 * }</pre>
 *
 * <p>For a real change {@code stated} is the printed nominal figure and {@code read} the nominal
 * figure the stated rates give, rounded under the rule. Immutable and thread-safe.
 *
 * @param claim the claim
 * @param measure {@code %}, {@code count}, {@code FTE} or the currency code
 * @param stated the figure the text states (the printed figure for a real change)
 * @param read the figure the rule reads from the tables; empty when it is undefined (a change
 *     from zero, or an exact figure the rule's step cannot read)
 * @param exact the unrounded figure to 4 decimals, half-even; empty when the base is zero
 *     (figures are scale-normalised, so equal values are equal)
 * @param holds whether the claim holds under its rule
 * @param note how the figure was obtained, the rule, and the claim's text
 */
public record ClaimOutcome(
    Claim claim,
    String measure,
    BigDecimal stated,
    Optional<BigDecimal> read,
    Optional<BigDecimal> exact,
    boolean holds,
    String note) {

  /** Validates the components. */
  public ClaimOutcome {
    checkNotNull(claim, "claim");
    checkNotNull(measure, "measure");
    checkNotNull(stated, "stated");
    checkNotNull(read, "read");
    checkNotNull(exact, "exact");
    checkNotNull(note, "note");
    stated = Digits.normalise(stated);
    read = read.map(Digits::normalise);
    exact = exact.map(Digits::normalise);
  }


  /** The finding when the claim does not hold; empty when it holds. */
  public Optional<Finding> finding() {
    if (holds) {
      return Optional.empty();
    }
    Finding.Kind kind = claim.kind() == Claim.Kind.PERCENTAGE_CHANGE
        || claim.kind() == Claim.Kind.SHARE ? Finding.Kind.PERCENTAGE_CLAIM : Finding.Kind.CLAIM;
    return Optional.of(
        new Finding(kind, "text", claim.id(), claim.column(), measure, stated, read, note));
  }
}
