package org.rbmkit.kpi.achievement;

import org.rbmkit.core.text.Coded;

/**
 * What a rating scheme bands: the achievement itself, or the achievement against the progress
 * expected at a date.
 *
 * <pre>{@code
 * RatingScheme.TIME_PACED.basis();   // PACE
 * }</pre>
 */
public enum RatingBasis implements Coded {
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

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static RatingBasis fromCode(String code) {
    return Coded.fromCode(RatingBasis.class, code, "rating basis");
  }
}
