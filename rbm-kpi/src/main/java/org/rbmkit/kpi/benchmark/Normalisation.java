package org.rbmkit.kpi.benchmark;

import org.rbmkit.core.text.Coded;

/**
 * How a composite score puts metrics on one scale before weighting them; both are
 * direction-aware, so that a higher normalised value is always better.
 *
 * <ul>
 *   <li>{@link #MIN_MAX}: {@code (x - worst) / (best - worst)}, from 0 (worst) to 1 (best);
 *   <li>{@link #Z_SCORE}: the population z-score {@code (x - mean) / sd}, negated for a
 *       lower-is-better metric.
 * </ul>
 *
 * <p>A metric whose values are all equal cannot tell entities apart: both normalisations give 0
 * to every entity for it, and the composite result lists it as degenerate.
 */
public enum Normalisation implements Coded {
  /** Rescaled to 0 (worst) … 1 (best). */
  MIN_MAX("min-max"),
  /** Population z-score, sign flipped for lower-is-better metrics. */
  Z_SCORE("z-score");

  private final String code;

  Normalisation(String code) {
    this.code = code;
  }

  /** The stable code used in JSON and reports, such as {@code min-max}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static Normalisation fromCode(String code) {
    return Coded.fromCode(Normalisation.class, code, "normalisation");
  }

  @Override
  public String toString() {
    return code;
  }
}
