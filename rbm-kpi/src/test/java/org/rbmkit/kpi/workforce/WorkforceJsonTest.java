package org.rbmkit.kpi.workforce;

import org.rbmkit.kpi.workforce.GenderParity.ParityRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.staff.Grade;
import tools.jackson.core.JacksonException;

class WorkforceJsonTest {

  static String resource(String name) throws IOException {
    try (InputStream in = WorkforceJsonTest.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static Workforce example() throws IOException {
    return read(resource("/workforce/example-workforce.json"));
  }

  private static Workforce read(String json) {
    return RbmJson.mapper().readValue(json, Workforce.class);
  }

  @Test
  void example_roundTrips() throws IOException {
    Workforce w = example();
    assertThat(w.staff()).hasSize(12);
    assertThat(w.asOf()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(w.staff().get(4).fte()).isEqualTo(new BigDecimal("0.5"));
    String out = RbmJson.mapper().writeValueAsString(w);
    assertThat(read(out)).isEqualTo(w);
    assertThat(out).contains("\"nationality\" : \"KEN\"", "\"gender\" : \"not-stated\"", "\"CHN\" : {");
  }

  @Test
  void example_compositionByBandAndGender() throws IOException {
    Workforce w = example();
    CompositionTable t =
        Composition.of(w.staff(), List.of(Dimension.gradeAtLeast(Grade.P_5), Dimension.GENDER), 5);
    assertThat(t.rows())
        .extracting(r -> String.join("/", r.keys()) + "=" + r.count())
        .containsExactly(
            "P-5 and above/female=2",
            "P-5 and above/male=1",
            "below P-5/female=5",
            "below P-5/male=3",
            "below P-5/not-stated=1");
    assertThat(t.rows()).extracting(CompositionTable.Row::smallGroup)
        .containsExactly(true, true, false, true, true);
    assertThat(t.totalCount()).isEqualTo(12);
    assertThat(t.totalFte()).isEqualTo(new BigDecimal("11.3"));
    CompositionTable.Row r = t.row("below P-5", "female").orElseThrow();
    assertThat(r.fte()).isEqualTo(new BigDecimal("4.3"));
    // 5 women of 9 staff below P-5
    assertThat(t.shareWithin(r, 1).percent(1, RoundingMode.HALF_EVEN)).contains(new BigDecimal("55.6"));
    assertThat(t.shareOfTotal(r).percent(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("41.67"));
    assertThat(t.toText()).contains("below P-5\tfemale\t5\t4.3\t41.7", "below P-5\tmale\t3*\t3\t25.0");
  }

  @Test
  void example_regionsAndParityAndRepresentation() throws IOException {
    Workforce w = example();
    CompositionTable byRegion = Composition.of(w.staff(), List.of(w.regionDimension()), 1);
    assertThat(byRegion.rows())
        .extracting(r -> r.keys().get(0) + "=" + r.count())
        .containsExactly(
            "Africa=2", "Asia and the Pacific=2", "Latin America and the Caribbean=1",
            "North America=1", "Western Europe=6");

    GenderParity p = GenderParity.byLevel(w.staff(), Dimension.CATEGORY, new BigDecimal("50"), 5);
    assertThatThrownBy(
            () -> GenderParity.byLevel(w.staff(), Dimension.CATEGORY, new BigDecimal("150"), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parity target 150% is outside 0–100%");
    assertThat(p.rows()).extracting(ParityRow::level)
        .containsExactly("director-and-above", "general-service", "national-officer", "professional");
    ParityRow prof = p.row("professional").orElseThrow();
    assertThat(prof.count(Gender.FEMALE)).isEqualTo(3);
    assertThat(prof.total()).isEqualTo(7);
    assertThat(prof.gapToTarget(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("-7.14"));
    assertThat(p.row("general-service").orElseThrow().gapToTarget(2, RoundingMode.HALF_EVEN))
        .contains(new BigDecimal("16.67"));
    assertThat(p.total().gapToTarget(2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("8.33"));
    assertThat(p.row("professional").orElseThrow().smallGroup()).isFalse();
    assertThat(p.row("national-officer").orElseThrow().smallGroup()).isTrue();
    assertThat(p.toText(1, RoundingMode.HALF_EVEN))
        .startsWith("category\tfemale\tmale\tother\tnot-stated\ttotal\t% women\tgap to 50 %\n")
        .contains("professional\t3\t3\t0\t1\t7\t42.9\t-7.1\n")
        .endsWith("total\t7\t4\t0\t1\t12\t58.3\t8.3\n");

    GeographicRepresentation g =
        GeographicRepresentation.assess(
            w.staff().stream().filter(m -> m.recruitment() == RecruitmentStatus.INTERNATIONAL).toList(),
            w.desirableRanges());
    assertThat(g.unrepresented()).containsExactly(CountryCode.of("NGA"));
    assertThat(g.underRepresented()).containsExactly(CountryCode.of("CHN"));
    assertThat(g.overRepresented()).containsExactly(CountryCode.of("FRA"));
    assertThat(g.withinRange())
        .containsExactly(CountryCode.of("BRA"), CountryCode.of("CAN"), CountryCode.of("IND"), CountryCode.of("KEN"));
    assertThat(g.nonMemberNationals()).isEmpty();
    assertThat(GeographicRepresentation.assess(w.staff(), w.desirableRanges()).nonMemberNationals())
        .containsEntry(CountryCode.of("CHE"), 2L);
  }

  private static String doc(String staffJson) {
    return "{\"organization\":\"X\",\"asOf\":\"2024-12-31\",\"regions\":{},\"desirableRanges\":{},"
        + "\"staff\":[" + staffJson + "]}";
  }

  private static String member(String id, String grade, String gender, String nationality, String fte) {
    return "{\"id\":\"" + id + "\",\"grade\":\"" + grade + "\",\"gender\":\"" + gender
        + "\",\"nationality\":\"" + nationality + "\",\"contractType\":\"fixed-term\","
        + "\"recruitment\":\"international\",\"dutyStation\":\"Geneva\",\"location\":\"headquarters\","
        + "\"fund\":\"RB\",\"fte\":" + fte + "}";
  }

  @Test
  void unknownCodes_areRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> read(doc(member("S1", "P-4", "F", "KEN", "1"))))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("gender \"F\" is not one of female, male, other, not-stated")
        .hasMessageContaining("[\"gender\"]");
    assertThatThrownBy(() -> read(doc(member("S1", "P-4", "female", "KE", "1"))))
        .hasMessageContaining("unknown country code \"KE\"")
        .hasMessageContaining("[\"nationality\"]");
    assertThatThrownBy(() -> read(doc(member("S1", "P-4", "female", "ken", "1"))))
        .hasMessageContaining("unknown country code \"ken\"");
    assertThatThrownBy(() -> read(doc(member("S1", "P-9", "female", "KEN", "1"))))
        .hasMessageContaining("unknown grade \"P-9\"")
        .hasMessageContaining("[\"grade\"]");
    assertThatThrownBy(() -> read(doc(member("S1", "P-4", "female", "KEN", "1.5"))))
        .hasMessageContaining("fte 1.5 of staff member S1 must be greater than 0 and at most 1");
    assertThatThrownBy(() -> read(doc(member("S1", "P-4", "female", "KEN", "1")).replace("\"desirableRanges\":{}", "\"desirableRanges\":{\"XXX\":{\"lower\":1,\"upper\":2}}")))
        .hasMessageContaining("unknown country code \"XXX\"");
  }

  @Test
  void documentProblems_areAllReportedWithPaths() {
    String json =
        doc(member("S1", "P-4", "female", "KEN", "1") + "," + member("S2", "P-3", "male", "FRA", "1")
                + "," + member("S1", "P-2", "male", "CHE", "1"))
            .replace("\"regions\":{}", "\"regions\":{\"KEN\":\"Africa\"}");
    assertThatThrownBy(() -> read(json))
        .hasMessageContaining("3 problems")
        .hasMessageContaining("staff[1].nationality: FRA has no entry in regions")
        .hasMessageContaining("staff[2].id: duplicate id \"S1\" (first at staff[0])")
        .hasMessageContaining("staff[2].nationality: CHE has no entry in regions");
  }
}
