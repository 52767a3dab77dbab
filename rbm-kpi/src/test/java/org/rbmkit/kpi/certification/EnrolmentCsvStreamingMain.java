package org.rbmkit.kpi.certification;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;

/**
 * Run in a separate, small-heap JVM by {@link EnrolmentCsvLargeFileTest}: streams an enrolment
 * CSV file into a tally by modality, credential and pricing, and prints the heap limit, the
 * report and one line per group ({@code key<TAB>enrolled<TAB>completed<TAB>earned<TAB>accessed}).
 */
final class EnrolmentCsvStreamingMain {

  private EnrolmentCsvStreamingMain() {}

  public static void main(String[] args) throws IOException {
    CertificationTally tally =
        CertificationTally.byEnrolments(Dimension.MODALITY, Dimension.CREDENTIAL, Dimension.PRICING);
    EnrolmentCsvReader reader = EnrolmentCsvReader.builder().detectDuplicateIds(false).build();
    EnrolmentCsvReport report;
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      report = reader.read(in, tally::add);
    }
    System.out.println("maxMemory\t" + Runtime.getRuntime().maxMemory());
    System.out.println("rows\t" + report.rowsRead() + "\t" + report.rowsRejected());
    for (Map.Entry<GroupKey, StageCounts> e : tally.toBreakdown().enrolmentCounts().entrySet()) {
      StageCounts c = e.getValue();
      System.out.println(
          "group\t" + String.join("|", e.getKey().values()) + "\t" + c.enrolled() + "\t"
              + c.completed() + "\t" + c.credentialEarned() + "\t" + c.credentialAccessed());
    }
  }
}
