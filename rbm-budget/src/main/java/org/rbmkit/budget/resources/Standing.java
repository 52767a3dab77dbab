package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A result's achievement next to its spending, classified by an {@link ExecutionRule}.
 *
 * <pre>{@code
 * Standing s = ExecutionRule.DEFAULT.classify(execution, "off-track");
 * s.code();   // "off-track/over-spent"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param execution the result's execution
 * @param rating the achievement rating code the classification read
 * @param achievement the rating as the rule reads it
 * @param spending the spending against the elapsed share
 */
public record Standing(
    Execution execution, String rating, AchievementClass achievement, SpendingStatus spending) {

  /** Validates the components. */
  public Standing {
    checkNotNull(execution, "execution");
    checkNotNull(rating, "rating");
    checkNotNull(achievement, "achievement");
    checkNotNull(spending, "spending");
  }

  /** {@code achievement/spending}, such as {@code on-track/under-spent}. */
  public String code() {
    return achievement.code() + "/" + spending.code();
  }

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

  /**
   * Spending against expectation: the execution rate compared with the share of the period elapsed,
   * within a tolerance.
   *
   * <pre>{@code
   * ExecutionRule.DEFAULT.spending(execution);   // UNDER_SPENT, AS_EXPECTED, OVER_SPENT, NO_BUDGET
   * }</pre>
   */
  public enum SpendingStatus {
    /** The execution rate is below the elapsed share by more than the tolerance. */
    UNDER_SPENT("under-spent"),
    /** The execution rate is within the tolerance of the elapsed share. */
    AS_EXPECTED("as-expected"),
    /** The execution rate is above the elapsed share by more than the tolerance. */
    OVER_SPENT("over-spent"),
    /** There is no budget, so no rate. */
    NO_BUDGET("no-budget");

    private final String code;

    SpendingStatus(String code) {
      this.code = code;
    }

    /** The stable code used in JSON and tables, such as {@code under-spent}. */
    public String code() {
      return code;
    }
  }
}
