package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.testing.EnrolmentGenerator;

/**
 * One million enrolments streamed from CSV in a JVM limited to a 64 MB heap, aggregated in one
 * pass by three dimensions, equal to the same aggregation computed from the objects in memory.
 */
class EnrolmentCsvLargeFileTest {

  private static final long SEED = 1_000_000L;
  private static final int ROWS = 1_000_000;

  @Test
  void millionRows_in64MegabyteHeap_equalInMemoryTally(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("enrolments.csv");
    CertificationTally inMemory =
        CertificationTally.byEnrolments(Dimension.MODALITY, Dimension.CREDENTIAL, Dimension.PRICING);
    EnrolmentGenerator generator = new EnrolmentGenerator(SEED, 40, 200_000);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(EnrolmentCsvReader.headerLine());
      w.newLine();
      for (int i = 0; i < ROWS; i++) {
        Enrolment e = generator.next("E" + i);
        inMemory.add(e);
        w.write(EnrolmentGenerator.csvRow(e));
        w.newLine();
      }
    }
    Map<String, StageCounts> expected = new HashMap<>();
    inMemory
        .toBreakdown()
        .enrolmentCounts()
        .forEach((k, c) -> expected.put(String.join("|", k.values()), c));

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command =
        List.of(
            java,
            "-Xmx64m",
            "-cp",
            classPath,
            EnrolmentCsvStreamingMain.class.getName(),
            file.toString());
    Path out = dir.resolve("out.txt");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    boolean finished = p.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      p.destroyForcibly();
    }
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(finished).as("child finished; output %s", lines).isTrue();
    assertThat(p.exitValue()).as("child exit; output %s", lines).isZero();

    Map<String, StageCounts> streamed = new HashMap<>();
    List<String> other = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t");
      switch (f[0]) {
        case "maxMemory":
          assertThat(Long.parseLong(f[1])).isLessThanOrEqualTo(64L * 1024 * 1024);
          break;
        case "rows":
          assertThat(Long.parseLong(f[1])).isEqualTo(ROWS);
          assertThat(Long.parseLong(f[2])).isZero();
          break;
        case "group":
          streamed.put(
              f[1],
              StageCounts.of(
                  Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                  Long.parseLong(f[5])));
          break;
        default:
          other.add(line);
      }
    }
    assertThat(other).as("unexpected output").isEmpty();
    assertThat(streamed).hasSizeGreaterThan(10).isEqualTo(expected);
  }
}
