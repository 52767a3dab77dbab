package org.rbmkit.core.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.testing.JsonRoundTrip;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the core JSON readers: any bytes either read into a value that writes and reads back
 * equal, or fail with a {@link JacksonException} (the documented error, carrying the JSON path).
 * Anything else is a bug.
 *
 * <p>A normal build runs the inputs under {@code CoreJsonFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1} fuzzes one method at a time (docs/FUZZING.md).
 */
class CoreJsonFuzzTest {

  private static final JsonMapper JSON = RbmJson.mapper();

  @FuzzTest(maxDuration = "3m")
  void resultsFramework(byte[] data) {
    roundTrip(data, ResultsFramework.class);
  }

  @FuzzTest(maxDuration = "3m")
  void indicator(byte[] data) {
    roundTrip(data, Indicator.class);
  }

  @FuzzTest(maxDuration = "3m")
  void money(byte[] data) {
    roundTrip(data, Money.class);
  }

  private static <T> void roundTrip(byte[] data, Class<T> type) {
    JsonRoundTrip.check(JSON, data, type);
  }
}
