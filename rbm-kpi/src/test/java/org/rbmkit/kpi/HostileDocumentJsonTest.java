package org.rbmkit.kpi;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.testing.HostileJsonCases;
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

  private static final HostileJsonCases HOSTILE =
      new HostileJsonCases(
          HostileDocumentJsonTest.class,
          "/org/rbmkit/kpi/hostile/cases.tsv",
          Map.of(
              "Workplan", Workplan.class,
              "Workforce", Workforce.class,
              "BenchmarkSet", BenchmarkSet.class,
              "ResultsFramework", ResultsFramework.class));

  static Stream<Arguments> cases() throws IOException {
    return HOSTILE.cases();
  }

  @ParameterizedTest(name = "{0}: {3}")
  @MethodSource("cases")
  void hostileValue_failsNamingItAndWhere(
      String document, String type, String replaced, String replacement, String fragment)
      throws IOException {
    HOSTILE.check(document, type, replaced, replacement, fragment);
  }
}
