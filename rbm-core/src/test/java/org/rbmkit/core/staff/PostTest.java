package org.rbmkit.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.fund.Fund;
import org.rbmkit.core.fund.FundKind;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;

class PostTest {

  private static final Fund RB = new Fund("RB", "Budget ordinaire", FundKind.ASSESSED);
  private static final Fund VB = new Fund("VB", "Budget variable", FundKind.OTHER_REVENUE);

  @Test
  void fullTimePostOverABiennium_isTwoFteYearsAsInAnnexII() {
    // seed 003 l.5496: ADG, 2,0 ETP for 2022-23: one full-time post over the biennium
    Post adg = new Post("ADG-1", Grade.ADG, RB, Biennium.parse("2022-23"), StaffTime.fte("1.0"));
    assertThat(adg.periodMonths()).isEqualTo(24);
    assertThat(adg.workMonths()).isEqualTo(StaffTime.workMonths("24"));
    assertThat(adg.fteYears(1, RoundingMode.UNNECESSARY)).isEqualTo(new BigDecimal("2.0"));
  }

  @Test
  void workMonths_convertToFteWithAStatedRounding() {
    Post p = new Post("P3-7", Grade.P_3, VB, Period.parse("2024"), StaffTime.workMonths("8"));
    assertThat(p.workMonths().toFte(12, 3, RoundingMode.HALF_UP)).isEqualTo(StaffTime.fte("0.667"));
    assertThat(p.fteYears(2, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal("0.67"));
  }

  @Test
  void constructor_rejectsTooMuchTimeAndPartialMonths() {
    assertThatThrownBy(() -> new Post("X", Grade.P_4, RB, Period.parse("2024"), StaffTime.fte("1.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("post X: staff time 1.5 fte exceeds one full-time post over 2024 (1 fte)");
    assertThatThrownBy(
            () -> new Post("X", Grade.P_4, RB, Period.parse("2024"), StaffTime.workMonths("13")))
        .hasMessage("post X: staff time 13 work-months exceeds one full-time post over 2024 (12 work-months)");
    DateRange partial = DateRange.ofInclusive(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 6, 30));
    assertThatThrownBy(() -> new Post("X", Grade.P_4, RB, partial, StaffTime.fte("1")))
        .hasMessage("post X: period 2024-01-15/2024-06-30 is not a whole number of calendar months");
    assertThatThrownBy(() -> new Post("a b", Grade.P_4, RB, Period.parse("2024"), StaffTime.fte("1")))
        .hasMessage("post code \"a b\" must be 1–64 letters, digits, '.', '_' or '-'");
  }

  @Test
  void equality_isByComponentsWithNumericStaffTime() {
    Period y = Period.parse("2024");
    new EqualsTester()
        .addEqualityGroup(
            new Post("A", Grade.P_4, RB, y, StaffTime.fte("1")),
            new Post("A", Grade.P_4, RB, y, StaffTime.fte("1.00")))
        .addEqualityGroup(new Post("A", Grade.P_3, RB, y, StaffTime.fte("1")))
        .addEqualityGroup(new Post("A", Grade.P_4, VB, y, StaffTime.fte("1")))
        .addEqualityGroup(new Post("A", Grade.P_4, RB, y, StaffTime.workMonths("1")))
        .testEquals();
  }

  @Test
  void json_roundTrips() {
    Post p = new Post("P4-12", Grade.P_4, VB, Biennium.parse("2024-25"), StaffTime.fte("0.50"));
    String json = RbmJson.mapper().writeValueAsString(p);
    assertThat(json).contains("\"grade\" : \"P-4\"").contains("\"time\" : \"0.50 fte\"");
    assertThat(RbmJson.mapper().readValue(json, Post.class)).isEqualTo(p);
  }

  @ParameterizedTest
  @CsvSource({"0.5 fte", "6 work-months", "0 fte", "1.000000 fte"})
  void staffTime_parseReadsItsToString(String text) {
    assertThat(StaffTime.parse(text)).hasToString(text);
    assertThat(StaffTime.parse(StaffTime.parse(text).toString())).isEqualTo(StaffTime.parse(text));
  }

  @ParameterizedTest
  @CsvSource({"-1 fte", "1 FTE", "1 months", "1,5 fte", "fte", "1.0000001 fte"})
  void staffTime_parseRejectsOtherForms(String text) {
    assertThatThrownBy(() -> StaffTime.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot parse staff time \""
                + text
                + "\": expected a non-negative decimal and a unit, as in 0.5 fte or 6 work-months");
  }
}
