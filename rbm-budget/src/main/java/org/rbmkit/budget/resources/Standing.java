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
}
