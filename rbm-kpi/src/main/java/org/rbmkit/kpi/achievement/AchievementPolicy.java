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
import org.rbmkit.core.text.Coded;

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

  /**
   * How a numeric indicator's achievement is measured against its target.
   *
   * <pre>{@code
   * // baseline 40, target 60, actual 55
   * AchievementMethod.PROGRESS;          // (55 - 40) / (60 - 40) = 75 %
   * AchievementMethod.RATIO_TO_TARGET;   // 55 / 60 = 91.7 %
   * }</pre>
   */
  public enum AchievementMethod implements Coded {
    /**
     * The share of the distance from baseline to target covered: {@code (actual − baseline) ÷ (target
     * − baseline)} for an increase indicator, {@code (baseline − actual) ÷ (baseline − target)} for a
     * decrease indicator. The default: it credits only the change the programme produced.
     */
    PROGRESS("progress"),
    /**
     * The actual as a share of the target: {@code actual ÷ target} for an increase indicator, {@code
     * target ÷ actual} for a decrease indicator. Ignores the baseline.
     */
    RATIO_TO_TARGET("ratio-to-target");

    private final String code;

    AchievementMethod(String code) {
      this.code = code;
    }

    /** The stable code, such as {@code ratio-to-target}. */
    public String code() {
      return code;
    }

    /**
     * The constant with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static AchievementMethod fromCode(String code) {
      return Coded.fromCode(AchievementMethod.class, code, "method");
    }

    /**
     * Whether progress is defined, from how the target compares with the baseline ({@code
     * targetAgainstBaseline} negative, zero or positive): {@link AchievementStatus#MEASURED}, or why
     * not. The one statement of the rule, for exact ratios and for the roll-up's whole numbers.
     */
    static AchievementStatus progressStatus(int targetAgainstBaseline, boolean increase) {
      if (targetAgainstBaseline == 0) {
        return AchievementStatus.BASELINE_EQUALS_TARGET;
      }
      return increase == targetAgainstBaseline > 0
          ? AchievementStatus.MEASURED
          : AchievementStatus.TARGET_AGAINST_DIRECTION;
    }

    /**
     * Whether actual ÷ target (increase) or target ÷ actual (decrease) is defined, from the signs of
     * the target and of the actual's upper end (1 when open): {@link AchievementStatus#MEASURED}, or
     * why not.
     */
    static AchievementStatus ratioToTargetStatus(
        int targetSign, int actualHighSign, boolean increase) {
      if (increase) {
        return targetSign == 0
            ? AchievementStatus.ZERO_DENOMINATOR
            : targetSign < 0 ? AchievementStatus.NOT_COMPARABLE : AchievementStatus.MEASURED;
      }
      if (targetSign <= 0) {
        return AchievementStatus.NOT_COMPARABLE;
      }
      return actualHighSign <= 0 ? AchievementStatus.ZERO_DENOMINATOR : AchievementStatus.MEASURED;
    }
  }

  /**
   * What {@link AchievementMethod#PROGRESS} does for an indicator without a baseline.
   *
   * <pre>{@code
   * AchievementPolicy.DEFAULT.withMissingBaseline(MissingBaseline.TREAT_AS_ZERO);
   * }</pre>
   */
  public enum MissingBaseline implements Coded {
    /**
     * No achievement is computed: the status is {@link AchievementStatus#NO_BASELINE}. The default,
     * because assuming zero overstates the progress of any indicator that did not start from zero (a
     * rate, a level).
     */
    REQUIRE("require"),
    /** The baseline is taken as zero, which suits counts of new things (participants trained). */
    TREAT_AS_ZERO("treat-as-zero");

    private final String code;

    MissingBaseline(String code) {
      this.code = code;
    }

    /** The stable code, such as {@code treat-as-zero}. */
    public String code() {
      return code;
    }

    /**
     * The constant with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static MissingBaseline fromCode(String code) {
      return Coded.fromCode(MissingBaseline.class, code, "missing-baseline rule");
    }
  }

  /**
   * Whether an achievement above 100 % is kept or capped at 100 %.
   *
   * <pre>{@code
   * // target 100, actual 130: KEEP gives 130 %, CAP gives 100 % and marks the result capped
   * }</pre>
   */
  public enum OverAchievement implements Coded {
    /**
     * The achievement is kept as computed. The default: over-achievement is information (a target set
     * too low, a windfall) and a rating scheme can band it explicitly.
     */
    KEEP("keep"),
    /** The achievement is capped at 100 %, so that one indicator cannot mask another in a mean. */
    CAP("cap");

    private final String code;

    OverAchievement(String code) {
      this.code = code;
    }

    /** The stable code, such as {@code cap}. */
    public String code() {
      return code;
    }

    /**
     * The constant with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static OverAchievement fromCode(String code) {
      return Coded.fromCode(OverAchievement.class, code, "over-achievement rule");
    }
  }
}
