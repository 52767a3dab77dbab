package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.RejectedRow;

/**
 * Fuzzes the enrolment CSV reader: any bytes either read, with every row accepted or reported,
 * or fail with an {@link EnrolmentCsvException}. Anything else is a bug.
 *
 * <p>A normal build runs the inputs under {@code EnrolmentCsvFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1} fuzzes (docs/FUZZING.md).
 */
class EnrolmentCsvFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void read(byte[] data) {
    List<RejectedRow> heard = new ArrayList<>();
    List<Enrolment> accepted = new ArrayList<>();
    EnrolmentCsvReader lenient =
        EnrolmentCsvReader.builder().mode(EnrolmentCsvReader.Mode.LENIENT).onRejected(heard::add).build();
    EnrolmentCsvReport report;
    try {
      report = lenient.read(new ByteArrayInputStream(data), accepted::add);
    } catch (EnrolmentCsvException expected) {
      assertThat(expected.problems()).isNotEmpty();
      return;
    }
    assertThat(report.rowsAccepted()).isEqualTo(accepted.size());
    assertThat(report.rowsRejected()).isEqualTo(heard.size());
    assertThat(report.rowsRead()).isEqualTo(report.rowsAccepted() + report.rowsRejected());
    try {
      EnrolmentCsvReport strict =
          EnrolmentCsvReader.strict().read(new ByteArrayInputStream(data), e -> {});
      assertThat(heard).as("strict read passed rows the lenient read rejected").isEmpty();
      assertThat(strict.rowsAccepted()).isEqualTo(report.rowsAccepted());
    } catch (EnrolmentCsvException expected) {
      assertThat(heard).as("strict read failed where the lenient read rejected nothing").isNotEmpty();
    }
  }
}
