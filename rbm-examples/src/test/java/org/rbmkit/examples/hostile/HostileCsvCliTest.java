package org.rbmkit.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;

/**
 * {@code rbm certification} on large and hostile enrolment files, in a forked JVM with a small
 * heap: memory bounded by the groups, not the rows, with the default options; every rejected row
 * of a lenient read listed; duplicate ids checked on request (docs/GUARANTEES.md, "Memory").
 */
class HostileCsvCliTest {

  private static final String ROW =
      ",P%d,C%d,A%d,ILS,tutor-supported-online,open,paid,80,achievement,2022-03-01,%s,,";

  /** Writes the header and {@code rows} enrolments; row {@code i} has the id {@code E<i>}. */
  private static Path enrolments(Path dir, int rows, String spoilt) throws IOException {
    Path file = dir.resolve("enrolments-" + rows + ".csv");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(EnrolmentCsvReader.headerLine());
      w.write('\n');
      for (int i = 0; i < rows; i++) {
        int activity = i % 7;
        w.write("E" + i);
        w.write(String.format(ROW, i % 1000, activity * 10 + i % 3, activity,
            i % 2 == 0 ? "2022-05-20" : spoilt));
        w.write('\n');
      }
    }
    return file;
  }

  @Test
  void millionRows_runIn64Megabytes_withTheDefaultOptions(@TempDir Path dir) throws Exception {
    // 1,200,000 rows, about 90 MB; ids kept for duplicate detection would need well over 64 MB
    Path file = enrolments(dir, 1_200_000, "");
    ForkedRbm.Run r = ForkedRbm.withHeap("64m").limit(Duration.ofSeconds(90))
        .run(dir, "certification", file.toString(), "--by", "modality,tier");
    assertThat(r.code()).as(r.describe()).isZero();
    assertThat(r.out()).as(r.describe()).contains(": 1200000 enrolments; uptake rate");
    assertThat(r.err()).as(r.describe()).isEmpty();
  }

  @Test
  void lenientRead_listsEveryRejectedRow(@TempDir Path dir) throws Exception {
    // every odd row has a completion before its enrolment: 1,500 rejected rows
    Path file = enrolments(dir, 3_000, "2021-01-01");
    ForkedRbm.Run r = ForkedRbm.withHeap("64m").limit(Duration.ofSeconds(60))
        .run(dir, "certification", file.toString(), "--lenient");
    assertThat(r.code()).as(r.describe()).isEqualTo(1);
    String[] lines = r.err().split("\n");
    assertThat(lines).as(r.describe()).hasSize(1_500);
    // row E1 is on line 3, E2999 on line 3001
    assertThat(lines[0]).isEqualTo(file + ":3:12: column completed_on: completedOn 2021-01-01 is"
        + " before enrolledOn 2022-03-01");
    assertThat(lines[1_499]).startsWith(file + ":3001:12: column completed_on: ");
    assertThat(r.err()).doesNotContain("not listed");
    assertThat(r.out()).contains(": 1500 enrolments, 1500 rows rejected;");
  }

  @Test
  void duplicateIds_areCheckedOnRequest(@TempDir Path dir) throws Exception {
    Path file = enrolments(dir, 10, "");
    Files.writeString(file,
        Files.readString(file) + "E3" + String.format(ROW, 3, 1, 0, "") + "\n");
    ForkedRbm forked = ForkedRbm.withHeap("64m").limit(Duration.ofSeconds(60));

    ForkedRbm.Run unchecked = forked.run(dir, "certification", file.toString());
    assertThat(unchecked.code()).as(unchecked.describe()).isZero();
    assertThat(unchecked.out()).contains(": 11 enrolments;");

    ForkedRbm.Run checked = forked.run(dir, "certification", file.toString(), "--check-duplicates");
    assertThat(checked.code()).as(checked.describe()).isEqualTo(2);
    assertThat(checked.err()).contains(
        file + ":12:1: column enrolment_id: duplicate enrolment id \"E3\", first on line 5");
  }
}
