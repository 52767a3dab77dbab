package org.rbmkit.core.testing;

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
import org.rbmkit.core.iati.IatiAmount;
import org.rbmkit.core.iati.IatiBaseline;
import org.rbmkit.core.iati.IatiBudget;
import org.rbmkit.core.iati.IatiDimension;
import org.rbmkit.core.iati.IatiIndicator;
import org.rbmkit.core.iati.IatiIndicatorValue;
import org.rbmkit.core.iati.IatiPeriod;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.core.iati.IatiResult;
import org.rbmkit.core.iati.IatiWriter;
import org.rbmkit.core.iati.Narrative;

/**
 * IATI activities for the modules' tests: the IATI standard's files (docs/sources/iati-2.03)
 * read, activities written and read back, and the annotated example with other results or
 * budgets.
 *
 * <pre>{@code
 * IatiActivity a = IatiFixtures.activity("XM-1", List.of(IatiFixtures.result("1",
 *     IatiFixtures.indicator("10", IatiFixtures.year(2024, IatiFixtures.value("20"), null)))));
 * IatiFixtures.writtenAndRead(List.of(a));   // as IATI 2.03, read back strictly
 * }</pre>
 */
public final class IatiFixtures {

  /** The standard's annotated example activity file. */
  public static final Path EXAMPLE = Sources.iati("activity-standard-example-annotated.xml");

  /** The standard's folder of files that must pass. */
  public static final Path SHOULD_PASS = Sources.iati("tests/activity-tests/should-pass");

  private IatiFixtures() {}

  /** The activities of a file, read in lenient mode; an activity that cannot be built fails. */
  public static ImmutableList<IatiActivity> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return activities(IatiReader.lenient().readAll(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The activities written as IATI 2.03 and read back in strict mode. */
  public static ImmutableList<IatiActivity> writtenAndRead(List<IatiActivity> activities) {
    byte[] xml = IatiWriter.toXml(activities).getBytes(StandardCharsets.UTF_8);
    return activities(IatiReader.strict().readAll(new ByteArrayInputStream(xml)));
  }

  private static ImmutableList<IatiActivity> activities(List<ActivityRead> reads) {
    return reads.stream()
        .map(r -> r.activity().orElseThrow(() -> new AssertionError(r.problems().toString())))
        .collect(ImmutableList.toImmutableList());
  }

  /** The annotated example's only activity. */
  public static IatiActivity example() {
    return read(EXAMPLE).get(0);
  }

  /** The annotated example with another identifier, results and budgets. */
  public static IatiActivity activity(String identifier, List<IatiResult> results) {
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

  /**
   * The annotated example with another identifier, default currency (null for none) and budgets,
   * and no planned disbursements or transactions.
   */
  public static IatiActivity activity(
      String identifier, String defaultCurrency, IatiBudget... budgets) {
    IatiActivity t = example();
    return new IatiActivity(
        identifier,
        t.language(),
        Optional.ofNullable(defaultCurrency),
        t.reportingOrg(),
        t.title(),
        t.descriptions(),
        t.participatingOrgs(),
        t.activityStatus(),
        t.activityDates(),
        ImmutableList.copyOf(budgets),
        ImmutableList.of(),
        ImmutableList.of(),
        t.results());
  }

  /**
   * A budget of the calendar year; type and status are IATI codes, currency null to inherit the
   * activity's default.
   */
  public static IatiBudget budget(
      String type, String status, int year, String amount, String currency) {
    return new IatiBudget(
        Optional.of(type),
        Optional.of(status),
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        new IatiAmount(
            new BigDecimal(amount), Optional.ofNullable(currency), LocalDate.of(year, 1, 1)));
  }

  /** A result of the given IATI type code, with an English title. */
  public static IatiResult result(String type, IatiIndicator... indicators) {
    return new IatiResult(
        type,
        Optional.empty(),
        ImmutableList.of(Narrative.of("en", "Result " + type)),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.copyOf(indicators));
  }

  /** A unit indicator, ascending, with a baseline in 2023 and the given periods. */
  public static IatiIndicator indicator(String baseline, IatiPeriod... periods) {
    return unitIndicator(
        ImmutableList.of(new IatiBaseline(2023, Optional.empty(), value(baseline))),
        ImmutableList.copyOf(periods));
  }

  /** A unit indicator without baseline or period. */
  public static IatiIndicator indicatorWithoutValues() {
    return unitIndicator(ImmutableList.of(), ImmutableList.of());
  }

  /** A unit indicator, ascending, titled "Indicator", with the given baselines and periods. */
  private static IatiIndicator unitIndicator(
      ImmutableList<IatiBaseline> baselines, ImmutableList<IatiPeriod> periods) {
    return new IatiIndicator(
        "1",
        Optional.of(true),
        Optional.empty(),
        ImmutableList.of(Narrative.of("en", "Indicator")),
        ImmutableList.of(),
        ImmutableList.of(),
        baselines,
        periods);
  }

  /** A period of the calendar year with one target and, unless null, one actual. */
  public static IatiPeriod year(int year, IatiIndicatorValue target, IatiIndicatorValue actual) {
    return new IatiPeriod(
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        ImmutableList.of(target),
        actual == null ? ImmutableList.of() : ImmutableList.of(actual));
  }

  /** An indicator value, in its plain decimal text, with the given dimensions. */
  public static IatiIndicatorValue value(String v, IatiDimension... dimensions) {
    return new IatiIndicatorValue(
        Optional.of(new BigDecimal(v).toPlainString()),
        ImmutableList.of(),
        ImmutableList.copyOf(dimensions),
        ImmutableList.of());
  }
}
