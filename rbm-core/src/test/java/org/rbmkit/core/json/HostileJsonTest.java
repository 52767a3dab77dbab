package org.rbmkit.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.core.text.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed and hostile JSON against rbm-core's readers: each ends in the documented exception,
 * with a message that names the place and the problem, within a time bound (no hang).
 *
 * <p>The corpus lives in {@code src/test/resources/org/rbmkit/core/hostile/} with its
 * expectations in {@code cases.tsv}; inputs of megabytes are generated here.
 */
class HostileJsonTest {

  /** Generous: each case takes milliseconds; this only stops a hang. */
  private static final Duration BOUND = Duration.ofSeconds(20);

  /** Where Jackson says the problem is: a line and column, or a byte offset for byte input. */
  private static final Pattern PLACE =
      Pattern.compile("(?s).*(line: \\d+, column: \\d+|byte offset: #\\d+).*");

  private static final Map<String, Class<?>> TYPES =
      Map.of(
          "Money", Money.class,
          "ResultsFramework", ResultsFramework.class,
          "PeriodValue", PeriodValue.class,
          "Period", Period.class,
          "Biennium", Biennium.class,
          "Grade", Grade.class,
          "LocalizedText", LocalizedText.class);

  private static final Map<String, Class<? extends JacksonException>> ERRORS =
      Map.of(
          "StreamReadException", StreamReadException.class,
          "StreamConstraintsException", StreamConstraintsException.class,
          "MismatchedInputException", MismatchedInputException.class);

  static Stream<Arguments> corpus() throws IOException {
    List<String> lines = Resources.readLines(resource("cases.tsv"), UTF_8);
    return lines.stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(f -> Arguments.of(f[0], f[1], f[2], f[3]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void corpus_endsInTheDocumentedResult(String file, String type, String expected, String fragment)
      throws IOException {
    byte[] input = Resources.toByteArray(resource(file));
    Class<?> target = TYPES.get(type);
    assertThat(target).as("type %s in cases.tsv", type).isNotNull();
    if (expected.equals("ok")) {
      Object value = assertTimeoutPreemptively(BOUND, () -> RbmJson.mapper().readValue(input, target));
      assertThat(value).hasToString(fragment);
    } else {
      assertFails(RbmJson.mapper(), input, target, ERRORS.get(expected), fragment);
    }
  }

  @Test
  void nesting_100000Deep_failsAtTheLimit() {
    // result nodes inside result nodes: each level opens an object and an array
    String node = "{\"code\": \"1\", \"level\": \"outcome\", \"title\": {\"en\": \"R\"}, \"children\": [";
    String json =
        "{\"owner\": \"ILO\", \"period\": \"2024-25\", \"title\": {\"en\": \"P\"}, \"roots\": ["
            + node.repeat(50_000)
            + "]}".repeat(50_000)
            + "]}";
    assertFails(
        RbmJson.mapper(),
        json.getBytes(UTF_8),
        ResultsFramework.class,
        StreamConstraintsException.class,
        "nesting depth (" + (RbmJson.MAX_NESTING_DEPTH + 1) + ") exceeds the maximum allowed");
    String arrays = "[".repeat(100_000) + "]".repeat(100_000);
    assertFails(
        RbmJson.mapper(),
        ("{\"en\": " + arrays + "}").getBytes(UTF_8),
        LocalizedText.class,
        MismatchedInputException.class,
        "localized text in language en must be a JSON string");
    assertThat(catchThrowable(() -> RbmJson.mapper().readTree(arrays)))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void number_of10Megabytes_failsAtTheNumberLengthLimit() {
    String json = "{\"currency\": \"EUR\", \"amount\": " + "9".repeat(10_000_000) + "}";
    assertFails(
        RbmJson.mapper(),
        json.getBytes(UTF_8),
        Money.class,
        StreamConstraintsException.class,
        "Number value length");
  }

  @Test
  void string_longerThanTheLimit_fails() {
    String json = "{\"en\": \"" + "x".repeat(RbmJson.MAX_STRING_LENGTH + 1) + "\"}";
    assertFails(
        RbmJson.mapper(),
        json.getBytes(UTF_8),
        LocalizedText.class,
        StreamConstraintsException.class,
        "String value length");
  }

  @Test
  void limits_canBeLoweredForOneMapper() {
    byte[] json = "{\"currency\": \"EUR\", \"amount\": 1250.50}".getBytes(UTF_8);
    JsonMapper small = RbmJson.mapper(StreamReadConstraints.builder().maxDocumentLength(10).build());
    assertFails(small, json, Money.class, StreamConstraintsException.class, "Document length");
    JsonMapper fewTokens = RbmJson.mapper(StreamReadConstraints.builder().maxTokenCount(3).build());
    assertFails(fewTokens, json, Money.class, StreamConstraintsException.class, "Token count");
    assertThat(RbmJson.mapper().readValue(json, Money.class)).isEqualTo(Money.of("EUR", "1250.50"));
  }

  @Test
  void nullDocument_isAnInputError_neverANullResult() {
    for (Class<?> type :
        List.of(ResultsFramework.class, Money.class, LocalizedText.class, PeriodValue.class)) {
      Throwable thrown = catchThrowable(() -> RbmJson.mapper().readValue("null", type));
      assertThat(thrown)
          .as("null read as %s", type.getSimpleName())
          .isInstanceOf(MismatchedInputException.class)
          .hasMessageContaining("the document is null, expected a " + type.getSimpleName());
    }
    assertThat(catchThrowable(() -> RbmJson.mapper().readValue("null", List.class)))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("the document is null");
    // a null element of a list is refused where it is, with its index in the path
    Throwable inList =
        catchThrowable(
            () ->
                RbmJson.mapper()
                    .readValue(
                        "{\"owner\": \"ILO\", \"period\": \"2024-25\", \"title\": {\"en\": \"P\"},"
                            + " \"roots\": [null]}",
                        ResultsFramework.class));
    assertThat(inList)
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("null in a list")
        .hasMessageContaining("[\"roots\"]->java.util.ArrayList[0]");
  }

  @Test
  void unpairedSurrogate_isABadValue_namingItsPosition() {
    assertFails(
        RbmJson.mapper(),
        "{\"en\": \"ab\\uD800c\"}".getBytes(UTF_8),
        LocalizedText.class,
        MismatchedInputException.class,
        "unpaired surrogate U+D800 at position 2");
    assertFails(
        RbmJson.mapper(),
        "\"\\uDC00\"".getBytes(UTF_8),
        String.class,
        MismatchedInputException.class,
        "unpaired surrogate U+DC00 at position 0");
    // a pair is one character, and is kept
    assertThat(RbmJson.mapper().readValue("\"\\uD83D\\uDE00\"", String.class))
        .isEqualTo("\uD83D\uDE00");
  }

  @Test
  void exponentAtTheIntLimit_isAJacksonErrorWithThePath() {
    // precision − scale of 1E+2147483647 overflows an int; the bound check must not
    assertFails(
        RbmJson.mapper(),
        "{\"currency\": \"EUR\", \"amount\": 1E+2147483647}".getBytes(UTF_8),
        Money.class,
        MismatchedInputException.class,
        "integer digits");
  }

  @Test
  void defaultLimits_areTheDocumentedConstants() {
    StreamReadConstraints limits = RbmJson.DEFAULT_LIMITS;
    assertThat(limits.getMaxNestingDepth()).isEqualTo(200);
    assertThat(limits.getMaxNumberLength()).isEqualTo(64);
    assertThat(limits.getMaxStringLength()).isEqualTo(1_000_000);
    assertThat(limits.getMaxDocumentLength()).isEqualTo(256L * 1024 * 1024);
    assertThat(limits.getMaxTokenCount()).isEqualTo(20_000_000L);
  }

  private static void assertFails(
      JsonMapper mapper,
      byte[] input,
      Class<?> target,
      Class<? extends JacksonException> error,
      String fragment) {
    Throwable thrown =
        assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> mapper.readValue(input, target)));
    assertThat(thrown).isInstanceOf(error).hasMessageContaining(fragment);
    if (thrown instanceof StreamConstraintsException) {
      // a limit is checked where the token is read; the message names the limit and its setting
      assertThat(thrown.getMessage()).contains("StreamReadConstraints.getMax");
    } else if (input.length > 0) {
      assertThat(thrown.getMessage()).as("the message names the place").matches(PLACE);
    }
  }

  private static URL resource(String name) {
    URL url = HostileJsonTest.class.getResource("/org/rbmkit/core/hostile/" + name);
    if (url == null) {
      throw new UncheckedIOException(new IOException("no test resource hostile/" + name));
    }
    return url;
  }
}
