/**
 * Indicator achievement, performance ratings and roll-up through a results framework.
 *
 * <p>{@link org.rbmkit.kpi.achievement.AchievementCalculator} computes how far an indicator is from
 * its target for a period (progress from baseline to target by default, or actual ÷ target; bands,
 * categorical rules and cumulation), with every undefined case an explicit {@link
 * org.rbmkit.kpi.achievement.AchievementStatus}; {@link org.rbmkit.kpi.achievement.Pace} sets it
 * against the progress expected at a date; {@link org.rbmkit.kpi.achievement.RatingScheme} bands it
 * after a stated rounding; {@link org.rbmkit.kpi.achievement.RollupCalculator} rates every
 * indicator and rolls the ratings up through every result and level in one pass; {@link
 * org.rbmkit.kpi.achievement.ValueAccumulator} aggregates values (ratios by summing numerators and
 * denominators); {@link org.rbmkit.kpi.achievement.AchievementChecks} reports bad input. The rules
 * and their defaults are described in {@code docs/achievement.md}.
 */
package org.rbmkit.kpi.achievement;
