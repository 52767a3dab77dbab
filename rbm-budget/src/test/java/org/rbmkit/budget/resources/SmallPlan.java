package org.rbmkit.budget.resources;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.fund.FinancingInstrument;
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
 * A small budget (two funds, one income and two expenditure lines, EUR), a framework of two
 * outcomes (the first with outputs 1.1 and 1.2) and allocations linking them; figures made up
 * so that every total can be checked by hand.
 */
final class SmallPlan {

  static final String COL = "2024-25";

  private SmallPlan() {}

  static BudgetDocument budget() {
    return new BudgetDocument("Small budget", Currencies.of("EUR"), AmountUnit.UNITS,
        List.of(new BudgetColumn(COL, "2024-25", Biennium.parse("2024-25"),
            BudgetColumn.Kind.APPROVED)),
        List.of(new Fund("rb", "Regular budget", FundKind.ASSESSED),
            new Fund("xb", "Extra-budgetary", FundKind.VOLUNTARY_EARMARKED)),
        List.of(line("inc", 1, LineKind.INCOME, "rb", "1000"),
            line("staff", 2, LineKind.EXPENDITURE, "rb", "600"),
            line("travel", 3, LineKind.EXPENDITURE, "xb", "400")),
        List.of(), List.of(), List.of(), List.of(), List.of());
  }

  static BudgetLine line(String id, int item, LineKind kind, String fund, String amount) {
    return new BudgetLine(id, "I", item, id, kind, fund, Map.of(COL, new BigDecimal(amount)));
  }

  static ResultsFramework framework() {
    return ResultsFramework.of("Small", Biennium.parse("2024-25"),
        LocalizedText.of("en", "Small framework"),
        List.of(ResultNode.builder("1", ResultLevel.OUTCOME, LocalizedText.of("en", "One"))
                .child(ResultNode.of("1.1", ResultLevel.OUTPUT, LocalizedText.of("en", "1.1")))
                .child(ResultNode.of("1.2", ResultLevel.OUTPUT, LocalizedText.of("en", "1.2")))
                .build(),
            ResultNode.of("2", ResultLevel.OUTCOME, LocalizedText.of("en", "Two"))));
  }

  static Map<String, BigDecimal> shares(String... codeAndPercent) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    for (int i = 0; i < codeAndPercent.length; i += 2) {
      m.put(codeAndPercent[i], new BigDecimal(codeAndPercent[i + 1]));
    }
    return m;
  }

  static List<Allocation> allocations() {
    return List.of(
        new Allocation("a1", "staff", COL, AmountKind.PLANNED, new BigDecimal("600"),
            shares("1", "10", "1.1", "50", "1.2", "40"),
            Map.of("function", "development-assistance", "sdg", "8")),
        new Allocation("a2", "travel", COL, AmountKind.PLANNED, new BigDecimal("300"),
            shares("1.1", "50", "2", "50"), Map.of("location", "ITA")),
        new Allocation("a3", "staff", COL, AmountKind.ACTUAL, new BigDecimal("200"),
            shares("1.1", "100"), Map.of()),
        new Allocation("a4", "travel", COL, AmountKind.ACTUAL, new BigDecimal("90"),
            shares("2", "100"), Map.of()));
  }

  static AllocationDocument document(List<Allocation> allocations) {
    return new AllocationDocument("Small allocations", Currencies.of("EUR"), AmountUnit.UNITS,
        "made-up figures", List.of(new ResourcePlan.FundInstrument("xb",
            FinancingInstrument.EARMARKED_PROJECT)), allocations,
        List.of(new ResourcePlan.SecuredFunding("1.1", "xb", COL, new BigDecimal("100")),
            new ResourcePlan.SecuredFunding("2", "xb", COL, new BigDecimal("150")),
            new ResourcePlan.SecuredFunding("1", "rb", COL, new BigDecimal("600"))));
  }

  static ResourcePlan plan() {
    return ResourcePlan.of(budget(), framework(), document(allocations()));
  }
}
