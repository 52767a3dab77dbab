package org.rbmkit.core.period;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.function.Function;

/**
 * Fuzzes the period parsers: any input either parses to a period whose text reads back to it,
 * or fails with {@link IllegalArgumentException}. Anything else is a bug.
 *
 * <p>A normal build runs the inputs under {@code PeriodFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (docs/FUZZING.md).
 */
class PeriodFuzzTest {

  private static final List<Function<String, ? extends Period>> PARSERS =
      List.of(
          Period::parse,
          CalendarYear::parse,
          Biennium::parse,
          PlanPeriod::parse,
          Quarter::parse,
          DateRange::parse);

  @FuzzTest(maxDuration = "3m")
  void parse(byte[] data) {
    String text = new String(data, UTF_8);
    for (Function<String, ? extends Period> parser : PARSERS) {
      try {
        Period p = parser.apply(text);
        assertThat(parser.apply(p.toString())).isEqualTo(p);
        // a two-year plan period, 2022-2023, reads back through Period.parse as the biennium
        // 2022-23: another type, the same days
        assertThat(Period.parse(p.toString()).dateRange()).isEqualTo(p.dateRange());
        assertThat(p.dateRange().start()).isBefore(p.dateRange().endExclusive());
      } catch (IllegalArgumentException expected) {
        // documented: malformed text, impossible date, a biennium such as 2024-27
      }
    }
  }
}
