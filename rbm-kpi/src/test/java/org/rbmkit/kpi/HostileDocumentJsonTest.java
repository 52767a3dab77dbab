package org.rbmkit.kpi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.google.common.io.Resources;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.workforce.Workforce;
import org.rbmkit.kpi.workplan.Workplan;
import tools.jackson.core.JacksonException;

/**
 * Hostile values planted in this module's example documents (huge and tiny exponents, numbers
 * as strings, NaN, duplicate keys, impossible periods, unknown codes): each read fails with a
 * {@link JacksonException} whose message names the problem and where it is, within a time bound.
 *
 * <p>The cases are in {@code src/test/resources/org/rbmkit/kpi/hostile/cases.tsv}.
 */
class HostileDocumentJsonTest {

  private static final Duration BOUND = Duration.ofSeconds(20);

  private static final Map<String, Class<?>> TYPES = Map.of(
          "Workplan", Workplan.class,
          "Workforce", Workforce.class,
          "BenchmarkSet", BenchmarkSet.class,
          "ResultsFramework", ResultsFramework.class);

  static Stream<Arguments> cases() throws IOException {
    return Resources.readLines(resource("/org/rbmkit/kpi/hostile/cases.tsv"), UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .map(l -> l.split("\t"))
        .map(f -> Arguments.of(f[0], f[1], f[2], f[3], f[4]));
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("cases")
  void hostileValue_failsNamingItAndWhere(
      String document, String type, String replaced, String replacement, String fragment)
      throws IOException {
    String original = Resources.toString(resource(document), UTF_8);
    assertThat(RbmJson.mapper().readValue(original, TYPES.get(type))).as("the example reads").isNotNull();
    assertThat(original).as("%s contains %s", document, replaced).contains(replaced);
    String hostile = original.replaceFirst(java.util.regex.Pattern.quote(replaced), java.util.regex.Matcher.quoteReplacement(replacement));
    Throwable thrown =
        assertTimeoutPreemptively(
            BOUND, () -> catchThrowable(() -> RbmJson.mapper().readValue(hostile, TYPES.get(type))));
    assertThat(thrown).isInstanceOf(JacksonException.class).hasMessageContaining(fragment);
    assertThat(thrown.getMessage()).as("names the place").containsPattern("line: \\d+, column: \\d+");
  }

  private static URL resource(String name) {
    URL url = HostileDocumentJsonTest.class.getResource(name);
    assertThat(url).as("test resource %s", name).isNotNull();
    return url;
  }
}
