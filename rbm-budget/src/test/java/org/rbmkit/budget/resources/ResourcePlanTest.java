package org.rbmkit.budget.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rbmkit.budget.resources.SmallPlan.COL;
import static org.rbmkit.budget.resources.SmallPlan.shares;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.document.InvalidDocumentException;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Biennium;

class ResourcePlanTest {

  private static Money eur(String amount) {
    return Money.of("EUR", amount);
  }

  @Test
  void tolerance_outOfRangeOrTooFine_isRefused_inFewCharacters() {
    for (String[] c : new String[][] {
      {"1E+999999999", "tolerance 1E+999999999 points is not in 0..100"},
      {"1e308", "tolerance 1E+308 points is not in 0..100"},
      {"-0.5", "tolerance -0.5 points is not in 0..100"},
      {"1e-999999999", "tolerance 1E-999999999 points has more than 10 decimal places"},
      {"0.00000000001", "tolerance 1E-11 points has more than 10 decimal places"}}) {
      assertThatThrownBy(() -> new ExecutionRule(new BigDecimal(c[0]), Set.of(), Set.of()))
          .as(c[0])
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(c[1]);
    }
    // trailing zeros do not count; 10 places are enough
    assertThat(new ExecutionRule(new BigDecimal("0.0000000001000"), Set.of(), Set.of()))
        .hasToString("on track []; not rated []; ±0.0000000001000 points");
  }

  @Test
  void rollUp_keepsOwnCostsApartFromOutputs_andCountsEachPortionOnce() {
    ResourceRollup r = SmallPlan.plan().rollUp();
    // a1: 600 × 10 % to outcome 1 itself, 50 % to 1.1, 40 % to 1.2; a2: 300 × 50 % to 1.1 and 2
    assertThat(r.own("1", COL, AmountKind.PLANNED)).isEqualTo(eur("60"));
    assertThat(r.own("1.1", COL, AmountKind.PLANNED)).isEqualTo(eur("450"));
    assertThat(r.own("1.1", COL, "xb", AmountKind.PLANNED)).isEqualTo(eur("150"));
    assertThat(r.total("1", COL, AmountKind.PLANNED)).isEqualTo(eur("750"));
    assertThat(r.total("1", COL, "rb", AmountKind.PLANNED)).isEqualTo(eur("600"));
    assertThat(r.total("2", COL, AmountKind.PLANNED)).isEqualTo(eur("150"));
    assertThat(r.grandTotal(COL, AmountKind.PLANNED)).isEqualTo(eur("900"));
    assertThat(r.grandTotal(COL, AmountKind.ACTUAL)).isEqualTo(eur("290"));
    assertThat(r.total("1", COL, AmountKind.SECURED)).isEqualTo(eur("700"));
    assertThat(r.total("1.2", "other-column", AmountKind.PLANNED)).isEqualTo(eur("0"));
    assertThat(r.codes()).containsExactly("1", "1.1", "1.2", "2");
    assertThat(r.funds()).containsExactly("rb", "xb");
  }

  @Test
  void check_reportsTheUnallocatedPartOfALine_andFundsShowTheSameGap() {
    ResourcePlan plan = SmallPlan.plan();
    List<Finding> findings = AllocationCheck.check(plan);
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.kind()).isEqualTo(Finding.Kind.ALLOCATION);
    assertThat(f.location()).isEqualTo("travel");
    assertThat(f.printed()).isEqualByComparingTo("400");
    assertThat(f.computed().orElseThrow()).isEqualByComparingTo("300");
    assertThat(f.difference().orElseThrow()).isEqualByComparingTo("100");
    assertThat(f.note()).startsWith("partly allocated");
    assertThat(AllocationCheck.byFund(plan, COL))
        .containsExactly(new FundReconciliation(COL, "rb", eur("600"), eur("600")),
            new FundReconciliation(COL, "xb", eur("400"), eur("300")));
  }

  @Test
  void check_reportsOverAndNotAllocatedLines() {
    List<Allocation> more = new ArrayList<>(SmallPlan.allocations());
    more.add(new Allocation("a5", "travel", COL, AmountKind.PLANNED, new BigDecimal("150"),
        shares("2", "100"), Map.of()));
    more.removeIf(a -> a.id().equals("a1"));
    ResourcePlan plan = ResourcePlan.of(SmallPlan.budget(), SmallPlan.framework(),
        SmallPlan.document(more));
    assertThat(AllocationCheck.check(plan)).extracting(Finding::location, Finding::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("staff", "not allocated: line staff (item 2,"
                + " fund rb)"),
            org.assertj.core.groups.Tuple.tuple("travel", "over-allocated: line travel (item 3,"
                + " fund xb)"));
  }

  @Test
  void fundingGap_isRequiredMinusSecured_byFund() {
    FundingGap g = FundingGap.of(SmallPlan.plan().rollUp(), "1", COL, AmountKind.PLANNED);
    assertThat(g.requiredTotal()).isEqualTo(eur("750"));
    assertThat(g.securedTotal()).isEqualTo(eur("700"));
    assertThat(g.gap()).isEqualTo(eur("50"));
    assertThat(g.gap("rb")).isEqualTo(eur("0"));
    assertThat(g.gap("xb")).isEqualTo(eur("50"));
    assertThat(g.coverage()).isEqualTo(Ratio.of(new BigDecimal("700"), new BigDecimal("750")));
    FundingGap two = FundingGap.of(SmallPlan.plan().rollUp(), "2", COL, AmountKind.PLANNED);
    assertThat(two.gap()).isEqualTo(eur("0"));
    FundingGap none = FundingGap.of(SmallPlan.plan().rollUp(), "1.2", COL, AmountKind.REVISED);
    assertThat(none.coverage().isDefined()).isFalse();
  }

  @Test
  void execution_isActualOverBudget_expectedIsTimeProrated() {
    ResourceRollup r = SmallPlan.plan().rollUp();
    MoneyRounding euro = MoneyRounding.of("1", RoundingMode.HALF_UP);
    // 2024-01-01 to 2025-01-01: 366 of the biennium's 731 days
    Execution e = Execution.of(r, "1.1", COL, AmountKind.PLANNED, Biennium.parse("2024-25"),
        LocalDate.of(2025, 1, 1), euro);
    assertThat(e.budget()).isEqualTo(eur("450"));
    assertThat(e.actual()).isEqualTo(eur("200"));
    assertThat(e.rate()).isEqualTo(Ratio.of(new BigDecimal("200"), new BigDecimal("450")));
    assertThat(e.elapsed()).isEqualTo(Ratio.of(new BigDecimal("366"), new BigDecimal("731")));
    // 450 × 366 / 731 = 225.307… → 225
    assertThat(e.expected()).isEqualTo(eur("225"));
    assertThat(e.aheadOfExpected()).isEqualTo(eur("-25"));
    // rate 44.44 % − elapsed 50.07 % = −5.62 points
    assertThat(ExecutionRule.DEFAULT.spending(e)).isEqualTo(Standing.SpendingStatus.AS_EXPECTED);
    ExecutionRule strict = new ExecutionRule(new BigDecimal("5"), Set.of("on-track"),
        Set.of("not-rated"));
    assertThat(strict.spending(e)).isEqualTo(Standing.SpendingStatus.UNDER_SPENT);
    assertThat(new ExecutionRule(new BigDecimal("5.63"), Set.of(), Set.of()).spending(e))
        .isEqualTo(Standing.SpendingStatus.AS_EXPECTED);
    assertThat(strict.classify(e, "on-track").code()).isEqualTo("on-track/under-spent");
    assertThat(strict.classify(e, "at-risk").code()).isEqualTo("off-track/under-spent");
    assertThat(strict.classify(e, "not-rated").code()).isEqualTo("not-rated/under-spent");
    // outcome 2: 90 of 150 = 60 %, +9.93 points
    Execution two = Execution.of(r, "2", COL, AmountKind.PLANNED, Biennium.parse("2024-25"),
        LocalDate.of(2025, 1, 1), euro);
    assertThat(ExecutionRule.DEFAULT.spending(two)).isEqualTo(Standing.SpendingStatus.AS_EXPECTED);
    assertThat(strict.spending(two)).isEqualTo(Standing.SpendingStatus.OVER_SPENT);
    Execution unbudgeted = Execution.of(r, "1.2", COL, AmountKind.REVISED,
        Biennium.parse("2024-25"), LocalDate.of(2025, 1, 1), euro);
    assertThat(unbudgeted.rate().isDefined()).isFalse();
    assertThat(strict.classify(unbudgeted, "on-track").code()).isEqualTo("on-track/no-budget");
  }

  @Test
  void exactBoundary_isAsExpected() {
    Execution e = new Execution("x", COL, AmountKind.PLANNED, eur("100"), eur("60"),
        Ratio.of(BigDecimal.ONE, BigDecimal.valueOf(2)), eur("50"),
        MoneyRounding.of("1", RoundingMode.HALF_UP));
    assertThat(ExecutionRule.DEFAULT.spending(e)).isEqualTo(Standing.SpendingStatus.AS_EXPECTED);
    assertThat(new ExecutionRule(new BigDecimal("9.99"), Set.of(), Set.of()).spending(e))
        .isEqualTo(Standing.SpendingStatus.OVER_SPENT);
  }

  @Test
  void unitCost_isExactRatio_roundedOnlyByTheStatedRule() {
    UnitCost c = new UnitCost("1.1", "1.1.a", eur("200"), new BigDecimal("3"));
    assertThat(c.ratio()).isEqualTo(Ratio.of(new BigDecimal("200"), new BigDecimal("3")));
    assertThat(c.perUnit(MoneyRounding.of("0.01", RoundingMode.HALF_UP)))
        .contains(eur("66.67"));
    assertThat(c.perUnit(MoneyRounding.of("0.01", RoundingMode.DOWN))).contains(eur("66.66"));
    assertThat(new UnitCost("1.1", "1.1.a", eur("200"), BigDecimal.ZERO)
        .perUnit(MoneyRounding.of("1", RoundingMode.HALF_UP))).isEqualTo(Optional.empty());
  }

  @Test
  void cube_groupsWholeAllocationsByInstrumentAndTags() {
    ResourceCube cube = ResourceCube.of(SmallPlan.plan(), COL, AmountKind.PLANNED);
    assertThat(cube.cells()).containsExactly(
        new ResourceCube.Cell("assessed", "development-assistance", "untagged", "8",
            eur("600")),
        new ResourceCube.Cell("earmarked-project", "untagged", "ITA", "untagged", eur("300")));
    assertThat(cube.total()).isEqualTo(eur("900"));
  }

  @Test
  void shares_mustSumToExactly100() {
    assertThatThrownBy(() -> new Allocation("a", "staff", COL, AmountKind.PLANNED,
        BigDecimal.TEN, shares("1", "33.33", "2", "66.66"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allocation a: shares sum to 99.99 per cent, not exactly 100");
    assertThatThrownBy(() -> new Allocation("a", "staff", COL, AmountKind.SECURED,
        BigDecimal.TEN, shares("1", "100"), Map.of()))
        .hasMessageContaining("kind secured is not an expenditure");
    assertThatThrownBy(() -> new Allocation("a", "staff", COL, AmountKind.PLANNED,
        BigDecimal.TEN, shares("1", "100"), Map.of("sdg", "18")))
        .hasMessageContaining("allocation a: sdg \"18\" is not a goal number from 1 to 17");
    assertThatThrownBy(() -> new Allocation("a", "staff", COL, AmountKind.PLANNED,
        BigDecimal.TEN, shares("1", "100"), Map.of("colour", "red")))
        .hasMessageContaining("tag \"colour\" is not one of function, location, sdg");
  }

  @Test
  void aPortionThatIsNotAWholeCent_isRejectedNotRounded() {
    List<Allocation> bad = List.of(new Allocation("odd", "staff", COL, AmountKind.PLANNED,
        new BigDecimal("0.01"), shares("1", "50", "2", "50"), Map.of()));
    assertThatThrownBy(() -> SmallPlan.document(bad))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("allocations[0].shares.1: allocation odd, share 50 % of result 1:"
            + " 0.005 units is not a valid EUR amount");
  }

  @Test
  void crossReferences_areAllReportedWithTheirPaths() {
    List<Allocation> bad = List.of(
        new Allocation("x1", "inc", COL, AmountKind.PLANNED, BigDecimal.TEN,
            shares("9", "100"), Map.of()),
        new Allocation("x2", "nope", "2030", AmountKind.PLANNED, BigDecimal.TEN,
            shares("1", "100"), Map.of()),
        new Allocation("x1", "staff", COL, AmountKind.PLANNED, BigDecimal.TEN,
            shares("1", "100"), Map.of()));
    assertThatThrownBy(() -> SmallPlan.document(bad))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("allocations[2].id: allocation x1 appears twice");
    List<Allocation> unknown = bad.subList(0, 2);
    InvalidDocumentException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        InvalidDocumentException.class, () -> ResourcePlan.of(SmallPlan.budget(),
            SmallPlan.framework(), SmallPlan.document(unknown)));
    // in document order: within an allocation, its properties by name
    assertThat(e.problems()).extracting(Object::toString).containsExactly(
        "allocations[0].line: allocation x1: line inc is income, on the income side; only"
            + " expenditure is allocated",
        "allocations[0].shares.9: allocation x1: result 9 is not in the framework",
        "allocations[1].column: allocation x2: unknown column 2030 (columns are [2024-25])",
        "allocations[1].line: allocation x2: unknown line nope");
    assertThat(e.problems()).extracting(p -> p.code())
        .containsExactly("allocation.line.income", "allocation.result.unknown",
            "allocation.column.unknown", "allocation.line.unknown");
  }
}
