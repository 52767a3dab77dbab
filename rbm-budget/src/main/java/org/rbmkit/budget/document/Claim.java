package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A statement of the text about the figures, with the rule under which it is read: a percentage
 * or absolute change, an amount, a real (inflation-adjusted) change, a share or a count.
 *
 * <pre>{@code
 * // "la contribution nette devrait diminuer de 590 000 euros" (seed 003 l.4762)
 * new Claim("item-12-590k", ClaimKind.ABSOLUTE_CHANGE, FigureRef.parse("item-12"),
 *     Optional.empty(), Optional.of("2022-23-forecast"), "2024-25-proposal",
 *     new BigDecimal("-590000"), Optional.empty(), Optional.empty(),
 *     ClaimRule.parse("within 1000"), "diminuer de 590 000 euros");
 * }</pre>
 *
 * <p>What is computed, in the claim's measure ({@link ClaimKind#measure()}):
 *
 * <ul>
 *   <li>percentage change: {@code (of[column] − of[from]) / of[from] × 100};
 *   <li>absolute change: {@code of[column] − of[from]} in the currency;
 *   <li>amount: {@code of[column] / per} ({@code per} 2 turns a biennial figure into an annual
 *       one);
 *   <li>share: {@code of[column] / whole[column] × 100};
 *   <li>count: {@code of[column] / per} (FTE per post);
 *   <li>real change: the expected nominal figure {@code of[from] × (1 + inflation/100) × (1 +
 *       claimed/100)}, compared with the printed {@code of[column]}; {@code claimed} is the real
 *       rate in per cent, 0 for zero real growth.
 * </ul>
 *
 * <p>The computed figure is read under {@code rule}: rounded to its step, then within its band.
 * A claim whose figure the rule can never produce (4.6 claimed under rounding to whole per
 * cent) is rejected. Immutable and thread-safe.
 *
 * @param id the claim's identifier, unique in the document
 * @param kind what is claimed
 * @param of the figure the claim is about
 * @param whole the figure a share is taken of (shares only)
 * @param from the base column (changes only)
 * @param column the column the claim is about (the compared column of a change)
 * @param claimed the figure stated, signed (a decrease is negative); the real rate in per cent
 *     for a real change
 * @param inflation the inflation rate in per cent (real changes only): {@code 4.6}
 * @param per the divisor of an amount or count, positive (amounts and counts only)
 * @param rule how the computed figure is read against the claim
 * @param text the wording of the claim
 */
public record Claim(
    String id,
    ClaimKind kind,
    FigureRef of,
    Optional<FigureRef> whole,
    Optional<String> from,
    String column,
    BigDecimal claimed,
    Optional<BigDecimal> inflation,
    Optional<BigDecimal> per,
    ClaimRule rule,
    String text) {

  /** Validates the components and the combination the kind requires. */
  public Claim {
    Amounts.code(id, "claim id");
    checkNotNull(kind, "kind of claim %s", id);
    checkNotNull(of, "figure of claim %s", id);
    checkNotNull(whole, "whole of claim %s", id);
    checkNotNull(from, "from of claim %s", id);
    from.ifPresent(f -> Amounts.code(f, "from column of claim " + id));
    Amounts.code(column, "column of claim " + id);
    checkNotNull(claimed, "claimed figure of claim %s", id);
    checkNotNull(inflation, "inflation of claim %s", id);
    checkNotNull(per, "per of claim %s", id);
    checkNotNull(rule, "rule of claim %s", id);
    Amounts.text(text, "text of claim " + id);
    checkArgument(from.isPresent() == kind.isChange(),
        "claim %s: %s", id, kind.isChange() ? "a " + kind.code() + " claim needs a from column"
            : "only a change has a from column");
    checkArgument(whole.isPresent() == (kind == ClaimKind.SHARE),
        "claim %s: %s", id, kind == ClaimKind.SHARE ? "a share needs a whole"
            : "only a share has a whole");
    checkArgument(inflation.isPresent() == (kind == ClaimKind.REAL_CHANGE),
        "claim %s: %s", id, kind == ClaimKind.REAL_CHANGE ? "a real change needs an inflation"
            + " rate" : "only a real change has an inflation rate");
    checkArgument(per.isEmpty() || kind == ClaimKind.AMOUNT || kind == ClaimKind.COUNT,
        "claim %s: only an amount or a count has a divisor per", id);
    checkArgument(per.isEmpty() || per.get().signum() > 0, "claim %s: per %s is not positive",
        id, per.map(BigDecimal::toPlainString).orElse(""));
    inflation.ifPresent(i -> checkArgument(i.compareTo(BigDecimal.valueOf(-100)) > 0,
        "claim %s: inflation %s%% must be above -100", id, i.toPlainString()));
    claimed = Amounts.normalise(claimed);
    inflation = inflation.map(Amounts::normalise);
    per = per.map(Amounts::normalise);
    checkArgument(kind == ClaimKind.REAL_CHANGE || rule.canYield(claimed),
        "claim %s: claimed %s can never result from rule \"%s\": its precision contradicts the"
            + " rule's step", id, claimed.toPlainString(), rule);
  }

  /**
   * A percentage change of a main-table item read by rounding to {@code decimals} places: the
   * form of the earliest budget documents ({@code claimedPercent}, {@code decimals},
   * {@code rounding}).
   */
  public static Claim percentageChange(String id, int item, String from, String to,
      BigDecimal claimedPercent, int decimals, RoundingMode rounding, String text) {
    checkArgument(decimals >= 0 && decimals <= 10, "claim %s: decimals %s not in 0..10", id,
        decimals);
    return new Claim(id, ClaimKind.PERCENTAGE_CHANGE, FigureRef.main(TotalKey.item(item)),
        Optional.empty(), Optional.of(from), to, claimedPercent, Optional.empty(),
        Optional.empty(), ClaimRule.nearest(BigDecimal.ONE.movePointLeft(decimals), rounding),
        text);
  }
}
