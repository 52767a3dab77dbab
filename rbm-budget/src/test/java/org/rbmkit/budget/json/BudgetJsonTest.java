package org.rbmkit.budget.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.check.ConsistencyCheck;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.Money;
import tools.jackson.core.JacksonException;

class BudgetJsonTest {

  private static final String MINIMAL =
      """
      {
        "title": "Small budget",
        "currency": "EUR",
        "unit": "units",
        "columns": [ {"code": "2024", "label": "Budget 2024", "period": "2024",
                      "kind": "approved"} ],
        "funds": [ {"code": "core", "name": "Core fund", "kind": "assessed"} ],
        "lines": [
          {"id": "fees", "chapter": "I", "item": 1, "label": "Fees", "kind": "income",
           "fund": "core", "amounts": {"2024": 1000.50}},
          {"id": "rent", "chapter": "II", "item": 2, "label": "Rent", "kind": "expenditure",
           "fund": "core", "amounts": {"2024": %s}}
        ],
        "printedTotals": [ {"total": "balance", "label": "Balance", "amounts": {"2024": 200.50}} ],
        "detailTables": [], "reserveFunds": [], "staffing": [], "claims": []
      }
      """;

  private static BudgetDocument read(String json) {
    return BudgetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void seedResource_equalsTheTypedDocument() throws Exception {
    try (InputStream in = BudgetJsonTest.class.getResourceAsStream(Seed003.JSON_RESOURCE)) {
      assertThat(in).as(Seed003.JSON_RESOURCE).isNotNull();
      assertThat(BudgetJson.read(in)).isEqualTo(Seed003.document());
    }
  }

  @Test
  void writeThenRead_givesTheSameDocument() {
    BudgetDocument doc = Seed003.document();
    assertThat(read(BudgetJson.write(doc))).isEqualTo(doc);
  }

  @Test
  void rbmJsonMapper_findsTheModule_throughServiceLoader() {
    assertThat(RbmJson.mapper().writeValueAsString(LineKind.DIRECT_COST))
        .isEqualTo("\"direct-cost\"");
    assertThat(RbmJson.mapper().readValue("\"item-13\"", TotalKey.class))
        .isEqualTo(TotalKey.item(13));
  }

  @Test
  void minimalDocument_loadsAndChecks() {
    BudgetDocument doc = read(MINIMAL.formatted("800"));
    assertThat(doc.lines()).hasSize(2);
    assertThat(ConsistencyCheck.withTolerance(Money.zero("EUR")).check(doc)).isEmpty();
    BudgetDocument wrong = read(MINIMAL.formatted("900"));
    // income 1 000.50 − expenditure 900 = 100.50, printed 200.50
    assertThat(ConsistencyCheck.withTolerance(Money.zero("EUR")).check(wrong))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.location()).isEqualTo("balance");
          assertThat(f.difference().orElseThrow()).isEqualByComparingTo("100");
        });
  }

  @Test
  void unknownKind_isRejected_withTheAcceptedKinds() {
    String json = MINIMAL.formatted("800").replace("\"kind\": \"expenditure\"",
        "\"kind\": \"spending\"");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("line kind \"spending\" is not one of")
        .hasMessageContaining("lines");
  }

  @Test
  void negativeExpenditure_isRejected_namingLineItemAndColumn() {
    assertThatThrownBy(() -> read(MINIMAL.formatted("-800")))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("line rent (item 2), column 2024: amount -800 is negative");
  }

  @Test
  void tooManyDecimals_isRejected_notRounded() {
    assertThatThrownBy(() -> read(MINIMAL.formatted("800.125")))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("line rent (item 2), column 2024: 800.125 units is not a valid EUR");
  }

  @Test
  void missingColumn_andUnknownColumn_areBothReported() {
    String json = MINIMAL.formatted("800").replace("\"amounts\": {\"2024\": 800}",
        "\"amounts\": {\"2025\": 800}");
    assertThatThrownBy(() -> read(json))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("line rent (item 2): unknown column 2025")
        .hasMessageContaining("line rent (item 2): no amount for column 2024");
  }

  @Test
  void unknownProperty_missingProperty_andDuplicateKey_areRejected() {
    assertThatThrownBy(() -> read(MINIMAL.formatted("800").replace("\"claims\": []",
        "\"claims\": [], \"notes\": []")))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("notes");
    assertThatThrownBy(() -> read(MINIMAL.formatted("800").replace(", \"claims\": []", "")))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("claims");
    assertThatThrownBy(() -> read(MINIMAL.formatted("800").replace("\"unit\": \"units\",",
        "\"unit\": \"units\", \"unit\": \"thousands\",")))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("unit");
  }
}
