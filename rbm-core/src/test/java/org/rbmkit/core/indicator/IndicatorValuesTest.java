package org.rbmkit.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;

/** The value types of indicators: equality, text round trips, rejections, JSON. */
class IndicatorValuesTest {

  @Test
  void decimalValue_keepsItsScaleButComparesNumerically() {
    DecimalValue v = DecimalValue.parse("59.0");
    assertThat(v).hasToString("59.0");
    assertThat(new DecimalValue(new BigDecimal("1E+3"))).hasToString("1000");
    new EqualsTester()
        .addEqualityGroup(DecimalValue.parse("59"), DecimalValue.parse("59.0"), DecimalValue.of(59))
        .addEqualityGroup(DecimalValue.parse("59.5"))
        .addEqualityGroup(DecimalValue.parse("0"), DecimalValue.parse("0.000"), DecimalValue.parse("-0"))
        .testEquals();
  }

  @Test
  void ratioValue_keepsItsCounts() {
    new EqualsTester()
        .addEqualityGroup(RatioValue.of(72, 119), RatioValue.parse("72/119"), RatioValue.parse("72.0/119"))
        .addEqualityGroup(RatioValue.of(144, 238))
        .addEqualityGroup(RatioValue.of(0, 0))
        .testEquals();
    // seed 004 l.29-36: 72 new services of 119 projects, "soit 60 pour cent"
    RatioValue r = RatioValue.of(72, 119);
    assertThat(r.percentage(1, RoundingMode.HALF_UP)).contains(new BigDecimal("60.5"));
    assertThat(r.percentage(0, RoundingMode.DOWN)).contains(new BigDecimal("60"));
    assertThat(r.plus(RatioValue.of(10, 20))).isEqualTo(RatioValue.of(82, 139));
    assertThat(RatioValue.of(3, 0).quotient(2, RoundingMode.HALF_UP)).isEmpty();
    assertThat(RatioValue.of(3, 0).percentage(2, RoundingMode.HALF_UP)).isEmpty();
  }

  @Test
  void band_containsItsEnds() {
    Band b = Band.parse("95..100");
    assertThat(b.contains(new BigDecimal("95"))).isTrue();
    assertThat(b.contains(new BigDecimal("100.0"))).isTrue();
    assertThat(b.contains(new BigDecimal("94.99"))).isFalse();
    new EqualsTester()
        .addEqualityGroup(b, Band.parse("95.0..100"), Band.of(new BigDecimal(95), new BigDecimal(100)))
        .addEqualityGroup(Band.parse("95..99"))
        .testEquals();
  }

  @ParameterizedTest
  @CsvSource({"59.0", "-0.75", "1250", "0", "123456789012345678901234.123456789012"})
  void decimalValue_parseReadsItsToString(String text) {
    assertThat(DecimalValue.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource({"72/119", "0/0", "1.5/3.25"})
  void ratioValue_parseReadsItsToString(String text) {
    assertThat(RatioValue.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource({"95..100", "-1.5..1.5", "0..0"})
  void band_parseReadsItsToString(String text) {
    assertThat(Band.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1,5|cannot parse decimal value \"1,5\": expected a plain decimal such as 1250 or -0.75",
        "1e3|cannot parse decimal value \"1e3\": expected a plain decimal such as 1250 or -0.75",
        "' 1'|cannot parse decimal value \" 1\": expected a plain decimal such as 1250 or -0.75",
        "0.1234567890123|value 0.1234567890123 has more than 12 decimal places",
        "1234567890123456789012345|value 1234567890123456789012345 has more than 24 integer digits",
      })
  void decimalValue_rejects(String text, String message) {
    assertThatThrownBy(() -> DecimalValue.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "72|cannot parse ratio \"72\": expected numerator/denominator such as 72/119",
        "1/2/3|cannot parse ratio \"1/2/3\": expected numerator/denominator such as 72/119",
        "-1/2|cannot parse ratio \"-1/2\": expected numerator/denominator such as 72/119",
        "1/-2|cannot parse ratio \"1/-2\": expected numerator/denominator such as 72/119",
        "a/2|cannot parse ratio numerator \"a\": expected a plain decimal such as 1250 or -0.75",
      })
  void ratioValue_rejects(String text, String message) {
    assertThatThrownBy(() -> RatioValue.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> RatioValue.of(new BigDecimal(-1), BigDecimal.ONE))
        .hasMessage("numerator -1 is negative");
    assertThatThrownBy(() -> RatioValue.of(BigDecimal.ONE, new BigDecimal(-2)))
        .hasMessage("denominator -2 is negative");
  }

  @Test
  void band_rejects() {
    assertThatThrownBy(() -> Band.parse("100..95")).hasMessage("band lower 100 is above upper 95");
    assertThatThrownBy(() -> Band.parse("95-100"))
        .hasMessage("cannot parse band \"95-100\": expected lower..upper such as 95..100");
  }

  @Test
  void textValue_rejectsBlankAndLongTexts() {
    assertThatThrownBy(() -> new TextValue(" ")).hasMessage("text value is blank");
    assertThatThrownBy(() -> new TextValue("x".repeat(10_001)))
        .hasMessage("text value \"" + "x".repeat(37) + "...\" has 10001 characters, more than 10000");
    new EqualsTester()
        .addEqualityGroup(new TextValue("a"), new TextValue("a"))
        .addEqualityGroup(new TextValue("a "))
        .testEquals();
  }

  @Test
  void indicatorValue_carriesQualifierAndDimensions() {
    IndicatorValue v = IndicatorValue.of("60").with(Qualifier.APPROXIMATE).withDimension("sex", "female");
    assertThat(v).hasToString("~60 {sex=female}");
    assertThat(IndicatorValue.of(1).with(Qualifier.AT_LEAST)).hasToString(">=1");
    assertThat(IndicatorValue.text("ok").with(Qualifier.AT_MOST)).hasToString("<=\"ok\"");
    assertThat(v.isTotal()).isFalse();
    new EqualsTester()
        .addEqualityGroup(
            v,
            IndicatorValue.of("60.0").withDimension("sex", "female").with(Qualifier.APPROXIMATE),
            new IndicatorValue(DecimalValue.of(60), Qualifier.APPROXIMATE, ImmutableSortedMap.of("sex", "female")))
        .addEqualityGroup(IndicatorValue.of("60").with(Qualifier.APPROXIMATE))
        .addEqualityGroup(IndicatorValue.of("60").withDimension("sex", "female"))
        .addEqualityGroup(IndicatorValue.ratio(60, 100))
        .testEquals();
    assertThatThrownBy(() -> IndicatorValue.of(1).withDimension("1sex", "f"))
        .hasMessage(
            "dimension name \"1sex\" must be a letter followed by up to 63 letters, digits, '_', '.' or '-',"
                + " such as sex or region");
    assertThatThrownBy(() -> IndicatorValue.of(1).withDimension("sex", " "))
        .hasMessage("dimension sex has a blank category");
  }

  @Test
  void periodValuesAndBaselines_equalByComponents() {
    new EqualsTester()
        .addEqualityGroup(
            PeriodValue.of("2024-25", IndicatorValue.of(40)),
            PeriodValue.of("2024-2025", IndicatorValue.of("40.0")))
        .addEqualityGroup(PeriodValue.of("2024", IndicatorValue.of(40)))
        .addEqualityGroup(PeriodValue.of("2024-25", IndicatorValue.of(41)))
        .testEquals();
    Baseline day = Baseline.on(LocalDate.of(2022, 12, 31), IndicatorValue.of(3));
    assertThat(day.period()).isEqualTo(DateRange.parse("2022-12-31/2022-12-31"));
    new EqualsTester()
        .addEqualityGroup(Baseline.inYear(2021, IndicatorValue.of(35)), new Baseline(CalendarYear.of(2021), IndicatorValue.of(35)))
        .addEqualityGroup(day)
        .testEquals();
    assertThat(Baseline.inYear(2021, IndicatorValue.of(35))).hasToString("2021: 35");
  }

  @ParameterizedTest
  @EnumSource(Measure.class)
  void measure_codesReadBackAndMapToIati(Measure m) {
    assertThat(Measure.fromCode(m.code())).isSameAs(m);
    assertThat(m.iatiCode()).isBetween(1, 5);
  }

  @Test
  void iatiMapping_readsBackAndSaysWhatIatiCannotExpress() {
    for (int code = 1; code <= 5; code++) {
      assertThat(Measure.fromIatiCode(code).iatiCode()).isEqualTo(code);
    }
    assertThatThrownBy(() -> Measure.fromIatiCode(6)).hasMessage("IATI indicator measure 6 is not one of 1 to 5");
    assertThat(Direction.INCREASE.iatiAscending()).contains(true);
    assertThat(Direction.DECREASE.iatiAscending()).contains(false);
    assertThat(Direction.MAINTAIN.iatiAscending()).isEmpty();
    assertThat(Direction.NONE.iatiAscending()).isEmpty();
  }

  @Test
  void enums_haveStableCodesAndRejectOthers() {
    assertThat(Measure.PERCENTAGE.iatiCode()).isEqualTo(2);
    assertThat(Measure.NOMINAL.iatiCode()).isEqualTo(3);
    assertThat(Measure.ORDINAL.iatiCode()).isEqualTo(4);
    assertThat(Measure.QUALITATIVE.iatiCode()).isEqualTo(5);
    assertThat(Measure.UNIT.iatiCode()).isEqualTo(1);
    for (Direction d : Direction.values()) {
      assertThat(Direction.fromCode(d.code())).isSameAs(d);
    }
    for (Cumulation c : Cumulation.values()) {
      assertThat(Cumulation.fromCode(c.code())).isSameAs(c);
    }
    for (Qualifier q : Qualifier.values()) {
      assertThat(Qualifier.fromCode(q.code())).isSameAs(q);
    }
    assertThat(Cumulation.CUMULATIVE.sumsOverPeriods()).isTrue();
    assertThat(Cumulation.NON_SUMMING_CUMULATIVE.sumsOverPeriods()).isFalse();
    assertThatThrownBy(() -> Measure.fromCode("count"))
        .hasMessage("measure \"count\" is not one of unit, percentage, ratio, currency, nominal, ordinal, qualitative");
    assertThatThrownBy(() -> Direction.fromCode("up"))
        .hasMessage("direction \"up\" is not one of increase, decrease, maintain, none");
    assertThatThrownBy(() -> Cumulation.fromCode("sum"))
        .hasMessage("cumulation \"sum\" is not one of cumulative, non-cumulative, non-summing-cumulative");
    assertThatThrownBy(() -> Qualifier.fromCode("environ"))
        .hasMessage("qualifier \"environ\" is not one of exact, approximate, at-least, at-most");
  }

  @Test
  void json_roundTripsEveryValueKind() {
    for (IndicatorValue v :
        new IndicatorValue[] {
          IndicatorValue.of("59.0"),
          IndicatorValue.ratio(72, 119).with(Qualifier.AT_LEAST),
          IndicatorValue.text("Stratégie adoptée").withDimension("region", "Afrique"),
        }) {
      String json = RbmJson.mapper().writeValueAsString(v);
      IndicatorValue back = RbmJson.mapper().readValue(json, IndicatorValue.class);
      assertThat(back).isEqualTo(v);
      assertThat(RbmJson.mapper().writeValueAsString(back)).isEqualTo(json);
    }
    assertThat(RbmJson.mapper().writeValueAsString(DecimalValue.parse("59.0"))).isEqualTo("59.0");
    assertThat(RbmJson.mapper().readValue("59.0", DecimalValue.class)).hasToString("59.0");
  }
}
