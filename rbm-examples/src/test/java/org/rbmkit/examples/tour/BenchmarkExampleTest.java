package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.kpi.benchmark.MetricTable;
import org.rbmkit.kpi.benchmark.Position;

class BenchmarkExampleTest {

  @Test
  void providers_visits2022_itcIloFirst() {
    MetricTable t = BenchmarkExample.providers("visits");
    assertThat(t.positions()).extracting(Position::entity)
        .containsExactly("itcilo", "provider-b", "provider-a", "provider-c");
    Position itc = t.position("itcilo").orElseThrow();
    // seed 003 l.1604: 729 000 visits in 2022, "plus de 700 000"
    assertThat(itc.value()).contains(new BigDecimal("729000"));
    assertThat(itc.gapToTarget().orElseThrow().difference()).isEqualByComparingTo("29000");
  }

  @Test
  void budgetColumns_sharesOfOwnRevenueAndVoluntaryContributions() {
    var tables = BenchmarkExample.budgetColumns(TourData.itcIloBudget());
    List<String> shares = new java.util.ArrayList<>();
    for (var e : tables.entrySet()) {
      BudgetColumn c = e.getKey();
      MetricTable t = e.getValue();
      shares.add(c.code() + " " + t.total().toPlainString() + " "
          + BenchmarkExample.chapterShare(t, "own-revenue").orElseThrow() + " "
          + BenchmarkExample.chapterShare(t, "voluntary").orElseThrow());
    }
    // seed 003 l.4586, l.4610 (recomputed), l.4615 (recomputed): own, voluntary, net available
    assertThat(shares).containsExactly(
        "2022-23-budget 54728 55.05 44.95", // 30 130 + 24 598
        "2022-23-forecast 63633 58.10 41.90", // 36 968 + 26 665 (printed 26 678)
        "2024-25-proposal 60535 55.98 44.02"); // 33 889 + 26 646
  }

  @Test
  void print_showsBothBenchmarks() {
    String text = Printed.by(BenchmarkExample::print);
    assertThat(text)
        .containsPattern(
            "\\n +1 +itcilo +729 000 +87\\.5 +q1 +\\+346 500 +0 +\\+29 000 +45\\.2 %\\n")
        .contains("59 % online in 2022 is -7.67 points")
        .containsPattern("own-revenue +30 130 +55\\.05 % +36 968 +58\\.10 % +33 889 +55\\.98 %")
        .containsPattern("net available +54 728 +100 % +63 633 +100 % +60 535 +100 %");
  }
}
