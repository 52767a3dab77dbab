package org.rbmkit.core.staff;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the grade and staff-time parsers: any input either parses to a value whose text reads
 * back to it, or fails with {@link IllegalArgumentException}. Anything else is a bug.
 *
 * <p>A normal build runs the inputs under {@code GradeFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (docs/FUZZING.md).
 */
class GradeFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void parse(byte[] data) {
    String text = new String(data, UTF_8);
    try {
      Grade g = Grade.parse(text);
      assertThat(Grade.parse(g.toString())).isSameAs(g);
    } catch (IllegalArgumentException expected) {
      // documented: unknown grade
    }
    try {
      StaffTime t = StaffTime.parse(text);
      assertThat(StaffTime.parse(t.toString())).isEqualTo(t);
    } catch (IllegalArgumentException expected) {
      // documented
    }
  }
}
