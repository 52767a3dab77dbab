package org.rbmkit.kpi.achievement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.Value;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;

/**
 * Chooses the figures an achievement compares: the target, the actuals within the target period,
 * the actual compared (the latest, or their sum) and the baseline, by the rules of {@code
 * docs/achievement.md}. The one place these rules are written: {@link AchievementCalculator} and
 * the roll-up's {@link FrameworkLayout} both call it. Stateless; plain loops, as this runs for
 * every indicator and period of a roll-up.
 */
final class Figures {

  private Figures() {}

  /** The periods {@code ind} has a total target for, each once, in target order. */
  static List<Period> targetPeriods(Indicator ind) {
    List<Period> periods = new ArrayList<>(ind.targets().size());
    for (PeriodValue t : ind.targets()) {
      if (t.value().isTotal() && !periods.contains(t.period())) {
        periods.add(t.period());
      }
    }
    return periods;
  }

  /** The first total target of exactly {@code period}, in list order; empty when there is none. */
  static Optional<IndicatorValue> target(Indicator ind, Period period) {
    for (PeriodValue t : ind.targets()) {
      if (t.period().equals(period) && t.value().isTotal()) {
        return Optional.of(t.value());
      }
    }
    return Optional.empty();
  }

  /**
   * The total actuals whose period lies within {@code period}, in list order; with a date {@code
   * by}, only those whose period has ended by then.
   *
   * @param by the day at whose end the actuals are known; null for every actual
   */
  static List<PeriodValue> actualsWithin(Indicator ind, Period period, LocalDate by) {
    // period.contains(a.period()) and a.period().endInclusive(), with the target period's days
    // computed once rather than for every actual; a calendar year lies within another exactly
    // when they are the same year, which needs no dates at all
    DateRange range = null;
    List<PeriodValue> actuals = new ArrayList<>(4);
    for (PeriodValue a : ind.actuals()) {
      if (period instanceof CalendarYear py && a.period() instanceof CalendarYear ay) {
        if (py.year() == ay.year()
            && a.value().isTotal()
            && (by == null || !a.period().endInclusive().isAfter(by))) {
          actuals.add(a);
        }
        continue;
      }
      if (!a.value().isTotal()) {
        continue;
      }
      if (range == null) {
        range = period.dateRange();
      }
      DateRange r = a.period().dateRange();
      if (!r.start().isBefore(range.start())
          && !r.endExclusive().isAfter(range.endExclusive())
          && (by == null || !r.endInclusive().isAfter(by))) {
        actuals.add(a);
      }
    }
    return actuals;
  }

  /** Whether the actual compared is the sum of {@code actuals} rather than the latest of them. */
  static boolean sums(Indicator ind, List<PeriodValue> actuals) {
    return ind.cumulation().sumsOverPeriods() && actuals.size() > 1;
  }

  /** The latest of the values: that of exactly the period if any, else by end, then start. */
  static PeriodValue latestOf(List<PeriodValue> values, Period period) {
    for (PeriodValue v : values) {
      if (v.period().equals(period)) {
        return v;
      }
    }
    // the latest by end, then start; on a tie the earlier in list order (as Stream.max)
    PeriodValue best = values.get(0);
    for (int i = 1; i < values.size(); i++) {
      PeriodValue v = values.get(i);
      if (laterThan(v.period(), best.period())) {
        best = v;
      }
    }
    return best;
  }

  /**
   * The latest total baseline of {@code ind} that does not start after {@code period}; empty when
   * there is none.
   */
  static Optional<IndicatorValue> latestBaseline(Indicator ind, Period period) {
    // the latest by end, then start; on a tie the earlier in list order (as Stream.max)
    Baseline best = null;
    LocalDate end = null;
    for (Baseline b : ind.baselines()) {
      if (!b.value().isTotal()) {
        continue;
      }
      if (end == null) {
        end = period.endInclusive();
      }
      if (!b.period().start().isAfter(end)
          && (best == null || laterThan(b.period(), best.period()))) {
        best = b;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.value());
  }

  /**
   * The sum of {@code actuals} (two or more) of an indicator measured by {@code measure}: a ratio
   * sums numerators and denominators, a percentage cannot be summed, and bounds that do not add
   * up make the sum indeterminate.
   */
  static Sum sum(Measure measure, List<PeriodValue> actuals, Period period) {
    if (measure == Measure.PERCENTAGE) {
      return Sum.refused(
          AchievementStatus.NOT_COMPARABLE,
          "cumulative percentage: "
              + actuals.size()
              + " percentages within "
              + period
              + " cannot be summed; record the indicator as a ratio of counts");
    }
    boolean atLeast = false;
    boolean atMost = false;
    boolean approx = false;
    BigDecimal total = BigDecimal.ZERO;
    RatioValue ratio = RatioValue.of(0, 0);
    for (PeriodValue pv : actuals) {
      Qualifier q = pv.value().qualifier();
      atLeast |= q == Qualifier.AT_LEAST;
      atMost |= q == Qualifier.AT_MOST;
      approx |= q == Qualifier.APPROXIMATE;
      if (pv.value().value() instanceof RatioValue r) {
        ratio = ratio.plus(r);
      } else {
        total = total.add(((DecimalValue) pv.value().value()).value());
      }
    }
    if ((atLeast && atMost) || (measure == Measure.RATIO && (atLeast || atMost))) {
      return Sum.refused(
          AchievementStatus.INDETERMINATE,
          "the sum of the actuals within " + period + " mixes bounds that do not add up");
    }
    Qualifier q =
        atLeast
            ? Qualifier.AT_LEAST
            : atMost ? Qualifier.AT_MOST : approx ? Qualifier.APPROXIMATE : Qualifier.EXACT;
    Value v = measure == Measure.RATIO ? ratio : DecimalValue.of(total);
    return new Sum(Optional.of(IndicatorValue.of(v).with(q)), AchievementStatus.MEASURED, "");
  }

  /**
   * A sum of actuals, or why there is none.
   *
   * @param value the sum; empty when refused
   * @param refusal the status when refused
   * @param why the reason when refused
   */
  record Sum(Optional<IndicatorValue> value, AchievementStatus refusal, String why) {
    static Sum refused(AchievementStatus status, String why) {
      return new Sum(Optional.empty(), status, why);
    }
  }

  /** Whether {@code a} ends after {@code b}, or ends with it and starts after it. */
  private static boolean laterThan(Period a, Period b) {
    int c = a.endInclusive().compareTo(b.endInclusive());
    return c > 0 || (c == 0 && a.start().compareTo(b.start()) > 0);
  }
}
