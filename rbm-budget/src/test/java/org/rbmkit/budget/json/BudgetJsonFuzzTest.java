package org.rbmkit.budget.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.rbmkit.budget.document.BudgetDocument;
import tools.jackson.core.JacksonException;

/**
 * Fuzzes the budget document reader: any bytes either read into a document that writes and
 * reads back equal, or fail with a {@link JacksonException} naming the path. Anything else is a
 * bug.
 *
 * <p>A normal build runs the inputs under {@code BudgetJsonFuzzTestInputs/}; {@code
 * JAZZER_FUZZ=1} fuzzes (docs/FUZZING.md).
 */
class BudgetJsonFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void read(byte[] data) {
    BudgetDocument doc;
    try {
      doc = BudgetJson.read(new ByteArrayInputStream(data));
    } catch (JacksonException expected) {
      return;
    }
    if (doc != null) {
      byte[] again = BudgetJson.write(doc).getBytes(StandardCharsets.UTF_8);
      assertThat(BudgetJson.read(new ByteArrayInputStream(again))).isEqualTo(doc);
    }
  }
}
