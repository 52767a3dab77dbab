package org.rbmkit.budget.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.fund.Fund;
import org.rbmkit.core.fund.FundKind;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;

/**
 * The roll-up against a plain reference computation on random frameworks, lines and shares: for
 * every result, column, fund and kind, the total is the Σ of the portions allocated to the result
 * or to any result under it (found through {@link ResultsFramework#ancestors}), computed here
 * directly from the allocations; the roots' totals add up to the allocations exactly; split and
 * merged accumulators equal one pass.
 */
class ResourceRollupPropertiesTest {

  private static final long SEED = 20261206L;
  private static final String[] COLUMNS = {"c1", "c2"};
  private static final String[] FUNDS = {"f1", "f2", "f3"};

  @Test
  void rollUp_equalsTheReferenceSum_onRandomFrameworksAndShares() {
    Random seeds = new Random(SEED);
    for (int round = 0; round < 300; round++) {
      long seed = seeds.nextLong();
      try {
        check(new Random(seed));
      } catch (AssertionError e) {
        throw new AssertionError("replay with seed " + seed + "L: " + e.getMessage(), e);
      }
    }
  }

  private static void check(Random rnd) {
    ResultsFramework framework = framework(rnd);
    List<String> codes = framework.nodes().stream().map(ResultNode::code).toList();
    List<BudgetLine> lines = new ArrayList<>();
    int nLines = 1 + rnd.nextInt(5);
    for (int i = 0; i < nLines; i++) {
      Map<String, BigDecimal> amounts = new LinkedHashMap<>();
      for (String c : COLUMNS) {
        amounts.put(c, BigDecimal.valueOf(rnd.nextInt(1_000_000)));
      }
      lines.add(new BudgetLine("l" + i, "I", i + 1, "line " + i, LineKind.EXPENDITURE,
          FUNDS[rnd.nextInt(FUNDS.length)], amounts));
    }
    BudgetDocument budget = new BudgetDocument("random", Currencies.of("EUR"), AmountUnit.UNITS,
        List.of(column("c1"), column("c2")),
        List.of(new Fund("f1", "one", FundKind.ASSESSED),
            new Fund("f2", "two", FundKind.VOLUNTARY_CORE),
            new Fund("f3", "three", FundKind.RESERVE)),
        lines, List.of(), List.of(), List.of(), List.of(), List.of());
    List<Allocation> allocations = new ArrayList<>();
    int n = rnd.nextInt(40);
    AmountKind[] kinds = {AmountKind.PLANNED, AmountKind.REVISED, AmountKind.ACTUAL};
    for (int i = 0; i < n; i++) {
      // whole hundreds of euros × shares in hundredths of a per cent: every portion is whole
      // cents
      BigDecimal amount = BigDecimal.valueOf(rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(100_000))
          .multiply(BigDecimal.valueOf(100));
      allocations.add(new Allocation("a" + i, "l" + rnd.nextInt(nLines),
          COLUMNS[rnd.nextInt(COLUMNS.length)], kinds[rnd.nextInt(kinds.length)], amount,
          shares(rnd, codes), Map.of()));
    }
    AllocationDocument doc = new AllocationDocument("random", Currencies.of("EUR"),
        AmountUnit.UNITS, "random", List.of(), allocations, List.of());
    ResourcePlan plan = ResourcePlan.of(budget, framework, doc);
    ResourceRollup rollup = plan.rollUp();

    Map<String, String> fundOf = new HashMap<>();
    lines.forEach(l -> fundOf.put(l.id(), l.fund()));
    Map<String, BigDecimal> reference = new HashMap<>();
    Map<String, BigDecimal> referenceOwn = new HashMap<>();
    Map<String, BigDecimal> grand = new HashMap<>();
    for (Allocation a : allocations) {
      String fund = fundOf.get(a.line());
      grand.merge(a.column() + "/" + fund + "/" + a.kind(), a.amount(), BigDecimal::add);
      for (Map.Entry<String, BigDecimal> s : a.shares().entrySet()) {
        BigDecimal portion = a.amount().multiply(s.getValue()).divide(BigDecimal.valueOf(100));
        List<String> upward = new ArrayList<>();
        upward.add(s.getKey());
        framework.ancestors(s.getKey()).forEach(p -> upward.add(p.code()));
        referenceOwn.merge(s.getKey() + "/" + a.column() + "/" + fund + "/" + a.kind(), portion,
            BigDecimal::add);
        for (String code : upward) {
          reference.merge(code + "/" + a.column() + "/" + fund + "/" + a.kind(), portion,
              BigDecimal::add);
        }
      }
    }
    for (String code : codes) {
      for (String c : COLUMNS) {
        for (String f : FUNDS) {
          for (AmountKind k : kinds) {
            String key = code + "/" + c + "/" + f + "/" + k;
            assertThat(rollup.total(code, c, f, k).amount())
                .as("total %s", key)
                .isEqualByComparingTo(reference.getOrDefault(key, BigDecimal.ZERO));
            assertThat(rollup.own(code, c, f, k).amount())
                .as("own %s", key)
                .isEqualByComparingTo(referenceOwn.getOrDefault(key, BigDecimal.ZERO));
          }
        }
      }
    }
    for (String c : COLUMNS) {
      for (String f : FUNDS) {
        for (AmountKind k : kinds) {
          assertThat(rollup.grandTotal(c, f, k).amount()).as("grand %s %s %s", c, f, k)
              .isEqualByComparingTo(grand.getOrDefault(c + "/" + f + "/" + k, BigDecimal.ZERO));
        }
      }
    }
    // split and merged in any order, the sums are the one-pass sums
    List<ResourceTotals.Entry> entries = new ArrayList<>(plan.entries().toList());
    ResourceTotals onePass = ResourceTotals.of(Currencies.of("EUR"), entries);
    Collections.shuffle(entries, rnd);
    int cut = entries.isEmpty() ? 0 : rnd.nextInt(entries.size() + 1);
    ResourceTotals left = ResourceTotals.of(Currencies.of("EUR"), entries.subList(0, cut));
    ResourceTotals right = ResourceTotals.of(Currencies.of("EUR"),
        entries.subList(cut, entries.size()));
    assertThat(left.plus(right)).isEqualTo(onePass);
    assertThat(right.plus(left)).isEqualTo(onePass);
    assertThat(entries.parallelStream().collect(ResourceTotals.collector(Currencies.of("EUR"))))
        .isEqualTo(onePass);
    // the reconciliation's per-fund totals agree with the roll-up's planned grand totals
    for (String c : COLUMNS) {
      for (FundReconciliation r : AllocationCheck.byFund(plan, c)) {
        assertThat(r.allocated()).isEqualTo(rollup.grandTotal(c, r.fund(), AmountKind.PLANNED));
      }
    }
  }

  private static Map<String, BigDecimal> shares(Random rnd, List<String> codes) {
    int k = 1 + rnd.nextInt(Math.min(4, codes.size()));
    List<String> pick = new ArrayList<>(codes);
    Collections.shuffle(pick, rnd);
    pick = pick.subList(0, k);
    // k positive parts of 10 000 hundredths of a per cent
    List<Integer> cuts = new ArrayList<>();
    while (cuts.size() < k - 1) {
      int c = 1 + rnd.nextInt(9_999);
      if (!cuts.contains(c)) {
        cuts.add(c);
      }
    }
    Collections.sort(cuts);
    cuts.add(10_000);
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    int prev = 0;
    for (int i = 0; i < k; i++) {
      m.put(pick.get(i), BigDecimal.valueOf(cuts.get(i) - prev, 2));
      prev = cuts.get(i);
    }
    return m;
  }

  private static BudgetColumn column(String code) {
    return new BudgetColumn(code, code, Biennium.parse("2024-25"), BudgetColumn.Kind.APPROVED);
  }

  private static ResultsFramework framework(Random rnd) {
    List<ResultNode> roots = new ArrayList<>();
    int outcomes = 1 + rnd.nextInt(4);
    for (int o = 1; o <= outcomes; o++) {
      ResultNode.Builder b = ResultNode.builder("" + o, ResultLevel.OUTCOME, title());
      int outputs = rnd.nextInt(4);
      for (int p = 1; p <= outputs; p++) {
        ResultNode.Builder ob = ResultNode.builder(o + "." + p, ResultLevel.OUTPUT, title());
        int activities = rnd.nextInt(3);
        for (int a = 1; a <= activities; a++) {
          ob.child(ResultNode.of(o + "." + p + "." + a, ResultLevel.ACTIVITY, title()));
        }
        b.child(ob.build());
      }
      roots.add(b.build());
    }
    return ResultsFramework.of("Random", Biennium.parse("2024-25"), title(), roots);
  }

  private static LocalizedText title() {
    return LocalizedText.of("en", "result");
  }
}
