package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.examples.hostile.ForkedRbm;

/** {@code -} for FILE reads standard input, in a forked {@code rbm} fed from the example files. */
class RbmStandardInputTest {

  @TempDir Path tmp;

  private static final ForkedRbm RBM = ForkedRbm.withHeap("128m");

  private static Path example(String name) {
    return RbmCommandsTest.EXAMPLES.resolve(name);
  }

  @Test
  void jsonAndCsv_fromStandardInput_giveWhatTheFileGives() throws Exception {
    Path proposal = example("itcilo-budget-2024-25-proposal.json");
    ForkedRbm.Run piped = RBM.run(tmp, proposal, "balance", "-");
    ForkedRbm.Run named = RBM.run(tmp, "balance", proposal.toString());
    assertThat(piped.code()).as(piped.describe()).isZero();
    assertThat(piped.out()).isEqualTo(named.out());

    // a stream is not a regular file: the CSV is read on one thread, with the same result
    Path csv = example("enrolments-2022.csv");
    ForkedRbm.Run csvPiped = RBM.run(tmp, csv, "certification", "-", "--by", "modality");
    ForkedRbm.Run csvNamed = RBM.run(tmp, "certification", csv.toString(), "--by", "modality");
    assertThat(csvPiped.code()).as(csvPiped.describe()).isZero();
    assertThat(csvPiped.out()).isEqualTo(csvNamed.out().replace(csv.toString(), "-"))
        .startsWith("-: 1205 enrolments;");
  }

  @Test
  void validate_fromStandardInput_needsTheKind() throws Exception {
    Path framework = example("ilo-pb-2024-25.json");
    ForkedRbm.Run untold = RBM.run(tmp, framework, "validate", "-");
    assertThat(untold.code()).isEqualTo(2);
    assertThat(untold.err()).isEqualTo("rbm validate: -: standard input is read once: give its"
        + " kind with --type\n");
    ForkedRbm.Run told = RBM.run(tmp, framework, "validate", "--type", "framework", "-");
    assertThat(told.code()).as(told.describe()).isZero();
    assertThat(told.out()).startsWith("valid results framework: ILO 2024-25, 54 results");
  }
}
