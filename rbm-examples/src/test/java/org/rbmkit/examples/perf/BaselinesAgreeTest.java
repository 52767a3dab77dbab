package org.rbmkit.examples.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.benchmark.MetricTable;
import org.rbmkit.kpi.certification.EnrolmentTable;
import tools.jackson.databind.JsonNode;

/**
 * Every benchmark's library result equals its hand loop's and DuckDB's on a small data set:
 * the suite compares the speed of equal computations. No timing is asserted.
 */
class BaselinesAgreeTest {

  private static final long SEED = 7;

  @Test
  void certification_libraryHandLoopAndDuckDb_countTheSame() throws Exception {
    EnrolmentData d = EnrolmentData.generate(20_000, SEED);
    long[] library = EnrolmentData.counts(EnrolmentData.library(d.enrolments()));
    long[] hand = d.handLoop();
    assertThat(library).isEqualTo(hand);
    EnrolmentTable table = EnrolmentTable.of(d.enrolments());
    assertThat(EnrolmentData.counts(EnrolmentData.libraryTable(table))).isEqualTo(hand);
    assertThat(EnrolmentData.libraryTable(table))
        .isEqualTo(EnrolmentData.library(d.enrolments()));
    assertThat(Arrays.stream(hand).filter(c -> c > 0).count())
        .as("every stage of every group has enrolments")
        .isEqualTo(EnrolmentData.GROUPS * EnrolmentData.STAGES);
    assertThat(hand[0]).isGreaterThan(hand[3]);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      d.load(c);
      assertThat(EnrolmentData.duckDb(c)).isEqualTo(hand);
    }
  }

  @Test
  void budget_libraryHandLoopAndDuckDb_balanceTheSameCents() throws Exception {
    BudgetData d = BudgetData.generate(20_000, SEED);
    long[] library = BudgetData.cents(BudgetData.library(d.entries()));
    long[] hand = d.handLoop();
    assertThat(library).isEqualTo(hand);
    assertThat(BudgetData.cents(BudgetData.libraryTable(d.table()))).isEqualTo(hand);
    assertThat(Arrays.stream(hand).filter(c -> c != 0).count())
        .isEqualTo(BudgetData.COLUMNS.length * BudgetData.FUNDS * 2);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      d.load(c);
      assertThat(BudgetData.duckDb(c)).isEqualTo(hand);
    }
  }

  @Test
  void ranking_libraryEqualsHandLoopExactly_andDuckDbToDoublePrecision() throws Exception {
    int n = 5_000;
    RankingData d = RankingData.generate(n, SEED);
    MetricTable table = RankingData.library(d.set());
    RankingData.Ranks library = RankingData.ranks(table, n);
    RankingData.Ranks hand = d.handLoop();
    assertThat(library.rank()).isEqualTo(hand.rank());
    assertThat(library.percentile()).isEqualTo(hand.percentile());
    assertThat(library.zScore()).isEqualTo(hand.zScore());
    assertThat(Arrays.stream(hand.rank()).distinct().count())
        .as("ties share a rank").isLessThan(n);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      d.load(c);
      double[][] duck = RankingData.duckDb(c, n);
      for (int i = 0; i < n; i++) {
        assertThat((int) duck[0][i]).as("rank of %s", i).isEqualTo(hand.rank()[i]);
        assertThat(duck[1][i]).as("percentile of %s", i)
            .isCloseTo(hand.percentile()[i].doubleValue(), within(1e-9));
        assertThat(duck[2][i]).as("z-score of %s", i)
            .isCloseTo(hand.zScore()[i].doubleValue(), within(1e-9));
      }
    }
  }

  @Test
  void achievement_libraryRollUpEqualsHandLoop_yearByYear() {
    AchievementData d = AchievementData.of(FrameworkData.generate(2_000, SEED));
    var rollups = AchievementData.library(d.framework);
    long[][] hand = d.handLoop();
    assertThat(AchievementData.tallies(rollups)).isEqualTo(hand);
    assertThat(AchievementData.worst(rollups))
        .isEqualTo(AchievementData.worst(hand, d.parent.length));
    // a new instance of the framework: laid out again, the same figures
    var first = AchievementData.library(AchievementData.copy(d.framework));
    assertThat(AchievementData.tallies(first)).isEqualTo(hand);
    for (int p = 0; p < hand.length; p++) {
      long[] t = hand[p];
      int total = d.parent.length * 3;
      assertThat(t[total] + t[total + 1] + t[total + 2]).as("year %s", p).isEqualTo(2_000);
    }
    // every rating occurs, so the comparison is not of empty tallies
    long[] all = hand[hand.length - 1];
    int total = d.parent.length * 3;
    assertThat(all[total]).isPositive();
    assertThat(all[total + 1]).isPositive();
    assertThat(all[total + 2]).isPositive();
  }

  @Test
  void frameworkJson_readsBackEqual_andReadsAsTheSameTree() {
    ResultsFramework f = FrameworkData.generate(1_000, PerformanceReport.SEED);
    assertThat(f.nodes().stream().mapToInt(x -> x.indicators().size()).sum()).isEqualTo(1_000);
    FrameworkJsonBenchmark.Size size = new FrameworkJsonBenchmark.Size();
    size.size = 1_000;
    FrameworkJsonBenchmark.Bytes bytes = new FrameworkJsonBenchmark.Bytes();
    bytes.setUp(size);
    FrameworkJsonBenchmark.Model model = new FrameworkJsonBenchmark.Model();
    model.setUp(size);
    FrameworkJsonBenchmark.Tree treeState = new FrameworkJsonBenchmark.Tree();
    treeState.setUp(size);
    FrameworkJsonBenchmark b = new FrameworkJsonBenchmark();
    assertThat(model.framework).isEqualTo(f);
    ResultsFramework back = b.read(bytes);
    assertThat(back.nodes()).isEqualTo(f.nodes());
    assertThat(back).isEqualTo(f);
    JsonNode tree = b.readTree(bytes);
    assertThat(tree).isEqualTo(RbmJson.mapper().readTree(b.write(model))).isEqualTo(treeState.tree);
    assertThat(RbmJson.mapper().readTree(b.writeTree(treeState))).isEqualTo(tree);
  }

  @Test
  void enrolmentCsv_streamsToTheSameCountsAsTheObjects_andCountsItsLines(@TempDir Path dir)
      throws Exception {
    int n = 20_000;
    Path file = EnrolmentCsvBenchmark.file(dir, n);
    EnrolmentData d = EnrolmentData.generate(n, PerformanceReport.SEED);
    assertThat(EnrolmentData.counts(EnrolmentCsvBenchmark.tally(file)))
        .isEqualTo(EnrolmentData.counts(EnrolmentData.library(d.enrolments())))
        .isEqualTo(d.handLoop());
    assertThat(EnrolmentCsvBenchmark.tallyParallel(file))
        .isEqualTo(EnrolmentCsvBenchmark.tally(file));
    assertThat(EnrolmentCsvBenchmark.lineCount(file)).isEqualTo(n + 1);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      assertThat(EnrolmentCsvBenchmark.duckDb(c, file))
          .as("DuckDB read_csv + GROUP BY on the same file")
          .isEqualTo(EnrolmentData.counts(EnrolmentCsvBenchmark.tally(file)));
    }
    // a second call reuses the file
    long modified = Files.getLastModifiedTime(file).toMillis();
    assertThat(EnrolmentCsvBenchmark.file(dir, n)).isEqualTo(file);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
  }

  @Test
  void enrolmentCsv_writtenRowsAreTheGeneratedEnrolments(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("e.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      EnrolmentData.writeCsv(3, SEED, w);
    }
    var lines = Files.readAllLines(file);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo(
        "enrolment_id,participant_id,cohort_id,activity_id,programme,modality,offer,pricing,"
            + "learning_hours,credential,enrolled_on,completed_on,credential_earned_on,"
            + "credential_accessed_on");
    assertThat(lines.get(1)).startsWith("E0,P0,");
  }
}
