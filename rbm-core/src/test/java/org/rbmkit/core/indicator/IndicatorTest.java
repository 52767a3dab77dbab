package org.rbmkit.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.text.LocalizedText;

class IndicatorTest {

  private static final LocalizedText TITLE =
      LocalizedText.of("fr", "Taux de certification", "en", "Certification rate");

  @Test
  void builder_buildsARatioIndicatorWithValuesPerPeriod() {
    Indicator i =
        Indicator.builder("2.1", TITLE, Measure.RATIO)
            .unit("participants")
            .direction(Direction.INCREASE)
            .cumulation(Cumulation.NON_CUMULATIVE)
            .baseline(Baseline.inYear(2022, IndicatorValue.ratio(59, 100)))
            .target(PeriodValue.of("2024-25", IndicatorValue.ratio(65, 100).with(Qualifier.AT_LEAST)))
            .milestone(PeriodValue.of("2024", IndicatorValue.ratio(62, 100)))
            .actual(PeriodValue.of("2024", IndicatorValue.ratio(60, 100)))
            .actual(
                PeriodValue.of(
                    "2024", IndicatorValue.ratio(30, 40).withDimension("sex", "female")))
            .build();
    assertThat(i.targetsFor(Biennium.parse("2024-25"))).hasSize(1);
    assertThat(i.actualsFor(CalendarYear.of(2024))).hasSize(2);
    assertThat(i.band()).isEmpty();
    assertThat(i.measure().iatiCode()).isEqualTo(1);
    assertThat(i.withActual(PeriodValue.of("2025", IndicatorValue.ratio(1, 2))).actuals())
        .hasSize(3);
    assertThat(i.toBuilder().build()).isEqualTo(i);
  }

  @Test
  void constructor_rejectsAValueTheMeasureDoesNotTake() {
    assertThatThrownBy(
            () ->
                Indicator.builder("2.1", TITLE, Measure.PERCENTAGE)
                    .target(PeriodValue.of("2024-25", IndicatorValue.ratio(1, 2)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "indicator 2.1 has 1 problem: targets[0].numerator: a percentage indicator does not take a"
                + " ratio value");
  }

  @Test
  void constructor_rejectsARepeatedPeriodAndDimensions() {
    assertThatThrownBy(
            () ->
                Indicator.builder("2.1", TITLE, Measure.UNIT)
                    .actual(PeriodValue.of("2024", IndicatorValue.of(1).withDimension("sex", "f")))
                    .actual(PeriodValue.of("2024", IndicatorValue.of(2).withDimension("sex", "f")))
                    .build())
        .hasMessage("indicator 2.1 has 1 problem: actuals[1].period: repeats period 2024 with dimensions {sex=f}"
            + " in actuals");
  }

  @Test
  void constructor_needsABandExactlyForMaintain() {
    Indicator kept =
        Indicator.builder("x", TITLE, Measure.PERCENTAGE)
            .maintainWithin(new BigDecimal("95"), new BigDecimal("100"))
            .build();
    assertThat(kept.band()).contains(Band.parse("95..100"));
    assertThatThrownBy(() -> Indicator.builder("x", TITLE, Measure.UNIT).direction(Direction.MAINTAIN).build())
        .hasMessage("indicator x has 1 problem: band: direction maintain needs a band");
  }

  @Test
  void currencyIndicator_needsAnIsoUnitAndCurrencyDecimals() {
    assertThatThrownBy(() -> Indicator.builder("c", TITLE, Measure.CURRENCY).unit("euros").build())
        .hasMessageStartingWith("indicator c has 1 problem: unit: a currency indicator's unit must be an ISO 4217 code");
    assertThatThrownBy(
            () ->
                Indicator.builder("c", TITLE, Measure.CURRENCY)
                    .unit("EUR")
                    .actual(PeriodValue.of("2024", IndicatorValue.of("1.234")))
                    .build())
        .hasMessageStartingWith("indicator c has 1 problem: actuals[0].value: amount 1.234 has 3 decimal places");
  }

  @Test
  void ratio_quotientIsEmptyForAZeroDenominator() {
    assertThat(RatioValue.of(72, 119).percentage(1, java.math.RoundingMode.HALF_UP))
        .contains(new BigDecimal("60.5"));
    assertThat(RatioValue.of(0, 0).quotient(2, java.math.RoundingMode.HALF_UP)).isEmpty();
    assertThat(RatioValue.parse("72/119")).isEqualTo(RatioValue.of(72, 119));
  }
}
