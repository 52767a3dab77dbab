package org.rbmkit.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.json.RbmJson;

class PeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2024, 2024, CalendarYear",
    "2024-25, 2024-25, Biennium",
    "2024-2025, 2024-25, Biennium",
    "1999-2000, 1999-00, Biennium",
    "2022-2025, 2022-2025, PlanPeriod",
    "2024-Q1, 2024-Q1, Quarter",
    "2024-01-01/2024-06-30, 2024-01-01/2024-06-30, DateRange",
    // a year outside 0000-9999 is written, and read, with its sign, as LocalDate writes it
    "+202020-04-01/+202020-06-30, +202020-04-01/+202020-06-30, DateRange",
    "-0001-12-31/0000-01-01, -0001-12-31/0000-01-01, DateRange",
    "-999999999-01-01/+999999999-12-30, -999999999-01-01/+999999999-12-30, DateRange",
  })
  void parse_readsEveryKindAndPrintsItCanonically(String text, String canonical, String type) {
    Period p = Period.parse(text);
    assertThat(p).hasToString(canonical);
    assertThat(p.getClass().getSimpleName()).isEqualTo(type);
    assertThat(Period.parse(p.toString())).isEqualTo(p);
    assertThat(RbmJson.mapper().readValue(RbmJson.mapper().writeValueAsString(p), Period.class)).isEqualTo(p);
  }

  @Test
  void quarter_alsoReadsWordsOrder() {
    assertThat(Quarter.parse("Q3 2024")).isEqualTo(Quarter.of(2024, 3));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "24|cannot parse period \"24\": expected " + Periods.ACCEPTED,
        // the biennium's short form, but four years apart
        "2024-27|biennium \"2024-27\" does not span two consecutive years: expected 2024-25 or 2024-2025 (two consecutive years)",
        "2024-26|biennium \"2024-26\" does not span two consecutive years: expected 2024-25 or 2024-2025 (two consecutive years)",
        "2025-2022|plan period \"2025-2022\" ends before it starts",
        "2024-2024|plan period \"2024-2024\" spans fewer than three years: use a biennium or a year",
        "2024-Q5|cannot parse quarter \"2024-Q5\": expected 2024-Q1 or Q1 2024",
        "2023-02-30/2023-03-01|cannot parse date range \"2023-02-30/2023-03-01\": expected two valid ISO dates, 2024-01-01/2024-06-30",
        "2024-06-30/2024-01-01|end 2024-01-01 is before start 2024-06-30",
        "1800|year 1800 is outside 1900–2199",
        // a sign only where LocalDate writes one, one slash, and an end before the last date
        "+2024-01-01/2024-06-30|cannot parse date range \"+2024-01-01/2024-06-30\": expected two valid ISO dates, 2024-01-01/2024-06-30",
        "2024-01-01/2024-06-30/2024-12-31|cannot parse date range \"2024-01-01/2024-06-30/2024-12-31\": expected 2024-01-01/2024-06-30 (end inclusive)",
        "+999999999-12-31/+999999999-12-31|end +999999999-12-31 is the last day a date can hold: a range must end before it",
        "-999999999-01-01/+999999999-12-300|cannot parse period \"-999999999-01-01/+999999999-12-300\": expected " + Periods.ACCEPTED,
      })
  void parse_rejectsWithAMessageQuotingTheInput(String text, String message) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void parse_showsAHostileInputAbbreviatedAndEscaped() {
    // a line break could otherwise start a forged line of a log
    assertThatThrownBy(() -> Period.parse("2024\n[ERROR] forged" + "x".repeat(100)))
        .hasMessage(
            "cannot parse period \"2024\\u000A[ERROR] forgedxxxxxxxxxxxxxxxxxx...\": expected "
                + Periods.ACCEPTED);
  }

  @Test
  void equality_separatesKindsCoveringTheSameDays() {
    new EqualsTester()
        .addEqualityGroup(Biennium.parse("2024-25"), Biennium.parse("2024-2025"), Biennium.startingIn(2024))
        .addEqualityGroup(
            DateRange.ofInclusive(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)),
            DateRange.parse("2024-01-01/2025-12-31"),
            DateRange.ofHalfOpen(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)))
        .addEqualityGroup(CalendarYear.of(2024), CalendarYear.parse("2024"))
        .addEqualityGroup(PlanPeriod.parse("2022-2025"), new PlanPeriod(2022, 2025))
        .addEqualityGroup(Quarter.of(2024, 1), Quarter.parse("2024-Q1"))
        .testEquals();
  }

  @Test
  void navigation_containmentAndOverlap() {
    Biennium b = Biennium.parse("2024-25");
    assertThat(b.previous()).hasToString("2022-23");
    assertThat(b.next()).hasToString("2026-27");
    assertThat(b.years()).containsExactly(CalendarYear.of(2024), CalendarYear.of(2025));
    assertThat(b.endInclusive()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(PlanPeriod.parse("2022-2025").contains(b)).isTrue();
    assertThat(b.contains(PlanPeriod.parse("2022-2025"))).isFalse();
    assertThat(b.overlaps(Period.parse("2025-Q4"))).isTrue();
    assertThat(b.overlaps(Period.parse("2026"))).isFalse();
    assertThat(Quarter.containing(LocalDate.of(2024, 5, 1))).isEqualTo(Quarter.of(2024, 2));
    assertThat(PlanPeriod.parse("2022-2025").lengthInYears()).isEqualTo(4);
    assertThatThrownBy(() -> new PlanPeriod(2024, 2025))
        .hasMessage("plan period 2024-2025 spans fewer than three years: use Biennium or CalendarYear");
  }

  @Test
  void calendarYear_oneSharedInstancePerYearAndTheSameBounds() {
    CalendarYear y = CalendarYear.of(2024);
    assertThat(CalendarYear.parse("2024")).isSameAs(y);
    assertThat(Period.parse("2024")).isSameAs(y);
    assertThat(y.next().previous()).isSameAs(y);
    assertThat(new CalendarYear(2024)).isEqualTo(y).isNotSameAs(y);
    assertThat(CalendarYear.of(1900).year()).isEqualTo(1900);
    assertThat(CalendarYear.of(2199).year()).isEqualTo(2199);
    assertThatThrownBy(() -> CalendarYear.of(1899)).hasMessage("year 1899 is outside 1900–2199");
    assertThatThrownBy(() -> CalendarYear.of(2199).next())
        .hasMessage("year 2200 is outside 1900–2199");
    assertThatThrownBy(() -> CalendarYear.parse("2200"))
        .hasMessage("year 2200 is outside 1900–2199");
  }
}
