package org.rbmkit.core.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.Biennium;

class SeedFrameworksTest {

  @Test
  void ilo_hasSevenOutcomesThreeEnablersAndTheirOutputs() {
    ResultsFramework ilo = SeedFrameworks.iloProgrammeAndBudget2024To25();
    // seed 002 l.54-60 (table of contents): Résultat 1 … Résultat 7
    assertThat(ilo.nodes(ResultLevel.OUTCOME))
        .extracting(ResultNode::code)
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
    // seed 002 l.62-64: Catalyseur A, B, C
    assertThat(ilo.nodes(ResultLevel.ENABLER)).extracting(ResultNode::code).containsExactly("A", "B", "C");
    // outputs: 1.1-1.5 (l.140-213), 2.1-2.4 (l.260-322), 3.1-3.5 (l.354-453), 4.1-4.5 (l.487-556),
    // 5.1-5.5 (l.587-665), 6.1-6.3 (l.699-729), 7.1-7.6 (l.762-832), A.1-A.5 (l.855-905),
    // B.1-B.3 (l.922-947), C.1-C.3 (l.967-992)
    assertThat(childCodes(ilo, "1")).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5");
    assertThat(childCodes(ilo, "2")).containsExactly("2.1", "2.2", "2.3", "2.4");
    assertThat(childCodes(ilo, "3")).containsExactly("3.1", "3.2", "3.3", "3.4", "3.5");
    assertThat(childCodes(ilo, "4")).containsExactly("4.1", "4.2", "4.3", "4.4", "4.5");
    assertThat(childCodes(ilo, "5")).containsExactly("5.1", "5.2", "5.3", "5.4", "5.5");
    assertThat(childCodes(ilo, "6")).containsExactly("6.1", "6.2", "6.3");
    assertThat(childCodes(ilo, "7")).containsExactly("7.1", "7.2", "7.3", "7.4", "7.5", "7.6");
    assertThat(childCodes(ilo, "A")).containsExactly("A.1", "A.2", "A.3", "A.4", "A.5");
    assertThat(childCodes(ilo, "B")).containsExactly("B.1", "B.2", "B.3");
    assertThat(childCodes(ilo, "C")).containsExactly("C.1", "C.2", "C.3");
    assertThat(ilo.nodes(ResultLevel.OUTPUT)).hasSize(44);
    assertThat(ilo.size()).isEqualTo(54);
    assertThat(ilo.period()).isEqualTo(Biennium.parse("2024-25"));
    // seed 002 l.683: "Résultat 6. Protection sociale universelle"
    assertThat(ilo.get("6").title().get("fr")).contains("Protection sociale universelle");
    // seed 002 l.855
    assertThat(ilo.get("A.1").source()).contains("seed 002 l.855");
    assertThat(ilo.ancestors("C.3")).extracting(ResultNode::code).containsExactly("C");
  }

  @Test
  void itcIlo_hasEightOutcomesAndTwentyFiveOutputs() {
    ResultsFramework itc = SeedFrameworks.itcIloProgrammeAndBudget2024To25();
    // seed 003 l.1283, 2216, 2761, 3323, 3397, 3604, 3732, 3954: Résultat 1 … 8
    assertThat(itc.nodes(ResultLevel.OUTCOME))
        .extracting(ResultNode::code)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    // seed 003 l.1330-1910
    assertThat(childCodes(itc, "1")).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5");
    // seed 003 l.2283-2649
    assertThat(childCodes(itc, "2")).containsExactly("2.1", "2.2", "2.3", "2.4");
    // seed 003 l.2829-3243
    assertThat(childCodes(itc, "3")).containsExactly("3.1", "3.2", "3.3");
    // seed 003 l.3356
    assertThat(childCodes(itc, "4")).containsExactly("4.1");
    // seed 003 l.3471-3562
    assertThat(childCodes(itc, "5")).containsExactly("5.1", "5.2", "5.3", "5.4");
    // seed 003 l.3628-3699
    assertThat(childCodes(itc, "6")).containsExactly("6.1", "6.2", "6.3");
    // seed 003 l.3778-3895
    assertThat(childCodes(itc, "7")).containsExactly("7.1", "7.2");
    // seed 003 l.4014-4059
    assertThat(childCodes(itc, "8")).containsExactly("8.1", "8.2", "8.3");
    assertThat(itc.nodes(ResultLevel.OUTPUT)).hasSize(25);
    assertThat(itc.size()).isEqualTo(33);
    // seed 003 l.3732-3733: a title printed over two lines
    assertThat(itc.get("7").title().get("fr"))
        .contains("Les technologies numériques déployées par le Centre sont inclusives et sécurisées");
  }

  @Test
  void bothFrameworks_roundTripThroughJson() {
    for (ResultsFramework f :
        new ResultsFramework[] {
          SeedFrameworks.iloProgrammeAndBudget2024To25(),
          SeedFrameworks.itcIloProgrammeAndBudget2024To25()
        }) {
      String json = RbmJson.mapper().writeValueAsString(f);
      ResultsFramework back = RbmJson.mapper().readValue(json, ResultsFramework.class);
      assertThat(back).isEqualTo(f);
      assertThat(RbmJson.mapper().writeValueAsString(back)).isEqualTo(json);
    }
  }

  @Test
  void jsonFiles_holdExactlyTheTypedInFrameworks() throws IOException {
    assertThat(read("/frameworks/ilo-pb-2024-25.json"))
        .isEqualTo(SeedFrameworks.iloProgrammeAndBudget2024To25());
    assertThat(read("/frameworks/itcilo-pb-2024-25.json"))
        .isEqualTo(SeedFrameworks.itcIloProgrammeAndBudget2024To25());
  }

  private static ResultsFramework read(String resource) throws IOException {
    try (InputStream in = SeedFrameworksTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return RbmJson.mapper()
          .readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), ResultsFramework.class);
    }
  }

  private static java.util.List<String> childCodes(ResultsFramework f, String code) {
    return f.children(code).stream().map(ResultNode::code).toList();
  }
}
