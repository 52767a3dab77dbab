package org.rbmkit.kpi.achievement;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.internal.ValueColumns;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.results.internal.FrameworkMemo;

/**
 * A results framework laid out in arrays for {@link RollupCalculator}: its tree, its indicators in
 * document order, and per target period the figures each indicator's achievement compares, as
 * {@link Figures} chooses them, in {@code long}s at a common decimal scale.
 *
 * <p>Kept with the framework instance it lays out ({@link FrameworkMemo}: the layout lives exactly
 * as long as its framework, with no cache of its own, and goes in the same collection as the
 * framework), so that rolling a framework up for each year, scheme or policy reads its
 * indicators once, on the first roll-up, for every period some indicator has a total target for.
 * That first reading takes each indicator's values from the one array the indicator made of them
 * ({@code ValueColumns}), not from the value objects, and an indicator of the same shape as the
 * one before it (the usual case: indicators sharing their years) takes the choice made for that
 * one and has only its numbers copied ({@link Writer}). The figures do not depend on the policy,
 * the scheme or the date.
 *
 * <p>An indicator-period is {@link #UNRATED} (no total target for the period, or no total actual
 * within it: not rated under any policy), {@link #FAST} (an increase or decrease indicator
 * measured in units, a percentage or a currency, with an exact decimal actual that is not a sum,
 * decimal target and baseline, all within 18 digits at a common scale of at most 18 places: {@link
 * Scorer} scores it) or {@link #EXACT} (anything else: rated through {@link
 * AchievementCalculator}). A fast indicator's figures are kept as {@code int}s when each of the
 * three fits one (the usual case: counts, percentages and amounts below some two billion units at
 * their scale), else as {@code long}s apart ({@link #WIDE}). Memory is 13 bytes per indicator and
 * target period, one byte array and one {@code int} array per period, and 24 more for each
 * indicator-period whose figures are {@code long}s apart. Immutable once built and thread-safe.
 */
final class FrameworkLayout {

  /** No total target for the period, or no total actual within it. */
  static final byte UNRATED = 0;

  /** Rated through the achievement calculator. */
  static final byte EXACT = 1;

  /** Scored from the figures; combined with {@link #HAS_BASELINE} and {@link #INCREASE}. */
  static final byte FAST = 2;

  /** The indicator has a baseline (else the figure is 0). */
  static final byte HAS_BASELINE = 4;

  /** The indicator should increase (else decrease). */
  static final byte INCREASE = 8;

  /** A fast indicator whose figures do not all fit an {@code int}: they are kept apart, in wide. */
  static final byte WIDE = 16;

  final ImmutableMap<String, Integer> positions;
  /** Per result in pre-order: the result, its parent's position (-1 for a root). */
  final ResultNode[] nodes;
  final int[] parent;
  /** Per result, the position of its first indicator; one more entry, the indicator count. */
  final int[] firstIndicator;
  /** Per indicator: the indicator, its result's position. */
  final Indicator[] indicators;
  final int[] nodeOf;
  /** The figures of every period some indicator has a total target for. */
  private final ImmutableMap<Period, Column> columns;
  /** The figures of any other period: no indicator is rated. */
  private final Column none;

  /**
   * Indicators whose value arrays are loaded ahead, in a loop that does nothing else, before
   * their figures are chosen: such a loop has the processor fetch many arrays at once, where the
   * loads spread among the choosing let it fetch only a few at a time. 256 arrays of 17 values
   * take 75 kB, which stay in the cache until used. A first layout of 100 000 indicators takes
   * about a fifth less time so (docs/PERFORMANCE.md, eighth round).
   */
  private static final int READ_AHEAD = 256;

  /**
   * The sum of the words loaded ahead: of no use but to keep the loads, which a sum left unused
   * would let the compiler remove.
   */
  @SuppressWarnings("unused")
  private final long readAhead;

  /** One period's figures, per indicator. */
  static final class Column {
    /** The period; null for the column of every other period. */
    final Period period;
    /** The period's key ({@link ValueColumns#periodKey(Period)}); NO_KEY for none. */
    final long key;
    final byte[] kind;
    /**
     * A fast indicator {@code i}'s figures side by side, as the scorer reads them: its actual at
     * {@code 3i}, its target at {@code 3i + 1}, its baseline (0 without one) at {@code 3i + 2};
     * for a {@link #WIDE} one, its figures' position in {@link #wide} at {@code 3i}. Half the
     * memory of {@code long}s, which a first roll-up writes and every roll-up reads.
     */
    final int[] figures;
    /** The figures of the wide indicators, three by three in the order they were laid out. */
    long[] wide = new long[0];
    private int wideLength;
    /**
     * The period's last day as an epoch day: by the end of it every actual within the period has
     * ended, so the figures hold for a roll-up as known at that date or later.
     */
    final long end;

    /** Room for every indicator's figures for {@code period}, or for none when it is null. */
    Column(int indicators, Period period) {
      int n = period == null ? 0 : indicators;
      this.period = period;
      key = period == null ? ValueColumns.NO_KEY : ValueColumns.periodKey(period);
      kind = new byte[indicators];
      figures = new int[3 * n];
      end = period == null ? Long.MAX_VALUE : ValueColumns.lastDay(period);
    }

    /** Puts indicator {@code i}'s figures in; returns its kind's {@link #WIDE} flag. */
    byte put(int i, long actual, long target, long baseline) {
      if (actual == (int) actual && target == (int) target && baseline == (int) baseline) {
        figures[3 * i] = (int) actual;
        figures[3 * i + 1] = (int) target;
        figures[3 * i + 2] = (int) baseline;
        return 0;
      }
      if (wideLength == wide.length) {
        // at most three per indicator, as many as the figures hold
        wide = Arrays.copyOf(wide, Math.min(figures.length, Math.max(48, 2 * wide.length)));
      }
      figures[3 * i] = wideLength;
      wide[wideLength++] = actual;
      wide[wideLength++] = target;
      wide[wideLength++] = baseline;
      return WIDE;
    }
  }

  private FrameworkLayout(ResultsFramework framework) {
    ImmutableList<ResultNode> all = framework.nodes();
    int count = 0;
    ImmutableMap.Builder<String, Integer> at = ImmutableMap.builderWithExpectedSize(all.size());
    for (int n = 0; n < all.size(); n++) {
      at.put(all.get(n).code(), n);
      count += all.get(n).indicators().size();
    }
    this.positions = at.buildOrThrow();
    this.nodes = all.toArray(new ResultNode[0]);
    this.parent = new int[nodes.length];
    this.firstIndicator = new int[nodes.length + 1];
    this.indicators = new Indicator[count];
    this.nodeOf = new int[count];
    Arrays.fill(parent, -1);
    // the indicators as they are listed, not yet checked to be indicators: that check reads each
    // object, which the read-ahead does at less cost (readAhead puts each in its place)
    Object[] listed = new Object[count];
    int i = 0;
    for (int n = 0; n < nodes.length; n++) {
      firstIndicator[n] = i;
      List<ResultNode> children = nodes[n].children();
      for (int c = 0; c < children.size(); c++) {
        parent[positions.get(children.get(c).code())] = n;
      }
      List<?> own = nodes[n].indicators();
      for (int k = 0; k < own.size(); k++, i++) {
        listed[i] = own.get(k);
        nodeOf[i] = n;
      }
    }
    firstIndicator[nodes.length] = count;
    // indicator by indicator, every target period at once: each indicator's values are read
    // once, while they are in the processor's cache; the column of an indicator's j-th period is
    // most often that of the previous indicator's j-th, tried before the map
    Writer w = new Writer(count);
    long[][] values = new long[READ_AHEAD][];
    long ahead = 0;
    for (i = 0; i < count; i++) {
      if (i % READ_AHEAD == 0) {
        ahead += readAhead(listed, i, Math.min(count, i + READ_AHEAD), values);
      }
      w.layOut(i, indicators[i], values[i % READ_AHEAD]);
    }
    this.columns = ImmutableMap.copyOf(w.byPeriod);
    this.none = new Column(indicators.length, null);
    this.readAhead = ahead;
  }

  /**
   * Lays out indicators one after another into the columns of their target periods. An indicator
   * of the same shape as the one before it (the same measure, direction and cumulation, and as
   * many values, whose periods, flags and scales are the same, position by position: the usual
   * framework, whose indicators share their years) has the same figures chosen, at the same
   * positions, with the same kinds, for {@link Figures} and {@link #kind} read nothing else: only
   * its numbers are copied. A shape is remembered only when every period of every value has its
   * days held and every fast figure is at the scale of the other two, the choice then depending on
   * nothing but the shape.
   */
  private static final class Writer {
    final int count;
    final Map<Period, Column> byPeriod = new HashMap<>();
    final Figures figures = new Figures();
    /** The values of the last indicator chosen for, whose shape is remembered; null if none. */
    long[] shape;
    Measure measure;
    Direction direction;
    Cumulation cumulation;
    /**
     * Per target period of the last indicator chosen for: its column (tried first for the next
     * indicator's same period), its kind without {@link #WIDE}, and the positions of the actual,
     * target and baseline compared (-1 without a baseline).
     */
    int periods;
    Column[] column = new Column[8];
    byte[] kind = new byte[8];
    int[] actualAt = new int[8];
    int[] targetAt = new int[8];
    int[] baselineAt = new int[8];
    /** Whether the choice for the indicator being chosen for depends on its shape alone. */
    boolean remember;

    Writer(int count) {
      this.count = count;
    }

    /** Lays out indicator {@code i}, whose values are {@code v}, every target period at once. */
    void layOut(int i, Indicator ind, long[] v) {
      if (shape != null
          && sameShape(v, shape)
          && ind.measure() == measure
          && ind.direction() == direction
          && ind.cumulation() == cumulation) {
        for (int j = 0; j < periods; j++) {
          Column c = column[j];
          byte k = kind[j];
          if ((k & FAST) != 0) {
            long la = ValueColumns.units(v, actualAt[j]);
            long lt = ValueColumns.units(v, targetAt[j]);
            int b = baselineAt[j];
            k |= c.put(i, la, lt, b >= 0 ? ValueColumns.units(v, b) : 0);
          }
          c.kind[i] = k;
        }
        return;
      }
      choose(i, ind, v);
    }

    /** Lays out indicator {@code i} by the rules, and remembers its shape if it can. */
    private void choose(int i, Indicator ind, long[] v) {
      figures.read(ind);
      // what holds for every period of the indicator is looked at once
      Measure m = ind.measure();
      Direction d = ind.direction();
      byte scored =
          (m != Measure.UNIT && m != Measure.PERCENTAGE && m != Measure.CURRENCY)
                  || (d != Direction.INCREASE && d != Direction.DECREASE)
              ? EXACT
              : (byte) (FAST | (d == Direction.INCREASE ? INCREASE : 0));
      int n = figures.periods();
      if (column.length < n) {
        column = Arrays.copyOf(column, n);
        kind = new byte[n];
        actualAt = new int[n];
        targetAt = new int[n];
        baselineAt = new int[n];
      }
      remember = true;
      for (int k = 0; k < ValueColumns.size(v); k++) {
        remember &= ValueColumns.hasDays(v, k);
      }
      for (int j = 0; j < n; j++) {
        Column c = column[j];
        long key = figures.periodKey(j);
        if (c == null || c.key != key || key == ValueColumns.NO_KEY) {
          c = byPeriod.computeIfAbsent(figures.period(j), x -> new Column(count, x));
          column[j] = c;
        }
        byte k = kind(j, scored, c, i);
        kind[j] = (byte) (k & ~WIDE);
        c.kind[i] = k;
      }
      periods = n;
      shape = remember ? v : null;
      measure = m;
      direction = d;
      cumulation = ind.cumulation();
    }

    /**
     * How the indicator read by {@link #figures} is rated for its target period {@code j}, given
     * how its measure and direction let it be rated ({@code scored}: {@link #EXACT}, or {@link
     * #FAST} with {@link #INCREASE} for an increase); a fast one's figures go in {@code c} at
     * {@code i}, and their positions are remembered.
     */
    private byte kind(int j, byte scored, Column c, int i) {
      Figures f = figures;
      f.choose(j, Figures.EVERY);
      if (f.within() == 0) {
        return UNRATED;
      }
      if (scored == EXACT || f.sums()) {
        return EXACT;
      }
      long[] v = f.columns();
      int a = f.latestPosition();
      int t = f.targetPosition(j);
      int b = f.baselinePosition();
      if (ValueColumns.isBound(v, a)
          || !ValueColumns.isDecimal(v, a)
          || !ValueColumns.isDecimal(v, t)
          || (b >= 0 && !ValueColumns.isDecimal(v, b))) {
        return EXACT;
      }
      int st = ValueColumns.scale(v, t);
      if (ValueColumns.scale(v, a) != st || (b >= 0 && ValueColumns.scale(v, b) != st)) {
        // whether the figures fit at the common scale depends on them, not on the shape
        remember = false;
        return atCommonScale(v, a, t, b, scored, c, i);
      }
      actualAt[j] = a;
      targetAt[j] = t;
      baselineAt[j] = b;
      long lb = b >= 0 ? ValueColumns.units(v, b) : 0;
      return (byte)
          (scored
              | (b >= 0 ? HAS_BASELINE : 0)
              | c.put(i, ValueColumns.units(v, a), ValueColumns.units(v, t), lb));
    }
  }

  /**
   * Whether values {@code v} have the shape of {@code shape}: as many baselines, targets and
   * actuals, whose periods, flags and scales are the same, position by position.
   */
  private static boolean sameShape(long[] v, long[] shape) {
    if (v.length != shape.length || v[0] != shape[0]) {
      return false;
    }
    for (int k = 1; k < v.length; k += 2) {
      if (v[k] != shape[k]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Puts indicators {@code from} (inclusive) to {@code to} of {@code listed} in their places and
   * their value arrays in {@code values} (from 0), and loads a word of each cache line of those
   * arrays; returns the sum of those words. The indicators and their arrays are then in the
   * processor's cache when their figures are chosen.
   */
  private long readAhead(Object[] listed, int from, int to, long[][] values) {
    long sum = 0;
    for (int t = from; t < to; t++) {
      Indicator ind = (Indicator) listed[t];
      indicators[t] = ind;
      long[] v = ValueColumns.of(ind);
      values[t - from] = v;
      for (int w = 0; w < v.length; w += 8) {
        sum += v[w];
      }
      sum += v[v.length - 1];
    }
    return sum;
  }

  /** The layout of {@code framework}: the one kept with it, or built now and kept. */
  static FrameworkLayout of(ResultsFramework framework) {
    return FrameworkMemo.computeIfAbsent(framework, FrameworkLayout.class, FrameworkLayout::new);
  }

  /** The figures of {@code period}; all {@link #UNRATED} when no indicator has a target for it. */
  Column column(Period period) {
    return columns.getOrDefault(period, none);
  }

  /** {@link #kind} for figures at different scales: each at that of the most decimal places. */
  private static byte atCommonScale(long[] v, int a, int t, int b, byte scored, Column c, int i) {
    int scale =
        Math.max(
            ValueColumns.scale(v, a),
            Math.max(ValueColumns.scale(v, t), b >= 0 ? ValueColumns.scale(v, b) : 0));
    long la = atScale(v, a, scale);
    long lt = atScale(v, t, scale);
    long lb = b >= 0 ? atScale(v, b, scale) : 0;
    if (la == Long.MIN_VALUE || lt == Long.MIN_VALUE || lb == Long.MIN_VALUE) {
      return EXACT;
    }
    return (byte) (scored | (b >= 0 ? HAS_BASELINE : 0) | c.put(i, la, lt, lb));
  }

  /**
   * Decimal {@code k} of {@code v} in units of {@code 10^-scale}, {@code scale} being at least its
   * own; {@link Long#MIN_VALUE} when that needs more than 18 digits (below 10^18 < 2^62).
   */
  private static long atScale(long[] v, int k, int scale) {
    int widen = scale - ValueColumns.scale(v, k);
    long units = ValueColumns.units(v, k);
    if (widen == 0) {
      return units;
    }
    long room = ScoreArithmetic.powerOfTen(18 - widen);
    return units < room && units > -room
        ? units * ScoreArithmetic.powerOfTen(widen)
        : Long.MIN_VALUE;
  }
}
