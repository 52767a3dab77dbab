package org.rbmkit.examples.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.core.iati.ActivityRead;
import org.rbmkit.core.iati.IatiReadSummary;
import org.rbmkit.core.iati.IatiReader;

/**
 * The IATI benchmark's generated file reads cleanly, and the library and the plain StAX pass see
 * the same activities: the benchmark compares the speed of equal work. No timing is asserted.
 */
class IatiBaselinesAgreeTest {

  private static final int ACTIVITIES = 400;

  @Test
  void generatedFile_readsWithoutAnyProblem_andTheStaxPassCountsTheSameActivities(
      @TempDir Path dir) throws Exception {
    Path file = IatiData.file(dir, ACTIVITIES);
    List<ActivityRead> reads = new ArrayList<>();
    IatiReadSummary summary = IatiReader.lenient().read(file, reads::add);
    assertThat(summary.problems()).isEmpty();
    assertThat(summary.version()).isEqualTo("2.03");
    assertThat(summary.activities()).isEqualTo(ACTIVITIES);
    assertThat(reads).allSatisfy(r -> {
      assertThat(r.problems()).as("activity %s", r.index()).isEmpty();
      assertThat(r.activity()).isPresent();
    });
    assertThat(IatiReadBenchmark.activities(file)).isEqualTo(ACTIVITIES);
    // the library's count of an activity's budgets, transactions and results is what a depth
    // count of the same elements finds
    long parts = 0;
    for (ActivityRead r : reads) {
      var a = r.activity().orElseThrow();
      parts += 1 + a.budgets().size() + a.transactions().size() + a.results().size();
    }
    assertThat(IatiReadBenchmark.library(file)).isEqualTo(parts).isEqualTo(countedParts(file));
    // a realistic mix: every activity has budgets, transactions and results with indicators
    assertThat(reads).allSatisfy(r -> {
      var a = r.activity().orElseThrow();
      assertThat(a.budgets()).isNotEmpty();
      assertThat(a.transactions()).hasSizeGreaterThanOrEqualTo(5);
      assertThat(a.results()).allSatisfy(res -> assertThat(res.indicators()).isNotEmpty());
    });
  }

  @Test
  void generatedFile_isTheSameForTheSameSeed_andReused(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    IatiData.write(50, PerformanceReport.SEED, a);
    IatiData.write(50, PerformanceReport.SEED, b);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    Path file = IatiData.file(dir, 50);
    assertThat(Files.readAllBytes(file)).isEqualTo(a.toByteArray());
    // about 12 KB per activity, so that 20 000 activities make more than 200 MB
    assertThat(a.size() / 50).isBetween(10_500, 13_500);
    long modified = Files.getLastModifiedTime(file).toMillis();
    assertThat(IatiData.file(dir, 50)).isEqualTo(file);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
  }

  /** Activities, and the budgets, transactions and results directly inside them. */
  private static long countedParts(Path file) throws Exception {
    long n = 0;
    int depth = 0;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader r = XMLInputFactory.newDefaultFactory().createXMLStreamReader(in);
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String name = r.getLocalName();
          if ((depth == 2 && name.equals("iati-activity"))
              || (depth == 3
                  && (name.equals("budget") || name.equals("transaction")
                      || name.equals("result")))) {
            n++;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }
    return n;
  }
}
