package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.text.LocalizedText;

/** rbmkit indicators published as IATI indicators, and back. */
class IndicatorExportTest {

  static final DateRange Y2024 = DateRange.parse("2024-01-01/2024-12-31");
  static final DateRange Y2025 = DateRange.parse("2025-01-01/2025-12-31");

  @Test
  void export_thenToIndicator_givesTheSameIndicator() {
    Indicator trained =
        Indicator.builder(
                "1",
                LocalizedText.of("en", "Participants trained", "fr", "Participants formés"),
                Measure.UNIT)
            .direction(Direction.INCREASE)
            .baseline(Baseline.inYear(2022, IndicatorValue.of(35)))
            .target(new PeriodValue(Y2024, IndicatorValue.of(40)))
            .target(new PeriodValue(Y2024, IndicatorValue.of(25).withDimension("sex", "female")))
            .target(new PeriodValue(Y2025, IndicatorValue.of("45.5")))
            .actual(new PeriodValue(Y2024, IndicatorValue.of(42)))
            .build();
    IndicatorExport e = IndicatorExport.of(trained, 4, RoundingMode.HALF_EVEN);
    assertThat(e.notCarried()).isEmpty();
    assertThat(e.indicator().measure()).isEqualTo("1");
    assertThat(e.indicator().ascending()).contains(true);
    assertThat(e.indicator().periods())
        .extracting(IatiPeriod::start, IatiPeriod::end)
        .containsExactly(
            tuple(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
            tuple(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    assertThat(e.indicator().toIndicator("1", "en")).isEqualTo(trained);
  }

  @Test
  void export_listsWhatIatiCannotSay() {
    Indicator rate =
        Indicator.builder("2", LocalizedText.of("en", "Certification rate"), Measure.RATIO)
            .unit("participants")
            .maintainWithin(new BigDecimal("0.5"), BigDecimal.ONE)
            .cumulation(Cumulation.CUMULATIVE)
            .baseline(new Baseline(Biennium.parse("2022-23"), IndicatorValue.ratio(72, 119)))
            .target(new PeriodValue(Y2024, IndicatorValue.ratio(65, 100).with(Qualifier.AT_LEAST)))
            .milestone(new PeriodValue(Y2024, IndicatorValue.ratio(1, 2)))
            .actual(new PeriodValue(Y2024, IndicatorValue.ratio(0, 0)))
            .build();
    IndicatorExport e = IndicatorExport.of(rate, 3, RoundingMode.HALF_UP);
    assertThat(e.notCarried())
        .containsExactly(
            "unit participants",
            "direction maintain within 0.5..1",
            "cumulation cumulative",
            "milestone 2024-01-01/2024-12-31: 1/2",
            "baseline period 2022-23 (published as its start, 2022-01-01)",
            // seed 004 l.29-36: 72 of 119 is 0.60504…, published as 0.605
            "value of baseline 2022-23: 72/119: published rounded, as 0.605 (3 places, half-up)",
            "qualifier at-least of target 2024-01-01/2024-12-31: >=65/100",
            "value of actual 2024-01-01/2024-12-31: 0/0: the ratio's denominator is zero");
    IatiIndicator i = e.indicator();
    assertThat(i.ascending()).isEmpty();
    // seed 004 l.29-36: 72 of 119, "soit 60 pour cent"; published as the quotient
    assertThat(i.baselines().get(0).value().value()).contains("0.605");
    assertThat(i.baselines().get(0).year()).isEqualTo(2022);
    assertThat(i.periods().get(0).targets().get(0).value()).contains("0.650");
    assertThat(i.periods().get(0).actuals().get(0).value()).isEmpty();
  }

  @Test
  void exported_qualitativeIndicator_writesValidIati() throws Exception {
    Indicator policy =
        Indicator.builder("3", LocalizedText.of("en", "Policy adopted"), Measure.QUALITATIVE)
            .actual(new PeriodValue(Y2024, IndicatorValue.text("Adopted by parliament")))
            .build();
    IatiIndicator i = IndicatorExport.of(policy, 0, RoundingMode.UNNECESSARY).indicator();
    assertThat(i.periods().get(0).actuals().get(0).comment())
        .containsExactly(Narrative.of("Adopted by parliament"));
    IatiActivity withExport = exampleWith(i);
    String xml = IatiWriter.toXml(List.of(withExport));
    IatiAnnotatedExampleTest.validate(xml);
    assertThat(i.toIndicator("3", "en")).isEqualTo(policy);
  }
  @Test
  void exported_periodBeyondYear9999_isRefusedWhenWritten() throws Exception {
    // a date range can lie anywhere a date can; an IATI date has a four-digit year (the reader
    // reads no other), so the writer names the date instead of writing one no reader takes
    DateRange far = DateRange.parse("+202020-01-01/+202020-12-31");
    Indicator trained =
        Indicator.builder("4", LocalizedText.of("en", "Participants trained"), Measure.UNIT)
            .direction(Direction.INCREASE)
            .target(new PeriodValue(far, IndicatorValue.of(40)))
            .build();
    IatiIndicator i = IndicatorExport.of(trained, 0, RoundingMode.UNNECESSARY).indicator();
    IatiActivity withExport = exampleWith(i);
    assertThatThrownBy(() -> IatiWriter.toXml(List.of(withExport)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "period-start/@iso-date +202020-01-01: an IATI date has a year from 0000 to 9999");
  }
  /** The annotated example activity with one result that holds {@code indicator}. */
  private static IatiActivity exampleWith(IatiIndicator indicator) throws IOException {
    IatiAnnotatedExampleTest.readExample();
    IatiActivity example = IatiAnnotatedExampleTest.activity;
    IatiResult result =
        new IatiResult(
            "2",
            Optional.empty(),
            ImmutableList.of(Narrative.of("en", "Outcome 1")),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(indicator));
    return new IatiActivity(
        example.identifier(),
        example.language(),
        example.defaultCurrency(),
        example.reportingOrg(),
        example.title(),
        example.descriptions(),
        example.participatingOrgs(),
        example.activityStatus(),
        example.activityDates(),
        example.budgets(),
        example.plannedDisbursements(),
        example.transactions(),
        ImmutableList.of(result));
  }
}
