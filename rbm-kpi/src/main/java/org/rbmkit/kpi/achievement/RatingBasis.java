package org.rbmkit.kpi.achievement;

/**
 * What a rating scheme bands: the achievement itself, or the achievement against the progress
 * expected at a date.
 *
 * <pre>{@code
 * RatingScheme.TIME_PACED.basis();   // PACE
 * }</pre>
 */
public enum RatingBasis {
  /** The achievement, 100 % for the whole target. */
  ACHIEVEMENT("achievement"),
  /** The achievement divided by the share expected at the date ({@link Pace}), 100 % on pace. */
  PACE("pace");

  private final String code;

  RatingBasis(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code pace}. */
  public String code() {
    return code;
  }
}
