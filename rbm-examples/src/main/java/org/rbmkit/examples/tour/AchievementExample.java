package org.rbmkit.examples.tour;

import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.Optional;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.examples.table.TextTable;
import org.rbmkit.kpi.achievement.Achievement;
import org.rbmkit.kpi.achievement.ExactRatio;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.IndicatorRating;
import org.rbmkit.kpi.achievement.Rating;
import org.rbmkit.kpi.achievement.ResultRollup;
import org.rbmkit.kpi.achievement.RollupCalculator;

/**
 * Step 6 of the tour: indicator achievement and ratings, rolled up to outcomes, on an example
 * framework with baselines, targets and actuals (the ILO IT strategy 2018-2021, seed 004).
 *
 * <p><b>The domain idea.</b> An indicator measures a result: it has a <em>baseline</em> (where
 * it started), a <em>target</em> for the period and <em>actuals</em> as they are reported. Its
 * achievement is how far it has come: by default progress = (actual − baseline) ÷ (target −
 * baseline), inverted for an indicator where lower is better, so that only the change the
 * programme produced is credited. A <em>rating scheme</em> bands the achievement after a stated
 * rounding (the traffic light: on track from 90 %, at risk from 70 %, off track below, whole per
 * cent rounded down, so that 89.99 % is at risk). Ratings roll up the tree: an output is rated
 * by its indicators, an outcome by its own and its outputs' indicators, by default as sound as
 * the weakest. Undefined cases (no actual, no target, baseline = target) are explicit states,
 * never a number.
 *
 * <pre>{@code
 * FrameworkRollup r = RollupCalculator.withDefaults().rollUp(TourData.achievementFramework());
 * r.summary("en");   // "Outcome 1: ...", one line per result, then per level
 * }</pre>
 */
public final class AchievementExample {

  /** The step's number in the tour. */
  public static final int STEP = 6;

  private AchievementExample() {}

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** The example framework. */
  public static ResultsFramework framework() {
    return TourData.achievementFramework();
  }

  /** The roll-up with the default method, scheme (traffic light) and rule (worst). */
  public static FrameworkRollup rollUp(ResultsFramework f) {
    return RollupCalculator.withDefaults().rollUp(f);
  }

  /** Every indicator: baseline, target, actual, achievement and rating. */
  public static TextTable indicatorTable(FrameworkRollup r) {
    TextTable t = TextTable.withColumns("<result", "<indicator", "<baseline", "<target",
        "<actual", "achievement", "<rating", "<status");
    for (IndicatorRating i : r.indicators()) {
      Achievement a = i.achievement();
      t.row(i.resultCode(), a.indicatorCode(), value(a.baseline()), value(a.target()),
          value(a.actual()), achievement(a), i.rated().rating().label("en")
              + (i.rated().uncertain() ? " (uncertain)" : ""),
          a.status().code());
    }
    return t;
  }

  /** Every result: its subtree's indicators by rating, and its rating. */
  public static TextTable resultTable(FrameworkRollup r) {
    TextTable t = TextTable.withColumns("<result", "<level", "indicators", "on track",
        "at risk", "off track", "not rated", "<rating");
    for (ResultRollup x : r.results().values()) {
      t.row(x.code(), x.level().code(), x.subtree().total(), x.subtree().count(Rating.ON_TRACK),
          x.subtree().count(Rating.AT_RISK), x.subtree().count(Rating.OFF_TRACK),
          x.subtree().count(Rating.NOT_RATED), x.rating().label("en"));
    }
    return t;
  }

  private static String value(Optional<IndicatorValue> v) {
    return v.map(IndicatorValue::toString).orElse("-");
  }

  private static String achievement(Achievement a) {
    if (a.low().isEmpty() && a.high().isEmpty()) {
      return "-";
    }
    String lo = a.low().map(AchievementExample::percent).orElse("...");
    String hi = a.high().map(AchievementExample::percent).orElse("...");
    return lo.equals(hi) ? lo : lo + " to " + hi;
  }

  private static String percent(ExactRatio r) {
    return r.percentage(1, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    ResultsFramework f = framework();
    FrameworkRollup r = rollUp(f);
    Narration n = new Narration(out);
    n.heading(STEP, "Indicator achievement and ratings, rolled up to outcomes");
    n.explain(
        "Achievement = (actual - baseline) / (target - baseline), inverted where lower is",
        "better, in per cent half-up to one decimal; a text target is met or not met. Rating:",
        r.scheme().code() + " (on track from 90 %, at risk from 70 %, whole per cent rounded"
            + " down). " + f.owner() + " " + f.period() + ", " + r.indicators().size()
            + " indicators:");
    n.table(indicatorTable(r).render());
    n.explain("Rolled up (rule: " + r.rule().code() + "; an outcome counts its own and its"
        + " outputs' indicators):");
    n.table(resultTable(r).render());
    r.summary("en").forEach(out::println);
    out.println();
    n.source(TourData.ACHIEVEMENT_FRAMEWORK,
        "seed 004: ILO IT strategy 2018-2021, outcomes and outputs at the lines each result"
            + " records; 72 of 119 projects new services (l.29-36)",
        "baselines and targets are illustrative");
  }
}
