package org.rbmkit.kpi.achievement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.Value;
import org.rbmkit.core.indicator.internal.ValueColumns;
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
 * <p>An indicator is read once, whatever the number of its target periods, from the one array it
 * made of its values ({@code ValueColumns}): each period's days are taken from there as epoch
 * days, periods are told apart by a key of their kind and days, and every rule compares those
 * numbers; a value object is read only to return it. Not thread-safe: a reader is reused from
 * indicator to indicator by one thread, its arrays growing to the largest indicator.
 */
final class Figures {

  /** A date after every actual's end: {@link #choose} then counts every actual. */
  static final long EVERY = Long.MAX_VALUE;

  private Indicator ind;
  private long[] columns;
  /**
   * The target periods: distinct periods with a total target, the first such target of each, as
   * the position of that target in the columns, the period's key and its first and last days.
   */
  private int periods;
  private int[] targetAt = new int[8];
  private long[] key = new long[8];
  private long[] first = new long[8];
  private long[] last = new long[8];
  /** The total actuals in list order: their positions in the columns, keys, first and last days. */
  private int actuals;
  private int[] actual = new int[8];
  private long[] actualKey = new long[8];
  private long[] actualFirst = new long[8];
  private long[] actualLast = new long[8];
  /** Whether the actuals' first days never decrease in list order (the usual order). */
  private boolean actualsInOrder;
  /** Whether the actuals pair up with the targets ({@link #readPaired}). */
  private boolean paired;
  /** The total baselines in list order: their positions in the columns, first and last days. */
  private int baselines;
  private int[] base = new int[2];
  private long[] baseFirst = new long[2];
  private long[] baseLast = new long[2];
  /** The choice for one period: the actuals within it (positions), the latest, the baseline. */
  private int within;
  private int[] withinAt = new int[8];
  private int latest;
  private int baselineAt;

  /**
   * Reads {@code indicator}'s total targets, actuals and baselines from its {@link ValueColumns}
   * (a value object is read only for a period whose days the columns do not hold); returns this
   * reader.
   */
  Figures read(Indicator indicator) {
    this.ind = indicator;
    long[] c = ValueColumns.of(indicator);
    this.columns = c;
    int from = ValueColumns.firstTarget(c);
    int to = ValueColumns.firstActual(c);
    int size = ValueColumns.size(c);
    int n = to - from;
    if (targetAt.length < n) {
      targetAt = new int[n];
      key = new long[n];
      first = new long[n];
      last = new long[n];
    }
    if (actual.length < size - to) {
      actual = new int[size - to];
      actualKey = new long[size - to];
      actualFirst = new long[size - to];
      actualLast = new long[size - to];
      withinAt = new int[size - to];
    }
    paired = readPaired(c, from, to, size);
    if (!paired) {
      readTargets(c, from, to);
      readActuals(c, to, size);
    }
    readBaselines(c);
    return this;
  }

  /**
   * Reads the targets and actuals of an indicator whose actuals pair up with its targets: as many
   * of each, all totals whose periods' days the columns hold, actual {@code j} for exactly the
   * period of target {@code j}, and the periods in order, each ending before the next starts (the
   * usual indicator: a target and an actual a year). Returns false, having read nothing that
   * counts, for any other. The actuals within target period {@code j} are then actual {@code j}
   * alone (the others' periods lie outside it), which {@link #choose} takes without a search.
   */
  private boolean readPaired(long[] c, int from, int to, int size) {
    int n = to - from;
    if (size - to != n) {
      return false;
    }
    long lastEnd = Long.MIN_VALUE;
    for (int j = 0; j < n; j++) {
      int t = from + j;
      int a = to + j;
      long pk = ValueColumns.periodKey(c, t);
      if (pk == ValueColumns.NO_KEY
          || ValueColumns.periodKey(c, a) != pk
          || !ValueColumns.isTotal(c, t)
          || !ValueColumns.isTotal(c, a)) {
        return false;
      }
      long f = ValueColumns.firstDay(c, t);
      if (f <= lastEnd) {
        return false;
      }
      lastEnd = ValueColumns.lastDay(c, t);
      targetAt[j] = t;
      key[j] = pk;
      first[j] = f;
      last[j] = lastEnd;
      actual[j] = a;
      actualKey[j] = pk;
      actualFirst[j] = f;
      actualLast[j] = lastEnd;
    }
    periods = n;
    actuals = n;
    actualsInOrder = true;
    return true;
  }

  /** Reads the total targets {@code from} to {@code to}: each distinct period, its first target. */
  private void readTargets(long[] c, int from, int to) {
    periods = 0;
    long latestFirst = Long.MIN_VALUE;
    for (int k = from; k < to; k++) {
      if (!ValueColumns.isTotal(c, k)) {
        continue;
      }
      long pk = ValueColumns.periodKey(c, k);
      long f = dayFirst(k);
      long l = dayLast(k);
      // a period starting after every one so far is new: the usual order needs no search
      if (f > latestFirst || find(pk, f, l) < 0) {
        latestFirst = Math.max(latestFirst, f);
        targetAt[periods] = k;
        key[periods] = pk;
        first[periods] = f;
        last[periods] = l;
        periods++;
      }
    }
  }

  /** Reads the total actuals {@code from} to {@code to}, in list order. */
  private void readActuals(long[] c, int from, int to) {
    actuals = 0;
    actualsInOrder = true;
    for (int k = from; k < to; k++) {
      if (ValueColumns.isTotal(c, k)) {
        long f = dayFirst(k);
        actualsInOrder &= actuals == 0 || f >= actualFirst[actuals - 1];
        actual[actuals] = k;
        actualKey[actuals] = ValueColumns.periodKey(c, k);
        actualFirst[actuals] = f;
        actualLast[actuals] = dayLast(k);
        actuals++;
      }
    }
  }

  /** Reads the total baselines, in list order. */
  private void readBaselines(long[] c) {
    int n = ValueColumns.firstTarget(c);
    if (base.length < n) {
      base = new int[n];
      baseFirst = new long[n];
      baseLast = new long[n];
    }
    baselines = 0;
    for (int k = 0; k < n; k++) {
      if (ValueColumns.isTotal(c, k)) {
        base[baselines] = k;
        baseFirst[baselines] = dayFirst(k);
        baseLast[baselines] = dayLast(k);
        baselines++;
      }
    }
  }

  /** The first day of value {@code k}'s period: from the columns, else from its object. */
  private long dayFirst(int k) {
    return ValueColumns.hasDays(columns, k)
        ? ValueColumns.firstDay(columns, k)
        : ValueColumns.firstDay(periodAt(k));
  }

  /** The last day of value {@code k}'s period: from the columns, else from its object. */
  private long dayLast(int k) {
    return ValueColumns.hasDays(columns, k)
        ? ValueColumns.lastDay(columns, k)
        : ValueColumns.lastDay(periodAt(k));
  }

  /** The period of value {@code k}, read from its object. */
  private Period periodAt(int k) {
    int t = ValueColumns.firstTarget(columns);
    int a = ValueColumns.firstActual(columns);
    return k < t
        ? ind.baselines().get(k).period()
        : k < a ? ind.targets().get(k - t).period() : ind.actuals().get(k - a).period();
  }

  /** The columns of the indicator read, which the caller must not change. */
  long[] columns() {
    return columns;
  }

  /** The number of periods the indicator has a total target for. */
  int periods() {
    return periods;
  }

  /** Target period {@code j}, in target order (read from its target's object). */
  Period period(int j) {
    return periodAt(targetAt[j]);
  }

  /** The key of target period {@code j} ({@link ValueColumns#periodKey(Period)}). */
  long periodKey(int j) {
    return key[j];
  }

  /** The last day of target period {@code j}, as an epoch day. */
  long lastDay(int j) {
    return last[j];
  }

  /** The first total target of target period {@code j}, in list order. */
  IndicatorValue target(int j) {
    return ind.targets().get(targetAt[j] - ValueColumns.firstTarget(columns)).value();
  }

  /** The position in the columns of {@link #target(int) target(j)}. */
  int targetPosition(int j) {
    return targetAt[j];
  }

  /** The position of {@code p} among the target periods; -1 when it has no total target. */
  int indexOf(Period p) {
    long f = ValueColumns.firstDay(p);
    long l = ValueColumns.lastDay(p);
    return find(ValueColumns.periodKey(p, f, l), f, l);
  }

  /**
   * The target period of key {@code pk} and days {@code f} to {@code l}; -1 if none. A period
   * without a key is a date range (the other kinds of period lie within 1900–2199), which is the
   * same period as another exactly when their days are the same.
   */
  private int find(long pk, long f, long l) {
    for (int j = 0; j < periods; j++) {
      if (key[j] == pk && first[j] == f && last[j] == l) {
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
    long l = last[j];
    within = 0;
    latest = -1;
    if (paired) {
      // actual j alone lies within the period, and it is the period exactly
      if (l <= by) {
        withinAt[within++] = j;
        latest = j;
      }
    } else {
      chooseActuals(j, by);
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

  /** Chooses the actuals within target period {@code j} ended by day {@code by}, and the latest. */
  private void chooseActuals(int j, long by) {
    long f = first[j];
    long l = last[j];
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
      // the same days and key: the same period (see find)
      if (exactly < 0 && af == f && al == l && actualKey[k] == key[j]) {
        exactly = k;
      }
      if (latest < 0 || laterThan(al, af, actualLast[latest], actualFirst[latest])) {
        latest = k;
      }
    }
    if (exactly >= 0) {
      latest = exactly;
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

  /** The number of actuals chosen. */
  int within() {
    return within;
  }

  /** The actuals chosen, in list order. */
  List<PeriodValue> actualsWithin() {
    List<PeriodValue> out = new ArrayList<>(within);
    List<PeriodValue> all = ind.actuals();
    int offset = ValueColumns.firstActual(columns);
    for (int k = 0; k < within; k++) {
      out.add(all.get(actual[withinAt[k]] - offset));
    }
    return out;
  }

  /** Whether the actual compared is the sum of the actuals chosen rather than the latest. */
  boolean sums() {
    return within > 1 && ind.cumulation().sumsOverPeriods();
  }

  /** The latest of the actuals chosen; there is at least one. */
  IndicatorValue latest() {
    return ind.actuals().get(actual[latest] - ValueColumns.firstActual(columns)).value();
  }

  /** The position in the columns of {@link #latest()}. */
  int latestPosition() {
    return actual[latest];
  }

  /** The baseline chosen; null when there is none. */
  IndicatorValue baselineOrNull() {
    return baselineAt < 0 ? null : ind.baselines().get(base[baselineAt]).value();
  }

  /** The position in the columns of the baseline chosen; -1 when there is none. */
  int baselinePosition() {
    return baselineAt < 0 ? -1 : base[baselineAt];
  }

  /** The baseline chosen; empty when there is none. */
  Optional<IndicatorValue> baseline() {
    return Optional.ofNullable(baselineOrNull());
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

  /** Whether a period ending on day {@code al} and starting on {@code af} is later than another. */
  private static boolean laterThan(long al, long af, long bl, long bf) {
    return al > bl || (al == bl && af > bf);
  }
}
