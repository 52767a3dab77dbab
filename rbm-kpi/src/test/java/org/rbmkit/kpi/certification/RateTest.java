package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rbmkit.kpi.certification.StageCounts;
import org.rbmkit.kpi.certification.Rate.RateKind;

class RateTest {

  @ParameterizedTest
  @ValueSource(strings = {"uptake 97/125", "completion 0/0", "certification 5/5", "uptake 0/3"})
  void parse_toString_roundTrip(String text) {
    assertThat(Rate.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"uptake 97", "taux 1/2", "uptake -1/2", "uptake 1/2 ", "97/125", ""})
  void parse_rejectsOtherForms(String text) {
    assertThatThrownBy(() -> Rate.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_showsAMalformedTextAbbreviatedAndEscaped() {
    assertThatThrownBy(() -> Rate.parse("uptake 1/2\n" + "9".repeat(100)))
        .hasMessage(
            "cannot parse rate \"uptake 1/2\\u000A99999999999999999999999999...\": expected KIND"
                + " NUMERATOR/DENOMINATOR, as in uptake 97/125, KIND one of completion,"
                + " certification, uptake");
  }

  @Test
  void parse_unknownKind_listsKinds() {
    assertThatThrownBy(() -> Rate.parse("taux 1/2"))
        .hasMessage("rate kind \"taux\" is not one of completion, certification, uptake");
  }

  @Test
  void noData_isExplicit() {
    Rate r = StageCounts.ZERO.accessedPerEarned();
    assertThat(r.isNoData()).isTrue();
    assertThat(r.percent(1, RoundingMode.HALF_UP)).isEmpty();
    assertThat(r.fraction(3, RoundingMode.HALF_UP)).isEmpty();
    assertThat(r.wilson95()).isEmpty();
    assertThat(r.compareToPercent(BigDecimal.TEN)).isEmpty();
    assertThat(r.format(1, RoundingMode.HALF_UP)).isEqualTo("no data (0 ÷ 0)");
  }

  @Test
  void uptake_withNothingEarned_isNoData_evenWithEnrolments() {
    Rate r = StageCounts.of(10, 3, 0, 0).accessedPerEarned();
    assertThat(r.isNoData()).isTrue();
    assertThat(StageCounts.of(10, 3, 0, 0).completedPerEnrolled().isNoData()).isFalse();
  }

  @Test
  void percent_roundsByTheGivenRule() {
    // "soit 60 pour cent" for 72/119 (seed 004 l.29–36) is 60.5 % rounded down
    Rate r = new Rate(RateKind.COMPLETION, 72, 119);
    assertThat(r.percent(1, RoundingMode.HALF_UP)).contains(new BigDecimal("60.5"));
    assertThat(r.percent(0, RoundingMode.DOWN)).contains(new BigDecimal("60"));
    assertThat(r.percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("61"));
    assertThat(r.fraction(4, RoundingMode.HALF_EVEN)).contains(new BigDecimal("0.6050"));
    assertThatThrownBy(() -> r.percent(1, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void compareToPercent_isExact() {
    Rate r = new Rate(RateKind.UPTAKE, 2, 3);
    assertThat(r.compareToPercent(new BigDecimal("66.66666666666667"))).contains(-1);
    assertThat(r.compareToPercent(new BigDecimal("66.66666666666666"))).contains(1);
    assertThat(new Rate(RateKind.UPTAKE, 1, 4).compareToPercent(new BigDecimal("25")))
        .contains(0);
  }

  @Test
  void kinds_nameTheirDenominators() {
    assertThat(RateKind.COMPLETION.label()).isEqualTo("completed ÷ enrolled");
    assertThat(RateKind.CERTIFICATION.label()).isEqualTo("credential earned ÷ enrolled");
    assertThat(RateKind.UPTAKE.label()).isEqualTo("credential accessed ÷ credential earned");
    StageCounts c = StageCounts.of(10, 8, 6, 3);
    assertThat(c.completedPerEnrolled()).isEqualTo(new Rate(RateKind.COMPLETION, 8, 10));
    assertThat(c.earnedPerEnrolled()).isEqualTo(new Rate(RateKind.CERTIFICATION, 6, 10));
    assertThat(c.accessedPerEarned()).isEqualTo(new Rate(RateKind.UPTAKE, 3, 6));
  }

  @Test
  void invalid_throwsNamingTheValues() {
    assertThatThrownBy(() -> new Rate(RateKind.UPTAKE, 4, 3))
        .hasMessage(
            "numerator 4 exceeds denominator 3 for uptake"
                + " (credential accessed ÷ credential earned)");
    assertThatThrownBy(() -> new Rate(RateKind.UPTAKE, -1, 3))
        .hasMessage("numerator -1 is negative");
    assertThatThrownBy(() -> StageCounts.of(5, 6, 0, 0))
        .hasMessage("enrolled 5 is less than completed 6");
    assertThatThrownBy(() -> StageCounts.of(5, 4, 2, 3))
        .hasMessage("credentialEarned 2 is less than credentialAccessed 3");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Rate.parse("uptake 1/2"), new Rate(RateKind.UPTAKE, 1, 2))
        .addEqualityGroup(Rate.parse("uptake 2/4"))
        .addEqualityGroup(Rate.parse("completion 1/2"))
        .addEqualityGroup(StageCounts.of(3, 2, 1, 0), StageCounts.of(3, 2, 1, 0))
        .addEqualityGroup(StageCounts.of(3, 2, 1, 1))
        .testEquals();
  }

  @Test
  void stageCounts_plus_hasZeroAsIdentity_andDetectsOverflow() {
    StageCounts c = StageCounts.of(3, 2, 1, 0);
    assertThat(c.plus(StageCounts.ZERO)).isEqualTo(c);
    assertThat(StageCounts.one(Stage.COMPLETED)).isEqualTo(StageCounts.of(1, 1, 0, 0));
    StageCounts big = StageCounts.of(Long.MAX_VALUE, 0, 0, 0);
    assertThatThrownBy(() -> big.plus(StageCounts.one(Stage.ENROLLED)))
        .isInstanceOf(ArithmeticException.class);
  }
}
