package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules an {@link AchievementCalculator} applies where practice differs.
 *
 * <pre>{@code
 * AchievementPolicy p = AchievementPolicy.DEFAULT               // progress, require baseline, keep
 *     .withMethod(AchievementMethod.RATIO_TO_TARGET)
 *     .withOverAchievement(OverAchievement.CAP)
 *     .withOrdinalScale("3.1", List.of("low", "medium", "high"));
 * }</pre>
 *
 * <p>Ordinal scales are keyed by indicator code and list the categories from lowest to highest;
 * categories are compared ignoring case and surrounding white space, and must be distinct in that
 * sense. Immutable and thread-safe.
 *
 * @param method how a numeric achievement is computed
 * @param missingBaseline what {@link AchievementMethod#PROGRESS} does without a baseline
 * @param overAchievement whether achievement above 100 % is kept or capped
 * @param ordinalScales the ordered categories of text ordinal indicators, by indicator code
 */
public record AchievementPolicy(
    AchievementMethod method,
    MissingBaseline missingBaseline,
    OverAchievement overAchievement,
    ImmutableMap<String, ImmutableList<String>> ordinalScales) {

  /**
   * Progress from baseline to target, a baseline required, over-achievement kept, no ordinal
   * scales.
   */
  public static final AchievementPolicy DEFAULT =
      new AchievementPolicy(
          AchievementMethod.PROGRESS,
          MissingBaseline.REQUIRE,
          OverAchievement.KEEP,
          ImmutableMap.of());

  /** Checks the components and copies the scales. */
  public AchievementPolicy {
    checkNotNull(method, "method");
    checkNotNull(missingBaseline, "missingBaseline");
    checkNotNull(overAchievement, "overAchievement");
    checkNotNull(ordinalScales, "ordinalScales");
    ImmutableMap.Builder<String, ImmutableList<String>> b = ImmutableMap.builder();
    for (Map.Entry<String, ? extends List<String>> e : ordinalScales.entrySet()) {
      String code = checkNotNull(e.getKey(), "ordinal scale indicator code");
      ImmutableList<String> scale =
          ImmutableList.copyOf(checkNotNull(e.getValue(), "ordinal scale %s", code));
      checkArgument(
          scale.size() >= 2, "ordinal scale of indicator %s needs at least two categories", code);
      Set<String> seen = new HashSet<>();
      for (String c : scale) {
        checkArgument(
            seen.add(normalise(checkNotNull(c, "ordinal scale %s category", code))),
            "ordinal scale of indicator %s lists \"%s\" twice",
            code,
            c);
      }
      b.put(code, scale);
    }
    ordinalScales = b.buildOrThrow();
  }

  /** This policy with another method. */
  public AchievementPolicy withMethod(AchievementMethod newMethod) {
    return new AchievementPolicy(newMethod, missingBaseline, overAchievement, ordinalScales);
  }

  /** This policy with another missing-baseline rule. */
  public AchievementPolicy withMissingBaseline(MissingBaseline newRule) {
    return new AchievementPolicy(method, newRule, overAchievement, ordinalScales);
  }

  /** This policy with another over-achievement rule. */
  public AchievementPolicy withOverAchievement(OverAchievement newRule) {
    return new AchievementPolicy(method, missingBaseline, newRule, ordinalScales);
  }

  /** This policy with the ordinal scale of one indicator, categories from lowest to highest. */
  public AchievementPolicy withOrdinalScale(String indicatorCode, List<String> categories) {
    checkNotNull(indicatorCode, "indicatorCode");
    checkNotNull(categories, "categories");
    Map<String, ImmutableList<String>> m = new java.util.LinkedHashMap<>(ordinalScales);
    m.put(indicatorCode, ImmutableList.copyOf(categories));
    return new AchievementPolicy(method, missingBaseline, overAchievement, ImmutableMap.copyOf(m));
  }

  /**
   * The position of {@code category} in the ordinal scale of {@code indicatorCode}, 0 for the
   * lowest; -1 when there is no scale or the category is not in it.
   */
  public int ordinalRank(String indicatorCode, String category) {
    ImmutableList<String> scale = ordinalScales.get(indicatorCode);
    if (scale == null) {
      return -1;
    }
    String c = normalise(category);
    for (int i = 0; i < scale.size(); i++) {
      if (normalise(scale.get(i)).equals(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Text as compared by the stated rule: stripped and lower-cased in the root locale. */
  static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
