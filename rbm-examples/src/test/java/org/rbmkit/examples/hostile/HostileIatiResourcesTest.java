package org.rbmkit.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.examples.iati.IatiResources;
import org.rbmkit.kpi.achievement.RollupCalculator;

/** {@code rbm resources} on large generated IATI files and hostile exchange rates. */
class HostileIatiResourcesTest {

  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  static final String XML = EXAMPLES.resolve("iati-resources.xml").toString();

  @TempDir Path tmp;

  /**
   * {@code n} activities in EUR, each with a 2024 budget of 1000, a disbursement of 600 and one
   * output indicator with target 10 and actual 8 (at risk) for 2024.
   */
  private static String activities(int n) {
    StringBuilder b = new StringBuilder("<iati-activities version=\"2.03\">");
    for (int i = 0; i < n; i++) {
      b.append("<iati-activity default-currency=\"EUR\"><iati-identifier>XM-G-").append(i)
          .append("</iati-identifier><reporting-org ref=\"XM-G\" type=\"40\"><narrative>G"
              + "</narrative></reporting-org><title><narrative>g</narrative></title>"
              + "<description><narrative>g</narrative></description>"
              + "<participating-org ref=\"XM-G\" role=\"4\"/>"
              + "<activity-status code=\"2\"/>"
              + "<activity-date type=\"1\" iso-date=\"2024-01-01\"/>"
              + "<budget type=\"1\" status=\"1\"><period-start iso-date=\"2024-01-01\"/>"
              + "<period-end iso-date=\"2024-12-31\"/><value value-date=\"2024-01-01\">1000"
              + "</value></budget>"
              + "<transaction><transaction-type code=\"3\"/><transaction-date"
              + " iso-date=\"2024-05-01\"/><value value-date=\"2024-05-01\">600</value>"
              + "</transaction>"
              + "<result type=\"1\"><title><narrative>r</narrative></title>"
              + "<indicator measure=\"1\" ascending=\"1\"><title><narrative>i</narrative></title>"
              + "<baseline year=\"2023\" value=\"0\"/><period><period-start"
              + " iso-date=\"2024-01-01\"/><period-end iso-date=\"2024-12-31\"/>"
              + "<target value=\"10\"/><actual value=\"8\"/></period></indicator></result>"
              + "</iati-activity>");
    }
    return b.append("</iati-activities>").toString();
  }

  private static List<IatiActivity> read(int n) {
    return IatiReader.lenient().readAll(new ByteArrayInputStream(
            activities(n).getBytes(StandardCharsets.UTF_8))).stream()
        .map(r -> r.activity().orElseThrow()).toList();
  }

  @Test
  void viewAndUnitCosts_growLinearlyInTheActivities() {
    Map<Integer, List<IatiActivity>> inputs = new HashMap<>();
    Growth.assertAtMost(30.0, 100, 10, n -> {
      List<IatiActivity> activities = inputs.computeIfAbsent(n, HostileIatiResourcesTest::read);
      IatiResources v = IatiResources.of(activities, Currency.getInstance("EUR"), List.of(),
          RollupCalculator.withDefaults());
      int costs = 0;
      for (IatiResources.Line l : v.lines()) {
        costs += v.unitCosts(l).size();
      }
      assertThat(costs).isEqualTo(n);
      assertThat(v.lines().get(n - 1).rating()).isEqualTo("at-risk");
    });
  }

  @Test
  void manyActivities_runInASmallHeap() throws Exception {
    Path file = tmp.resolve("many.xml");
    Files.writeString(file, activities(1_000), StandardCharsets.UTF_8);
    ForkedRbm.Run r = ForkedRbm.withHeap("256m").limit(Duration.ofSeconds(60))
        .run(tmp, "resources", "--json", file.toString());
    assertThat(r.code()).as(r.describe()).isZero();
    // the last activity: 600 of 1000 spent, 8 of 10 delivered (at risk), 75 EUR per unit
    assertThat(r.out()).contains("\"activity\" : \"XM-G-999\"")
        .contains("\"ratio\" : \"600/8\"");
  }

  @Test
  void aRateWithAHugeExponent_isRejectedAtOnce() throws IOException, InterruptedException {
    Path rates = tmp.resolve("rates.json");
    Files.writeString(rates, "[{\"from\": \"USD\", \"to\": \"EUR\", \"rate\": 9E-999999999,"
        + " \"date\": \"2024-01-01\", \"kind\": \"operational\"}]", StandardCharsets.UTF_8);
    ForkedRbm.Run r = ForkedRbm.withHeap("64m").limit(Duration.ofSeconds(30))
        .run(tmp, "resources", Path.of(XML).toAbsolutePath().toString(), "--currency", "EUR",
            "--rates", rates.toString());
    assertThat(r.code()).as(r.describe()).isEqualTo(2);
    assertThat(r.err()).contains(rates.toString());
  }
}
