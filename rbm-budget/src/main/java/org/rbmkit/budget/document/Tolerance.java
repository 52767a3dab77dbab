package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rbmkit.core.text.Shown;

/**
 * How far a printed figure may be from the figure recomputed from its components before the
 * difference is a finding: a fixed band, or the drift that rounding each printed figure allows.
 *
 * <pre>{@code
 * Tolerance.parse("within 1000");    // |printed − computed| ≤ EUR 1 000
 * Tolerance.parse("rounded 1000");   // every figure rounded to 1 000: n terms drift ≤ n × 500
 * }</pre>
 *
 * <p>Under {@code rounded s} every figure of the table is taken as rounded to a multiple of
 * {@code s}, so it is at most {@code s/2} from its unrounded value. A printed total compared with
 * the sum of {@code n} printed terms may then differ by up to {@code (n + 1) × s/2}: {@code s/2}
 * for the total itself and {@code s/2} for each term. A cross-reference between two tables adds
 * the drift of each side, each side by its own table's rule. Amounts are in units of the
 * document's currency. {@code parse(t.toString())} equals {@code t}. Immutable and thread-safe.
 *
 * @param rounded whether the amount is a rounding step rather than a fixed band
 * @param amount the band or the rounding step, not negative (a step is positive)
 */
public record Tolerance(boolean rounded, BigDecimal amount) {

  private static final Pattern FORM = Pattern.compile("(within|rounded) ([0-9]{1,30}(\\.[0-9]{1,10})?)");

  /** Validates and normalises the amount. */
  public Tolerance {
    checkNotNull(amount, "amount");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(
          lenientFormat(
              "tolerance %s is negative",
              amount.toPlainString()));
    }
    checkArgument(!rounded || amount.signum() > 0, "rounding step must be positive");
    amount = Amounts.normalise(amount);
  }

  /** A fixed band: differences up to {@code amount} in absolute value are accepted. */
  public static Tolerance within(BigDecimal amount) {
    return new Tolerance(false, amount);
  }

  /** Figures rounded to multiples of {@code step}: the accepted drift grows with the terms. */
  public static Tolerance rounded(BigDecimal step) {
    return new Tolerance(true, step);
  }

  /**
   * Parses {@code within 1000} or {@code rounded 1000}.
   *
   * @throws IllegalArgumentException quoting the input and the accepted forms
   */
  public static Tolerance parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          lenientFormat(
              "tolerance \"%s\" is not \"within <amount>\" or \"rounded <step>\"",
              Shown.value(s)));
    }
    BigDecimal amount = new BigDecimal(m.group(2));
    return m.group(1).equals("rounded") ? rounded(amount) : within(amount);
  }

  /**
   * The largest rounding error of one figure under this rule: half the step for {@code rounded},
   * zero for a fixed band (which does not describe the figures, only the comparison).
   */
  public BigDecimal slackPerFigure() {
    return rounded ? amount.divide(BigDecimal.valueOf(2)) : BigDecimal.ZERO;
  }

  /** {@code within 1000} or {@code rounded 1000}. */
  @Override
  public String toString() {
    return (rounded ? "rounded " : "within ") + amount.toPlainString();
  }
}
