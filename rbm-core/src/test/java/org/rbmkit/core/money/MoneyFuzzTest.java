package org.rbmkit.core.money;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the money and currency parsers: any input either parses to a value that reads back
 * from its own text, or fails with {@link IllegalArgumentException}. Anything else is a bug.
 *
 * <p>A normal build runs the inputs under {@code MoneyFuzzTestInputs/}; {@code JAZZER_FUZZ=1}
 * fuzzes (docs/FUZZING.md).
 */
class MoneyFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void parse(byte[] data) {
    String text = new String(data, UTF_8);
    try {
      Money m = Money.parse(text);
      assertThat(Money.parse(m.toString())).isEqualTo(m);
    } catch (IllegalArgumentException expected) {
      // documented: malformed text, unknown currency, too many digits
    }
    int space = text.indexOf(' ');
    if (space >= 0) {
      try {
        Money m = Money.of(text.substring(0, space), text.substring(space + 1));
        assertThat(Money.parse(m.toString())).isEqualTo(m);
      } catch (IllegalArgumentException expected) {
        // documented
      }
    }
  }
}
