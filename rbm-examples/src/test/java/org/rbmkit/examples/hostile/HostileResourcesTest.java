package org.rbmkit.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.resources.Allocation;
import org.rbmkit.budget.resources.AllocationCheck;
import org.rbmkit.budget.resources.AllocationDocument;
import org.rbmkit.budget.resources.AmountKind;
import org.rbmkit.budget.resources.ResourcePlan;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.examples.tour.ResourcesToResultsExample;

/** {@code rbm resources} on large and hostile allocation documents. */
class HostileResourcesTest {

  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  static final String BUDGET = EXAMPLES.resolve("itcilo-budget-2024-25.json").toString();
  static final String FRAMEWORK = EXAMPLES.resolve("itcilo-framework-2024-25.json").toString();

  @TempDir Path tmp;

  /** {@code n} planned allocations of line 14, each shared among four results. */
  private static String allocations(int n) {
    StringBuilder b = new StringBuilder("{\"title\": \"many\", \"currency\": \"EUR\","
        + " \"unit\": \"thousands\", \"note\": \"generated\", \"instruments\": [],"
        + " \"allocations\": [");
    String[] codes = {"1", "1.1", "2.3", "8.3"};
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\": \"a").append(i)
          .append("\", \"line\": \"14\", \"column\": \"2024-25-proposal\", \"kind\": \"planned\","
              + " \"amount\": 1, \"shares\": {\"").append(codes[i % 4]).append("\": 40, \"")
          .append(codes[(i + 1) % 4]).append("\": 60}, \"tags\": {}}");
    }
    return b.append("], \"secured\": []}").toString();
  }

  @Test
  void manyAllocations_runInASmallHeap_andReportTheGap() throws Exception {
    Path file = tmp.resolve("many.json");
    Files.writeString(file, allocations(50_000), StandardCharsets.UTF_8);
    ForkedRbm.Run r = ForkedRbm.withHeap("128m").limit(Duration.ofSeconds(60))
        .run(tmp, "resources", BUDGET, FRAMEWORK, file.toString());
    assertThat(r.code()).as(r.describe()).isEqualTo(1);
    // line 14 is 36 232 kEUR; 50 000 allocations of 1 kEUR over-allocate it by 13 768 kEUR
    assertThat(r.out()).contains("allocation allocations 14 2024-25-proposal: printed 36232000"
        + " EUR, computed 50000000, difference -13768000 (over-allocated");
  }

  @Test
  void aShareWithAHugeExponent_isRejectedAtOnce() throws IOException, InterruptedException {
    Path file = tmp.resolve("exp.json");
    Files.writeString(file, allocations(1).replace("\": 40,", "\": 4E-999999999,"),
        StandardCharsets.UTF_8);
    ForkedRbm.Run r = ForkedRbm.withHeap("64m").limit(Duration.ofSeconds(30))
        .run(tmp, "resources", BUDGET, FRAMEWORK, file.toString());
    assertThat(r.code()).as(r.describe()).isEqualTo(2);
    assertThat(r.err()).contains(file.toString());
  }

  @Test
  void planAndRollUp_growLinearly() {
    ResourcePlan example = ResourcesToResultsExample.plan();
    BudgetDocument budget = example.budget();
    ResultsFramework framework = example.framework();
    List<String> codes = framework.nodes().stream().map(ResultNode::code).toList();
    Growth.assertAtMost(30.0, 5_000, 10, n -> {
      List<Allocation> all = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        shares.put(codes.get(i % codes.size()), new BigDecimal("25.5"));
        shares.put(codes.get((i + 7) % codes.size()), new BigDecimal("74.5"));
        all.add(new Allocation("a" + i, "14", "2024-25-proposal", AmountKind.PLANNED,
            BigDecimal.TEN, shares, Map.of()));
      }
      ResourcePlan plan = ResourcePlan.of(budget, framework, new AllocationDocument("g",
          budget.currency(), budget.unit(), "generated", List.of(), all, List.of()));
      assertThat(plan.rollUp().grandTotal("2024-25-proposal", AmountKind.PLANNED).amount())
          .isEqualByComparingTo(BigDecimal.valueOf(10_000L * n));
      assertThat(AllocationCheck.check(plan)).isNotEmpty();
    });
  }
}
