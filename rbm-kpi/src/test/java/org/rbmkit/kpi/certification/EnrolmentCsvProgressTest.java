package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;

/**
 * {@link EnrolmentCsvReader.Builder#onBytesRead}: the bytes read so far, on the one-thread read
 * and summed over the ranges of the parallel read, ending at the file's size.
 */
class EnrolmentCsvProgressTest {

  private static Path example(Path dir) throws IOException {
    Path file = dir.resolve("enrolments-2022.csv");
    try (InputStream in =
        EnrolmentCsvProgressTest.class.getResourceAsStream("/certification/enrolments-2022.csv")) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void onBytesRead_oneThreadRead_countsUpToTheSize(@TempDir Path dir) throws IOException {
    Path file = example(dir);
    List<Long> told = new ArrayList<>();
    EnrolmentCsvReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report = EnrolmentCsvReader.builder().onBytesRead(told::add).build().read(in, e -> { });
    }
    assertThat(report.rowsAccepted()).isEqualTo(1205);
    assertThat(told).isSorted().doesNotHaveDuplicates();
    assertThat(told.get(told.size() - 1)).isEqualTo(Files.size(file));
    assertThat(told.size()).isGreaterThan(1);
  }

  @Test
  void onBytesRead_parallelRead_sumsEveryRange_fromTheirThreads(@TempDir Path dir)
      throws IOException {
    Path file = example(dir);
    ConcurrentLinkedQueue<Long> told = new ConcurrentLinkedQueue<>();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    EnrolmentCsvReader.Collected<Breakdown> c = EnrolmentCsvReader.builder()
        .split(4, 1)
        .onBytesRead(n -> {
          told.add(n);
          threads.add(Thread.currentThread().getName());
        })
        .build()
        .collect(file, CertificationTally.collector(false, Dimension.MODALITY));
    assertThat(c.report().rowsAccepted()).isEqualTo(1205);
    // the header is read once more to learn the columns, without counting
    assertThat(told.stream().mapToLong(Long::longValue).max().orElseThrow())
        .isEqualTo(Files.size(file));
    assertThat(threads).hasSize(4).allMatch(t -> t.startsWith("enrolment-csv-range-"));
  }

  @Test
  void onBytesRead_parallelReadFallingBackToOneThread_startsAgainFromZero(@TempDir Path dir)
      throws IOException {
    Path file = example(dir);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    // a bad row in the last range, the first enrolment again (a duplicate id): the ranges are
    // discarded and the file read again whole, on the calling thread
    lines.add(lines.get(1));
    Files.write(file, lines, StandardCharsets.UTF_8);
    ConcurrentLinkedQueue<Long> told = new ConcurrentLinkedQueue<>();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    EnrolmentCsvReader.Collected<Breakdown> c = EnrolmentCsvReader.builder()
        .mode(EnrolmentCsvReader.Mode.LENIENT)
        .split(4, 1)
        .onBytesRead(n -> {
          told.add(n);
          threads.add(Thread.currentThread().getName());
        })
        .build()
        .collect(file, CertificationTally.collector(false, Dimension.MODALITY));
    assertThat(c.report().rowsRejected()).isEqualTo(1);
    List<Long> all = new ArrayList<>(told);
    assertThat(all.get(all.size() - 1)).isEqualTo(Files.size(file));
    assertThat(threads).contains(Thread.currentThread().getName());
  }
}
