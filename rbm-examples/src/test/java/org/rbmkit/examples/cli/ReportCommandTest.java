package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.examples.cli.RbmCommandsTest.rbm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.examples.cli.RbmCommandsTest.Run;

/** {@code rbm report}: the page's frame, escaping and the errors of its options and inputs. */
class ReportCommandTest {

  static final Path EXAMPLES = Path.of("..", "docs", "examples");

  @TempDir Path tmp;

  @Test
  void report_isOneSelfContainedPage() {
    Run r = rbm("report", EXAMPLES.resolve("achievement-framework.json").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"en\">")
        .contains("content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\"")
        .contains("@media print").contains("size: A4")
        .doesNotContain("<script").doesNotContain("http://www.w3.org/1999").doesNotContain("https:")
        .doesNotContain("<link").doesNotContain("<img");
    // docs/examples/achievement-framework.json l.73 and l.79-95: indicator 1.1.a, cumulative,
    // baseline 0, target 800, actuals 150 + 200 + 250 + 180 = 780
    assertThat(r.out()).contains("data-key=\"1.1/1.1.a\" data-value=\"780/800\"")
        .contains("97.5 %");
  }

  @Test
  void textFromTheDocument_isEscaped() throws IOException {
    String framework = Files.readString(EXAMPLES.resolve("achievement-framework.json"),
        StandardCharsets.UTF_8);
    int at = framework.indexOf("\"owner\"");
    assertThat(at).isPositive();
    Path hostile = tmp.resolve("hostile.json");
    Files.writeString(hostile, framework.replaceFirst("\"owner\"\\s*:\\s*\"[^\"]*\"",
        "\"owner\": \"<script>alert(1)</script>\""), StandardCharsets.UTF_8);
    Run r = rbm("report", hostile.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  @Test
  void french_labels() {
    Run r = rbm("report", "--lang", "fr", EXAMPLES.resolve("itcilo-budget-2024-25.json").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("<html lang=\"fr\">").contains("Du disponible net à l’excédent");
  }

  @Test
  void unknownLanguage_isAUsageError() {
    Run r = rbm("report", "--lang", "de", EXAMPLES.resolve("achievement-framework.json").toString());
    assertThat(r.code()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(r.err()).contains("--lang: language \"de\" is not one of en, fr");
  }

  @Test
  void badDate_isAUsageError() {
    Run r = rbm("report", "--at", "2024-13-01", EXAMPLES.resolve("achievement-framework.json")
        .toString());
    assertThat(r.code()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(r.err()).contains("--at: \"2024-13-01\" is not a date yyyy-mm-dd");
  }

  @Test
  void allocationsAlone_sayWhatIsMissing() {
    Run r = rbm("report", EXAMPLES.resolve("itcilo-resources-2024-25.json").toString());
    assertThat(r.code()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(r.err()).contains("itcilo-resources-2024-25.json is an allocation document: give"
        + " the budget document and the results framework it allocates among the files");
  }

  @Test
  void unknownKind_isNamed() throws IOException {
    Path odd = tmp.resolve("odd.json");
    Files.writeString(odd, "{\"hello\": 1}", StandardCharsets.UTF_8);
    Run r = rbm("report", odd.toString());
    assertThat(r.code()).isEqualTo(Rbm.EXIT_INVALID);
    assertThat(r.err()).contains("cannot tell the kind of document");
  }

  @Test
  void noFile_isAUsageError() {
    Run r = rbm("report");
    assertThat(r.code()).isEqualTo(Rbm.EXIT_INVALID);
  }
}
