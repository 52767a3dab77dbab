package org.rbmkit.kpi.certification;

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
import org.rbmkit.kpi.certification.StageCounts;

/**
 * A rate of a named kind, kept as its exact numerator and denominator.
 *
 * <pre>{@code
 * Rate r = StageCounts.of(130, 125, 125, 97).accessedPerEarned();   // uptake 97/125
 * r.percent(1, RoundingMode.HALF_UP);           // Optional[77.6]
 * r.format(1, RoundingMode.HALF_UP);            // "77.6 % (97 ÷ 125, half-up to 1 decimal)"
 * r.wilson95().orElseThrow().format(1, RoundingMode.HALF_UP);   // "[69.5 %, 84.0 %]"
 * Rate.parse("uptake 97/125").equals(r);        // true
 * }</pre>
 *
 * <p>The value is never stored as a decimal: it is computed, and rounded only by an explicit
 * rule, when asked. A zero denominator is the explicit "no data" state ({@link #isNoData()}):
 * the value, percentage and interval are then empty, never NaN and never an exception. Rates of
 * unions of groups come from summed counts ({@link StageCounts#plus}), never from averaged rates.
 * Immutable and thread-safe; {@code toString()} is the canonical form read by {@link #parse}.
 *
 * @param kind which rate, hence which stages the numerator and denominator count
 * @param numerator how many reached {@code kind.numerator()}
 * @param denominator how many reached {@code kind.denominator()}
 */
public record Rate(RateKind kind, long numerator, long denominator) {

  private static final Pattern CANONICAL = Pattern.compile("([a-z]+) ([0-9]{1,18})/([0-9]{1,18})");

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative or the numerator exceeds the
   *     denominator
   */
  public Rate {
    checkNotNull(kind, "kind");
    checkArgument(numerator >= 0, "numerator %s is negative", numerator);
    checkArgument(
        numerator <= denominator,
        "numerator %s exceeds denominator %s for %s (%s)",
        numerator,
        denominator,
        kind,
        kind.label());
  }

  /**
   * Parses the canonical form, {@code uptake 97/125}.
   *
   * @throws IllegalArgumentException quoting the input and the accepted form
   */
  public static Rate parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    Matcher m = CANONICAL.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          lenientFormat(
              "cannot parse rate \"%s\": expected KIND NUMERATOR/DENOMINATOR, as in uptake 97/125,"
                  + " KIND one of completion, certification, uptake",
              Shown.value(s)));
    }
    return new Rate(
        RateKind.fromCode(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
  }

  /** Whether the denominator is zero: nothing to rate. */
  public boolean isNoData() {
    return denominator == 0;
  }

  /**
   * The rate as a fraction of one, rounded to {@code scale} decimals by the given rule; empty when
   * there is no data.
   */
  public Optional<BigDecimal> fraction(int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    if (isNoData()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, rounding));
  }

  /**
   * The rate in percent, rounded to {@code scale} decimals by the given rule; empty when there is
   * no data.
   */
  public Optional<BigDecimal> percent(int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    if (isNoData()) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(numerator)
            .movePointRight(2)
            .divide(BigDecimal.valueOf(denominator), scale, rounding));
  }

  /**
   * Compares the exact rate with a percentage, without rounding: negative if below, zero if
   * equal, positive if above; empty when there is no data.
   */
  public Optional<Integer> compareToPercent(BigDecimal percent) {
    checkNotNull(percent, "percent");
    if (isNoData()) {
      return Optional.empty();
    }
    BigDecimal lhs = BigDecimal.valueOf(numerator).movePointRight(2);
    BigDecimal rhs = percent.multiply(BigDecimal.valueOf(denominator));
    return Optional.of(Integer.signum(lhs.compareTo(rhs)));
  }

  /** The 95 % Wilson score interval of the rate; empty when there is no data. */
  public Optional<WilsonInterval> wilson95() {
    return isNoData()
        ? Optional.empty()
        : Optional.of(WilsonInterval.of95(numerator, denominator));
  }

  /**
   * The rate for a report, stating its rounding: {@code 77.6 % (97 ÷ 125, half-up to 1
   * decimal)}, or {@code no data (0 ÷ 0)}.
   */
  public String format(int decimals, RoundingMode rounding) {
    checkArgument(decimals >= 0, "decimals %s is negative", decimals);
    if (isNoData()) {
      return "no data (" + numerator + " ÷ 0)";
    }
    return percent(decimals, rounding).orElseThrow().toPlainString()
        + " % ("
        + numerator
        + " ÷ "
        + denominator
        + ", "
        + roundingWords(decimals, rounding)
        + ")";
  }

  static String roundingWords(int decimals, RoundingMode rounding) {
    return rounding.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
        + " to "
        + decimals
        + (decimals == 1 ? " decimal" : " decimals");
  }

  /** The canonical form, {@code uptake 97/125}. */
  @Override
  public String toString() {
    return kind.code() + " " + numerator + "/" + denominator;
  }

  /**
   * The three rates of learning activities, each named by its numerator and denominator so that
   * one cannot be mistaken for another.
   *
   * <p>Seed 003 calls two different ratios "taux de certification": participants receiving a
   * certificate among participants (l.2400–2401), and participants who access the credential
   * among those who earned it (l.2410–2411). Here they are {@link #CERTIFICATION} and
   * {@link #UPTAKE}; {@link #COMPLETION} is the "taux d'achèvement" of l.2517.
   *
   * <pre>{@code
   * RateKind.UPTAKE.numerator();     // CREDENTIAL_ACCESSED
   * RateKind.UPTAKE.denominator();   // CREDENTIAL_EARNED
   * RateKind.UPTAKE.label();         // "credential accessed ÷ credential earned"
   * }</pre>
   *
   * <p>Codes are stable; never persist {@code ordinal()}.
   */
  public enum RateKind implements Coded {
    /** Completion rate: completed ÷ enrolled. */
    COMPLETION("completion", Stage.COMPLETED, Stage.ENROLLED),
    /** Certification rate: credential earned ÷ enrolled. */
    CERTIFICATION("certification", Stage.CREDENTIAL_EARNED, Stage.ENROLLED),
    /** Uptake rate: credential accessed ÷ credential earned. */
    UPTAKE("uptake", Stage.CREDENTIAL_ACCESSED, Stage.CREDENTIAL_EARNED);

    private final String code;
    private final Stage numerator;
    private final Stage denominator;

    RateKind(String code, Stage numerator, Stage denominator) {
      this.code = code;
      this.numerator = numerator;
      this.denominator = denominator;
    }

    /** The stable code, such as {@code uptake}. */
    public String code() {
      return code;
    }

    /** The stage counted in the numerator. */
    public Stage numerator() {
      return numerator;
    }

    /** The stage counted in the denominator. */
    public Stage denominator() {
      return denominator;
    }

    /** The ratio in words, such as {@code completed ÷ enrolled}. */
    public String label() {
      return words(numerator) + " ÷ " + words(denominator);
    }

    private static String words(Stage s) {
      return s.code().replace('-', ' ');
    }

    /**
     * The kind with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static RateKind fromCode(String code) {
      return Coded.fromCode(RateKind.class, code, "rate kind");
    }

    /** The code. */
    @Override
    public String toString() {
      return code;
    }
  }
}
