package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;

/**
 * A results framework laid out once in arrays (its tree, and each indicator's progress figures for
 * each target period) so that {@link RollupCalculator#rollUp(PreparedFramework, Period)} rates and
 * rolls it up without walking the object graph.
 *
 * <pre>{@code
 * PreparedFramework p = RollupCalculator.prepare(framework);       // once
 * RollupCalculator calc = RollupCalculator.withDefaults();
 * for (int y = 2018; y <= 2025; y++) {
 *   FrameworkRollup r = calc.rollUp(p, CalendarYear.of(y));       // equal to calc.rollUp(framework, …)
 *   r.subtree("1").count(Rating.ON_TRACK);
 * }
 * }</pre>
 *
 * <p>For every total target period of every indicator it keeps what progress needs: {@code actual
 * − baseline} and {@code target − baseline} as {@code long}s at a common decimal scale, chosen as
 * {@link AchievementCalculator} would choose the target, the actual and the baseline. An
 * indicator-period it cannot reduce exactly to those two numbers (a measure other than unit,
 * percentage or currency; a direction other than increase or decrease; a summed cumulative actual;
 * an "at least" or "at most" actual; a ratio value; figures too large for {@code long}) is marked
 * and rated by the {@link AchievementCalculator} itself, so results are the same either way. The
 * figures do not depend on the achievement policy or rating scheme.
 *
 * <p>Memory is about 17 bytes per indicator and target period. Immutable and thread-safe: the
 * arrays are never modified after construction nor handed out.
 */
public final class PreparedFramework {

  /** Not rated under any policy: no target, no actual, baseline equal to target, wrong way. */
  static final byte NOT_RATED = 0;

  /** Rated from {@code numerator / denominator}. */
  static final byte PROGRESS = 1;

  /** No baseline: not rated when one is required, else rated from the figures (baseline 0). */
  static final byte PROGRESS_WITHOUT_BASELINE = 2;

  /** Rated by the {@link AchievementCalculator}. */
  static final byte EXACT = 3;

  /**
   * The largest progress numerator kept: times 100 × 10^6 (a percentage to the finest scheme
   * scale) it still fits in a {@code long}.
   */
  static final long MAX_NUMERATOR = Long.MAX_VALUE / 100_000_000L;

  private final ResultsFramework framework;
  private final ImmutableMap<String, Integer> positions;
  private final int[] parent;
  private final int[] nodeOf;
  private final Indicator[] indicators;
  private final ImmutableMap<Period, Column> columns;

  /** One target period: per indicator, how it is rated and its progress fraction. */
  static final class Column {
    final byte[] kind;
    final long[] numerator;
    final long[] denominator;

    Column(int indicators) {
      kind = new byte[indicators];
      numerator = new long[indicators];
      denominator = new long[indicators];
    }
  }

  private PreparedFramework(ResultsFramework framework) {
    this.framework = framework;
    ImmutableList<ResultNode> nodes = framework.nodes();
    ImmutableMap.Builder<String, Integer> at = ImmutableMap.builderWithExpectedSize(nodes.size());
    for (int n = 0; n < nodes.size(); n++) {
      at.put(nodes.get(n).code(), n);
    }
    this.positions = at.buildOrThrow();
    this.parent = new int[nodes.size()];
    Arrays.fill(parent, -1);
    List<Indicator> all = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int n = 0; n < nodes.size(); n++) {
      ResultNode node = nodes.get(n);
      for (ResultNode c : node.children()) {
        parent[positions.get(c.code())] = n;
      }
      for (Indicator i : node.indicators()) {
        all.add(i);
        owners.add(n);
      }
    }
    this.indicators = all.toArray(new Indicator[0]);
    this.nodeOf = new int[indicators.length];
    Map<Period, Column> byPeriod = new LinkedHashMap<>();
    List<Period> seen = new ArrayList<>();
    for (int i = 0; i < indicators.length; i++) {
      nodeOf[i] = owners.get(i);
      seen.clear();
      for (PeriodValue t : indicators[i].targets()) {
        // the first total target of a period decides, as in the calculator
        if (t.value().isTotal() && !seen.contains(t.period())) {
          seen.add(t.period());
          Column c = byPeriod.computeIfAbsent(t.period(), p -> new Column(indicators.length));
          c.kind[i] = kind(indicators[i], t, c, i);
        }
      }
    }
    this.columns = ImmutableMap.copyOf(byPeriod);
  }

  /** The prepared form of {@code framework}. */
  static PreparedFramework of(ResultsFramework framework) {
    return new PreparedFramework(checkNotNull(framework, "framework"));
  }

  /** The framework prepared. */
  public ResultsFramework framework() {
    return framework;
  }

  /** The number of indicators of the framework, over all its results. */
  public int indicatorCount() {
    return indicators.length;
  }

  /** The target periods with figures: every period some indicator has a total target for. */
  public ImmutableList<Period> periods() {
    return columns.keySet().asList();
  }

  /** {@code ILO 2018-2021 (14 results), prepared for 4 periods}. */
  @Override
  public String toString() {
    return framework + ", prepared for " + columns.size() + " periods";
  }

  ImmutableMap<String, Integer> positions() {
    return positions;
  }

  int nodeCount() {
    return parent.length;
  }

  int parent(int node) {
    return parent[node];
  }

  int nodeOf(int indicator) {
    return nodeOf[indicator];
  }

  Indicator indicator(int i) {
    return indicators[i];
  }

  /** The figures of {@code period}; null when no indicator has a target for it. */
  Column column(Period period) {
    return columns.get(period);
  }

  /**
   * How indicator {@code i} is rated against its first total target {@code target}; for {@link
   * #PROGRESS} and {@link #PROGRESS_WITHOUT_BASELINE} its fraction is stored in {@code c}.
   */
  private static byte kind(Indicator ind, PeriodValue target, Column c, int i) {
    Measure m = ind.measure();
    Direction d = ind.direction();
    if ((m != Measure.UNIT && m != Measure.PERCENTAGE && m != Measure.CURRENCY)
        || (d != Direction.INCREASE && d != Direction.DECREASE)) {
      return EXACT;
    }
    Period period = target.period();
    DateRange range = period.dateRange();
    List<PeriodValue> actuals = new ArrayList<>(4);
    for (PeriodValue a : ind.actuals()) {
      if (!a.value().isTotal()) {
        continue;
      }
      DateRange r = a.period().dateRange();
      if (!r.start().isBefore(range.start()) && !r.endExclusive().isAfter(range.endExclusive())) {
        actuals.add(a);
      }
    }
    if (actuals.isEmpty()) {
      return NOT_RATED;
    }
    if (ind.cumulation().sumsOverPeriods() && actuals.size() > 1) {
      return EXACT;
    }
    IndicatorValue av = AchievementCalculator.latestOf(actuals, period).value();
    if (av.qualifier() == Qualifier.AT_LEAST || av.qualifier() == Qualifier.AT_MOST) {
      return EXACT;
    }
    Optional<IndicatorValue> bv = AchievementCalculator.latestBaseline(ind, period);
    if (!(av.value() instanceof DecimalValue a)
        || !(target.value().value() instanceof DecimalValue t)
        || (bv.isPresent() && !(bv.get().value() instanceof DecimalValue))) {
      return EXACT;
    }
    BigDecimal b = bv.isPresent() ? ((DecimalValue) bv.get().value()).value() : BigDecimal.ZERO;
    int scale = Math.max(0, Math.max(a.value().scale(), Math.max(t.value().scale(), b.scale())));
    long la = unscaled(a.value(), scale);
    long lt = unscaled(t.value(), scale);
    long lb = unscaled(b, scale);
    if (la == Long.MIN_VALUE || lt == Long.MIN_VALUE || lb == Long.MIN_VALUE) {
      return EXACT;
    }
    long numerator = la - lb; // within 63 bits: each figure is within 62
    long denominator = lt - lb;
    if (denominator == 0 || (d == Direction.INCREASE) != (denominator > 0)) {
      // baseline equal to target, or a target against the direction: undefined, also with the
      // zero baseline a missing one is taken as
      return NOT_RATED;
    }
    if (denominator < 0) {
      numerator = -numerator;
      denominator = -denominator;
    }
    if (Math.abs(numerator) > MAX_NUMERATOR) {
      return EXACT;
    }
    c.numerator[i] = numerator;
    c.denominator[i] = denominator;
    return bv.isPresent() ? PROGRESS : PROGRESS_WITHOUT_BASELINE;
  }

  /**
   * {@code v} in units of {@code 10^-scale}; {@link Long#MIN_VALUE} when that needs more than 62
   * bits or the scale is beyond 18 places.
   */
  private static long unscaled(BigDecimal v, int scale) {
    if (scale > 18 || Digits.integerDigits(v) > 19) {
      return Long.MIN_VALUE;
    }
    BigInteger u = v.setScale(scale).unscaledValue();
    return u.bitLength() > 62 ? Long.MIN_VALUE : u.longValue();
  }
}
