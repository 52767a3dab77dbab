package org.rbmkit.budget.iati;

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
import org.rbmkit.core.iati.IatiBudget;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.core.iati.IatiWriter;

/** Reads the IATI standard's annotated example and builds activities with other budgets. */
final class IatiBudgetFiles {

  static final Path EXAMPLE =
      org.rbmkit.core.testing.Sources.iati("activity-standard-example-annotated.xml");

  private IatiBudgetFiles() {}

  /** The annotated example's only activity. */
  static IatiActivity example() {
    try (InputStream in = Files.newInputStream(EXAMPLE)) {
      return activities(IatiReader.lenient().readAll(in)).get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The activities written as IATI 2.03 and read back in strict mode. */
  static ImmutableList<IatiActivity> writtenAndRead(List<IatiActivity> activities) {
    byte[] xml = IatiWriter.toXml(activities).getBytes(StandardCharsets.UTF_8);
    return activities(IatiReader.strict().readAll(new ByteArrayInputStream(xml)));
  }

  private static ImmutableList<IatiActivity> activities(List<ActivityRead> reads) {
    return reads.stream()
        .map(r -> r.activity().orElseThrow(() -> new AssertionError(r.problems().toString())))
        .collect(ImmutableList.toImmutableList());
  }

  /** The annotated example with another identifier, default currency and budgets. */
  static IatiActivity activity(String identifier, String defaultCurrency, IatiBudget... budgets) {
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
  static IatiBudget budget(String type, String status, int year, String amount, String currency) {
    return new IatiBudget(
        Optional.of(type),
        Optional.of(status),
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        new IatiAmount(
            new BigDecimal(amount), Optional.ofNullable(currency), LocalDate.of(year, 1, 1)));
  }
}
