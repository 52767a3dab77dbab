package org.rbmkit.kpi.certification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.io.Resources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.RejectedRow;

/**
 * Malformed and hostile enrolment CSV: a strict read fails with an {@link EnrolmentCsvException}
 * naming the line (and column); a lenient read either fails the same way (a bad header, broken
 * CSV, bytes that are not UTF-8) or reports every rejected row with its line, and the counts add
 * up. Each case within a time bound (no hang).
 *
 * <p>The corpus lives in {@code src/test/resources/org/rbmkit/kpi/certification/hostile/} with
 * its expectations in {@code cases.tsv}; inputs of megabytes are generated here.
 */
class HostileCsvTest {

  /** Generous: each case takes milliseconds; this only stops a hang. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  static Stream<Arguments> corpus() throws IOException {
    return Resources.readLines(resource("cases.tsv"), UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void strict_failsNamingTheLine(String file, String strict, String lenient) throws IOException {
    byte[] input = Resources.toByteArray(resource(file));
    if (strict.equals("ok")) {
      EnrolmentCsvReport r = read(EnrolmentCsvReader.strict(), input, new ArrayList<>());
      assertThat(r.rowsRejected()).isZero();
    } else {
      assertThatThrownBy(() -> read(EnrolmentCsvReader.strict(), input, new ArrayList<>()))
          .isInstanceOf(EnrolmentCsvException.class)
          .hasMessageContaining(strict);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void lenient_reportsEveryRejectedRow_orFails(String file, String strict, String lenient)
      throws IOException {
    byte[] input = Resources.toByteArray(resource(file));
    List<RejectedRow> heard = new ArrayList<>();
    EnrolmentCsvReader reader =
        EnrolmentCsvReader.builder().mode(EnrolmentCsvReader.Mode.LENIENT).onRejected(heard::add).build();
    if (lenient.equals("fails")) {
      assertThatThrownBy(() -> read(reader, input, new ArrayList<>()))
          .isInstanceOf(EnrolmentCsvException.class)
          .hasMessageContaining(strict);
      return;
    }
    String[] counts = lenient.split("[/ ]");
    List<Enrolment> accepted = new ArrayList<>();
    EnrolmentCsvReport r = read(reader, input, accepted);
    assertThat(r.rowsAccepted()).isEqualTo(Long.parseLong(counts[0])).isEqualTo(accepted.size());
    assertThat(r.rowsRejected()).isEqualTo(Long.parseLong(counts[1])).isEqualTo(heard.size());
    assertThat(r.rowsRead()).isEqualTo(r.rowsAccepted() + r.rowsRejected());
    assertThat(r.rejectedRows()).isEqualTo(heard);
    List<Long> lines =
        counts.length > 2 ? Arrays.stream(counts[2].split(",")).map(Long::valueOf).toList() : List.of();
    assertThat(heard).extracting(RejectedRow::line).isEqualTo(lines);
    assertThat(heard).allSatisfy(row -> assertThat(row.problems()).isNotEmpty());
    if (!strict.equals("ok")) {
      assertThat(heard.get(0).problems().toString()).contains(strict);
    }
  }

  @Test
  void rowOfAMillionValues_isOneBadRow_andKeepsOnlyTheLimit() {
    String wide = ",".repeat(1_000_000);
    String text =
        EnrolmentCsvReaderTest.csv(EnrolmentCsvReaderTest.GOOD, wide, EnrolmentCsvReaderTest.GOOD.replace("E1,", "E2,"));
    List<RejectedRow> heard = new ArrayList<>();
    EnrolmentCsvReport r =
        assertTimeoutPreemptively(
            BOUND,
            () ->
                EnrolmentCsvReader.builder()
                    .mode(EnrolmentCsvReader.Mode.LENIENT)
                    .onRejected(heard::add)
                    .build()
                    .read(new StringReader(text), e -> {}));
    assertThat(r.rowsAccepted()).isEqualTo(2);
    assertThat(heard).singleElement().satisfies(row -> assertThat(row.line()).isEqualTo(3));
    assertThat(heard.get(0).problems().get(0).message())
        .isEqualTo("1000001 values, more than the limit of 256 (maxRowWidth)");
    assertThatThrownBy(() -> EnrolmentCsvReader.strict().read(new StringReader(text), e -> {}))
        .isInstanceOf(EnrolmentCsvException.class)
        .hasMessage("enrolment CSV has 1 problem: line 3: 1000001 values, more than the limit of 256 (maxRowWidth)");
  }

  @Test
  void headerWiderThanTheLimit_endsTheRead() {
    String text = EnrolmentCsvReaderTest.HEADER + ",x".repeat(300) + "\n";
    assertThatThrownBy(() -> EnrolmentCsvReader.lenient().read(new StringReader(text), e -> {}))
        .isInstanceOf(EnrolmentCsvException.class)
        .hasMessage("enrolment CSV has 1 problem: line 1: 314 values, more than the limit of 256 (maxRowWidth)");
    assertThat(
            EnrolmentCsvReader.builder()
                .maxRowWidth(400)
                .build()
                .read(new StringReader(EnrolmentCsvReaderTest.csv(EnrolmentCsvReaderTest.GOOD)), e -> {})
                .rowsAccepted())
        .isEqualTo(1);
    assertThatThrownBy(() -> EnrolmentCsvReader.builder().maxRowWidth(13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRowWidth 13 is below the 14 columns of the header");
  }

  @Test
  void valueOf10Megabytes_isMalformedCsv() {
    // an unclosed quote swallows the rest of the file into one value
    String text =
        EnrolmentCsvReaderTest.csv(EnrolmentCsvReaderTest.GOOD, "E2,\"" + "x".repeat(10_000_000));
    Reader in = new StringReader(text);
    assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> EnrolmentCsvReader.lenient().read(in, e -> {})))
        .isInstanceOf(EnrolmentCsvException.class)
        .hasMessageContaining("line 3, column 2 (participant_id): malformed CSV: a value longer than"
            + " 100000 characters (MAX_VALUE_LENGTH)");
  }

  private static EnrolmentCsvReport read(EnrolmentCsvReader reader, byte[] input, List<Enrolment> out) {
    return assertTimeoutPreemptively(
        BOUND, () -> reader.read(new ByteArrayInputStream(input), out::add));
  }

  private static URL resource(String name) {
    URL url = HostileCsvTest.class.getResource("hostile/" + name);
    assertThat(url).as("test resource hostile/%s", name).isNotNull();
    return url;
  }
}
