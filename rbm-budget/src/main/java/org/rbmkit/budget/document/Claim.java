package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rbmkit.core.text.Coded;
import org.rbmkit.core.text.Shown;

/**
 * A statement of the text about the figures, with the rule under which it is read: a percentage
 * or absolute change, an amount, a real (inflation-adjusted) change, a share or a count.
 *
 * <pre>{@code
 * // "la contribution nette devrait diminuer de 590 000 euros" (seed 003 l.4762)
 * new Claim("item-12-590k", Kind.ABSOLUTE_CHANGE, FigureRef.parse("item-12"),
 *     Optional.empty(), Optional.of("2022-23-forecast"), "2024-25-proposal",
 *     new BigDecimal("-590000"), Optional.empty(), Optional.empty(),
 *     Rule.parse("within 1000"), "diminuer de 590 000 euros");
 * }</pre>
 *
 * <p>What is computed, in the claim's measure ({@link Kind#measure()}):
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
    Kind kind,
    FigureRef of,
    Optional<FigureRef> whole,
    Optional<String> from,
    String column,
    BigDecimal claimed,
    Optional<BigDecimal> inflation,
    Optional<BigDecimal> per,
    Rule rule,
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
    checkArgument(whole.isPresent() == (kind == Kind.SHARE),
        "claim %s: %s", id, kind == Kind.SHARE ? "a share needs a whole"
            : "only a share has a whole");
    checkArgument(inflation.isPresent() == (kind == Kind.REAL_CHANGE),
        "claim %s: %s", id, kind == Kind.REAL_CHANGE ? "a real change needs an inflation"
            + " rate" : "only a real change has an inflation rate");
    checkArgument(per.isEmpty() || kind == Kind.AMOUNT || kind == Kind.COUNT,
        "claim %s: only an amount or a count has a divisor per", id);
    if (!(per.isEmpty() || per.get().signum() > 0)) {
      throw new IllegalArgumentException(
          lenientFormat(
              "claim %s: per %s is not positive",
              id,
              per.map(BigDecimal::toPlainString).orElse("")));
    }
    if (inflation.isPresent() && inflation.get().compareTo(BigDecimal.valueOf(-100)) <= 0) {
      throw new IllegalArgumentException(
          "claim " + id + ": inflation " + inflation.get().toPlainString()
              + "% must be above -100%");
    }
    claimed = Amounts.normalise(claimed);
    inflation = inflation.map(Amounts::normalise);
    per = per.map(Amounts::normalise);
    if (!(kind == Kind.REAL_CHANGE || rule.canYield(claimed))) {
      throw new IllegalArgumentException(
          lenientFormat(
              "claim %s: claimed %s can never result from rule \"%s\": its precision contradicts"
                  + " the rule's step",
              id,
              claimed.toPlainString(),
              rule));
    }
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
    return new Claim(id, Kind.PERCENTAGE_CHANGE, FigureRef.main(TotalKey.item(item)),
        Optional.empty(), Optional.of(from), to, claimedPercent, Optional.empty(),
        Optional.empty(), Rule.nearest(BigDecimal.ONE.movePointLeft(decimals), rounding),
        text);
  }

  /** What a claim of the text states about the figures. */
  public enum Kind implements Coded {
    /** {@code (to − from) / from × 100}, in per cent: "une diminution d'environ 7 pour cent". */
    PERCENTAGE_CHANGE("percentage-change", "%"),
    /** {@code to − from}, in the currency: "diminuer de 590 000 euros". */
    ABSOLUTE_CHANGE("absolute-change", null),
    /** A figure, optionally divided by {@code per}: "environ 1,07 million d'euros". */
    AMOUNT("amount", null),
    /**
     * Growth of a stated real rate over a stated inflation rate: the nominal figure must be
     * {@code from × (1 + inflation) × (1 + real)}; "croissance réelle nulle" claims a real rate 0.
     */
    REAL_CHANGE("real-change", null),
    /** A figure as a percentage of another: "environ 64 pour cent des dépenses fixes". */
    SHARE("share", "%"),
    /** A count obtained from a figure divided by {@code per}: "176 postes" = 352 FTE / 2. */
    COUNT("count", "count");

    private final String code;
    private final String measure;

    Kind(String code, String measure) {
      this.code = code;
      this.measure = measure;
    }

    /** The stable code used in JSON, such as {@code real-change}. */
    public String code() {
      return code;
    }

    /** Whether the claim compares two columns ({@code from} and {@code column}). */
    public boolean isChange() {
      return this == PERCENTAGE_CHANGE || this == ABSOLUTE_CHANGE || this == REAL_CHANGE;
    }

    /**
     * The measure of the claimed and compared figures: {@code %}, {@code count}, or empty for the
     * document's currency.
     */
    public java.util.Optional<String> measure() {
      return java.util.Optional.ofNullable(measure);
    }

    /**
     * The kind with the given code.
     *
     * @throws IllegalArgumentException naming the code and the accepted ones
     */
    public static Kind fromCode(String code) {
      return Coded.fromCode(Kind.class, code, "claim kind");
    }
  }

  /**
   * The rule under which a claim of the text is read: the computed figure is first rounded to a
   * multiple of {@code step} with {@code mode} (if a step is stated), then must lie within
   * {@code within} of the claimed figure.
   *
   * <pre>{@code
   * Rule.parse("nearest 1 HALF_UP");               // "8 pour cent" for 7.95 %
   * Rule.parse("within 1");                        // "environ 45 pour cent" for 45.54 %
   * Rule.parse("nearest 1000 HALF_UP, within 1000");
   * // zero real growth in a table in kEUR: 657 × 1.046 rounded to the kEUR, then ± one printed unit
   * }</pre>
   *
   * <p>A step is in the claim's measure: percentage points for a percentage ({@code 0.1} for one
   * decimal), units of the currency for an amount, units for a count. {@code parse(r.toString())}
   * equals {@code r}. Immutable and thread-safe.
   *
   * @param step the rounding step, or empty to compare the exact figure
   * @param mode how the computed figure is rounded to the step (ignored without a step;
   *     {@code UNNECESSARY} then)
   * @param within the accepted distance from the claimed figure, not negative
   */
  public record Rule(Optional<BigDecimal> step, RoundingMode mode, BigDecimal within) {

    private static final String NUMBER = "([0-9]{1,30}(?:\\.[0-9]{1,10})?)";
    private static final Pattern NEAREST = Pattern.compile("nearest " + NUMBER + " ([A-Z_]{2,11})");
    private static final Pattern WITHIN = Pattern.compile("within " + NUMBER);

    /** Validates and normalises the components. */
    public Rule {
      checkNotNull(step, "step");
      checkNotNull(mode, "mode");
      checkNotNull(within, "within");
      step = step.map(Amounts::normalise);
      if (!(step.isEmpty() || step.get().signum() > 0)) {
        throw new IllegalArgumentException(
            lenientFormat(
                "rounding step %s must be positive",
                step.map(BigDecimal::toPlainString).orElse("")));
      }
      checkArgument(step.isPresent() || mode == RoundingMode.UNNECESSARY,
          "rounding mode %s without a step", mode);
      if (within.signum() < 0) {
        throw new IllegalArgumentException(
            lenientFormat(
                "within %s is negative",
                within.toPlainString()));
      }
      within = Amounts.normalise(within);
    }

    /** Rounded to {@code step} with {@code mode}, then equal to the claim. */
    public static Rule nearest(BigDecimal step, RoundingMode mode) {
      return new Rule(Optional.of(step), mode, BigDecimal.ZERO);
    }

    /** Exact figure within {@code band} of the claim. */
    public static Rule within(BigDecimal band) {
      return new Rule(Optional.empty(), RoundingMode.UNNECESSARY, band);
    }

    /** This rule with a band after rounding. */
    public Rule withBand(BigDecimal band) {
      return new Rule(step, mode, band);
    }

    /**
     * Parses {@code nearest <step> <MODE>}, {@code within <band>} or
     * {@code nearest <step> <MODE>, within <band>}.
     *
     * @throws IllegalArgumentException quoting the input and the accepted forms
     */
    public static Rule parse(CharSequence text) {
      checkNotNull(text, "text");
      String s = text.toString();
      String[] parts = s.split(", ", -1);
      Matcher nearest = NEAREST.matcher(parts[0]);
      Matcher within = WITHIN.matcher(parts[parts.length - 1]);
      boolean hasNearest = nearest.matches();
      RoundingMode mode = RoundingMode.UNNECESSARY;
      boolean ok = parts.length == 1 ? hasNearest || within.matches()
          : parts.length == 2 && hasNearest && within.matches();
      if (ok && hasNearest) {
        try {
          mode = RoundingMode.valueOf(nearest.group(2));
        } catch (IllegalArgumentException e) {
          ok = false;
        }
      }
      if (!ok) {
        throw new IllegalArgumentException(
            lenientFormat(
                "claim rule \"%s\" is not \"nearest <step> <HALF_UP|HALF_EVEN|DOWN|…>\","
                    + " \"within <band>\" or \"nearest <step> <MODE>, within <band>\"",
                Shown.value(s)));
      }
      BigDecimal band = within.matches() ? new BigDecimal(within.group(1)) : BigDecimal.ZERO;
      if (!hasNearest) {
        return within(band);
      }
      return new Rule(Optional.of(new BigDecimal(nearest.group(1))), mode, band);
    }

    /**
     * Whether a claimed figure can be what this rule produces: with a step and no band, the claim
     * must be a multiple of the step ("4.6" can never come out of rounding to whole per cent).
     */
    public boolean canYield(BigDecimal claimed) {
      checkNotNull(claimed, "claimed");
      if (step.isEmpty() || within.signum() > 0) {
        return true;
      }
      return claimed.remainder(step.get()).signum() == 0;
    }

    /** {@code nearest 1 HALF_UP}, {@code within 1} or {@code nearest 1000 HALF_UP, within 1000}. */
    @Override
    public String toString() {
      if (step.isEmpty()) {
        return "within " + within.toPlainString();
      }
      String nearest = "nearest " + step.get().toPlainString() + " " + mode;
      return within.signum() == 0 ? nearest : nearest + ", within " + within.toPlainString();
    }
  }
}
