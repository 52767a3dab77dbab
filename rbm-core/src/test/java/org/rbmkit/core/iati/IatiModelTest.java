package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.text.LocalizedText;

/** The IATI value types, the XML simple types and the conversion to the core indicator. */
class IatiModelTest {

  static final LocalDate JAN1 = LocalDate.of(2024, 1, 1);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1250 | 1250",
        "' -0.75 ' | -0.75",
        "+3.0 | 3.0",
        ".5 | 0.5",
        "5. | 5",
        "'' | ",
        "1e3 | ",
        "1,5 | ",
        "N=35;P=55 | ",
        "-- | "
      })
  void decimal_readsXsdDecimalOnly(String text, String expected) {
    assertThat(XmlText.decimal(text)).isEqualTo(Optional.ofNullable(expected).map(BigDecimal::new));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2014-01-31 | 2014-01-31",
        "2014-01-31Z | 2014-01-31",
        "2014-01-31+02:00 | 2014-01-31",
        "2014-02-30 | ",
        "2014-1-31 | ",
        "31/01/2014 | ",
        "2014-01-31T00:00 | "
      })
  void date_readsXsdDate(String text, String expected) {
    assertThat(XmlText.date(text)).isEqualTo(Optional.ofNullable(expected).map(LocalDate::parse));
  }

  @ParameterizedTest
  @CsvSource({"true, true", "1, true", "false, false", "0, false", "yes,", "TRUE,", "'',"})
  void bool_readsXsdBoolean(String text, Boolean expected) {
    assertThat(XmlText.bool(text)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest
  @CsvSource({"2012, 2012", "+007, 7", "0,", "-2008,", "x,", "1.5,", "99999999999,"})
  void positiveInteger_readsXsdPositiveInteger(String text, Integer expected) {
    assertThat(XmlText.positiveInteger(text)).isEqualTo(Optional.ofNullable(expected));
  }

  @Test
  void equality_ofValueTypes() {
    IatiAmount eur = new IatiAmount(new BigDecimal("3000"), Optional.of("EUR"), JAN1);
    new EqualsTester()
        .addEqualityGroup(Narrative.of("fr", "Titre"), new Narrative(Optional.of("fr"), "Titre"))
        .addEqualityGroup(Narrative.of("Titre"))
        .addEqualityGroup(eur, new IatiAmount(new BigDecimal("3000"), Optional.of("EUR"), JAN1))
        .addEqualityGroup(new IatiAmount(new BigDecimal("3000.00"), Optional.of("EUR"), JAN1))
        .addEqualityGroup(new IatiDimension("sex", "female"), new IatiDimension("sex", "female"))
        .addEqualityGroup(
            new IatiBudget(Optional.empty(), Optional.empty(), JAN1, JAN1.plusDays(364), eur),
            new IatiBudget(Optional.empty(), Optional.empty(), JAN1, JAN1.plusDays(364), eur))
        .addEqualityGroup(
            new IatiBudget(Optional.of("1"), Optional.empty(), JAN1, JAN1.plusDays(364), eur))
        .testEquals();
  }

  @Test
  void amount_isMoneyOnlyWhenTheCurrencyIsKnownAndNothingRounds() {
    assertThat(new IatiAmount(new BigDecimal("3000"), Optional.of("EUR"), JAN1).money())
        .contains(Money.of("EUR", 3000));
    assertThat(new IatiAmount(BigDecimal.ONE, Optional.empty(), JAN1).money()).isEmpty();
    assertThat(new IatiAmount(BigDecimal.ONE, Optional.of("EUROS"), JAN1).money()).isEmpty();
    assertThat(new IatiAmount(new BigDecimal("1.5"), Optional.of("JPY"), JAN1).money()).isEmpty();
  }

  @Test
  void budget_defaultsToOriginalIndicativeAndReadsCodes() {
    IatiAmount eur = new IatiAmount(BigDecimal.TEN, Optional.of("EUR"), JAN1);
    IatiBudget plain = new IatiBudget(Optional.empty(), Optional.empty(), JAN1, JAN1, eur);
    assertThat(plain.budgetType()).contains(BudgetType.ORIGINAL);
    assertThat(plain.budgetStatus()).contains(BudgetStatus.INDICATIVE);
    IatiBudget odd =
        new IatiBudget(Optional.of("X"), Optional.of("3"), JAN1.plusDays(1), JAN1, eur);
    assertThat(odd.budgetType()).isEmpty();
    assertThat(odd.budgetStatus()).isEmpty();
    assertThat(odd.period()).isEmpty();
  }

  @Test
  void resultType_readsCodesAndOldNames() {
    IatiResult r =
        new IatiResult(
            "output",
            Optional.empty(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of());
    assertThat(r.resultType()).contains(ResultType.OUTPUT);
    assertThat(ResultType.fromCode("9")).contains(ResultType.OTHER);
    assertThat(ResultType.OTHER.level()).isEmpty();
    assertThat(ResultType.fromCode("4")).isEmpty();
  }

  @Test
  void narratives_becomeLocalizedTextWithTheDefaultLanguage() {
    LocalizedText t =
        Narrative.toLocalizedText(
            List.of(Narrative.of("Title"), Narrative.of("FR", "Titre"), Narrative.of("Title")),
            "en");
    assertThat(t).isEqualTo(LocalizedText.of("en", "Title", "fr", "Titre"));
    assertThatThrownBy(
            () ->
                Narrative.toLocalizedText(
                    List.of(Narrative.of("A"), Narrative.of("en", "B")), "en"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two different narratives in language en: \"A\" and \"B\"");
  }

  static IatiIndicator indicator(String measure, Optional<Boolean> ascending, IatiPeriod period) {
    return new IatiIndicator(
        measure,
        ascending,
        Optional.empty(),
        ImmutableList.of(Narrative.of("Trained")),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(new IatiBaseline(2022, Optional.empty(), IatiIndicatorValue.of("35"))),
        ImmutableList.of(period));
  }

  @Test
  void toIndicator_convertsDirectionBaselineYearAndQualitativeComments() {
    IatiPeriod year =
        new IatiPeriod(
            JAN1,
            LocalDate.of(2024, 12, 31),
            ImmutableList.of(IatiIndicatorValue.of("40")),
            ImmutableList.of());
    Indicator down = indicator("1", Optional.of(false), year).toIndicator("7", "en");
    assertThat(down.direction()).isEqualTo(Direction.DECREASE);
    assertThat(down.baselines().get(0).period()).isEqualTo(CalendarYear.of(2022));
    // an absent @ascending is ascending for a numeric measure, no direction for a qualitative one
    assertThat(indicator("2", Optional.empty(), year).toIndicator("7", "en").direction())
        .isEqualTo(Direction.INCREASE);
    assertThat(indicator("5", Optional.empty(), year).direction()).isEqualTo(Direction.NONE);
    assertThat(indicator("5", Optional.of(true), year).direction()).isEqualTo(Direction.INCREASE);

    IatiIndicatorValue said =
        new IatiIndicatorValue(
            Optional.empty(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(Narrative.of("Policy adopted")));
    IatiIndicator qualitative =
        new IatiIndicator(
            "5",
            Optional.empty(),
            Optional.empty(),
            ImmutableList.of(Narrative.of("Policy")),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(
                new IatiPeriod(
                    JAN1,
                    JAN1,
                    ImmutableList.of(IatiIndicatorValue.of("x")),
                    ImmutableList.of(said))));
    Indicator q = qualitative.toIndicator("Q", "en");
    assertThat(q.measure()).isEqualTo(Measure.QUALITATIVE);
    assertThat(q.actuals())
        .extracting(pv -> pv.value())
        .containsExactly(IndicatorValue.text("Policy adopted"));
    assertThat(q.targets()).isEmpty(); // a value without a comment states no text
  }

  @Test
  void toIndicator_refusesWhatTheCoreModelCannotHold() {
    IatiPeriod odd =
        new IatiPeriod(
            JAN1, JAN1, ImmutableList.of(IatiIndicatorValue.of("N=42;P=57")), ImmutableList.of());
    assertThatThrownBy(() -> indicator("1", Optional.empty(), odd).toIndicator("1", "en"))
        .hasMessage("indicator 1 period[1] target[1]: value \"N=42;P=57\" is not a decimal");
    IatiPeriod backwards =
        new IatiPeriod(JAN1, JAN1.minusDays(1), ImmutableList.of(), ImmutableList.of());
    assertThatThrownBy(() -> indicator("1", Optional.empty(), backwards).toIndicator("1", "en"))
        .hasMessage("indicator 1 period[1]: end 2023-12-31 is before start 2024-01-01");
    assertThatThrownBy(() -> indicator("Unit", Optional.empty(), backwards).toIndicator("1", "en"))
        .hasMessage("indicator 1: measure \"Unit\" is not an IATI IndicatorMeasure code 1-5");
  }

  @Test
  void writer_refusesWhatTheSchemaCannotAccept() throws java.io.IOException {
    IatiAnnotatedExampleTest.readExample();
    IatiActivity ok = IatiAnnotatedExampleTest.activity;
    IatiActivity noDescription =
        new IatiActivity(
            ok.identifier(),
            ok.language(),
            ok.defaultCurrency(),
            ok.reportingOrg(),
            ok.title(),
            ImmutableList.of(),
            ok.participatingOrgs(),
            ok.activityStatus(),
            ok.activityDates(),
            ok.budgets(),
            ok.plannedDisbursements(),
            ok.transactions(),
            ok.results());
    assertThatThrownBy(() -> IatiWriter.toXml(List.of(noDescription)))
        .hasMessage("activity AA-AAA-123456789-ABC123: no description; IATI 2.03 requires one");
    IatiActivity nul =
        new IatiActivity(
            "bad\u0000id",
            ok.language(),
            ok.defaultCurrency(),
            ok.reportingOrg(),
            ok.title(),
            ok.descriptions(),
            ok.participatingOrgs(),
            ok.activityStatus(),
            ok.activityDates(),
            ok.budgets(),
            ok.plannedDisbursements(),
            ok.transactions(),
            ok.results());
    assertThatThrownBy(() -> IatiWriter.toXml(List.of(nul)))
        .hasMessageContaining("character U+0000");
  }

}
