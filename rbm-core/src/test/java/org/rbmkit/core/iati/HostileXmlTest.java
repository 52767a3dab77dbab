package org.rbmkit.core.iati;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.io.Resources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rbmkit.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile IATI XML: each document either throws {@link IatiReadException} in both
 * modes, or (a bad value) is read leniently with the problem reported at its element path and
 * throws in strict mode; within a time bound. See also {@link IatiReaderSecurityTest}.
 *
 * <p>The corpus lives in {@code src/test/resources/org/rbmkit/core/hostile/xml/} with its
 * expectations in {@code cases.tsv}.
 */
class HostileXmlTest {

  private static final Duration BOUND = Duration.ofSeconds(20);

  static Stream<Arguments> corpus() throws IOException {
    return Resources.readLines(resource("cases.tsv"), UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(f -> Arguments.of(f[0], f[1], f[2]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpus_endsInTheDocumentedResult(String file, String outcome, String fragment)
      throws IOException {
    byte[] xml = Resources.toByteArray(resource(file));
    if (outcome.equals("refused")) {
      for (IatiReader reader : List.of(IatiReader.lenient(), IatiReader.strict())) {
        assertThatThrownBy(
                () -> assertTimeoutPreemptively(BOUND, () -> reader.read(new ByteArrayInputStream(xml), r -> {})))
            .isInstanceOf(IatiReadException.class)
            .hasMessageContaining(fragment);
      }
    } else {
      List<ActivityRead> reads = new ArrayList<>();
      IatiReadSummary summary =
          assertTimeoutPreemptively(
              BOUND, () -> IatiReader.lenient().read(new ByteArrayInputStream(xml), reads::add));
      assertThat(summary.activities()).isEqualTo(reads.size()).isEqualTo(1);
      assertThat(reads.get(0).problems()).map(Problem::toString).anyMatch(p -> p.contains(fragment));
      if (outcome.equals("error")) {
        assertThatThrownBy(() -> IatiReader.strict().read(new ByteArrayInputStream(xml), r -> {}))
            .isInstanceOf(IatiReadException.class)
            .hasMessageContaining(fragment);
      }
    }
  }

  @Test
  void textOf10Megabytes_isRefusedAtTheTextLimitNamingThePath() {
    String xml =
        "<?xml version='1.0'?><iati-activities version='2.03'><iati-activity><iati-identifier>"
            + "A".repeat(10_000_000)
            + "</iati-identifier></iati-activity></iati-activities>";
    List<ActivityRead> reads = new ArrayList<>();
    assertTimeoutPreemptively(
        BOUND,
        () ->
            assertThatThrownBy(
                    () ->
                        IatiReader.lenient()
                            .read(new ByteArrayInputStream(xml.getBytes(UTF_8)), reads::add))
                .isInstanceOf(IatiReadException.class)
                .hasMessage(
                    "the IATI document has 1 problem: the text of /iati-activities/iati-activity[1]/iati-identifier[1] (line 1) is"
                        + " longer than the limit of 1000000 characters"
                        + " (IatiReader.withMaxTextLength)"));
    assertThat(reads).isEmpty();
    // with a higher limit, the same text is read, and is an error of its own (1.1.21 aside)
    assertTimeoutPreemptively(
        BOUND,
        () ->
            IatiReader.lenient()
                .withMaxTextLength(20_000_000)
                .read(new ByteArrayInputStream(xml.getBytes(UTF_8)), reads::add));
    assertThat(reads).singleElement().satisfies(r -> assertThat(r.hasErrors()).isTrue());
  }

  private static URL resource(String name) {
    URL url = HostileXmlTest.class.getResource("/org/rbmkit/core/hostile/xml/" + name);
    assertThat(url).as("test resource hostile/xml/%s", name).isNotNull();
    return url;
  }
}
