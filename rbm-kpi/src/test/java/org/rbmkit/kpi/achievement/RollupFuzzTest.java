package org.rbmkit.kpi.achievement;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.achievement.RollupCalculator.IndicatorWeights;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;
import org.rbmkit.kpi.achievement.RollupPropertiesTest.Config;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the roll-up with results frameworks read from any bytes: each framework that reads is
 * rolled up for every period one of its indicators has a target for, and for a year none has,
 * without a date and as known at the end of 2020, and each roll-up must equal the reference of
 * {@link RollupPropertiesTest} (every indicator through {@link AchievementCalculator}, scored and
 * banded in {@code BigDecimal}, tallied over each result's subtree). Bytes that do not read as a
 * framework are left to {@code CoreJsonFuzzTest}, which checks what the reader refuses.
 *
 * <p>A normal build runs the inputs under {@code RollupFuzzTestInputs/}: frameworks written from
 * {@link RollupPropertiesTest#framework} (years, bienniums, quarters, the plan period and date
 * ranges far in time; every measure and direction) and the findings of longer runs. {@code
 * JAZZER_FUZZ=1} fuzzes it (docs/FUZZING.md).
 */
class RollupFuzzTest {

  private static final JsonMapper JSON = RbmJson.mapper();

  private static final Config DATED =
      new Config(
          AchievementPolicy.DEFAULT,
          RatingScheme.ON_TARGET_15,
          RollupRule.MEDIAN,
          Optional.of(LocalDate.of(2020, 12, 31)),
          IndicatorWeights.EQUAL);

  @FuzzTest(maxDuration = "3m")
  void rollUp(byte[] data) {
    ResultsFramework f;
    try {
      f = JSON.readValue(data, ResultsFramework.class);
    } catch (JacksonException e) {
      return;
    }
    Set<Period> periods = new LinkedHashSet<>();
    for (ResultNode n : f.nodes()) {
      for (Indicator i : n.indicators()) {
        for (PeriodValue t : i.targets()) {
          periods.add(t.period());
        }
      }
    }
    periods.add(CalendarYear.of(2199));
    for (Period period : periods) {
      for (Config config : new Config[] {Config.DEFAULTS, DATED}) {
        RollupPropertiesTest.assertRollUpEqualsReference(
            f, period, config, () -> "period " + period + ", " + config + ": " + f, true);
      }
    }
  }
}
