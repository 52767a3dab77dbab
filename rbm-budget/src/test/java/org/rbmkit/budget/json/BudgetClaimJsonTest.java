package org.rbmkit.budget.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.Claim;
import org.rbmkit.budget.document.DetailTable;
import org.rbmkit.budget.document.FigureRef;
import org.rbmkit.budget.document.Tolerance;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import tools.jackson.core.JacksonException;

/** The JSON of claims and tolerances: optional properties, the first claim form, strictness. */
class BudgetClaimJsonTest {

  private static final String DOC =
      """
      {
        "title": "Small budget", "currency": "EUR", "unit": "thousands", %s
        "columns": [ {"code": "2022-23", "label": "2022-23", "period": "2022-23",
                      "kind": "approved"},
                     {"code": "2024-25", "label": "2024-25", "period": "2024-25",
                      "kind": "proposal"} ],
        "funds": [ {"code": "core", "name": "Core fund", "kind": "assessed"} ],
        "lines": [
          {"id": "20", "chapter": "III", "item": 20, "label": "Frais généraux",
           "kind": "fixed-cost", "fund": "core", "amounts": {"2022-23": 657, "2024-25": 820}}
        ],
        "printedTotals": [], "detailTables": [], "reserveFunds": [], "staffing": [],
        "claims": [ %s ]
      }
      """;

  private static BudgetDocument read(String tolerance, String claim) {
    String json = DOC.formatted(tolerance, claim);
    return BudgetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void firstForm_ofTheSeedDocument_readsAsTheCurrentForm() throws Exception {
    // the transcription as first published: no tolerance, five claims in the percentage form
    try (InputStream in = getClass().getResourceAsStream("/itcilo-budget-2024-25-first-form.json")) {
      BudgetDocument first = BudgetJson.read(in);
      BudgetDocument seed = Seed003.document();
      assertThat(first.tolerance()).isEmpty();
      // the same figures; the first form did not keep which zeros were printed as a dash
      assertThat(first.lines()).extracting(l -> l.id(), l -> l.amounts())
          .isEqualTo(seed.lines().stream()
              .map(l -> org.assertj.core.groups.Tuple.tuple(l.id(), l.amounts())).toList());
      assertThat(first.lines()).allMatch(l -> l.dashes().isEmpty());
      assertThat(first.claims()).hasSize(5);
      // seed 003 l.4709-4711, as first transcribed: whole per cent, half up
      assertThat(first.claims().get(0)).isEqualTo(Claim.percentageChange("item-10-vs-approved",
          10, "2022-23-budget", "2024-25-proposal", new BigDecimal("8"), 0, RoundingMode.HALF_UP,
          "croissance importante de 8 pour cent par rapport au budget approuvé pour 2022-23"));
      assertThat(first.claims().get(0).rule().toString()).isEqualTo("nearest 1 HALF_UP");
      // written back in the current form, read again the same
      assertThat(BudgetJson.read(new ByteArrayInputStream(
          BudgetJson.write(first).getBytes(StandardCharsets.UTF_8)))).isEqualTo(first);
    }
  }

  @Test
  void firstForm_withDecimalsOne_isReadAsStepOneTenth() {
    BudgetDocument doc = read("", """
        {"id": "c", "item": 20, "from": "2022-23", "to": "2024-25", "claimedPercent": 24.8,
         "decimals": 1, "rounding": "HALF_EVEN", "text": "t"}""");
    assertThat(doc.claims().get(0).rule()).isEqualTo(Claim.Rule.parse("nearest 0.1 HALF_EVEN"));
    assertThat(doc.claims().get(0).of()).isEqualTo(FigureRef.parse("item-20"));
  }

  /** The issue's own example: 4.6 claimed under rounding to whole per cent can never hold. */
  @Test
  void precisionContradictingTheRule_isAnError_inBothForms() {
    assertThatThrownBy(() -> read("", """
        {"id": "inflation", "item": 20, "from": "2022-23", "to": "2024-25",
         "claimedPercent": 4.6, "decimals": 0, "rounding": "HALF_UP", "text": "t"}"""))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("claim inflation: claimed 4.6 can never result from rule"
            + " \"nearest 1 HALF_UP\"")
        .hasMessageContaining("claims");
    assertThatThrownBy(() -> read("", """
        {"id": "inflation", "kind": "percentage-change", "of": "item-20", "from": "2022-23",
         "column": "2024-25", "claimed": 4.6, "rule": "nearest 1 HALF_UP", "text": "t"}"""))
        .hasMessageContaining("claimed 4.6 can never result from rule \"nearest 1 HALF_UP\"");
    // the same figure under a band, or a step of 0.1, is a claim that can hold
    assertThat(read("", """
        {"id": "inflation", "kind": "percentage-change", "of": "item-20", "from": "2022-23",
         "column": "2024-25", "claimed": 4.6, "rule": "nearest 0.1 HALF_UP", "text": "t"}""")
        .claims()).hasSize(1);
  }

  @Test
  void currentForm_readsEveryOptionalProperty_andWritesOnlyThosePresent() {
    BudgetDocument doc = read("\"tolerance\": \"rounded 1000\",", """
        {"id": "real", "kind": "real-change", "of": "item-20", "from": "2022-23",
         "column": "2024-25", "claimed": 0, "inflation": 4.6,
         "rule": "nearest 1000 HALF_UP, within 1000", "text": "ajusté en fonction de l'inflation"},
        {"id": "annual", "kind": "amount", "of": "item-20", "column": "2022-23", "claimed": 328500,
         "per": 2, "rule": "within 0", "text": "t"}""");
    assertThat(doc.tolerance()).contains(Tolerance.rounded(new BigDecimal("1000")));
    Claim real = doc.claims().get(0);
    assertThat(real.inflation()).contains(new BigDecimal("4.6"));
    assertThat(real.per()).isEmpty();
    assertThat(real.whole()).isEmpty();
    assertThat(doc.claims().get(1).from()).isEmpty();
    String written = BudgetJson.write(doc);
    assertThat(written).contains("\"tolerance\" : \"rounded 1000\"", "\"per\" : 2")
        .doesNotContain("null", "\"whole\"");
    assertThat(BudgetJson.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(doc);
  }

  @Test
  void percentageForm_wrongTypes_nameTheProperty() {
    String claim = """
        {"id": "c", "item": %s, "from": "2022-23", "to": %s, "claimedPercent": %s,
         "decimals": %s, "rounding": "HALF_UP", "text": "t"}""";
    assertThatThrownBy(() -> read("", claim.formatted("20", "5", "25", "0")))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("claim column \"to\" must be a JSON string, found VALUE_NUMBER_INT");
    assertThatThrownBy(() -> read("", claim.formatted("20", "\"2024-25\"", "\"25\"", "0")))
        .hasMessageContaining("claimedPercent must be a JSON number, found VALUE_STRING");
    assertThatThrownBy(() -> read("", claim.formatted("20.5", "\"2024-25\"", "25", "0")))
        .hasMessageContaining("claim item 20.5 is not an item number");
    assertThatThrownBy(() -> read("", claim.formatted("20", "\"2024-25\"", "25", "11")))
        .hasMessageContaining("decimals 11 is not in 0..10");
    // read exactly, and shown without writing out a billion digits
    assertThatThrownBy(() -> read("", claim.formatted("1e999999999", "\"2024-25\"", "25", "0")))
        .hasMessageContaining("claim item 1E+999999999 is not an item number");
    assertThatThrownBy(() -> read("", claim.formatted("20", "\"2024-25\"", "25", "-1e-999999999")))
        .hasMessageContaining("decimals -1E-999999999 is not in 0..10");
  }

  @Test
  void percentageFormErrors_carryTheirCodeAndValue() {
    String claim = """
        {"id": "c", "item": %s, "from": "2022-23", "to": "2024-25", "claimedPercent": 25,
         "decimals": %s, "rounding": "HALF_UP"%s, "text": "t"}""";
    assertThat(problem(() -> read("", claim.formatted("20.5", "0", ""))))
        .isEqualTo("budget.claim.item 20.5");
    assertThat(problem(() -> read("", claim.formatted("20", "11", ""))))
        .isEqualTo("budget.claim.decimals 11");
    assertThat(problem(() -> read("", claim.formatted("20", "0", ", \"rule\": \"within 1\""))))
        .isEqualTo("budget.claim.form.mixed rule");
    String withoutTo = claim.formatted("20", "0", "").replace("\"to\": \"2024-25\", ", "");
    assertThat(problem(() -> read("", withoutTo))).isEqualTo("budget.claim.form.incomplete to");
    assertThat(problem(() -> read("\"tolerance\": null,", "")))
        .isEqualTo("json.property.null tolerance");
  }

  /** The code and value of the one problem the read fails with. */
  private static String problem(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(JacksonException.class)
        .cause().isInstanceOf(ProblemException.class);
    Problem p = ((ProblemException) thrown.getCause()).problems().get(0);
    return p.code() + " " + p.value().orElse("");
  }

  @Test
  void nullForAnOptionalProperty_isAnError() {
    assertThatThrownBy(() -> read("\"tolerance\": null,", ""))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("property \"tolerance\" is null; leave it out when there is none");
  }

  @Test
  void unknownProperty_andMixedForms_areErrors() {
    assertThatThrownBy(() -> read("", """
        {"id": "c", "kind": "amount", "of": "item-20", "column": "2024-25", "claimed": 820000,
         "rule": "within 0", "text": "t", "source": "l.4631"}"""))
        .isInstanceOf(JacksonException.class).hasMessageContaining("source");
    assertThatThrownBy(() -> read("", """
        {"id": "c", "item": 20, "from": "2022-23", "to": "2024-25", "claimedPercent": 25,
         "decimals": 0, "rounding": "HALF_UP", "rule": "within 1", "text": "t"}"""))
        .hasMessageContaining("claim mixes the percentage form");
    assertThatThrownBy(() -> read("", """
        {"id": "c", "item": 20, "from": "2022-23", "claimedPercent": 25,
         "decimals": 0, "rounding": "HALF_UP", "text": "t"}"""))
        .hasMessageContaining("lacks \"to\"");
    assertThatThrownBy(() -> read("\"tolerance\": \"about 1000\",", ""))
        .hasMessageContaining("tolerance \"about 1000\" is not \"within <amount>\" or"
            + " \"rounded <step>\"");
  }

  @Test
  void claimsNamingMissingFigures_areListedTogether() {
    assertThatThrownBy(() -> read("", """
        {"id": "a", "kind": "amount", "of": "row:consultants:Consultants", "column": "2024-25",
         "claimed": 1, "rule": "within 0", "text": "t"},
        {"id": "b", "kind": "count", "of": "staff:annex-2:fte", "column": "2030",
         "claimed": 1, "rule": "within 0", "text": "t"},
        {"id": "c", "kind": "percentage-change", "of": "item-99", "from": "2022-23",
         "column": "2024-25", "claimed": 1, "rule": "within 0", "text": "t"}"""))
        .hasMessageContaining("claims[0].of: claim a, figure row:consultants:Consultants: no"
            + " detail table consultants")
        .hasMessageContaining("claims[1].column: claim b: unknown column 2030")
        .hasMessageContaining("claims[1].of: claim b, figure staff:annex-2:fte: no staffing"
            + " table annex-2")
        .hasMessageContaining("claims[2].of: claim c, figure item-99: item 99 has no line in"
            + " the main table");
  }

  @Test
  void tableTolerance_roundTrips() {
    BudgetDocument seed = Seed003.document();
    List<DetailTable> tables = new ArrayList<>();
    for (DetailTable t : seed.detailTables()) {
      tables.add(new DetailTable(t.id(), t.label(), t.item(), t.unit(),
          Optional.of(Tolerance.within(new BigDecimal("5000"))), t.rows(), t.printedTotal()));
    }
    BudgetDocument doc = new BudgetDocument(seed.title(), seed.currency(), seed.unit(),
        seed.tolerance(), seed.columns(), seed.funds(), seed.lines(), seed.printedTotals(),
        tables, seed.reserveFunds(), seed.staffing(), seed.claims());
    String json = BudgetJson.write(doc);
    assertThat(json).contains("\"tolerance\" : \"within 5000\"");
    assertThat(BudgetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(doc);
  }

  @Test
  void claimKindCodes_roundTrip() {
    for (Claim.Kind k : Claim.Kind.values()) {
      assertThat(Claim.Kind.fromCode(k.code())).isEqualTo(k);
    }
    assertThatThrownBy(() -> Claim.Kind.fromCode("ratio"))
        .hasMessage("claim kind \"ratio\" is not one of percentage-change, absolute-change,"
            + " amount, real-change, share, count");
  }

  /** A printed dash is zero in every calculation; the line keeps which columns printed one. */
  @Test
  void dashes_areKeptAndChecked() {
    String line = "{\"id\": \"25\", \"chapter\": \"IV\", \"item\": 25, \"label\": \"Imprévus\","
        + " \"kind\": \"contingency\", \"fund\": \"core\", \"amounts\": {\"2022-23\": 600,"
        + " \"2024-25\": %s}, \"dashes\": [\"2024-25\"]}";
    org.rbmkit.budget.document.BudgetLine read = org.rbmkit.core.json.RbmJson.mapper()
        .readValue(line.formatted("0"), org.rbmkit.budget.document.BudgetLine.class);
    assertThat(read.dashes()).containsExactly("2024-25");
    assertThat(org.rbmkit.core.json.RbmJson.mapper().writeValueAsString(read))
        .contains("\"dashes\" : [ \"2024-25\" ]");
    assertThatThrownBy(() -> org.rbmkit.core.json.RbmJson.mapper()
        .readValue(line.formatted("750"), org.rbmkit.budget.document.BudgetLine.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("line 25 (item 25), column 2024-25: printed as a dash, so its"
            + " amount must be 0, not 750");
    // a line without dashes writes none
    assertThat(BudgetJson.write(read("", ""))).doesNotContain("dashes");
    // seed 003 l.4604: Région Piémont printed "- - -"
    assertThat(Seed003.document().lines().get(8).dashes()).hasSize(3);
  }

  /** A single-fund document may leave every line's fund out; a document with more may not. */
  @Test
  void lineFund_mayBeLeftOut_onlyInASingleFundDocument() {
    String json = DOC.formatted("", "").replace("\"fund\": \"core\", ", "");
    BudgetDocument doc =
        BudgetJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.lines().get(0).fund()).isEqualTo("core");
    assertThat(BudgetJson.write(doc)).contains("\"fund\" : \"core\"");
    String twoFunds = json.replace("\"kind\": \"assessed\"}", "\"kind\": \"assessed\"},"
        + " {\"code\": \"other\", \"name\": \"Other\", \"kind\": \"voluntary-core\"}");
    assertThatThrownBy(() -> BudgetJson.read(
        new ByteArrayInputStream(twoFunds.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("lines[0].fund: line 20 (item 20): no fund, and the document has 2"
            + " funds [core, other]; only a single-fund document may leave it out");
  }

  /** Seed 003 l.4570: "Services multimédias" heads item 11's lines; a heading changes no figure. */
  @Test
  void heading_isKept_andWrittenOnlyWhenPresent() {
    BudgetDocument seed = Seed003.document();
    assertThat(seed.lines().get(2).heading()).contains("Services multimédias");
    assertThat(seed.lines().get(6).heading()).isEmpty();
    String json = BudgetJson.write(seed);
    assertThat(json).contains("\"heading\" : \"Services multimédias\"");
    assertThat(json.split("\"heading\"", -1)).hasSize(7);
  }
}
