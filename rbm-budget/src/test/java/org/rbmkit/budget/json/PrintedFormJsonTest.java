package org.rbmkit.budget.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.DetailTable;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.staff.Grade;
import tools.jackson.core.JacksonException;

/** What a printed table shows beside its figures: footnote markers, printed labels, units. */
class PrintedFormJsonTest {

  private static final String ROW = """
      {"grade": "D-2", "fundSource": "regular", "column": "2022-23-budget",
       "fte": 2.0, "cost": 448000%s}""";

  private static StaffingTable.Row row(String extra) {
    return RbmJson.mapper().readValue(ROW.formatted(extra), StaffingTable.Row.class);
  }

  @Test
  void seedAnnexTwo_keepsFootnoteFiveOnD2() throws Exception {
    BudgetDocument doc;
    try (InputStream in = PrintedFormJsonTest.class.getResourceAsStream(Seed003.JSON_RESOURCE)) {
      doc = BudgetJson.read(in);
    }
    // seed 003 l.5498: "D .25 2,0 448 000 – – 4,0 1 231 000 – –", footnote 5 at l.5531
    List<StaffingTable.Row> d2 = doc.staffing().get(0).rows().stream()
        .filter(r -> r.grade().equals(Grade.D_2)).toList();
    assertThat(d2).extracting(StaffingTable.Row::cost)
        .containsExactly(new BigDecimal("448000"), new BigDecimal("1231000"));
    assertThat(d2).allSatisfy(r -> {
      assertThat(r.footnotes()).containsExactly("5");
      assertThat(r.printedLabel()).contains("D .25");
    });
    // seed 003 l.5500: "D .1" carries no footnote
    assertThat(doc.staffing().get(0).rows().stream()
        .filter(r -> r.grade().equals(Grade.D_1)))
        .allSatisfy(r -> {
          assertThat(r.footnotes()).isEmpty();
          assertThat(r.printedLabel()).isEmpty();
        });
  }

  @Test
  void tablesThatPrintNoUnit_stateTheirOwn() throws Exception {
    BudgetDocument doc;
    try (InputStream in = PrintedFormJsonTest.class.getResourceAsStream(Seed003.JSON_RESOURCE)) {
      doc = BudgetJson.read(in);
    }
    DetailTable campus = detail(doc, "campus");
    DetailTable it = detail(doc, "it");
    // seed 003 l.5120-5140 and l.5222-5240 print no unit; the campus total 4 723 is item 18 of
    // the main table (in thousands), the IT rows are in euros ("Internet 141 000", l.5230)
    assertThat(doc.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(campus.unit()).isEqualTo(AmountUnit.THOUSANDS);
    assertThat(campus.printedTotal().get("2022-23-budget")).isEqualByComparingTo("4723");
    assertThat(doc.lines().stream().filter(l -> l.item() == 18).findFirst().orElseThrow()
        .amount("2022-23-budget")).isEqualByComparingTo("4723");
    assertThat(it.unit()).isEqualTo(AmountUnit.UNITS);
    assertThat(it.rows().get(0).amount("2022-23-budget")).isEqualByComparingTo("141000");
  }

  private static DetailTable detail(BudgetDocument doc, String id) {
    return doc.detailTables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void footnotedRow_writeThenRead_givesTheSameRow() {
    StaffingTable.Row r = row(", \"footnotes\": [\"5\"], \"printedLabel\": \"D .25\"");
    String json = RbmJson.mapper().writeValueAsString(r);
    assertThat(json).contains("\"footnotes\" : [ \"5\" ]")
        .contains("\"printedLabel\" : \"D .25\"");
    assertThat(RbmJson.mapper().readValue(json, StaffingTable.Row.class)).isEqualTo(r);
  }

  @Test
  void rowWithoutMarkers_readsEmpty_andIsWrittenWithoutThem() {
    StaffingTable.Row r = row("");
    assertThat(r.footnotes()).isEmpty();
    assertThat(r.printedLabel()).isEmpty();
    assertThat(RbmJson.mapper().writeValueAsString(r))
        .doesNotContain("footnotes").doesNotContain("printedLabel");
    assertThat(r).isEqualTo(new StaffingTable.Row(Grade.D_2, "regular", "2022-23-budget",
        new BigDecimal("2"), new BigDecimal("448000"), List.of(), Optional.empty()));
  }

  @Test
  void badMarkers_areRejected_namingTheGradeAndValue() {
    assertThatThrownBy(() -> row(", \"footnotes\": null"))
        .isInstanceOf(JacksonException.class).hasMessageContaining("\"footnotes\" is null");
    assertThatThrownBy(() -> row(", \"footnote\": [\"5\"]"))
        .isInstanceOf(JacksonException.class).hasMessageContaining("footnote");
    assertThatThrownBy(() -> row(", \"footnotes\": [\" \"]"))
        .isInstanceOf(JacksonException.class).hasMessageContaining("footnotes of grade D-2[0]");
    assertThatThrownBy(() -> row(", \"footnotes\": [\"5\", \"5\"]"))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("grade D-2: footnote marker \"5\" is given twice");
    assertThatThrownBy(() -> row(", \"footnotes\": [\"123456789\"]"))
        .isInstanceOf(JacksonException.class).hasMessageContaining("longer than 8 characters");
    assertThatThrownBy(() -> row(", \"printedLabel\": \"\""))
        .isInstanceOf(JacksonException.class).hasMessageContaining("printed label of grade D-2");
  }
}
