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
import org.rbmkit.core.period.Period;

/**
 * Chooses the figures an achievement compares: the target, the actuals within the target period,
 * the actual compared (the latest, or their sum) and the baseline, by the rules of {@code
 * docs/achievement.md}. The one place these rules are written: {@link AchievementCalculator} and
 * the roll-up's {@link FrameworkLayout} both call it.
 *
 * <pre>{@code
 * Figures f = new Figures().read(indicator);   // every total target, actual and baseline, once
 * int j = f.indexOf(CalendarYear.of(2024));     // the target period, -1 without a total target
 * f.choose(j, Figures.EVERY);                   // the actuals within it, the latest, the baseline
 * f.within(); f.latest(); f.baseline();
 * }</pre>
 *
 * <p>An indicator is read once, whatever the number of its target periods: each period's days are
 * computed once, as epoch days (a calendar year's by arithmetic, without dates), and every rule
 * compares those numbers. Not thread-safe: a reader is reused from indicator to indicator by one
 * thread, its arrays growing to the largest indicator.
 */
final class Figures {

  /** A date after every actual's end: {@link #choose} then counts every actual. */
  static final long EVERY = Long.MAX_VALUE;

  private Indicator ind;
  /** The target periods: distinct periods with a total target, the first such target of each. */
  private int periods;
  private Period[] period = new Period[8];
  private IndicatorValue[] target = new IndicatorValue[8];
  private long[] first = new long[8];
  private long[] last = new long[8];
  /** The total actuals in list order, with their first and last days. */
  private int actuals;
  private PeriodValue[] actual = new PeriodValue[8];
  private long[] actualFirst = new long[8];
  private long[] actualLast = new long[8];
  /** Whether the actuals' first days never decrease in list order (the usual order). */
  private boolean actualsInOrder;
  /** The total baselines in list order, with their first and last days. */
  private int baselines;
  private Baseline[] base = new Baseline[2];
  private long[] baseFirst = new long[2];
  private long[] baseLast = new long[2];
  /** The choice for one period: the actuals within it (positions), the latest, the baseline. */
  private int within;
  private int[] withinAt = new int[8];
  private int latest;
  private int baselineAt;

  /** Reads {@code indicator}'s total targets, actuals and baselines; returns this reader. */
  Figures read(Indicator indicator) {
    this.ind = indicator;
    List<PeriodValue> ts = indicator.targets();
    int n = ts.size();
    if (period.length < n) {
      period = new Period[n];
      target = new IndicatorValue[n];
      first = new long[n];
      last = new long[n];
    }
    periods = 0;
    long latestFirst = Long.MIN_VALUE;
    for (int k = 0; k < n; k++) {
      PeriodValue t = ts.get(k);
      if (!t.value().isTotal()) {
        continue;
      }
      Period p = t.period();
      long f = firstDay(p);
      long l = lastDay(p);
      // a period starting after every one so far is new: the usual order needs no search
      if (f > latestFirst || find(p, f, l) < 0) {
        latestFirst = Math.max(latestFirst, f);
        period[periods] = p;
        target[periods] = t.value();
        first[periods] = f;
        last[periods] = l;
        periods++;
      }
    }
    List<PeriodValue> as = indicator.actuals();
    n = as.size();
    if (actual.length < n) {
      actual = new PeriodValue[n];
      actualFirst = new long[n];
      actualLast = new long[n];
      withinAt = new int[n];
    }
    actuals = 0;
    actualsInOrder = true;
    for (int k = 0; k < n; k++) {
      PeriodValue a = as.get(k);
      if (a.value().isTotal()) {
        long f = firstDay(a.period());
        actualsInOrder &= actuals == 0 || f >= actualFirst[actuals - 1];
        actual[actuals] = a;
        actualFirst[actuals] = f;
        actualLast[actuals] = lastDay(a.period());
        actuals++;
      }
    }
    List<Baseline> bs = indicator.baselines();
    n = bs.size();
    if (base.length < n) {
      base = new Baseline[n];
      baseFirst = new long[n];
      baseLast = new long[n];
    }
    baselines = 0;
    for (int k = 0; k < n; k++) {
      Baseline b = bs.get(k);
      if (b.value().isTotal()) {
        base[baselines] = b;
        baseFirst[baselines] = firstDay(b.period());
        baseLast[baselines] = lastDay(b.period());
        baselines++;
      }
    }
    return this;
  }

  /** The number of periods the indicator has a total target for. */
  int periods() {
    return periods;
  }

  /** Target period {@code j}, in target order. */
  Period period(int j) {
    return period[j];
  }

  /** The last day of target period {@code j}, as an epoch day. */
  long lastDay(int j) {
    return last[j];
  }

  /** The first total target of target period {@code j}, in list order. */
  IndicatorValue target(int j) {
    return target[j];
  }

  /** The position of {@code p} among the target periods; -1 when it has no total target. */
  int indexOf(Period p) {
    return find(p, firstDay(p), lastDay(p));
  }

  private int find(Period p, long f, long l) {
    for (int j = 0; j < periods; j++) {
      if (first[j] == f && last[j] == l && same(period[j], p)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Chooses for target period {@code j} the total actuals whose period lies within it and has
   * ended by the end of epoch day {@code by} ({@link #EVERY} for all), the latest of them (that of
   * exactly the period if any, else the latest by end, then start; on a tie the earlier in list
   * order) and the latest total baseline that does not start after the period (by end, then
   * start; on a tie the earlier).
   */
  void choose(int j, long by) {
    long f = first[j];
    long l = last[j];
    within = 0;
    latest = -1;
    int exactly = -1;
    // actuals in order of their first days: those within the period start from the first that
    // does not start before it, and end before the first that starts after it (a period has at
    // least one day, so one starting after the period's last day ends after it)
    int k = actualsInOrder ? firstFrom(f, j) : 0;
    for (; k < actuals; k++) {
      long af = actualFirst[k];
      long al = actualLast[k];
      if (actualsInOrder && af > l) {
        break;
      }
      if (af < f || al > l || al > by) {
        continue;
      }
      withinAt[within++] = k;
      if (exactly < 0 && af == f && al == l && same(actual[k].period(), period[j])) {
        exactly = k;
      }
      if (latest < 0 || laterThan(al, af, actualLast[latest], actualFirst[latest])) {
        latest = k;
      }
    }
    if (exactly >= 0) {
      latest = exactly;
    }
    baselineAt = -1;
    for (int b = 0; b < baselines; b++) {
      if (baseFirst[b] <= l
          && (baselineAt < 0
              || laterThan(
                  baseLast[b], baseFirst[b], baseLast[baselineAt], baseFirst[baselineAt]))) {
        baselineAt = b;
      }
    }
  }

  /**
   * The position of the first actual whose first day is not before {@code day}; in order. The
   * {@code j}-th actual, the usual answer for the {@code j}-th target period (one actual per
   * period, in the targets' order), is tried before a binary search.
   */
  private int firstFrom(long day, int j) {
    if (j < actuals && actualFirst[j] >= day && (j == 0 || actualFirst[j - 1] < day)) {
      return j;
    }
    int lo = 0;
    int hi = actuals;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (actualFirst[mid] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Whether two periods are equal: calendar years by their year, without a general equals. */
  static boolean same(Period a, Period b) {
    if (a == b) {
      return true;
    }
    if (a instanceof CalendarYear x) {
      return b instanceof CalendarYear y && x.year() == y.year();
    }
    return a.equals(b);
  }

  /** The number of actuals chosen. */
  int within() {
    return within;
  }

  /** The actuals chosen, in list order. */
  List<PeriodValue> actualsWithin() {
    List<PeriodValue> out = new ArrayList<>(within);
    for (int k = 0; k < within; k++) {
      out.add(actual[withinAt[k]]);
    }
    return out;
  }

  /** Whether the actual compared is the sum of the actuals chosen rather than the latest. */
  boolean sums() {
    return within > 1 && ind.cumulation().sumsOverPeriods();
  }

  /** The latest of the actuals chosen; there is at least one. */
  IndicatorValue latest() {
    return actual[latest].value();
  }

  /** The baseline chosen; null when there is none. */
  IndicatorValue baselineOrNull() {
    return baselineAt < 0 ? null : base[baselineAt].value();
  }

  /** The baseline chosen; empty when there is none. */
  Optional<IndicatorValue> baseline() {
    return Optional.ofNullable(baselineOrNull());
  }

  /** The first day of {@code p} as an epoch day; a calendar year's without making a date. */
  static long firstDay(Period p) {
    if (p instanceof CalendarYear y) {
      return newYear(y.year());
    }
    return p.dateRange().start().toEpochDay();
  }

  /** The last day of {@code p} as an epoch day; a calendar year's without making a date. */
  static long lastDay(Period p) {
    if (p instanceof CalendarYear y) {
      return newYear(y.year() + 1) - 1;
    }
    return p.dateRange().endExclusive().toEpochDay() - 1;
  }

  /** The epoch day of the first of January of {@code year}, as {@link LocalDate#toEpochDay}. */
  static long newYear(int year) {
    long y = year;
    long days = 365 * y;
    if (y >= 0) {
      days += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      days -= y / -4 - y / -100 + y / -400;
    }
    return days - DAYS_0000_TO_1970;
  }

  /** Days from the first of January of year 0 to that of 1970 (proleptic Gregorian). */
  private static final long DAYS_0000_TO_1970 = (146_097L * 5L) - (30L * 365L + 7L);

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

  /** Whether a period ending on day {@code al} and starting on {@code af} is later than another. */
  private static boolean laterThan(long al, long af, long bl, long bf) {
    return al > bl || (al == bl && af > bf);
  }
}
