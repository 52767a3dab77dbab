package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV reader's dates: ISO {@code yyyy-mm-dd} with ASCII digits, real calendar days only. */
class EnrolmentCsvDatesTest {

  private static final Pattern ISO = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** The rule as first written: the pattern, then {@link LocalDate#parse}. */
  private static LocalDate reference(String v) {
    if (!ISO.matcher(v).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @ParameterizedTest
  @CsvSource({
    "2022-03-01, 2022-03-01",
    "2024-02-29, 2024-02-29",
    "0000-01-01, 0000-01-01",
    "9999-12-31, 9999-12-31",
    "2023-02-29, ",
    "2022-13-01, ",
    "2022-00-10, ",
    "2022-3-01, ",
    "2022/03/01, ",
    "22-03-2022, ",
    "2022-03-01T00:00, ",
    "+2022-03-01, ",
    "２０２２-03-01, ",
    "'', "
  })
  void isoDate_acceptsRealDaysInIsoForm(String text, String expected) {
    assertThat(EnrolmentValues.isoDate(text))
        .isEqualTo(expected == null ? null : LocalDate.parse(expected));
  }

  @Test
  void isoDate_agreesWithThePatternAndLocalDateParse_onRandomText() {
    long seed = 20261128L;
    SplittableRandom r = new SplittableRandom(seed);
    String alphabet = "0123456789-/+ T٣x";
    for (int c = 0; c < 50_000; c++) {
      String v;
      if (r.nextBoolean()) {
        v = String.format("%04d-%02d-%02d", r.nextInt(10_000), r.nextInt(14), r.nextInt(33));
      } else {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(12);
        for (int i = 0; i < n; i++) {
          b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        v = b.toString();
      }
      assertThat(EnrolmentValues.isoDate(v)).as("seed %s case %s: %s", seed, c, v)
          .isEqualTo(reference(v));
    }
  }
}
