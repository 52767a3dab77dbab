package org.rbmkit.budget.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.rbmkit.budget.Seed003.BUDGET;
import static org.rbmkit.budget.Seed003.FORECAST;
import static org.rbmkit.budget.Seed003.PROPOSAL;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.Claim;
import org.rbmkit.budget.document.FigureRef;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.budget.document.Tolerance;
import org.rbmkit.core.money.Money;

/** Each claim kind and rule on the seed 003 figures, and tolerances per table. */
class ClaimCheckTest {

  private static final BudgetDocument SEED = Seed003.document();
  private static final ConsistencyCheck CHECK = ConsistencyCheck.withTolerance(Money.of("EUR", 1000));

  private static BudgetDocument with(Claim... claims) {
    return new BudgetDocument(SEED.title(), SEED.currency(), SEED.unit(), SEED.tolerance(),
        SEED.columns(), SEED.funds(), SEED.lines(), SEED.printedTotals(), SEED.detailTables(),
        SEED.reserveFunds(), SEED.staffing(), List.of(claims));
  }

  private static List<Finding> claimFindings(Claim... claims) {
    return CHECK.check(with(claims)).stream().filter(f -> f.table().equals("text")).toList();
  }

  private static Claim percent(String id, String of, String from, String claimed, String rule) {
    return new Claim(id, Claim.Kind.PERCENTAGE_CHANGE, FigureRef.parse(of), Optional.empty(),
        Optional.of(from), PROPOSAL, new BigDecimal(claimed), Optional.empty(), Optional.empty(),
        Claim.Rule.parse(rule), "t");
  }

  /**
   * "environ 45 pour cent" (seed 003 l.4740-4742): 1 630 / 1 120 − 1 = 45.5357 %. Half-up
   * rounding reads 46, truncation 45; a band of 1 point holds and one of 0.5 does not.
   */
  @Test
  void about45_dependsOnTheStatedRule_andTheFindingNamesIt() {
    assertThat(claimFindings(percent("down", "item-11", BUDGET, "45", "nearest 1 DOWN"),
        percent("band", "item-11", BUDGET, "45", "within 1"))).isEmpty();
    List<Finding> f = claimFindings(percent("half-up", "item-11", BUDGET, "45", "nearest 1 HALF_UP"),
        percent("half-band", "item-11", BUDGET, "45", "within 0.5"));
    assertThat(f).extracting(Finding::kind, Finding::location, Finding::measure, Finding::printed,
            x -> x.computed().orElseThrow())
        .containsExactly(
            tuple(Finding.Kind.PERCENTAGE_CLAIM, "half-up", "%", new BigDecimal("45"),
                new BigDecimal("46")),
            tuple(Finding.Kind.PERCENTAGE_CLAIM, "half-band", "%", new BigDecimal("45"),
                new BigDecimal("45.5357")));
    assertThat(f.get(0).note()).isEqualTo("percentage-change of item-11 2022-23-budget →"
        + " 2024-25-proposal: exact 45.5357, read under rule \"nearest 1 HALF_UP\"; text: t");
    assertThat(f.get(1).note()).contains("rule \"within 0.5\"");
  }

  /** A band's edge is exact: 45.5357 is 0.5357 from 45, so within 0.5357 holds, 0.5356 not. */
  @Test
  void band_isComparedExactly() {
    assertThat(claimFindings(percent("a", "item-11", BUDGET, "45", "within 0.5358"))).isEmpty();
    assertThat(claimFindings(percent("a", "item-11", BUDGET, "45", "within 0.5356"))).hasSize(1);
  }

  /** Item 21: 468 → 490 is +4.70 %, yet 468 × 1.046 = 489.528 reads as 490 (seed 003 l.4633). */
  @Test
  void item21_failsAsAPercentage_butHoldsAsZeroRealGrowth() {
    Claim asPercent = percent("as-percent", "item-21", BUDGET, "4.6", "nearest 0.1 HALF_UP");
    Claim asReal = new Claim("as-real", Claim.Kind.REAL_CHANGE, FigureRef.parse("item-21"),
        Optional.empty(), Optional.of(BUDGET), PROPOSAL, BigDecimal.ZERO,
        Optional.of(new BigDecimal("4.6")), Optional.empty(),
        Claim.Rule.parse("nearest 1000 HALF_UP"), "t");
    assertThat(claimFindings(asPercent, asReal)).extracting(Finding::location, x -> x.computed().orElseThrow())
        .containsExactly(tuple("as-percent", new BigDecimal("4.7")));
  }

  /** A stated real rate: 657 × 1.046 × 1.20 = 824.67 kEUR, within 5 kEUR of the printed 820. */
  @Test
  void realChange_withAStatedRealRate() {
    Claim real = new Claim("real-20", Claim.Kind.REAL_CHANGE, FigureRef.parse("item-20"),
        Optional.empty(), Optional.of(BUDGET), PROPOSAL, new BigDecimal("20"),
        Optional.of(new BigDecimal("4.6")), Optional.empty(),
        Claim.Rule.parse("nearest 1000 HALF_UP, within 5000"), "t");
    assertThat(claimFindings(real)).isEmpty();
    Claim tight = new Claim("real-20", Claim.Kind.REAL_CHANGE, FigureRef.parse("item-20"),
        Optional.empty(), Optional.of(BUDGET), PROPOSAL, new BigDecimal("20"),
        Optional.of(new BigDecimal("4.6")), Optional.empty(),
        Claim.Rule.parse("nearest 1000 HALF_UP, within 1000"), "t");
    assertThat(claimFindings(tight)).extracting(Finding::printed, x -> x.computed().orElseThrow())
        .containsExactly(tuple(new BigDecimal("820000"), new BigDecimal("825000")));
  }

  /**
   * Staff costs as a share of fixed costs, 2024-25: (36 232 + 5 985) / 57 385 = 73.5680 %
   * (seed 003 l.4619-4621, l.4641); a count of posts from the regular-budget FTE: 290 / 2 = 145.
   */
  @Test
  void share_andCount() {
    Claim share = new Claim("staff-share", Claim.Kind.SHARE, FigureRef.parse("staff:annex-2:cost"),
        Optional.of(FigureRef.parse("fixed-costs")), Optional.empty(), PROPOSAL,
        new BigDecimal("74"), Optional.empty(), Optional.empty(),
        Claim.Rule.parse("nearest 1 HALF_UP"), "t");
    Claim wrongShare = new Claim("staff-share-73", Claim.Kind.SHARE,
        FigureRef.parse("staff:annex-2:cost"), Optional.of(FigureRef.parse("fixed-costs")),
        Optional.empty(), PROPOSAL, new BigDecimal("73"), Optional.empty(), Optional.empty(),
        Claim.Rule.parse("nearest 1 HALF_UP"), "t");
    Claim count = new Claim("regular-posts", Claim.Kind.COUNT,
        FigureRef.parse("staff:annex-2:fte:regular"), Optional.empty(), Optional.empty(),
        PROPOSAL, new BigDecimal("146"), Optional.empty(), Optional.of(new BigDecimal("2")),
        Claim.Rule.parse("within 0"), "t");
    assertThat(claimFindings(share, wrongShare, count))
        .extracting(Finding::kind, Finding::location, Finding::measure, Finding::printed,
            x -> x.computed().orElseThrow())
        .containsExactly(
            tuple(Finding.Kind.PERCENTAGE_CLAIM, "staff-share-73", "%", new BigDecimal("73"),
                new BigDecimal("74")),
            tuple(Finding.Kind.CLAIM, "regular-posts", "count", new BigDecimal("146"),
                new BigDecimal("145")));
  }

  /** Item 25 (contingency) is 0 in the 2022-23 forecast (seed 003 l.4643): a change from it is undefined. */
  @Test
  void changeFromZero_isUndefined_andReported() {
    Claim fromZero = percent("from-zero", "item-25", FORECAST, "0", "within 1");
    assertThat(claimFindings(fromZero)).singleElement()
        .satisfies(f -> assertThat(f.note()).contains("undefined (zero base)"));
  }

  /** UNNECESSARY states an exact figure: a quotient that needs rounding does not hold. */
  @Test
  void unnecessaryRounding_thatWouldRound_isAFinding() {
    Claim exact = percent("exact", "item-11", BUDGET, "45", "nearest 1 UNNECESSARY");
    assertThat(claimFindings(exact)).singleElement()
        .satisfies(f -> assertThat(f.note()).contains("not a multiple of the rule's step"));
  }

  /** A table's own tolerance overrides the document's for the comparisons it reports. */
  @Test
  void tableTolerance_overridesTheDocuments() {
    List<StaffingTable> staffing = new ArrayList<>();
    for (StaffingTable t : SEED.staffing()) {
      staffing.add(new StaffingTable(t.id(), t.label(), t.unit(),
          Optional.of(Tolerance.within(new BigDecimal("1000"))), t.items(), t.rows(),
          t.subtotals()));
    }
    BudgetDocument doc = new BudgetDocument(SEED.title(), SEED.currency(), SEED.unit(),
        SEED.tolerance(), SEED.columns(), SEED.funds(), SEED.lines(), SEED.printedTotals(),
        SEED.detailTables(), SEED.reserveFunds(), staffing, SEED.claims());
    // Annex II now under a fixed 1 kEUR band: item 15's 2 kEUR gap (l.4621 vs l.5512-5528)
    assertThat(CHECK.check(doc)).filteredOn(f -> f.table().equals("annex-2"))
        .extracting(Finding::location, x -> x.difference().orElseThrow(), Finding::note)
        .containsExactly(tuple("item-15", new BigDecimal("2000"),
            "main-table item 15 vs the variable staff cost of " + SEED.staffing().get(0).label()));
  }
}
