package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import java.util.Optional;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.period.Period;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;

/**
 * The achievement of one indicator for one target period, with the values and rule it came from.
 *
 * <pre>{@code
 * Achievement a = new AchievementCalculator(AchievementPolicy.DEFAULT)
 *     .achievement(indicator, Biennium.parse("2024-25"));
 * a.status();                                             // MEASURED
 * a.point().map(r -> r.percentage(1, RoundingMode.HALF_UP));  // Optional[75.0]
 * a.explanation();   // "progress (actual − baseline) ÷ (target − baseline) = (55 − 40) ÷ (60 − 40)"
 * }</pre>
 *
 * <p>The achievement is a share of the target, 1 for 100 %. An exact actual gives a point ({@code
 * low} equals {@code high}); a qualified actual ("at least 86") gives a range whose open end is
 * empty. Met and not met count as 1 and 0. An undefined status has neither end. The actual is the
 * one compared (the sum of period actuals for a cumulative indicator).
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicatorCode the indicator's code
 * @param period the target period
 * @param status how the achievement came out
 * @param method the numeric method applied
 * @param low the achievement, or the lower end of its range; empty when unbounded or undefined
 * @param high the achievement, or the upper end of its range; empty when unbounded or undefined
 * @param approximate whether a value compared was stated as approximate
 * @param capped whether over-achievement was capped at 100 %
 * @param actual the actual compared, if any
 * @param baseline the baseline used, if any
 * @param target the target, if any
 * @param explanation the rule and figures in words, for reports and error messages
 */
public record Achievement(
    String indicatorCode,
    Period period,
    AchievementStatus status,
    AchievementMethod method,
    Optional<ExactRatio> low,
    Optional<ExactRatio> high,
    boolean approximate,
    boolean capped,
    Optional<IndicatorValue> actual,
    Optional<IndicatorValue> baseline,
    Optional<IndicatorValue> target,
    String explanation) {

  /** Checks the components and that an undefined status carries no value. */
  public Achievement {
    checkNotNull(indicatorCode, "indicatorCode");
    checkNotNull(period, "period");
    checkNotNull(status, "status");
    checkNotNull(method, "method");
    checkNotNull(low, "low");
    checkNotNull(high, "high");
    checkNotNull(actual, "actual");
    checkNotNull(baseline, "baseline");
    checkNotNull(target, "target");
    checkNotNull(explanation, "explanation");
    checkArgument(
        status.isDefined() || (low.isEmpty() && high.isEmpty()),
        "indicator %s %s: status %s carries no achievement",
        indicatorCode,
        period,
        status.code());
    checkArgument(
        !status.isDefined() || low.isPresent() || high.isPresent(),
        "indicator %s %s: status %s needs an achievement or a bound",
        indicatorCode,
        period,
        status.code());
    if (low.isPresent() && high.isPresent()) {
      checkArgument(
          low.get().compareValue(high.get()) <= 0,
          "indicator %s %s: low %s above high %s",
          indicatorCode,
          period,
          low.get(),
          high.get());
    }
  }

  /** The achievement when it is a single value (an exact actual); empty for a range or none. */
  public Optional<ExactRatio> point() {
    return low.isPresent() && high.isPresent() && low.get().compareValue(high.get()) == 0
        ? low
        : Optional.empty();
  }

  /** Whether the achievement is a range rather than a point, with at least one end known. */
  public boolean isRange() {
    return status.isDefined() && point().isEmpty();
  }

  /**
   * {@code indicator 1.1 2021: 60.5 % (measured)}; ranges as {@code >= 86.0 %}, undefined statuses
   * by code. Percentages to one place, half up, for reading only.
   */
  @Override
  public String toString() {
    String value;
    if (point().isPresent()) {
      value = pct(point().get()) + " %";
    } else if (low.isPresent() && high.isPresent()) {
      value = pct(low.get()) + "–" + pct(high.get()) + " %";
    } else if (low.isPresent()) {
      value = ">= " + pct(low.get()) + " %";
    } else if (high.isPresent()) {
      value = "<= " + pct(high.get()) + " %";
    } else {
      value = "-";
    }
    return "indicator " + indicatorCode + " " + period + ": " + value + " (" + status.code() + ")";
  }

  private static String pct(ExactRatio r) {
    return r.percentage(1, RoundingMode.HALF_UP).toPlainString();
  }
}
