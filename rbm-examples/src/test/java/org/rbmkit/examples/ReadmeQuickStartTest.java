package org.rbmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.json.BudgetJson;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.PlanPeriod;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.RollupCalculator;

/** The README's quick start, run as written (on the files in docs/examples). */
class ReadmeQuickStartTest {

  private static final Path DOCS =
      Path.of(System.getProperty("maven.multiModuleProjectDirectory", ".."), "docs", "examples");

  private static Path docs(String name) {
    Path p = DOCS.resolve(name);
    return Files.exists(p) ? p : Path.of("..", "docs", "examples", name);
  }

  @Test
  void quickStart_runsAsWrittenInTheReadme() throws Exception {
    // --- README quick start, step 1: money and periods
    Money net = Money.parse("EUR 60535000.00");
    Money grown = net.multipliedBy(new BigDecimal("1.046"), RoundingMode.HALF_UP);
    Biennium b = Biennium.parse("2024-2025");
    assertThat(grown).hasToString("EUR 63319610.00");
    assertThat(b).hasToString("2024-25");
    assertThat(b.previous()).hasToString("2022-23");

    // --- step 2: a budget rebuilt from its lines
    BudgetDocument doc = BudgetJson.read(docs("itcilo-budget-2024-25.json"));
    BudgetTotals totals = doc.entries().collect(BudgetTotals.collector(doc.currency()));
    // seed 003 l.4612-4615 and l.4657-4660: net available = total charges = 60 535 kEUR in 2024-25
    assertThat(totals.margin("2024-25-proposal").netAvailable())
        .isEqualTo(Money.of("EUR", 60_535_000));
    assertThat(totals.margin("2024-25-proposal").budgetSurplus().isZero()).isTrue();

    // --- step 3: a results framework rated and rolled up
    ResultsFramework framework =
        RbmJson.mapper()
            .readValue(docs("achievement-framework.json").toFile(), ResultsFramework.class);
    FrameworkRollup rollup =
        RollupCalculator.withDefaults().rollUp(framework, PlanPeriod.parse("2018-2021"));
    assertThat(rollup.summary("en"))
        .contains("Framework ILO 2018-2021: 4 of 10 indicators on track, 2 at risk, 3 off track, 1 not rated");
  }
}
