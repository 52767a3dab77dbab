package org.rbmkit.core.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.text.LocalizedText;

class ResultsFrameworkTest {

  private static LocalizedText t(String s) {
    return LocalizedText.of("fr", s);
  }

  private static ResultsFramework sample() {
    ResultNode o1 =
        ResultNode.builder("1", ResultLevel.OUTCOME, t("Résultat 1"))
            .child(ResultNode.of("1.1", ResultLevel.OUTPUT, t("Produit 1.1")))
            .child(ResultNode.of("1.2", ResultLevel.OUTPUT, t("Produit 1.2")))
            .build();
    ResultNode a =
        ResultNode.builder("A", ResultLevel.ENABLER, t("Catalyseur A"))
            .child(ResultNode.builder("A.1", ResultLevel.OUTPUT, t("Produit A.1")).contributesTo("1").build())
            .build();
    return ResultsFramework.of("ILO", Biennium.parse("2024-25"), t("P&B"), List.of(o1, a));
  }

  @Test
  void navigation_findsByCodeAndWalksUp() {
    ResultsFramework f = sample();
    assertThat(f.size()).isEqualTo(5);
    assertThat(f.nodes()).extracting(ResultNode::code).containsExactly("1", "1.1", "1.2", "A", "A.1");
    assertThat(f.nodes(ResultLevel.OUTPUT)).extracting(ResultNode::code).containsExactly("1.1", "1.2", "A.1");
    assertThat(f.find("1.2")).map(ResultNode::level).contains(ResultLevel.OUTPUT);
    assertThat(f.find("9")).isEmpty();
    assertThat(f.parent("A.1")).map(ResultNode::code).contains("A");
    assertThat(f.parent("A")).isEmpty();
    assertThat(f.ancestors("1.1")).extracting(ResultNode::code).containsExactly("1");
    assertThat(f.children("1")).hasSize(2);
    assertThatThrownBy(() -> f.get("9"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("framework ILO 2024-25 has no result with code 9");
    assertThat(f).hasToString("ILO 2024-25 (5 results)");
  }

  @Test
  void of_rejectsADuplicateCodeAnywhereInTheTree() {
    ResultNode o1 =
        ResultNode.builder("1", ResultLevel.OUTCOME, t("R1"))
            .child(ResultNode.of("X", ResultLevel.OUTPUT, t("P")))
            .build();
    ResultNode o2 =
        ResultNode.builder("2", ResultLevel.OUTCOME, t("R2"))
            .child(ResultNode.of("X", ResultLevel.OUTPUT, t("P")))
            .build();
    assertThatThrownBy(
            () -> ResultsFramework.of("ILO", Biennium.parse("2024-25"), t("P&B"), List.of(o1, o2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("framework ILO 2024-25 has 1 problem: roots[1].children[0].code: code X is already used at roots[0].children[0]");
  }

  @Test
  void of_rejectsADanglingReference() {
    ResultNode o1 =
        ResultNode.builder("1", ResultLevel.OUTCOME, t("R1")).contributesTo("7").build();
    assertThatThrownBy(
            () -> ResultsFramework.of("ILO", Biennium.parse("2024-25"), t("P&B"), List.of(o1)))
        .hasMessage("framework ILO 2024-25 has 1 problem: roots[0].contributesTo[0]: contributes to 7, which is not in the framework");
  }

  @Test
  void node_rejectsAChildThatIsNotDeeper() {
    assertThatThrownBy(
            () ->
                ResultNode.builder("1.1", ResultLevel.OUTPUT, t("P"))
                    .child(ResultNode.of("1", ResultLevel.OUTCOME, t("R")))
                    .build())
        .hasMessage(
            "result 1.1 has 1 problem: children[0].level: an outcome cannot sit under an output: a"
                + " child must be deeper in the results chain");
  }
}
