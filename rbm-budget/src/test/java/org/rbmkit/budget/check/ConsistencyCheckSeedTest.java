package org.rbmkit.budget.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rbmkit.budget.Seed003.BUDGET;
import static org.rbmkit.budget.Seed003.FORECAST;
import static org.rbmkit.budget.Seed003.PROPOSAL;
import static org.rbmkit.budget.check.FindingKind.CROSS_REFERENCE;
import static org.rbmkit.budget.check.FindingKind.PERCENTAGE_CLAIM;
import static org.rbmkit.budget.check.FindingKind.RESERVE_MOVEMENT;
import static org.rbmkit.budget.check.FindingKind.TOTAL;

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
   * The full list of findings, worked out by hand. Everything else reconciles: items 10-12 and
   * their subtotal, the fixed costs, investments, charges and both surpluses in all columns
   * (each against its printed components); the consultants, campus and IT tables' own totals;
   * three of the four reserve funds and all four additions against items 26-29; all twelve
   * Annex II subtotals (FTE and cost) and item 14 in both columns, item 15 in 2024-25; and three
   * of the five percentage claims.
   */
  @Test
  void seed003_asPrinted_reportsEveryPlaceThatDoesNotReconcile() {
    List<Finding> findings = ConsistencyCheck.withTolerance(ONE_KEUR).check(DOC);

    assertThat(findings)
        .extracting(Finding::kind, Finding::table, Finding::location, Finding::column,
            Finding::measure, Finding::printed, f -> f.computed().orElseThrow())
        .containsExactly(
            // 1. Item 13, forecast: the contributors (l.4600-4608) add up to
            //    10 285 + 15 700 + 0 + 500 + 180 = 26 665, the table prints 26 678 (l.4610).
            //    Net available (l.4615: 63 646 = 36 968 + 26 678) is consistent with the printed
            //    item 13, so it is not reported again.
            tuple(TOTAL, "main", "item-13", FORECAST, "EUR", d(26_678_000), d(26_665_000)),
            // 2. Consultants, 2024-25: the detail table totals 464 000 + 668 000 = 1 132 000
            //    (l.5046-5050) but item 17 prints 1 135 kEUR (l.4625), the zero-real-growth
            //    figure 1 085 × 1.046 = 1 134.9.
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
            //    prints a closing balance of 1 070 000 (l.5404-5413; the text repeats "1,07
            //    million", l.5452-5454).
            tuple(RESERVE_MOVEMENT, "reserve-funds", "fellowships", PROPOSAL, "EUR",
                d(1_070_000), d(1_504_000)),
            // 7. Annex II, variable budget 2022-23: the grades cost 2 715 000 + 2 542 000 =
            //    5 257 000 (l.5512-5528), item 15 prints 5 259 kEUR (l.4621). Two printed units
            //    apart, so above the 1 kEUR tolerance.
            tuple(CROSS_REFERENCE, "annex-2", "item-15", BUDGET, "EUR", d(5_259_000),
                d(5_257_000)),
            // 8. Item 11: 1 630 / 1 120 − 1 = 45.54 %, which rounds to 46, not "environ 45"
            //    (l.4740-4742).
            tuple(PERCENTAGE_CLAIM, "text", "item-11-vs-approved", PROPOSAL, "%", d(45), d(46)),
            // 9. Item 12: 2 789 / 1 710 − 1 = 63.10 %, which rounds to 63, not "environ 64"
            //    (l.4758-4760).
            tuple(PERCENTAGE_CLAIM, "text", "item-12-vs-approved", PROPOSAL, "%", d(64),
                d(63)));
    // The claims that hold: item 10 +7.95 % → 8 (l.4711), item 10 −7.23 % → −7 (l.4715),
    // item 12 −590 kEUR = −17.46 % → −17 (l.4762-4764).
    assertThat(findings.get(0).difference().orElseThrow()).isEqualByComparingTo("13000");
    assertThat(findings.get(7).note()).contains("45.5357");
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
  void widerTolerance_dropsTheTwoUnitStaffDifference() {
    List<Finding> findings =
        ConsistencyCheck.withTolerance(Money.of("EUR", 2000)).check(DOC);
    assertThat(findings).hasSize(8);
    assertThat(findings).noneMatch(f -> f.table().equals("annex-2"));
  }

  @Test
  void correctedFigures_leaveOnlyTheOtherFindings() {
    // correct item 13's printed forecast to what its lines add up to, and everything above it
    BudgetDocument fixed = DOC.withPrintedTotals(DOC.printedTotals().stream()
        .map(p -> p.total().toString().equals("item-13")
            ? new org.rbmkit.budget.document.PrintedTotal(p.total(), p.label(),
                Seed003.amounts("24598", "26665", "26646"))
            : p)
        .toList());
    List<Finding> findings = ConsistencyCheck.withTolerance(ONE_KEUR).check(fixed);
    // item 13 is now right, so net available (printed 63 646) no longer matches 36 968 + 26 665
    assertThat(findings.get(0).location()).isEqualTo("net-available");
    assertThat(findings.get(0).difference().orElseThrow()).isEqualByComparingTo("13000");
    assertThat(findings).hasSize(9);
  }
}
