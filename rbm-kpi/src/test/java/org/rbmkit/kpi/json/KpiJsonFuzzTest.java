package org.rbmkit.kpi.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.testing.JsonRoundTrip;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.workforce.Workforce;
import org.rbmkit.kpi.workplan.Workplan;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes the JSON readers of rbm-kpi: any bytes either read into a value that writes and reads
 * back equal, or fail with a {@link JacksonException} naming the path. Anything else is a bug.
 *
 * <p>A normal build runs the inputs under {@code KpiJsonFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes one method at a time (docs/FUZZING.md).
 */
class KpiJsonFuzzTest {

  private static final JsonMapper JSON = RbmJson.mapper();

  @FuzzTest(maxDuration = "3m")
  void workplan(byte[] data) {
    roundTrip(data, Workplan.class);
  }

  @FuzzTest(maxDuration = "3m")
  void workforce(byte[] data) {
    roundTrip(data, Workforce.class);
  }

  @FuzzTest(maxDuration = "3m")
  void benchmark(byte[] data) {
    roundTrip(data, BenchmarkSet.class);
  }

  private static <T> void roundTrip(byte[] data, Class<T> type) {
    JsonRoundTrip.check(JSON, data, type);
  }
}
