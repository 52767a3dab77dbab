package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.AchievementPolicy.MissingBaseline;

/**
 * Checks indicator data before achievement is computed, and reports every problem found.
 *
 * <pre>{@code
 * List<Finding> findings = AchievementChecks.check(framework, AchievementPolicy.DEFAULT);
 * AchievementChecks.requireValid(framework, AchievementPolicy.DEFAULT);  // throws, listing all
 * }</pre>
 *
 * <p>The checks, each a {@link Finding.Kind}: an actual whose period lies within no target period; a
 * target or milestone outside the framework's period; a ratio whose numerator exceeds its
 * denominator (a ratio is a part of a whole); a value that does not fit the measure; a breakdown
 * whose parts do not add up to the total of the same period; a baseline missing where the policy
 * requires one. A breakdown is the set of values of one period sharing the same dimension names
 * ({@code sex}, or {@code sex} and {@code region}); it is taken as complete and checked for units,
 * currency amounts and ratios (numerators and denominators apart) when every value in it and the
 * total are exact. Stateless and thread-safe.
 */
public final class AchievementChecks {

  private AchievementChecks() {}

  /** The findings of every indicator of the framework, in document order. */
  public static ImmutableList<Finding> check(ResultsFramework framework, AchievementPolicy policy) {
    checkNotNull(framework, "framework");
    checkNotNull(policy, "policy");
    ImmutableList.Builder<Finding> b = ImmutableList.builder();
    for (ResultNode n : framework.nodes()) {
      for (Indicator i : n.indicators()) {
        b.addAll(check(i, Optional.of(n.code()), Optional.of(framework.period()), policy));
      }
    }
    return b.build();
  }

  /**
   * The findings of one indicator.
   *
   * @param indicator the indicator
   * @param resultCode the code of its result, for messages; empty if unknown
   * @param frameworkPeriod the framework's period, against which targets are checked; empty to skip
   *     that check
   * @param policy the policy, for the baseline requirement and ordinal scales
   */
  public static ImmutableList<Finding> check(
      Indicator indicator,
      Optional<String> resultCode,
      Optional<Period> frameworkPeriod,
      AchievementPolicy policy) {
    checkNotNull(indicator, "indicator");
    checkNotNull(resultCode, "resultCode");
    checkNotNull(frameworkPeriod, "frameworkPeriod");
    checkNotNull(policy, "policy");
    Context c = new Context(indicator, resultCode);
    for (PeriodValue a : indicator.actuals()) {
      if (indicator.targets().stream().noneMatch(t -> t.period().contains(a.period()))) {
        c.add(
            a.period(),
            Finding.Kind.ACTUAL_WITHOUT_TARGET,
            "actual "
                + a.value()
                + " for "
                + a.period()
                + ": no target period of the indicator contains "
                + a.period());
      }
    }
    if (frameworkPeriod.isPresent()) {
      Period fp = frameworkPeriod.get();
      for (PeriodValue t : indicator.targets()) {
        if (!fp.contains(t.period())) {
          c.add(
              t.period(),
              Finding.Kind.TARGET_OUTSIDE_FRAMEWORK,
              "target "
                  + t.value()
                  + " for "
                  + t.period()
                  + " lies outside the framework period "
                  + fp);
        }
      }
      for (PeriodValue t : indicator.milestones()) {
        if (!fp.contains(t.period())) {
          c.add(
              t.period(),
              Finding.Kind.TARGET_OUTSIDE_FRAMEWORK,
              "milestone "
                  + t.value()
                  + " for "
                  + t.period()
                  + " lies outside the framework period "
                  + fp);
        }
      }
    }
    Map<String, List<PeriodValue>> lists = new LinkedHashMap<>();
    lists.put(
        "baseline",
        indicator.baselines().stream().map(b -> new PeriodValue(b.period(), b.value())).toList());
    lists.put("target", indicator.targets());
    lists.put("milestone", indicator.milestones());
    lists.put("actual", indicator.actuals());
    Set<Class<?>> kinds = new java.util.HashSet<>();
    for (Map.Entry<String, List<PeriodValue>> e : lists.entrySet()) {
      for (PeriodValue pv : e.getValue()) {
        fit(c, e.getKey(), pv, policy, kinds);
      }
      disaggregation(c, e.getKey(), e.getValue());
    }
    if ((indicator.measure() == Measure.NOMINAL || indicator.measure() == Measure.ORDINAL)
        && kinds.size() > 1) {
      c.add(
          null,
          Finding.Kind.VALUE_DOES_NOT_FIT,
          "mixes numbers and text categories; measure "
              + indicator.measure().code()
              + " takes one or the other");
    }
    boolean numeric =
        AggregationRule.defaultFor(indicator.measure()).isPresent()
            || indicator.measure() == Measure.PERCENTAGE;
    if (policy.method() == AchievementMethod.PROGRESS
        && policy.missingBaseline() == MissingBaseline.REQUIRE
        && numeric
        && (indicator.direction() == Direction.INCREASE
            || indicator.direction() == Direction.DECREASE)
        && !indicator.targets().isEmpty()
        && indicator.baselines().stream().map(Baseline::value).noneMatch(IndicatorValue::isTotal)) {
      c.add(
          null,
          Finding.Kind.MISSING_BASELINE,
          "has targets but no total baseline, and progress from baseline to target requires one");
    }
    return ImmutableList.copyOf(c.findings);
  }

  /**
   * Throws if the framework has findings.
   *
   * @throws IllegalArgumentException listing every finding, one a line
   */
  public static void requireValid(ResultsFramework framework, AchievementPolicy policy) {
    List<Finding> findings = check(framework, policy);
    if (!findings.isEmpty()) {
      throw new IllegalArgumentException(
          "framework "
              + framework
              + ": "
              + findings.size()
              + " problem(s) in indicator data:\n"
              + findings.stream().map(Finding::message).collect(Collectors.joining("\n")));
    }
  }

  private static void fit(
      Context c, String list, PeriodValue pv, AchievementPolicy policy, Set<Class<?>> kinds) {
    IndicatorValue v = pv.value();
    Indicator ind = c.indicator;
    kinds.add(v.value().getClass());
    if (v.value() instanceof RatioValue r) {
      if (r.numerator().compareTo(r.denominator()) > 0) {
        c.add(
            pv.period(),
            Finding.Kind.NUMERATOR_EXCEEDS_DENOMINATOR,
            list
                + " "
                + v
                + " for "
                + pv.period()
                + ": numerator "
                + r.numerator().toPlainString()
                + " exceeds denominator "
                + r.denominator().toPlainString()
                + " in a ratio of a part to its whole");
      }
      if (r.denominator().signum() == 0 && !list.equals("actual")) {
        c.add(
            pv.period(),
            Finding.Kind.VALUE_DOES_NOT_FIT,
            list
                + " "
                + v
                + " for "
                + pv.period()
                + ": a "
                + list
                + " ratio needs a positive denominator");
      }
    }
    if (ind.measure() == Measure.PERCENTAGE
        && v.value() instanceof DecimalValue d
        && d.value().signum() < 0) {
      c.add(
          pv.period(),
          Finding.Kind.VALUE_DOES_NOT_FIT,
          list + " " + v + " for " + pv.period() + ": a percentage cannot be negative");
    }
    if (ind.measure() == Measure.ORDINAL
        && v.value() instanceof TextValue t
        && policy.ordinalRank(ind.code(), t.text()) < 0) {
      c.add(
          pv.period(),
          Finding.Kind.VALUE_DOES_NOT_FIT,
          list
              + " "
              + v
              + " for "
              + pv.period()
              + ": category not in the declared ordinal scale "
              + policy.ordinalScales().getOrDefault(ind.code(), ImmutableList.of()));
    }
  }

  private static void disaggregation(Context c, String list, List<PeriodValue> values) {
    Measure m = c.indicator.measure();
    if (m != Measure.UNIT && m != Measure.CURRENCY && m != Measure.RATIO) {
      return;
    }
    Map<Period, List<IndicatorValue>> byPeriod = new LinkedHashMap<>();
    for (PeriodValue pv : values) {
      byPeriod.computeIfAbsent(pv.period(), p -> new ArrayList<>()).add(pv.value());
    }
    for (Map.Entry<Period, List<IndicatorValue>> e : byPeriod.entrySet()) {
      Optional<IndicatorValue> total =
          e.getValue().stream().filter(IndicatorValue::isTotal).findFirst();
      if (total.isEmpty() || total.get().qualifier() != Qualifier.EXACT) {
        continue;
      }
      Map<Set<String>, List<IndicatorValue>> breakdowns = new LinkedHashMap<>();
      for (IndicatorValue v : e.getValue()) {
        if (!v.isTotal()) {
          breakdowns.computeIfAbsent(v.dimensions().keySet(), k -> new ArrayList<>()).add(v);
        }
      }
      for (Map.Entry<Set<String>, List<IndicatorValue>> b : breakdowns.entrySet()) {
        if (b.getValue().stream().anyMatch(v -> v.qualifier() != Qualifier.EXACT)) {
          continue;
        }
        ValueAccumulator acc = ValueAccumulator.EMPTY;
        for (IndicatorValue v : b.getValue()) {
          acc = acc.plus(v.value());
        }
        Object sum =
            m == Measure.RATIO ? acc.ratio() : acc.value(AggregationRule.SUM).orElseThrow();
        if (!sum.equals(total.get().value())) {
          c.add(
              e.getKey(),
              Finding.Kind.DISAGGREGATION_MISMATCH,
              list
                  + " "
                  + e.getKey()
                  + ": the "
                  + b.getValue().size()
                  + " values by "
                  + String.join(" and ", b.getKey())
                  + " add up to "
                  + sum
                  + ", not to the total "
                  + total.get());
        }
      }
    }
  }

  /** The indicator being checked and the findings so far. */
  private static final class Context {
    final Indicator indicator;
    final Optional<String> resultCode;
    final List<Finding> findings = new ArrayList<>();

    Context(Indicator indicator, Optional<String> resultCode) {
      this.indicator = indicator;
      this.resultCode = resultCode;
    }

    void add(Period period, Finding.Kind kind, String what) {
      String where =
          resultCode.map(r -> "result " + r + ", ").orElse("") + "indicator " + indicator.code();
      findings.add(
          new Finding(
              resultCode,
              indicator.code(),
              Optional.ofNullable(period),
              kind,
              where + ": " + what));
    }
  }
}
