package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.rbmkit.core.indicator.Band;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.indicator.Value;
import org.rbmkit.core.period.Period;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.AchievementPolicy.MissingBaseline;
import org.rbmkit.kpi.achievement.AchievementPolicy.OverAchievement;
import org.rbmkit.kpi.achievement.Pace.PaceCurve;

/**
 * Computes the achievement of an indicator for a target period, and its pace at a date.
 *
 * <pre>{@code
 * AchievementCalculator calc = new AchievementCalculator(AchievementPolicy.DEFAULT);
 * Achievement a = calc.achievement(indicator, Biennium.parse("2024-25"));
 * Pace p = calc.pace(indicator, Biennium.parse("2024-25"), LocalDate.of(2024, 12, 31), PaceCurve.LINEAR);
 * }</pre>
 *
 * <p>The rules, stated in full in {@code docs/achievement.md}:
 *
 * <ul>
 *   <li>Only totals (values without dimensions) are compared. The target is the total target of
 *       exactly the period asked for. The actuals considered are the total actuals whose period
 *       lies within the target period.
 *   <li>Cumulation: a {@linkplain org.rbmkit.core.indicator.Cumulation#CUMULATIVE cumulative}
 *       indicator compares the sum of those actuals (a ratio sums numerators and denominators; a
 *       percentage cannot be summed); the others compare the actual of exactly the target period if
 *       there is one, else the latest (by end, then start).
 *   <li>The baseline is the latest total baseline that does not start after the target period.
 *   <li>Numeric measures (unit, percentage, ratio, currency) follow the policy's {@link
 *       AchievementMethod}; a maintain indicator is met when the actual lies in its band (a ratio
 *       as a percentage); nominal and qualitative indicators are met when the actual equals the
 *       target (texts compared ignoring case and surrounding white space); ordinal ones when the
 *       actual's level is at least (increase), at most (decrease) or equal to (none) the target's,
 *       texts ranked by the policy's ordinal scale.
 *   <li>A qualified actual gives a range: "at least" leaves the upper end open, "at most" the lower
 *       end; "approximate" is taken as stated and flagged.
 * </ul>
 *
 * <p>Every case has an {@link AchievementStatus}; nothing here throws for data, only for null
 * arguments. Stateless apart from its policy; immutable and thread-safe.
 */
public final class AchievementCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final AchievementPolicy policy;

  /** A calculator applying {@code policy}. */
  public AchievementCalculator(AchievementPolicy policy) {
    this.policy = checkNotNull(policy, "policy");
  }

  /** The policy applied. */
  public AchievementPolicy policy() {
    return policy;
  }

  /**
   * The achievement of {@code indicator} for the target period {@code period}.
   *
   * @return an achievement whose status says whether and how it was computed; {@link
   *     AchievementStatus#NO_TARGET} when the indicator has no total target for the period, {@link
   *     AchievementStatus#NOT_REPORTED} when no actual lies within it
   */
  public Achievement achievement(Indicator indicator, Period period) {
    checkNotNull(indicator, "indicator");
    checkNotNull(period, "period");
    return new Run(indicator, period, Optional.empty()).compute();
  }

  /**
   * The achievement of {@code indicator} for the target period {@code period} as known at the end
   * of {@code date}: only the actuals whose period has ended by then count (an actual for 2020
   * counts from 2020-12-31 on).
   *
   * @return as {@link #achievement(Indicator, Period)}; {@link AchievementStatus#NOT_REPORTED} when
   *     no actual within the period has ended by the date
   */
  public Achievement achievementAt(Indicator indicator, Period period, LocalDate date) {
    checkNotNull(indicator, "indicator");
    checkNotNull(period, "period");
    checkNotNull(date, "date");
    return new Run(indicator, period, Optional.of(date)).compute();
  }

  /** The achievements of every period the indicator has a total target for, in target order. */
  public ImmutableList<Achievement> achievements(Indicator indicator) {
    checkNotNull(indicator, "indicator");
    ImmutableList.Builder<Achievement> b = ImmutableList.builder();
    Figures f = new Figures().read(indicator);
    for (int j = 0; j < f.periods(); j++) {
      b.add(achievement(indicator, f.period(j)));
    }
    return b.build();
  }

  /**
   * The achievement of {@code indicator} for {@code period} as known at the end of {@code date}
   * ({@link #achievementAt}), against the progress expected by then under {@code curve}.
   */
  public Pace pace(Indicator indicator, Period period, LocalDate date, PaceCurve curve) {
    return Pace.of(achievementAt(indicator, period, date), date, curve);
  }

  /** One computation: the indicator, the period and what has been found so far. */
  private final class Run {
    private final Indicator ind;
    private final Period period;
    private final Optional<LocalDate> asOf;
    private Optional<IndicatorValue> target = Optional.empty();
    private Optional<IndicatorValue> actual = Optional.empty();
    private Optional<IndicatorValue> baseline = Optional.empty();
    private boolean approximate;

    Run(Indicator ind, Period period, Optional<LocalDate> asOf) {
      this.ind = ind;
      this.period = period;
      this.asOf = asOf;
    }

    Achievement compute() {
      Figures figures = new Figures().read(ind);
      int j = figures.indexOf(period);
      if (j < 0) {
        return undefined(AchievementStatus.NO_TARGET, "no total target for " + period);
      }
      target = Optional.of(figures.target(j));
      figures.choose(j, asOf.map(LocalDate::toEpochDay).orElse(Figures.EVERY));
      if (figures.within() == 0) {
        return undefined(
            AchievementStatus.NOT_REPORTED,
            "no total actual reported within " + period + asOf.map(d -> " by " + d).orElse(""));
      }
      return switch (ind.measure()) {
        case UNIT, PERCENTAGE, CURRENCY, RATIO -> numeric(figures);
        case NOMINAL, ORDINAL, QUALITATIVE -> categorical(figures.latest());
      };
    }

    private Achievement numeric(Figures figures) {
      // the baseline progress is measured from is part of the result whatever the actual turns
      // out to be: found before the actual is judged, so that an undefined actual keeps it
      boolean fromBaseline =
          policy.method() == AchievementMethod.PROGRESS
              && (ind.direction() == Direction.INCREASE || ind.direction() == Direction.DECREASE);
      if (fromBaseline) {
        baseline = figures.baseline();
      }
      if (figures.sums()) {
        Figures.Sum sum = Figures.sum(ind.measure(), figures.actualsWithin(), period);
        if (sum.value().isEmpty()) {
          return undefined(sum.refusal(), sum.why());
        }
        actual = sum.value();
      } else {
        actual = Optional.of(figures.latest());
      }
      IndicatorValue av = actual.get();
      approximate =
          av.qualifier() == Qualifier.APPROXIMATE
              || target.get().qualifier() == Qualifier.APPROXIMATE;
      Optional<ExactRatio> a = exact(av.value());
      if (a.isEmpty()) {
        return undefined(
            AchievementStatus.ZERO_DENOMINATOR, "actual " + av + " has a zero denominator");
      }
      Optional<ExactRatio> aLow = av.qualifier() == Qualifier.AT_MOST ? Optional.empty() : a;
      Optional<ExactRatio> aHigh = av.qualifier() == Qualifier.AT_LEAST ? Optional.empty() : a;
      if (ind.measure() == Measure.RATIO && aLow.isEmpty()) {
        aLow = Optional.of(ExactRatio.ZERO); // a ratio of counts is never negative
      }
      return switch (ind.direction()) {
        case NONE ->
            undefined(
                AchievementStatus.NO_DIRECTION, "direction none: no value is better than another");
        case MAINTAIN -> band(aLow, aHigh);
        case INCREASE, DECREASE ->
            policy.method() == AchievementMethod.PROGRESS
                ? progress(aLow, aHigh)
                : ratioToTarget(aLow, aHigh);
      };
    }

    private Achievement band(Optional<ExactRatio> aLow, Optional<ExactRatio> aHigh) {
      Band band = ind.band().orElseThrow();
      BigDecimal scale = ind.measure() == Measure.RATIO ? HUNDRED : BigDecimal.ONE;
      ExactRatio lower = ExactRatio.of(band.lower());
      ExactRatio upper = ExactRatio.of(band.upper());
      Optional<ExactRatio> lo = aLow.map(r -> r.times(scale));
      Optional<ExactRatio> hi = aHigh.map(r -> r.times(scale));
      String what = "band " + band + (scale.equals(HUNDRED) ? " (as a percentage)" : "");
      boolean inside =
          lo.isPresent()
              && hi.isPresent()
              && lo.get().compareValue(lower) >= 0
              && hi.get().compareValue(upper) <= 0;
      boolean outside =
          (hi.isPresent() && hi.get().compareValue(lower) < 0)
              || (lo.isPresent() && lo.get().compareValue(upper) > 0);
      if (inside) {
        return binary(true, "actual " + actual.get() + " within " + what);
      }
      if (outside) {
        return binary(false, "actual " + actual.get() + " outside " + what);
      }
      return undefined(
          AchievementStatus.INDETERMINATE,
          "actual " + actual.get() + " may or may not lie within " + what);
    }

    private Achievement progress(Optional<ExactRatio> aLow, Optional<ExactRatio> aHigh) {
      Optional<IndicatorValue> bv = baseline;
      ExactRatio b;
      String bText;
      if (bv.isEmpty()) {
        if (policy.missingBaseline() == MissingBaseline.REQUIRE) {
          return undefined(
              AchievementStatus.NO_BASELINE,
              "progress needs a baseline and the indicator has none");
        }
        b = ExactRatio.ZERO;
        bText = "0 (no baseline, taken as zero)";
      } else {
        approximate |= bv.get().qualifier() == Qualifier.APPROXIMATE;
        Optional<ExactRatio> eb = exact(bv.get().value());
        if (eb.isEmpty()) {
          return undefined(
              AchievementStatus.ZERO_DENOMINATOR,
              "baseline " + bv.get() + " has a zero denominator");
        }
        b = eb.get();
        bText = bv.get().toString();
      }
      Optional<ExactRatio> et = exact(target.get().value());
      if (et.isEmpty()) {
        return undefined(
            AchievementStatus.ZERO_DENOMINATOR,
            "target " + target.get() + " has a zero denominator");
      }
      ExactRatio t = et.get();
      int cmp = t.compareValue(b);
      boolean increase = ind.direction() == Direction.INCREASE;
      AchievementStatus status = AchievementMethod.progressStatus(cmp, increase);
      if (status == AchievementStatus.BASELINE_EQUALS_TARGET) {
        return undefined(
            status,
            "baseline " + bText + " equals target " + target.get() + ": progress is undefined");
      }
      if (status == AchievementStatus.TARGET_AGAINST_DIRECTION) {
        return undefined(
            status,
            "target "
                + target.get()
                + " is "
                + (cmp > 0 ? "above" : "below")
                + " baseline "
                + bText
                + " but the indicator should "
                + ind.direction().code());
      }
      Optional<ExactRatio> fLow = aLow.map(x -> Scorer.fraction(x, t, b, true, increase));
      // an exact actual is both ends: computed once
      Optional<ExactRatio> fHigh =
          aHigh == aLow ? fLow : aHigh.map(x -> Scorer.fraction(x, t, b, true, increase));
      String formula =
          increase
              ? "progress (actual − baseline) ÷ (target − baseline) = ("
                  + actual.get()
                  + " − "
                  + bText
                  + ") ÷ ("
                  + target.get()
                  + " − "
                  + bText
                  + ")"
              : "progress (baseline − actual) ÷ (baseline − target) = ("
                  + bText
                  + " − "
                  + actual.get()
                  + ") ÷ ("
                  + bText
                  + " − "
                  + target.get()
                  + ")";
      return increase ? measured(fLow, fHigh, formula) : measured(fHigh, fLow, formula);
    }

    private Achievement ratioToTarget(Optional<ExactRatio> aLow, Optional<ExactRatio> aHigh) {
      Optional<ExactRatio> et = exact(target.get().value());
      if (et.isEmpty()) {
        return undefined(
            AchievementStatus.ZERO_DENOMINATOR,
            "target " + target.get() + " has a zero denominator");
      }
      ExactRatio t = et.get();
      boolean increase = ind.direction() == Direction.INCREASE;
      AchievementStatus status =
          AchievementMethod.ratioToTargetStatus(
              t.signum(), aHigh.map(ExactRatio::signum).orElse(1), increase);
      if (status != AchievementStatus.MEASURED) {
        String why =
            increase
                ? t.signum() == 0
                    ? "actual ÷ target with a zero target"
                    : "actual ÷ target with a negative target " + target.get()
                : status == AchievementStatus.NOT_COMPARABLE
                    ? "target ÷ actual with target "
                        + target.get()
                        + " is not a measure of achievement; use progress"
                    : "target ÷ actual with actual " + actual.get();
        return undefined(status, why);
      }
      if (increase) {
        Optional<ExactRatio> low = aLow.map(x -> Scorer.fraction(x, t, t, false, true));
        return measured(
            low,
            aHigh == aLow ? low : aHigh.map(x -> Scorer.fraction(x, t, t, false, true)),
            "actual ÷ target = " + actual.get() + " ÷ " + target.get());
      }
      Optional<ExactRatio> fHigh =
          aLow.filter(x -> x.signum() > 0).map(x -> Scorer.fraction(x, t, t, false, false));
      Optional<ExactRatio> fLow = aHigh.map(x -> Scorer.fraction(x, t, t, false, false));
      return measured(fLow, fHigh, "target ÷ actual = " + target.get() + " ÷ " + actual.get());
    }

    private Achievement categorical(IndicatorValue latest) {
      actual = Optional.of(latest);
      IndicatorValue av = actual.get();
      IndicatorValue tv = target.get();
      Value a = av.value();
      Value t = tv.value();
      if (a.getClass() != t.getClass()) {
        return undefined(
            AchievementStatus.NOT_COMPARABLE,
            "actual " + av + " and target " + tv + " are different kinds of value");
      }
      if (ind.direction() == Direction.MAINTAIN) {
        if (a instanceof DecimalValue ad) {
          Optional<ExactRatio> x = Optional.of(ExactRatio.of(ad.value()));
          return band(
              av.qualifier() == Qualifier.AT_MOST ? Optional.empty() : x,
              av.qualifier() == Qualifier.AT_LEAST ? Optional.empty() : x);
        }
        return undefined(AchievementStatus.NOT_COMPARABLE, "a band cannot hold the category " + av);
      }
      if (ind.measure() != Measure.ORDINAL) {
        boolean equal =
            a instanceof TextValue at
                ? AchievementPolicy.normalise(at.text())
                    .equals(AchievementPolicy.normalise(((TextValue) t).text()))
                : ((DecimalValue) a).value().compareTo(((DecimalValue) t).value()) == 0;
        return binary(
            equal, "actual " + av + (equal ? " equals" : " differs from") + " target " + tv);
      }
      BigDecimal ra;
      BigDecimal rt;
      if (a instanceof TextValue at) {
        int ia = policy.ordinalRank(ind.code(), at.text());
        int it = policy.ordinalRank(ind.code(), ((TextValue) t).text());
        if (ia < 0 || it < 0) {
          return undefined(
              AchievementStatus.NOT_COMPARABLE,
              "ordinal category "
                  + (ia < 0 ? av : tv)
                  + " is not in the declared scale "
                  + policy.ordinalScales().getOrDefault(ind.code(), ImmutableList.of()));
        }
        ra = BigDecimal.valueOf(ia);
        rt = BigDecimal.valueOf(it);
      } else {
        ra = ((DecimalValue) a).value();
        rt = ((DecimalValue) t).value();
      }
      Direction d = ind.direction();
      boolean lowOpen = av.qualifier() == Qualifier.AT_MOST;
      boolean highOpen = av.qualifier() == Qualifier.AT_LEAST;
      int c = ra.compareTo(rt);
      String rule =
          "ordinal level of actual " + av + " against target " + tv + " (" + d.code() + ")";
      return switch (d) {
        case INCREASE ->
            c >= 0 && !lowOpen
                ? binary(true, rule)
                : c < 0 && !highOpen
                    ? binary(false, rule)
                    : undefined(AchievementStatus.INDETERMINATE, rule);
        case DECREASE ->
            c <= 0 && !highOpen
                ? binary(true, rule)
                : c > 0 && !lowOpen
                    ? binary(false, rule)
                    : undefined(AchievementStatus.INDETERMINATE, rule);
        default ->
            lowOpen || highOpen
                ? undefined(AchievementStatus.INDETERMINATE, rule)
                : binary(c == 0, rule);
      };
    }

    private Achievement measured(Optional<ExactRatio> low, Optional<ExactRatio> high, String rule) {
      boolean capped = false;
      if (policy.overAchievement() == OverAchievement.CAP) {
        if (high.isEmpty() || Scorer.aboveOne(high.get())) {
          capped = true;
          high = Optional.of(ExactRatio.ONE);
        }
        if (low.isPresent() && Scorer.aboveOne(low.get())) {
          low = Optional.of(ExactRatio.ONE);
        }
      }
      if (low.isEmpty() && high.isEmpty()) {
        // target ÷ actual with an actual of "at least" zero or less: any positive share
        return undefined(
            AchievementStatus.INDETERMINATE, rule + ": the achievement is unbounded at both ends");
      }
      return new Achievement(
          ind.code(),
          period,
          AchievementStatus.MEASURED,
          policy.method(),
          low,
          high,
          approximate,
          capped,
          actual,
          baseline,
          target,
          rule + (capped ? ", capped at 100 %" : ""));
    }

    private Achievement binary(boolean met, String rule) {
      Optional<ExactRatio> v = Optional.of(met ? ExactRatio.ONE : ExactRatio.ZERO);
      return new Achievement(
          ind.code(),
          period,
          met ? AchievementStatus.MET : AchievementStatus.NOT_MET,
          policy.method(),
          v,
          v,
          approximate,
          false,
          actual,
          baseline,
          target,
          rule);
    }

    private Achievement undefined(AchievementStatus status, String why) {
      return new Achievement(
          ind.code(),
          period,
          status,
          policy.method(),
          Optional.empty(),
          Optional.empty(),
          approximate,
          false,
          actual,
          baseline,
          target,
          "indicator " + ind.code() + " " + period + ": " + why);
    }
  }

  /** The value as an exact ratio; empty for a ratio with a zero denominator. */
  static Optional<ExactRatio> exact(Value v) {
    if (v instanceof DecimalValue d) {
      return Optional.of(ExactRatio.of(d.value()));
    }
    if (v instanceof RatioValue r) {
      return r.denominator().signum() == 0
          ? Optional.empty()
          : Optional.of(ExactRatio.of(r.numerator(), r.denominator()));
    }
    throw new IllegalArgumentException("not a number: " + v);
  }
}
