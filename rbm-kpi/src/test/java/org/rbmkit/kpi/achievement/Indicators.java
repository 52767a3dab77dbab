package org.rbmkit.kpi.achievement;

import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.text.LocalizedText;

/** Short builders for test indicators. */
final class Indicators {

  private Indicators() {}

  static Indicator.Builder of(String code, Measure measure, Direction direction) {
    return Indicator.builder(code, LocalizedText.of("en", "Indicator " + code), measure)
        .direction(direction)
        .cumulation(Cumulation.NON_CUMULATIVE);
  }

  /** An increase unit indicator: baseline in 2017, target and actual for {@code period}. */
  static Indicator increase(String baseline, String target, String period, String actual) {
    Indicator.Builder b = of("i", Measure.UNIT, Direction.INCREASE);
    if (baseline != null) {
      b.baseline(Baseline.inYear(2017, IndicatorValue.of(baseline)));
    }
    b.target(PeriodValue.of(period, IndicatorValue.of(target)));
    if (actual != null) {
      b.actual(PeriodValue.of(period, IndicatorValue.of(actual)));
    }
    return b.build();
  }

  static PeriodValue pv(String period, IndicatorValue value) {
    return PeriodValue.of(period, value);
  }

  static PeriodValue pv(String period, String decimal) {
    return PeriodValue.of(period, IndicatorValue.of(decimal));
  }

  static Baseline base(int year, String decimal) {
    return Baseline.inYear(year, IndicatorValue.of(decimal));
  }
}
