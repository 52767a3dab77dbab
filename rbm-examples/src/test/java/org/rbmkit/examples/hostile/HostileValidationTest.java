package org.rbmkit.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.document.DocumentValidator;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.IndicatorDocument;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValueDocument;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNodeDocument;
import org.rbmkit.core.results.ResultsFrameworkDocument;
import org.rbmkit.core.text.LocalizedText;

/**
 * A results framework whose indicator repeats one period in many actuals: every repeat is a
 * problem, and validating them takes time in proportion to their number (docs/GUARANTEES.md,
 * "Linear validation"; docs/validation.md). The growth is checked as a ratio, best of seven runs
 * in the thread's CPU time, at sizes whose smaller run is long beside a scheduler's hiccup, so a
 * loaded machine does not fail it.
 */
class HostileValidationTest {

  @Test
  void repeatedPeriods_validateInLinearTime() {
    // 10 000 and 100 000 repeats: ten times the problems, about ten times the time (a quadratic
    // validation gives a hundred times); 30, as in the other growth bounds, leaves room for the
    // memory hierarchy (the larger run's problems and index no longer fit the processor's cache:
    // 10 to 17 times measured on a 2-core machine once a problem cost less to build) and for a
    // busy machine's noise. Sizes large enough that the smaller run takes milliseconds, so that
    // a scheduler's hiccup is small beside it, and the documents built before, so that only the
    // validation is timed
    Map<Integer, ResultsFrameworkDocument> documents =
        Map.of(10_000, frameworkWithRepeats(10_000), 100_000, frameworkWithRepeats(100_000));
    Growth.assertAtMost(30.0, 10_000, 10, n -> {
      List<Problem> problems = DocumentValidator.validate(documents.get(n));
      assertThat(problems).hasSize(n - 1);
    });
  }

  @Test
  void aMillionProblems_areFoundInOnePass() {
    ResultsFrameworkDocument document = frameworkWithRepeats(1_000_001);
    long start = System.nanoTime();
    List<Problem> problems = DocumentValidator.validate(document);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(problems).hasSize(1_000_000);
    assertThat(problems.get(999_999).location().path())
        .isEqualTo("roots[0].indicators[0].actuals[1000000].period");
    // a few seconds on a quiet machine; the bound is loose for a loaded one
    assertThat(millis).as("milliseconds for a million problems").isLessThan(60_000);
  }

  @Test
  void repeatedPeriods_areListedInDocumentOrder() {
    List<Problem> problems = DocumentValidator.validate(frameworkWithRepeats(10_001));
    assertThat(problems).hasSize(10_000);
    assertThat(problems.get(0).location().path()).isEqualTo("roots[0].indicators[0].actuals[1].period");
    assertThat(problems.get(9).location().path()).isEqualTo("roots[0].indicators[0].actuals[10].period");
    assertThat(problems.get(9_999).location().path())
        .isEqualTo("roots[0].indicators[0].actuals[10000].period");
    assertThat(problems.get(0).message()).isEqualTo("repeats period 2021 in actuals");
    assertThat(problems.get(0).code()).isEqualTo("indicator.period.repeated");
    assertThat(problems.get(0).value()).contains("2021");
  }

  /** A framework with one indicator whose {@code n} actuals all report 2021. */
  static ResultsFrameworkDocument frameworkWithRepeats(int n) {
    IndicatorDocument ind = new IndicatorDocument();
    ind.code = "1.a";
    ind.title = LocalizedText.of("en", "Share of projects");
    ind.measure = Measure.RATIO;
    ind.unit = "projects";
    ind.direction = Direction.INCREASE;
    ind.cumulation = Cumulation.NON_CUMULATIVE;
    Period year = Period.parse("2021");
    for (int i = 0; i < n; i++) {
      PeriodValueDocument v = new PeriodValueDocument();
      v.period = year;
      v.numerator = BigDecimal.ONE;
      v.denominator = BigDecimal.valueOf(2);
      ind.actuals.add(v);
    }
    ResultNodeDocument root = new ResultNodeDocument();
    root.code = "1";
    root.level = ResultLevel.OUTCOME;
    root.title = LocalizedText.of("en", "A more effective ILO");
    root.indicators.add(ind);
    ResultsFrameworkDocument f = new ResultsFrameworkDocument();
    f.owner = "ILO";
    f.period = Period.parse("2018-2021");
    f.title = LocalizedText.of("en", "IT strategy");
    f.roots = new ArrayList<>(List.of(root));
    return f;
  }
}
