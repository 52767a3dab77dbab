package org.rbmkit.kpi.iati;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.iati.ActivityRead;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiBaseline;
import org.rbmkit.core.iati.IatiDimension;
import org.rbmkit.core.iati.IatiIndicator;
import org.rbmkit.core.iati.IatiIndicatorValue;
import org.rbmkit.core.iati.IatiPeriod;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.core.iati.IatiResult;
import org.rbmkit.core.iati.IatiWriter;
import org.rbmkit.core.iati.Narrative;
import org.rbmkit.core.testing.Sources;

/** Reads the IATI standard's files (docs/sources/iati-2.03) and builds IATI XML with the writer. */
final class IatiFiles {

  static final Path EXAMPLE = Sources.iati("activity-standard-example-annotated.xml");
  static final Path SHOULD_PASS = Sources.iati("tests/activity-tests/should-pass");

  private IatiFiles() {}

  /** The activities of a file, read in lenient mode. */
  static ImmutableList<IatiActivity> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return activities(IatiReader.lenient().readAll(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The activities written as IATI 2.03 and read back. */
  static ImmutableList<IatiActivity> writtenAndRead(List<IatiActivity> activities) {
    byte[] xml = IatiWriter.toXml(activities).getBytes(StandardCharsets.UTF_8);
    return activities(IatiReader.strict().readAll(new ByteArrayInputStream(xml)));
  }

  private static ImmutableList<IatiActivity> activities(List<ActivityRead> reads) {
    return reads.stream()
        .map(r -> r.activity().orElseThrow(() -> new AssertionError(r.problems().toString())))
        .collect(ImmutableList.toImmutableList());
  }

  /** The annotated example's only activity. */
  static IatiActivity example() {
    return read(EXAMPLE).get(0);
  }

  /** The annotated example with another identifier, results and budgets. */
  static IatiActivity activity(String identifier, List<IatiResult> results) {
    IatiActivity t = example();
    return new IatiActivity(
        identifier,
        t.language(),
        t.defaultCurrency(),
        t.reportingOrg(),
        t.title(),
        t.descriptions(),
        t.participatingOrgs(),
        t.activityStatus(),
        t.activityDates(),
        t.budgets(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.copyOf(results));
  }

  static IatiResult result(String type, IatiIndicator... indicators) {
    return new IatiResult(
        type,
        Optional.empty(),
        ImmutableList.of(Narrative.of("en", "Result " + type)),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.copyOf(indicators));
  }

  /** A unit indicator, ascending, with a baseline in 2023 and the given periods. */
  static IatiIndicator indicator(String baseline, IatiPeriod... periods) {
    return new IatiIndicator(
        "1",
        Optional.of(true),
        Optional.empty(),
        ImmutableList.of(Narrative.of("en", "Indicator")),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(new IatiBaseline(2023, Optional.empty(), value(baseline))),
        ImmutableList.copyOf(periods));
  }

  /** A unit indicator without baseline or period. */
  static IatiIndicator indicatorWithoutValues() {
    return new IatiIndicator(
        "1",
        Optional.of(true),
        Optional.empty(),
        ImmutableList.of(Narrative.of("en", "Indicator")),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of());
  }

  /** A period of the calendar year with one target and, unless null, one actual. */
  static IatiPeriod year(int year, IatiIndicatorValue target, IatiIndicatorValue actual) {
    return new IatiPeriod(
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        ImmutableList.of(target),
        actual == null ? ImmutableList.of() : ImmutableList.of(actual));
  }

  static IatiIndicatorValue value(String v, IatiDimension... dimensions) {
    return new IatiIndicatorValue(
        Optional.of(new BigDecimal(v).toPlainString()),
        ImmutableList.of(),
        ImmutableList.copyOf(dimensions),
        ImmutableList.of());
  }
}
