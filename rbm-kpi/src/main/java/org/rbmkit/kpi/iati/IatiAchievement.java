package org.rbmkit.kpi.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.kpi.achievement.Achievement;
import org.rbmkit.kpi.achievement.AchievementCalculator;

/**
 * The achievement of an imported IATI indicator, for one disaggregation and one target period.
 *
 * <pre>{@code
 * AchievementCalculator calc = new AchievementCalculator(AchievementPolicy.DEFAULT);
 * for (IatiAchievement a : IatiAchievement.of(activities, calc, "en")) {
 *   System.out.println(a);
 *   // activity AA-AAA-123456789-ABC123 result[1] indicator[1] {age=adult, sex=female}
 *   //   2013-01-01/2013-03-31: baseline-equals-target
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the activity, result, indicator and disaggregation
 * @param achievement the achievement for one target period of that disaggregation
 */
public record IatiAchievement(IndicatorSource source, Achievement achievement) {

  /** Checks the components. */
  public IatiAchievement {
    checkNotNull(source, "source");
    checkNotNull(achievement, "achievement");
  }

  /**
   * The achievement of every imported indicator ({@link ImportedIndicator#of}) for every period it
   * has a target for, in document order, in one pass over the activities. An indicator or
   * disaggregation without a target has no entry here (it has no period to be measured for); the
   * portfolio roll-up ({@link IatiPortfolio}) counts it as not rated. Empty for activities without
   * results.
   *
   * @param activities the imported activities
   * @param calculator the calculator, with its policy (method, missing baseline, over-achievement)
   * @param defaultLanguage the language of narratives when neither they nor the activity state one
   * @throws IllegalArgumentException naming the activity, result and indicator when one cannot be
   *     converted
   */
  public static ImmutableList<IatiAchievement> of(
      Iterable<IatiActivity> activities, AchievementCalculator calculator, String defaultLanguage) {
    checkNotNull(activities, "activities");
    checkNotNull(calculator, "calculator");
    checkNotNull(defaultLanguage, "defaultLanguage");
    ImmutableList.Builder<IatiAchievement> out = ImmutableList.builder();
    for (IatiActivity activity : activities) {
      for (ImportedIndicator i : ImportedIndicator.of(activity, defaultLanguage)) {
        for (Achievement a : calculator.achievements(i.indicator())) {
          out.add(new IatiAchievement(i.source(), a));
        }
      }
    }
    return out.build();
  }

  /** {@code activity AA-1 result[1] indicator[1] 2013-01-01/2013-03-31: measured}. */
  @Override
  public String toString() {
    return source + " " + achievement.period() + ": " + achievement.status().code();
  }
}
