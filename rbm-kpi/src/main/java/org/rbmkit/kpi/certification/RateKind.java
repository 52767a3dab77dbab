package org.rbmkit.kpi.certification;

import org.rbmkit.core.text.Coded;

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
