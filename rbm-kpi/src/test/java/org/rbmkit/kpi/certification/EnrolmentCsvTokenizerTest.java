package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The byte tokenizer of the enrolment format: values, row lines and malformed CSV, on fixed
 * cases and on random rows written by a reference writer in this test, read through streams that
 * hand out the bytes in random chunks (so every quote, CR, LF and multi-byte character falls on a
 * buffer boundary somewhere).
 */
class EnrolmentCsvTokenizerTest {

  private static final long SEED = 20261206L;
  private static final int CASES = 3000;

  static Stream<Arguments> fixedCases() {
    return Stream.of(
        Arguments.of("a,b\nc,d\n", "[a, b]@1 [c, d]@2"),
        Arguments.of("a,b\r\nc,d", "[a, b]@1 [c, d]@2"),
        Arguments.of("a\rb\r\n\nc", "[a]@1 [b]@2 [' ']@3 [c]@4"),
        Arguments.of("\"x,\"\"y\"\"\",z\n", "[x,\"y\", z]@1"),
        Arguments.of("\"a\r\nb\",c\nd", "[a\r\nb, c]@1 [d]@3"),
        Arguments.of("a\"b,\"\"\n", "[a\"b, ' ']@1"),
        Arguments.of("a,", "[a, ' ']@1"),
        Arguments.of("é,日本\n", "[é, 日本]@1"));
  }

  @ParameterizedTest
  @MethodSource("fixedCases")
  void fixedCases_giveValuesAndRowLines(String input, String expected) {
    String text = input;
    List<String> rows = new ArrayList<>();
    EnrolmentCsvTokenizer t = tokenizer(text.getBytes(StandardCharsets.UTF_8), 1);
    while (t.next()) {
      rows.add(show(Arrays.copyOf(t.values(), t.kept())) + "@" + t.rowLine());
    }
    assertThat(String.join(" ", rows)).isEqualTo(expected);
  }

  @Test
  void unclosedQuote_isMalformed_whereTheValueStarts() {
    EnrolmentCsvTokenizer.Malformed m = malformed("a,b\n\"x\ny\",\"open\nrest\n");
    assertThat(m.line).isEqualTo(3);
    assertThat(m.column).isEqualTo(2);
    assertThat(m.getMessage()).isEqualTo("the quote that opens this value is never closed");
  }

  @Test
  void characterAfterClosingQuote_isMalformed() {
    EnrolmentCsvTokenizer.Malformed m = malformed("a\n\"x\"y,b\n");
    assertThat(m.line).isEqualTo(2);
    assertThat(m.column).isEqualTo(1);
    assertThat(m.getMessage())
        .isEqualTo("a quoted value is followed by \"y\" instead of a comma or the end of the line");
  }

  @Test
  void valueLongerThanTheLimit_isMalformed_counted_inCharacters() {
    String fits = "é".repeat(EnrolmentCsvReader.MAX_VALUE_LENGTH);
    EnrolmentCsvTokenizer t = tokenizer(("x," + fits + "\n").getBytes(StandardCharsets.UTF_8), 7);
    assertThat(t.next()).isTrue();
    assertThat(t.values()[1]).isEqualTo(fits);
    EnrolmentCsvTokenizer.Malformed m = malformed("x,\"" + fits + "é\"\n");
    assertThat(m.column).isEqualTo(2);
    assertThat(m.getMessage()).isEqualTo("a value longer than 100000 characters (MAX_VALUE_LENGTH)");
  }

  @Test
  void wideRow_keepsOnlyTheLimit_butCountsEveryValue() {
    EnrolmentCsvTokenizer t =
        new EnrolmentCsvTokenizer(
            new ByteArrayInputStream("a,".repeat(999).concat("a\n").getBytes(StandardCharsets.UTF_8)),
            20);
    assertThat(t.next()).isTrue();
    assertThat(t.width()).isEqualTo(1000);
    assertThat(t.kept()).isEqualTo(20);
  }

  @Test
  void notUtf8_becomesTheReplacementCharacter() {
    byte[] bytes = {'a', ',', (byte) 0xC3, ',', 'b', '\n'};
    EnrolmentCsvTokenizer t = tokenizer(bytes, 1);
    assertThat(t.next()).isTrue();
    assertThat(Arrays.copyOf(t.values(), t.kept())).containsExactly("a", "\uFFFD", "b");
  }

  @Test
  void randomRows_readBack_asWritten_withTheirLines_inAnyChunking() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int c = 0; c < CASES; c++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<String[]> rows = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      long line = 1;
      int n = 1 + r.nextInt(30);
      for (int i = 0; i < n; i++) {
        String[] row = new String[1 + r.nextInt(5)];
        for (int k = 0; k < row.length; k++) {
          row[k] = value(r);
        }
        if (row.length == 1 && row[0].isEmpty()) {
          // an empty line is a row of one empty value only when written as an empty line
          row[0] = "x";
        }
        rows.add(row);
        lines.add(line);
        String eol = r.nextInt(3) == 0 ? "\r\n" : r.nextInt(4) == 0 ? "\r" : "\n";
        for (int k = 0; k < row.length; k++) {
          if (k > 0) {
            text.append(',');
          }
          String v = row[k];
          if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
              || r.nextInt(5) == 0) {
            text.append('"').append(v.replace("\"", "\"\"")).append('"');
          } else {
            text.append(v);
          }
          line += breaks(v);
        }
        if (i < n - 1 || r.nextBoolean()) {
          text.append(eol);
        }
        line++;
      }
      byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
      EnrolmentCsvTokenizer t = tokenizer(bytes, 1 + r.nextInt(9));
      for (int i = 0; i < n; i++) {
        assertThat(t.next()).as("seed %s row %s", seed, i).isTrue();
        assertThat(Arrays.copyOf(t.values(), t.kept())).as("seed %s row %s", seed, i)
            .containsExactly(rows.get(i));
        assertThat(t.rowLine()).as("seed %s row %s", seed, i).isEqualTo(lines.get(i));
      }
      assertThat(t.next()).as("seed %s: end", seed).isFalse();
    }
  }

  /** The lines a value's text spans beyond its first: CR LF, CR and LF each end one. */
  private static int breaks(String v) {
    return v.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1).length - 1;
  }

  private static String value(SplittableRandom r) {
    // longer runs, with the bytes below the comma that are not separators, cross the eight-byte
    // steps of the scan for separators
    String[] parts = {"a", "Bc", "", ",", "\"", "\n", "\r", "\r\n", " ", "é", "日", "😀", "x\"y",
        "2022-03-01 to 2022-04-01", "\t!#$%&'()*+-./", "tailor-made,blended"};
    StringBuilder s = new StringBuilder();
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      s.append(parts[r.nextInt(parts.length)]);
    }
    return s.toString();
  }

  private static EnrolmentCsvTokenizer.Malformed malformed(String text) {
    EnrolmentCsvTokenizer t = tokenizer(text.getBytes(StandardCharsets.UTF_8), 3);
    return catchThrowableOfType(EnrolmentCsvTokenizer.Malformed.class, () -> {
      while (t.next()) {
        // read to the problem
      }
    });
  }

  private static String show(String[] values) {
    StringBuilder s = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      s.append(i > 0 ? ", " : "").append(values[i].isEmpty() ? "' '" : values[i]);
    }
    return s.append(']').toString();
  }

  /** A tokenizer over bytes handed out at most {@code chunk} at a time. */
  private static EnrolmentCsvTokenizer tokenizer(byte[] bytes, int chunk) {
    InputStream in =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, chunk));
          }
        };
    return new EnrolmentCsvTokenizer(in, 256);
  }
}
