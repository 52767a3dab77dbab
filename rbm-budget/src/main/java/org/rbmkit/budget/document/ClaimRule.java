package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule under which a claim of the text is read: the computed figure is first rounded to a
 * multiple of {@code step} with {@code mode} (if a step is stated), then must lie within
 * {@code within} of the claimed figure.
 *
 * <pre>{@code
 * ClaimRule.parse("nearest 1 HALF_UP");               // "8 pour cent" for 7.95 %
 * ClaimRule.parse("within 1");                        // "environ 45 pour cent" for 45.54 %
 * ClaimRule.parse("nearest 1000 HALF_UP, within 1000");
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
public record ClaimRule(Optional<BigDecimal> step, RoundingMode mode, BigDecimal within) {

  private static final String NUMBER = "([0-9]{1,30}(?:\\.[0-9]{1,10})?)";
  private static final Pattern NEAREST = Pattern.compile("nearest " + NUMBER + " ([A-Z_]{2,11})");
  private static final Pattern WITHIN = Pattern.compile("within " + NUMBER);

  /** Validates and normalises the components. */
  public ClaimRule {
    checkNotNull(step, "step");
    checkNotNull(mode, "mode");
    checkNotNull(within, "within");
    step = step.map(Amounts::normalise);
    checkArgument(step.isEmpty() || step.get().signum() > 0, "rounding step %s must be positive",
        step.map(BigDecimal::toPlainString).orElse(""));
    checkArgument(step.isPresent() || mode == RoundingMode.UNNECESSARY,
        "rounding mode %s without a step", mode);
    checkArgument(within.signum() >= 0, "within %s is negative", within.toPlainString());
    within = Amounts.normalise(within);
  }

  /** Rounded to {@code step} with {@code mode}, then equal to the claim. */
  public static ClaimRule nearest(BigDecimal step, RoundingMode mode) {
    return new ClaimRule(Optional.of(step), mode, BigDecimal.ZERO);
  }

  /** Exact figure within {@code band} of the claim. */
  public static ClaimRule within(BigDecimal band) {
    return new ClaimRule(Optional.empty(), RoundingMode.UNNECESSARY, band);
  }

  /** This rule with a band after rounding. */
  public ClaimRule withBand(BigDecimal band) {
    return new ClaimRule(step, mode, band);
  }

  /**
   * Parses {@code nearest <step> <MODE>}, {@code within <band>} or
   * {@code nearest <step> <MODE>, within <band>}.
   *
   * @throws IllegalArgumentException quoting the input and the accepted forms
   */
  public static ClaimRule parse(CharSequence text) {
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
    checkArgument(ok,
        "claim rule \"%s\" is not \"nearest <step> <HALF_UP|HALF_EVEN|DOWN|…>\","
            + " \"within <band>\" or \"nearest <step> <MODE>, within <band>\"",
        s.length() > 60 ? s.substring(0, 57) + "..." : s);
    BigDecimal band = within.matches() ? new BigDecimal(within.group(1)) : BigDecimal.ZERO;
    if (!hasNearest) {
      return within(band);
    }
    return new ClaimRule(Optional.of(new BigDecimal(nearest.group(1))), mode, band);
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
