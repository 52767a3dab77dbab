package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the IATI XML reader: any bytes either read, every activity with its problems, or fail
 * with an {@link IatiReadException}. Anything else is a bug.
 *
 * <p>A normal build runs the inputs under {@code IatiFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (docs/FUZZING.md).
 */
class IatiFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void read(byte[] data) {
    List<ActivityRead> reads = new ArrayList<>();
    IatiReadSummary summary;
    try {
      summary = IatiReader.lenient().read(new ByteArrayInputStream(data), reads::add);
    } catch (IatiReadException expected) {
      assertThat(expected.getMessage()).isNotBlank();
      return;
    }
    assertThat(summary.activities()).isEqualTo(reads.size());
    // errors are reported in an activity, or outside them in the summary
    boolean errors =
        reads.stream().anyMatch(ActivityRead::hasErrors)
            || summary.problems().stream().anyMatch(IatiTestProblems::isStructural);
    try {
      IatiReader.strict().read(new ByteArrayInputStream(data), r -> {});
      assertThat(errors).as("strict read passed what the lenient read reported as errors").isFalse();
    } catch (IatiReadException expected) {
      assertThat(errors).as("strict read failed where the lenient read reported no error").isTrue();
    }
  }
}
