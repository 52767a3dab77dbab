package org.rbmkit.budget.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.iati.IatiMoneyBreakdown.Row;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiAmount;
import org.rbmkit.core.iati.IatiClassification;
import org.rbmkit.core.iati.IatiClassifications;
import org.rbmkit.core.iati.IatiTransaction;
import org.rbmkit.core.testing.IatiFixtures;

class IatiMoneyBreakdownTest {

  private static IatiClassification sector(String code, String pct) {
    return new IatiClassification(Optional.of("1"), Optional.empty(), code,
        Optional.ofNullable(pct).map(BigDecimal::new), ImmutableList.of());
  }

  private static IatiClassifications classes(List<IatiClassification> sectors,
      List<IatiClassification> countries) {
    return new IatiClassifications(ImmutableList.copyOf(sectors), ImmutableList.copyOf(countries),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), Optional.empty(),
        Optional.empty(), Optional.empty(), ImmutableList.of(), Optional.empty());
  }

  private static IatiTransaction tx(String type, String amount, int year) {
    LocalDate d = LocalDate.of(year, 6, 30);
    return new IatiTransaction(type, d, new IatiAmount(new BigDecimal(amount), Optional.empty(), d));
  }

  private static IatiActivity activity(String id, IatiClassifications c, IatiTransaction... ts) {
    IatiActivity a = IatiFixtures.activity(id, "EUR");
    return new IatiActivity(a.identifier(), a.language(), a.defaultCurrency(), a.reportingOrg(),
        a.title(), a.descriptions(), a.participatingOrgs(), a.activityStatus(), a.activityDates(),
        a.budgets(), a.plannedDisbursements(), ImmutableList.copyOf(ts), a.results())
        .withDetails(ImmutableList.of(), c, ImmutableList.of());
  }

  @Test
  void splitsByPercentagesExactly_roundsTowardZero_andStatesRemainders() {
    // 100.01 at 33.33 / 33.33 / 33.34 %: 33.333333, 33.333333, 33.343334 (sum 100.01)
    IatiActivity a = activity("XM-1",
        classes(List.of(sector("11220", "33.33"), sector("12110", "33.33"),
            sector("15110", "33.34")), List.of(IatiClassification.of("KE", new BigDecimal("100")))),
        tx("3", "100.01", 2024), tx("3", "-0.01", 2024), tx("4", "7", 2025));
    IatiMoneyBreakdown b = IatiMoneyBreakdown.of(List.of(a), "1");
    assertThat(b.byYear())
        .extracting(Row::flow, Row::key, r -> r.money().toString(), Row::count)
        .containsExactly(
            tuple("transaction 3 disbursement", "2024", "EUR 100.00", 2),
            tuple("transaction 4 expenditure", "2025", "EUR 7.00", 1));
    Row first = b.bySector().get(0);
    assertThat(first.flow()).isEqualTo("transaction 3 disbursement");
    assertThat(first.key()).isEqualTo("11220");
    // (100.01 - 0.01) x 33.33 % = 33.33 exactly
    assertThat(first.exact()).isEqualByComparingTo("33.33");
    BigDecimal sum = BigDecimal.ZERO;
    for (Row r : b.bySector()) {
      if (r.flow().startsWith("transaction 3")) {
        sum = sum.add(r.money().amount()).add(r.remainder());
      }
    }
    assertThat(sum).isEqualByComparingTo("100.00");
    assertThat(b.byCountry()).extracting(Row::key).containsOnly("KE");
    assertThat(b.totals()).containsEntry("transaction 3 disbursement EUR", new BigDecimal("100"));
    assertThat(b.notes()).isEmpty();
  }

  @Test
  void oneThirdShares_keepTheirRemainder() {
    // 0.10 at 33.33 %: exact 0.03333, money 0.03, remainder 0.00333
    IatiActivity a = activity("XM-2",
        classes(List.of(sector("1", "33.33"), sector("2", "66.67")), List.of()),
        tx("3", "0.10", 2024));
    Row r = IatiMoneyBreakdown.of(List.of(a), "1").bySector().get(0);
    assertThat(r.exact()).isEqualByComparingTo("0.03333");
    assertThat(r.money().amount()).isEqualByComparingTo("0.03");
    assertThat(r.remainder()).isEqualByComparingTo("0.00333");
  }

  @Test
  void blankSectorVocabulary_isRefused_namingIt() {
    IatiActivity a = activity("XM-2",
        classes(List.of(sector("1", "100")), List.of()), tx("3", "0.10", 2024));
    assertThatThrownBy(() -> IatiMoneyBreakdown.of(List.of(a), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sector vocabulary \" \": a SectorVocabulary code is needed, such as 1"
            + " (OECD DAC 5-digit)");
  }

  @Test
  void sharesNotAddingUpTo100_keptWholeUnderTheirCodes_noneStaysUnallocated_withNotes() {
    IatiActivity partial = activity("XM-3",
        classes(List.of(sector("1", "60"), sector("2", "30")), List.of()), tx("3", "10", 2024));
    IatiActivity over = activity("XM-5",
        classes(List.of(sector("1", "60"), sector("2", "60")), List.of()), tx("3", "7", 2024));
    IatiActivity none = activity("XM-4", IatiClassifications.NONE, tx("3", "5", 2024));
    IatiMoneyBreakdown b = IatiMoneyBreakdown.of(List.of(partial, over, none), "1");
    // nothing invented (60 + 60 would allocate 8.40 of 7), nothing lost (30 % of 10 unplaced)
    assertThat(b.bySector())
        .extracting(Row::key, r -> r.money().amount().toPlainString())
        .containsExactly(tuple("(unallocated)", "5.00"), tuple("1+2", "17.00"));
    assertThat(b.notes()).contains(
        "activity XM-3: the percentages of its sector of vocabulary 1 add up to 90, not 100: kept"
            + " whole under 1+2",
        "activity XM-5: the percentages of its sector of vocabulary 1 add up to 120, not 100: kept"
            + " whole under 1+2",
        "activity XM-4: no sector of vocabulary 1: its amounts stay (unallocated)");
  }

  @Test
  void transactionsOwnSector_takesItWholly_negativeValuesSummedAsPublished() {
    LocalDate d = LocalDate.of(2024, 1, 1);
    IatiTransaction own = new IatiTransaction("3", d,
        new IatiAmount(new BigDecimal("-40"), Optional.empty(), d), Optional.empty(),
        Optional.empty(), classes(List.of(sector("99999", null)), List.of()));
    IatiActivity a = activity("XM-5",
        classes(List.of(sector("1", "50"), sector("2", "50")), List.of()), own,
        tx("3", "10", 2024));
    IatiMoneyBreakdown b = IatiMoneyBreakdown.of(List.of(a), "1");
    assertThat(b.bySector())
        .extracting(Row::key, r -> r.money().amount().toPlainString())
        .containsExactly(tuple("1", "5.00"), tuple("2", "5.00"), tuple("99999", "-40.00"));
    assertThat(b.totals()).containsEntry("transaction 3 disbursement EUR", new BigDecimal("-30"));
  }
}
