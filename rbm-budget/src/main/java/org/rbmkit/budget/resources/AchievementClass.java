package org.rbmkit.budget.resources;

/**
 * The achievement side of a result's standing: on track, off track or not rated, as an
 * {@link ExecutionRule} reads a rating code.
 *
 * <pre>{@code
 * ExecutionRule.DEFAULT.achievement("at-risk");   // OFF_TRACK
 * }</pre>
 */
public enum AchievementClass {
  /** A rating the rule counts as on track. */
  ON_TRACK("on-track"),
  /** Any other rating. */
  OFF_TRACK("off-track"),
  /** A rating that marks an undefined achievement. */
  NOT_RATED("not-rated");

  private final String code;

  AchievementClass(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code on-track}. */
  public String code() {
    return code;
  }
}
