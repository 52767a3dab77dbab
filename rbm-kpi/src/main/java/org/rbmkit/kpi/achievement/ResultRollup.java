package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;

/**
 * The roll-up of one result: its own indicators' ratings, the tally of every indicator in its
 * subtree, and its rating under the roll-up rule.
 *
 * <pre>{@code
 * ResultRollup o3 = rollup.result("3");
 * o3.subtree().count(Rating.ON_TRACK);   // 2
 * o3.rating();                            // Rating.OFF_TRACK under RollupRule.WORST
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the result's code
 * @param level the result's level
 * @param title the result's title
 * @param indicators the ratings of the result's own indicators, in order
 * @param subtree the tally of the result's indicators and those of every result under it
 * @param rating the rating of the subtree under the roll-up rule; {@link Rating#NOT_RATED} when no
 *     indicator in it is rated
 * @param childCodes the codes of the results directly under this one
 */
public record ResultRollup(
    String code,
    ResultLevel level,
    LocalizedText title,
    ImmutableList<IndicatorRating> indicators,
    RatingTally subtree,
    Rating rating,
    ImmutableList<String> childCodes) {

  /** Checks the components and copies the lists. */
  public ResultRollup {
    checkNotNull(code, "code");
    checkNotNull(level, "level");
    checkNotNull(title, "title");
    indicators = ImmutableList.copyOf(checkNotNull(indicators, "indicators"));
    checkNotNull(subtree, "subtree");
    checkNotNull(rating, "rating");
    childCodes = ImmutableList.copyOf(checkNotNull(childCodes, "childCodes"));
  }

  /** {@code outcome 3: off-track {on-track=2, off-track=1}}. */
  @Override
  public String toString() {
    return level.code() + " " + code + ": " + rating + " " + subtree;
  }
}
