package org.rbmkit.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rbm report} on large and hostile documents: bounded drawing, small heap, no markup. */
class HostileReportTest {

  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  static final Path TOUR = Path.of("src/main/resources/org/rbmkit/examples/tour");

  @TempDir Path tmp;

  @Test
  void aDueDateCenturiesAway_drawsAtMost24Quarters() throws Exception {
    String plan = Files.readString(TOUR.resolve("wto-hr-workplan-2024.json"),
        StandardCharsets.UTF_8);
    assertThat(plan).contains("\"timeline\" : \"Q2 2024\"");
    Path file = tmp.resolve("far.json");
    Files.writeString(file, plan.replaceFirst("\"timeline\" : \"Q2 2024\"",
        "\"timeline\" : \"2199\""), StandardCharsets.UTF_8);
    Path html = tmp.resolve("far.html");
    ForkedRbm.Run r = ForkedRbm.withHeap("128m").limit(Duration.ofSeconds(60))
        .run(tmp, "report", "--at", "2024-07-01", file.toString(), "-o", html.toString());
    assertThat(r.code()).as(r.describe()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    // 2024-Q1 to 2029-Q4: the grid's vertical lines, one per quarter and one to close
    Matcher m = Pattern.compile("class=\"grid\"").matcher(page);
    int lines = 0;
    while (m.find()) {
      lines++;
    }
    assertThat(lines).isEqualTo(25);
    assertThat(page).contains("data-key=\"1.1\" data-value=\"2199-12-31\"").contains("2199 · ");
  }

  @Test
  void manyAllocations_makeAReportInASmallHeap() throws Exception {
    StringBuilder b = new StringBuilder("{\"title\": \"many\", \"currency\": \"EUR\","
        + " \"unit\": \"thousands\", \"note\": \"generated <b>note</b>\", \"instruments\": [],"
        + " \"allocations\": [");
    String[] codes = {"1", "1.1", "2.3", "8.3"};
    int n = 20_000;
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append("{\"id\": \"a").append(i)
          .append("\", \"line\": \"14\", \"column\": \"2024-25-proposal\", \"kind\": \"planned\","
              + " \"amount\": 1, \"shares\": {\"").append(codes[i % 4]).append("\": 100},"
              + " \"tags\": {}}");
    }
    Path file = tmp.resolve("many.json");
    Files.writeString(file, b.append("], \"secured\": []}"), StandardCharsets.UTF_8);
    Path html = tmp.resolve("many.html");
    ForkedRbm.Run r = ForkedRbm.withHeap("128m").limit(Duration.ofSeconds(60))
        .run(tmp, "report", EXAMPLES.resolve("itcilo-budget-2024-25.json").toString(),
            EXAMPLES.resolve("itcilo-framework-2024-25.json").toString(), file.toString(),
            "-o", html.toString());
    assertThat(r.code()).as(r.describe()).isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    // line 14 is 36 232 kEUR (as in HostileResourcesTest); 20 000 allocations of 1 kEUR leave
    // 16 232 kEUR of it unallocated
    assertThat(page).contains("generated &lt;b&gt;note&lt;/b&gt;").doesNotContain("<b>note")
        .contains("printed 36232000 EUR, computed 20000000");
  }
}
