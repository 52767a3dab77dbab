package org.rbmkit.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.document.DocumentValidator;
import org.rbmkit.core.document.Violation;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.IndicatorDocument;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValueDocument;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNodeDocument;
import org.rbmkit.core.results.ResultsFrameworkDocument;
import org.rbmkit.core.text.LocalizedText;

/**
 * A results framework whose indicator repeats one period in many actuals: every repeat is a
 * problem, and validating them takes time in proportion to their number (docs/GUARANTEES.md,
 * "Linear validation").
 */
class HostileValidationTest {

  @Test
  void repeatedPeriods_validateInLinearTime() {
    // 4 000 and 40 000 repeats: ten times the problems, about ten times the time (a quadratic
    // validation gave 100 times); 13 leaves room for a busy machine's noise. The documents are
    // built before, so that only the validation is timed
    Map<Integer, ResultsFrameworkDocument> documents =
        Map.of(4_000, frameworkWithRepeats(4_000), 40_000, frameworkWithRepeats(40_000));
    Growth.assertAtMost(13.0, 4_000, 10, n -> {
      List<Violation> problems = DocumentValidator.validate(documents.get(n));
      assertThat(problems).hasSize(n - 1);
    });
  }

  @Test
  void repeatedPeriods_areListedInDocumentOrder() {
    List<Violation> problems = DocumentValidator.validate(frameworkWithRepeats(10_001));
    assertThat(problems).hasSize(10_000);
    assertThat(problems.get(0).path()).isEqualTo("roots[0].indicators[0].actuals[1].period");
    assertThat(problems.get(9).path()).isEqualTo("roots[0].indicators[0].actuals[10].period");
    assertThat(problems.get(9_999).path())
        .isEqualTo("roots[0].indicators[0].actuals[10000].period");
    assertThat(problems.get(0).message()).isEqualTo("repeats period 2021 in actuals");
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
    for (int i = 0; i < n; i++) {
      PeriodValueDocument v = new PeriodValueDocument();
      v.period = Period.parse("2021");
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
