package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;

class ResultsFrameworkExampleTest {

  @Test
  void iloFramework_hasSevenOutcomesThreeEnablersAnd44Outputs() {
    ResultsFramework f = ResultsFrameworkExample.framework();
    // seed 002 l.54-60: Résultat 1 … 7; l.62-64: Catalyseurs A, B, C
    assertThat(f.nodes(ResultLevel.OUTCOME)).extracting(ResultNode::code)
        .containsExactly("1", "2", "3", "4", "5", "6", "7");
    assertThat(f.nodes(ResultLevel.ENABLER)).extracting(ResultNode::code)
        .containsExactly("A", "B", "C");
    // outputs 1.1-1.5, 2.1-2.4, 3.1-3.5, 4.1-4.5, 5.1-5.5, 6.1-6.3, 7.1-7.6, A.1-A.5, B.1-B.3,
    // C.1-C.3 (seed 002 l.140-992)
    assertThat(f.nodes(ResultLevel.OUTPUT)).hasSize(44);
    assertThat(f.size()).isEqualTo(54);
    // seed 002 l.683: outcome 6, "Protection sociale universelle"
    assertThat(f.get("6").source()).contains("seed 002 l.683");
  }

  @Test
  void print_showsEveryTopLevelResultWithItsOutputsAndSources() {
    String text = Printed.by(ResultsFrameworkExample::print);
    assertThat(text)
        .contains("Step 1. A results framework")
        .containsPattern("\\n +6 +outcome +3 +6\\.1 6\\.2 6\\.3 +seed 002 l\\.683 +Protection"
            + " sociale universelle\\n")
        .containsPattern("\\n +C +enabler +3 +C\\.1 C\\.2 C\\.3 +seed 002 l\\.959")
        .containsPattern("total +44 +7 outcomes, 3 enablers +54 results in all")
        .contains("Data: rbm-examples/src/main/resources/org/rbmkit/examples/tour/"
            + "ilo-pb-2024-25.json")
        .contains("Source: seed 002");
  }
}
