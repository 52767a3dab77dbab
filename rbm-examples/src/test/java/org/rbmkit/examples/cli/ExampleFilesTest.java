package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.examples.tour.TourData;

/** The documented example files stay the tour's data. */
class ExampleFilesTest {

  @ParameterizedTest
  @ValueSource(strings = {"ilo-pb-2024-25.json", "itcilo-budget-2024-25.json",
      "enrolments-2022.csv", "benchmark-learning-providers.json",
      "achievement-framework.json", "itcilo-framework-2024-25.json",
      "itcilo-resources-2024-25.json", "iati-resources.xml", "iati-resources-rates.json"})
  void docsExample_isTheTourFile(String name) throws IOException {
    assertThat(Files.readString(RbmCommandsTest.EXAMPLES.resolve(name), StandardCharsets.UTF_8))
        .isEqualTo(TourData.text(name));
  }

  @Test
  void proposalExample_isTheFullDocumentsProposalColumn() {
    BudgetDocument full = TourData.itcIloBudget();
    BudgetDocument proposal = Inputs.readJson(
        RbmCommandsTest.EXAMPLES.resolve("itcilo-budget-2024-25-proposal.json"),
        BudgetDocument.class);
    assertThat(proposal.columnCodes()).containsExactly("2024-25-proposal");
    assertThat(proposal.lines()).hasSameSizeAs(full.lines());
    for (int i = 0; i < full.lines().size(); i++) {
      BudgetLine a = full.lines().get(i);
      BudgetLine b = proposal.lines().get(i);
      assertThat(b.id()).isEqualTo(a.id());
      assertThat(b.amount("2024-25-proposal")).isEqualTo(a.amount("2024-25-proposal"));
    }
    assertThat(proposal.reserveFunds()).isEqualTo(full.reserveFunds());
  }
}
