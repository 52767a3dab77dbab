package org.rbmkit.examples.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.PlanPeriod;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;

/**
 * A synthetic, reproducible results framework: outcomes, outputs and many indicators, each with
 * a baseline and a target and an actual for each of {@value #PERIODS} years.
 *
 * <pre>{@code
 * ResultsFramework f = FrameworkData.generate(100_000, 42);
 * byte[] json = RbmJson.mapper().writeValueAsBytes(f);
 * }</pre>
 *
 * <p>Indicators count participants, go up, and do not cumulate; a hundred sit under each output,
 * ten outputs under each outcome.
 */
public final class FrameworkData {

  /** Years with a target and an actual. */
  static final int PERIODS = 8;
  /** The first of those years. */
  static final int FIRST_YEAR = 2018;
  /** Indicators per output. */
  static final int PER_OUTPUT = 100;
  /** Outputs per outcome. */
  static final int OUTPUTS_PER_OUTCOME = 10;

  private FrameworkData() {}

  /** A framework with {@code indicators} indicators (a multiple of {@value #PER_OUTPUT}). */
  public static ResultsFramework generate(int indicators, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int outputs = Math.max(1, indicators / PER_OUTPUT);
    List<ResultNode> outcomes = new ArrayList<>();
    ResultNode.Builder outcome = null;
    for (int o = 0; o < outputs; o++) {
      if (o % OUTPUTS_PER_OUTCOME == 0) {
        if (outcome != null) {
          outcomes.add(outcome.build());
        }
        int n = o / OUTPUTS_PER_OUTCOME + 1;
        outcome =
            ResultNode.builder(
                Integer.toString(n),
                ResultLevel.OUTCOME,
                LocalizedText.of("en", "Outcome " + n, "fr", "Résultat " + n));
      }
      String code = (o / OUTPUTS_PER_OUTCOME + 1) + "." + (o % OUTPUTS_PER_OUTCOME + 1);
      ResultNode.Builder output =
          ResultNode.builder(
              code,
              ResultLevel.OUTPUT,
              LocalizedText.of("en", "Output " + code, "fr", "Produit " + code));
      for (int i = 0; i < PER_OUTPUT && o * PER_OUTPUT + i < indicators; i++) {
        output.indicator(indicator(code + "." + (i + 1), r));
      }
      outcome.child(output.build());
    }
    outcomes.add(outcome.build());
    return ResultsFramework.of(
        "RBMKIT",
        new PlanPeriod(FIRST_YEAR, FIRST_YEAR + PERIODS - 1),
        LocalizedText.of("en", "Synthetic framework", "fr", "Cadre synthétique"),
        outcomes);
  }

  private static Indicator indicator(String code, SplittableRandom r) {
    long base = r.nextInt(1000);
    Indicator.Builder b =
        Indicator.builder(
                code,
                LocalizedText.of(
                    "en", "Participants trained, indicator " + code,
                    "fr", "Participants formés, indicateur " + code),
                Measure.UNIT)
            .unit("participants")
            .direction(Direction.INCREASE)
            .cumulation(Cumulation.NON_CUMULATIVE)
            .baseline(Baseline.inYear(FIRST_YEAR - 1, IndicatorValue.of(base)));
    for (int p = 0; p < PERIODS; p++) {
      CalendarYear y = CalendarYear.of(FIRST_YEAR + p);
      b.target(new PeriodValue(y, IndicatorValue.of(base + 10L * (p + 1))));
      b.actual(new PeriodValue(y, IndicatorValue.of(base + r.nextInt(20 * (p + 1)))));
    }
    return b.build();
  }
}
