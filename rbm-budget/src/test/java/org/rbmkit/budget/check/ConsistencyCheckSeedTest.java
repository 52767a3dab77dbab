package org.rbmkit.budget.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rbmkit.budget.Seed003.BUDGET;
import static org.rbmkit.budget.Seed003.FORECAST;
import static org.rbmkit.budget.Seed003.PROPOSAL;
import static org.rbmkit.budget.check.Finding.Kind.CLAIM;
import static org.rbmkit.budget.check.Finding.Kind.CROSS_REFERENCE;
import static org.rbmkit.budget.check.Finding.Kind.RESERVE_MOVEMENT;
import static org.rbmkit.budget.check.Finding.Kind.TOTAL;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.core.money.Money;

/** The consistency check on seed 003's tables exactly as printed. */
class ConsistencyCheckSeedTest {

  private static final BudgetDocument DOC = Seed003.document();

  /** One printed unit of the main table: a sum of figures rounded to kEUR may be off by it. */
  private static final Money ONE_KEUR = Money.of("EUR", 1000);

  private static BigDecimal d(long v) {
    return BigDecimal.valueOf(v);
  }

  /**
   * The full list of findings, worked out by hand, under the document's own rule ("rounded
   * 1000": every figure printed to the thousand euros, so a total of n printed terms may drift
   * by (n + 1) × 500). Everything else reconciles: items 10-12 and their subtotal, the fixed
   * costs, investments, charges and both surpluses in all columns (each against its printed
   * components); the consultants, campus and IT tables' own totals; the four rows of the
   * one-column reserve objectives table (l.5337-5369) against items 29, 26, 27 and 28; three of
   * the four reserve funds and all four additions against items 26-29; all twelve Annex II
   * subtotals (FTE and cost, the two bare "Total" lines by the grades printed above them) and
   * items 14 and 15 in both columns; and 26 of the 28 claims of the text.
   */
  @Test
  void seed003_asPrinted_reportsEveryPlaceThatDoesNotReconcile() {
    List<Finding> findings = ConsistencyCheck.withTolerance(ONE_KEUR).check(DOC);

    assertThat(findings)
        .extracting(Finding::kind, Finding::table, Finding::location, Finding::column,
            Finding::measure, Finding::printed, x -> x.computed().orElseThrow())
        .containsExactly(
            // 1. Item 13, forecast: the contributors (l.4600-4608) add up to
            //    10 285 + 15 700 + 0 + 500 + 180 = 26 665, the table prints 26 678 (l.4610):
            //    13 kEUR, beyond the 3 kEUR six rounded figures can explain. Net available
            //    (l.4615: 63 646 = 36 968 + 26 678) is consistent with the printed item 13.
            tuple(TOTAL, "main", "item-13", FORECAST, "EUR", d(26_678_000), d(26_665_000)),
            // 2. Consultants, 2024-25: the detail table totals 464 000 + 668 000 = 1 132 000
            //    (l.5046-5050) but item 17 prints 1 135 kEUR (l.4625), the zero-real-growth
            //    figure 1 085 × 1.046 = 1 134.9: 3 000 apart, two rounded figures allow 1 000.
            tuple(CROSS_REFERENCE, "consultants", "item-17", PROPOSAL, "EUR", d(1_135_000),
                d(1_132_000)),
            // 3. Campus, 2022-23 forecast: the detail table totals 5 495 kEUR (l.5130-5140),
            //    item 18 prints 5 645 kEUR (l.4627).
            tuple(CROSS_REFERENCE, "campus", "item-18", FORECAST, "EUR", d(5_645_000),
                d(5_495_000)),
            // 4. IT, 2022-23 budget: the detail table totals 3 229 000 (l.5230-5240), item 23
            //    prints 3 201 kEUR (l.4637).
            tuple(CROSS_REFERENCE, "it", "item-23", BUDGET, "EUR", d(3_201_000), d(3_229_000)),
            // 5. IT, 2022-23 forecast: the detail table totals 2 919 000, item 23 prints
            //    3 185 kEUR (l.4637).
            tuple(CROSS_REFERENCE, "it", "item-23", FORECAST, "EUR", d(3_185_000), d(2_919_000)),
            // 6. Fellowship Fund: 1 504 000 + 1 200 000 − 1 200 000 = 1 504 000, the table
            //    prints a closing balance of 1 070 000 (l.5404-5413). The text's "environ 1,07
            //    million" (l.5452-5454) holds against the printed closing: the opening balance
            //    is the figure the text does not support.
            tuple(RESERVE_MOVEMENT, "reserve-funds", "fellowships", PROPOSAL, "EUR",
                d(1_070_000), d(1_504_000)),
            // 7. "autres consultants … croissance réelle nulle" (l.5064-5066): 556 000 × 1.046 =
            //    581 576, read as 582 000; the row prints 668 000 (l.5048), +20.1 %.
            tuple(CLAIM, "text", "consultants-zero-real-growth", PROPOSAL, "EUR", d(668_000),
                d(582_000)),
            // 8. Item 20 "ajusté en fonction de l'inflation" (l.5172-5174): 657 × 1.046 =
            //    687.222 kEUR, read as 687; the table prints 820 (l.4631).
            tuple(CLAIM, "text", "item-20-inflation-adjusted", PROPOSAL, "EUR", d(820_000),
                d(687_000)));
    assertThat(findings.get(0).difference().orElseThrow()).isEqualByComparingTo("13000");
    assertThat(findings.get(0).note()).endsWith("rule rounded 1000, band 3000");
    assertThat(findings.get(5).note()).endsWith("rule rounded 1000, band 2000");
    assertThat(findings.get(6).note()).contains("exact 581576.0000",
        "read under rule \"nearest 1000 HALF_UP, within 1000\"");
  }

  /**
   * The claims that hold, with the figure each rule reads (seed 003 lines in the claims of
   * {@link Seed003#claims()}): item 10 +7.95 % → 8 and −7.23 % within 1 of −7; item 11 45.54 %
   * within 1 of "environ 45"; item 12 63.10 % within 1 of "environ 64" and −17.46 % → −17;
   * −590 kEUR; 352 FTE / 2 = 176 posts in both columns; items 17, 18, 19, 21, 23 × 1.046 read to
   * the kEUR: 1 135, 4 940, 890, 490, 3 348 (printed 3 347: one printed unit); and the reserve
   * funds' amounts as printed.
   */
  @Test
  void seed003_claimsThatHold_includeItem23WithinOnePrintedUnit() {
    List<String> failing = ConsistencyCheck.withTolerance(ONE_KEUR).check(DOC).stream()
        .filter(f -> f.table().equals("text")).map(Finding::location).toList();
    assertThat(DOC.claims()).hasSize(28);
    assertThat(failing)
        .containsExactly("consultants-zero-real-growth", "item-20-inflation-adjusted");
  }

  @Test
  void seed003_claimOutcomes_sayWhatEachRuleReads() {
    List<ClaimOutcome> o = ConsistencyCheck.withTolerance(ONE_KEUR).claims(DOC);
    assertThat(o).hasSize(28);
    assertThat(o).filteredOn(ClaimOutcome::holds).hasSize(26);
    assertThat(o)
        .filteredOn(x -> List.of("item-10-vs-approved", "item-12-vs-approved",
            "posts-2024-25", "item-23-inflation-adjusted", "fellowship-fund-balance")
            .contains(x.claim().id()))
        .extracting(x -> x.claim().id(), ClaimOutcome::stated, x -> x.read().orElseThrow(),
            x -> x.exact().orElseThrow(), ClaimOutcome::holds)
        .containsExactly(
            // l.4711: (29 470 − 27 300) / 27 300 = 7.9487 % → 8
            tuple("item-10-vs-approved", d(8), d(8), new BigDecimal("7.9487"), true),
            // l.4758-4760: (2 789 − 1 710) / 1 710 = 63.0994 %, within 1 of "environ 64"
            tuple("item-12-vs-approved", d(64), new BigDecimal("63.0994"),
                new BigDecimal("63.0994"), true),
            // l.4882: 352 FTE (l.5469-5532) / 2
            tuple("posts-2024-25", d(176), d(176), new BigDecimal("176"), true),
            // l.5246-5250: 3 201 × 1.046 = 3 348.246 → 3 348 kEUR, printed 3 347 (l.4637)
            tuple("item-23-inflation-adjusted", d(3_347_000), d(3_348_000),
                new BigDecimal("3348246"), true),
            // l.5452-5454: the printed closing balance 1 070 000 (l.5413)
            tuple("fellowship-fund-balance", d(1_070_000), new BigDecimal("1070000"),
                new BigDecimal("1070000"), true));
  }

  /**
   * "Le niveau de financement suivant, identique à celui de 2022-23" (l.5330-5332) read on each
   * row of the one-column table that follows (l.5337-5369): items 29, 26, 27, 28 print 500,
   * 400, 300 and 1 200 kEUR in both columns (l.4647-4653), a change of 0.
   */
  @Test
  void seed003_investmentsAsIn2022_23_holdForEachFund() {
    List<ClaimOutcome> o = ConsistencyCheck.withTolerance(ONE_KEUR).claims(DOC);
    assertThat(o)
        .filteredOn(x -> x.claim().id().endsWith("-as-2022-23"))
        .extracting(x -> x.claim().id(), x -> x.read().orElseThrow(), ClaimOutcome::holds)
        .containsExactly(tuple("investments-as-2022-23", d(0), true),
            tuple("item-29-as-2022-23", d(0), true), tuple("item-26-as-2022-23", d(0), true),
            tuple("item-27-as-2022-23", d(0), true), tuple("item-28-as-2022-23", d(0), true));
  }

  /** Under the fixed band the document replaced, the 2 kEUR staff gap is a finding again. */
  @Test
  void fixedBand_insteadOfRoundingDrift_reportsTheStaffGap() {
    BudgetDocument fixedBand = new BudgetDocument(DOC.title(), DOC.currency(), DOC.unit(),
        java.util.Optional.of(org.rbmkit.budget.document.Tolerance.within(d(1000))),
        DOC.columns(), DOC.funds(), DOC.lines(), DOC.printedTotals(), DOC.detailTables(),
        DOC.itemTables(), DOC.reserveFunds(), DOC.staffing(), DOC.claims());
    List<Finding> findings = ConsistencyCheck.withTolerance(ONE_KEUR).check(fixedBand);
    // Annex II, variable budget 2022-23: 2 715 000 + 2 542 000 = 5 257 000 (l.5512-5528), item
    // 15 prints 5 259 kEUR (l.4621): 2 kEUR, beyond a fixed 1 kEUR band, within the 4.5 kEUR
    // that nine figures rounded to the thousand can drift.
    assertThat(findings).extracting(Finding::table, Finding::location, Finding::column,
            Finding::printed, x -> x.computed().orElseThrow())
        .contains(tuple("annex-2", "item-15", BUDGET, d(5_259_000), d(5_257_000)));
    assertThat(findings).hasSize(9);
  }

  @Test
  void finding_equality_andCanonicalText() {
    Finding a = new Finding(TOTAL, "main", "item-13", FORECAST, "EUR",
        new BigDecimal("26678000.00"), d(26_665_000), "n");
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(a, new Finding(TOTAL, "main", "item-13", FORECAST, "EUR",
            d(26_678_000), new BigDecimal("26665000.0"), "n"))
        .addEqualityGroup(new Finding(TOTAL, "main", "item-13", BUDGET, "EUR",
            d(26_678_000), d(26_665_000), "n"))
        .testEquals();
    assertThat(a.toString()).isEqualTo("total main item-13 2022-23-forecast: printed 26678000"
        + " EUR, computed 26665000, difference 13000 (n)");
  }

  @Test
  void toleranceInAnotherCurrency_isRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ConsistencyCheck.withTolerance(Money.of("USD", 1)).check(DOC))
        .hasMessage("tolerance USD 1.00 is not in the document's currency EUR");
  }

  @Test
  void checkTolerance_appliesOnlyWhereTheDocumentStatesNone() {
    assertThat(ConsistencyCheck.withTolerance(Money.of("EUR", 0)).check(DOC))
        .isEqualTo(ConsistencyCheck.withTolerance(ONE_KEUR).check(DOC));
  }

  @Test
  void correctedFigures_leaveOnlyTheOtherFindings() {
    // correct item 13's printed forecast to what its lines add up to, and everything above it
    BudgetDocument fixed = DOC.withPrintedTotals(DOC.printedTotals().stream()
        .map(p -> p.total().toString().equals("item-13")
            ? new org.rbmkit.budget.document.BudgetDocument.PrintedTotal(p.total(), p.label(),
                Seed003.amounts("24598", "26665", "26646"))
            : p)
        .toList());
    List<Finding> findings = ConsistencyCheck.withTolerance(ONE_KEUR).check(fixed);
    // item 13 is now right, so net available (printed 63 646) no longer matches 36 968 + 26 665
    assertThat(findings.get(0).location()).isEqualTo("net-available");
    assertThat(findings.get(0).difference().orElseThrow()).isEqualByComparingTo("13000");
    assertThat(findings).hasSize(8);
  }
}
