package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvColumn;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.RejectedRow;

/**
 * The parallel {@link EnrolmentCsvReader#collect} against the sequential {@link
 * EnrolmentCsvReader#read(InputStream, java.util.function.Consumer)} on generated files split into
 * many small ranges: clean files, bad rows, malformed CSV, quoted line breaks at split points,
 * activities and cohorts in conflict across ranges, duplicate ids across ranges. Enrolments (in
 * file order), reports, rejected rows heard, or exceptions and their problems, are equal.
 */
class EnrolmentCsvParallelPropertiesTest {

  private static final long SEED = 20261128L;
  private static final int CASES = 600;

  /** An activity's description, as written in a row. */
  private record Act(String id, String programme, String modality, String offer, String pricing,
      String hours, String credential) {}

  private static final Act[] ACTS = {
    new Act("A1", "ILS", Modality.values()[0].code(), Offer.values()[0].code(),
        Pricing.values()[0].code(), "60", CredentialTier.values()[0].code()),
    new Act("A2", "SPRO", Modality.values()[1].code(), Offer.values()[1].code(),
        Pricing.values()[1].code(), "7.5", CredentialTier.values()[1].code()),
    new Act("A,3", "ACT EMP", Modality.values()[2].code(), Offer.values()[0].code(),
        Pricing.values()[2].code(), "120", CredentialTier.values()[2].code()),
    new Act("A4", "ILS", Modality.values()[3].code(), Offer.values()[1].code(),
        Pricing.values()[0].code(), "30", CredentialTier.values()[0].code()),
  };

  /** What one read gave: the enrolments, report and rejected rows heard, or the exception. */
  private record Outcome(
      List<Enrolment> enrolments,
      EnrolmentCsvReport report,
      List<RejectedRow> heard,
      String exception,
      List<Problem> problems) {}

  @Test
  void parallelCollect_equalsSequentialRead_onGeneratedFiles(@TempDir Path dir) throws IOException {
    SplittableRandom random = new SplittableRandom(SEED);
    int parallel = 0;
    int cleanCases = 0;
    for (int c = 0; c < CASES; c++) {
      long seed = random.nextLong();
      Case k = check(dir.resolve("case-" + c + ".csv"), seed, "case " + c);
      if (k.split > 1 && k.containers == k.split) {
        parallel++;
      }
      if (k.clean) {
        cleanCases++;
      }
    }
    assertThat(cleanCases).as("clean cases").isGreaterThan(CASES / 10);
    assertThat(parallel).as("cases read in ranges").isGreaterThan(CASES / 10);
  }

  /**
   * Seeds that once failed, each read many times since the failure depended on the threads.
   * -8874610104070362057: lenient, 15 ranges, CRLF lines and a quoted value holding CR LF. The
   * CSV parser, on a CR at the end of its buffer, looked at the next character of a buffer
   * recycled from a range's parser on another thread; so the whole read after the ranges
   * counted one line fewer than the one-thread read whenever the stale character was a line
   * feed, and every rejected row after the value came one line lower.
   */
  @Test
  void parallelCollect_equalsSequentialRead_onSeedsThatOnceFailed(@TempDir Path dir)
      throws IOException {
    for (long seed : new long[] {-8874610104070362057L}) {
      for (int i = 0; i < 100; i++) {
        check(dir.resolve("seed" + seed + ".csv"), seed, "regression, read " + i);
      }
    }
  }

  /** What one generated case showed: its splits, the containers made, and if it was clean. */
  private record Case(int split, int containers, boolean clean) {}

  /** Generates the case of {@code seed}, reads it both ways and compares. */
  private static Case check(Path file, long seed, String name) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    Generated g = generate(r);
    Files.write(file, g.bytes);
    EnrolmentCsvReader.Mode mode =
        r.nextBoolean() ? EnrolmentCsvReader.Mode.STRICT : EnrolmentCsvReader.Mode.LENIENT;
    boolean duplicates = r.nextBoolean();
    int keep = r.nextInt(4);
    int ranges = 2 + r.nextInt(15);
    String as = "seed " + seed + " (" + name + ", " + mode + ", duplicates " + duplicates
        + ", " + ranges + " ranges): " + g.what;

    Outcome sequential = sequential(file, mode, duplicates, keep);
    AtomicInteger containers = new AtomicInteger();
    Outcome inRanges = parallel(file, mode, duplicates, keep, ranges, containers);
    assertThat(inRanges).as(as).isEqualTo(sequential);

    int split = bounds(file, ranges).length - 1;
    if (g.clean) {
      // a clean file that splits is read in ranges, never again whole
      assertThat(containers.get()).as(as).isEqualTo(split);
    }
    return new Case(split, containers.get(), g.clean);
  }

  @Test
  void quotedLineBreakAtTheSplit_isReadWhole_asSequentially(@TempDir Path dir) throws IOException {
    // the second half of the file sits inside one quoted value, itself made of clean rows: a
    // range starting there reads clean rows that are not in the file
    StringBuilder s = new StringBuilder(EnrolmentCsvColumn.headerLine()).append('\n');
    for (int i = 0; i < 20; i++) {
      s.append(row("E" + i, ACTS[0], "A1-1", 2, false)).append('\n');
    }
    s.append("\"X\n");
    for (int i = 20; i < 60; i++) {
      s.append(row("E" + i, ACTS[1], "A2-1", 3, false)).append('\n');
    }
    s.append("Y\",P1,A1-1,A1,ILS,").append(ACTS[0].modality).append(',').append(ACTS[0].offer)
        .append(',').append(ACTS[0].pricing).append(",60,").append(ACTS[0].credential)
        .append(",2022-01-10,,,\n");
    Path file = dir.resolve("quoted.csv");
    Files.writeString(file, s, StandardCharsets.UTF_8);
    long[] bounds = bounds(file, 2);
    int quote = s.indexOf("\"X\n");
    assertThat(bounds).hasSize(3);
    assertThat(bounds[1]).as("the split falls inside the quoted value").isGreaterThan(quote);

    for (EnrolmentCsvReader.Mode mode : EnrolmentCsvReader.Mode.values()) {
      AtomicInteger containers = new AtomicInteger();
      Outcome sequential = sequential(file, mode, true, 5);
      assertThat(parallel(file, mode, true, 5, 2, containers)).isEqualTo(sequential);
      assertThat(containers.get()).as("ranges read, then the file whole").isEqualTo(3);
      if (mode == EnrolmentCsvReader.Mode.LENIENT) {
        assertThat(sequential.report().rowsAccepted()).isEqualTo(20);
        assertThat(sequential.report().rowsRejected()).isEqualTo(1);
      } else {
        assertThat(sequential.exception()).contains("line 22, column 1 (enrolment_id)");
      }
    }
  }

  @Test
  void cleanFile_isReadInRanges_intoTheSameTally(@TempDir Path dir) throws IOException {
    StringBuilder s = new StringBuilder(EnrolmentCsvColumn.headerLine()).append('\n');
    for (int i = 0; i < 400; i++) {
      Act a = ACTS[i % ACTS.length];
      s.append(row("E" + i, a, cohortOf(a, i % 3), i % 4, i % 2 == 0)).append('\n');
    }
    Path file = dir.resolve("clean.csv");
    Files.writeString(file, s, StandardCharsets.UTF_8);
    Dimension[] dims = {Dimension.MODALITY, Dimension.CREDENTIAL, Dimension.PRICING};
    CertificationTally tally = CertificationTally.byEnrolments(dims);
    EnrolmentCsvReport report =
        EnrolmentCsvReader.strict().read(Files.newInputStream(file), tally::add);
    EnrolmentCsvReader.Collected<Breakdown> c =
        EnrolmentCsvReader.builder().split(7, 1).build()
            .collect(file, CertificationTally.collector(false, dims));
    assertThat(c.result()).isEqualTo(tally.toBreakdown());
    assertThat(c.report()).isEqualTo(report);
    assertThat(report.rowsAccepted()).isEqualTo(400);
  }

  @Test
  void errorInOneRange_endsTheWholeRead_withThatError(@TempDir Path dir) throws IOException {
    StringBuilder s = new StringBuilder(EnrolmentCsvColumn.headerLine()).append('\n');
    for (int i = 0; i < 400; i++) {
      Act a = ACTS[i % ACTS.length];
      s.append(row("E" + i, a, cohortOf(a, i % 3), i % 4, false)).append('\n');
    }
    Path file = dir.resolve("clean.csv");
    Files.writeString(file, s, StandardCharsets.UTF_8);
    OutOfMemoryError outOfMemory = new OutOfMemoryError("range 3 ran out of memory");
    Collector<Enrolment, List<Enrolment>, List<Enrolment>> failing =
        Collector.of(
            ArrayList::new,
            (list, e) -> {
              if (e.id().equals("E250")) {
                throw outOfMemory;
              }
              list.add(e);
            },
            (a, b) -> {
              a.addAll(b);
              return a;
            });
    EnrolmentCsvReader reader = EnrolmentCsvReader.builder().split(7, 1).build();
    long start = System.nanoTime();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> reader.collect(file, failing));
    assertThat(thrown).isSameAs(outOfMemory);
    assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
  }

  private static long[] bounds(Path file, int ranges) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      return EnrolmentCsvRanges.splits(ch, ch.size(), ranges);
    }
  }

  private static Outcome sequential(
      Path file, EnrolmentCsvReader.Mode mode, boolean duplicates, int keep) throws IOException {
    List<RejectedRow> heard = new ArrayList<>();
    EnrolmentCsvReader reader =
        EnrolmentCsvReader.builder().mode(mode).detectDuplicateIds(duplicates)
            .keepRejectedRows(keep).onRejected(heard::add).build();
    List<Enrolment> enrolments = new ArrayList<>();
    try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(file))) {
      EnrolmentCsvReport report = reader.read(in, enrolments::add);
      return new Outcome(enrolments, report, heard, null, null);
    } catch (EnrolmentCsvException e) {
      return new Outcome(null, null, heard, e.getMessage(), e.problems());
    }
  }

  private static Outcome parallel(
      Path file, EnrolmentCsvReader.Mode mode, boolean duplicates, int keep, int ranges,
      AtomicInteger containers) {
    List<RejectedRow> heard = new ArrayList<>();
    EnrolmentCsvReader reader =
        EnrolmentCsvReader.builder().mode(mode).detectDuplicateIds(duplicates)
            .keepRejectedRows(keep).onRejected(heard::add).split(ranges, 1).build();
    Collector<Enrolment, List<Enrolment>, List<Enrolment>> toList =
        Collector.of(
            () -> {
              containers.incrementAndGet();
              return new ArrayList<>();
            },
            List::add,
            (a, b) -> {
              a.addAll(b);
              return a;
            });
    try {
      EnrolmentCsvReader.Collected<List<Enrolment>> c = reader.collect(file, toList);
      return new Outcome(c.result(), c.report(), heard, null, null);
    } catch (EnrolmentCsvException e) {
      return new Outcome(null, null, heard, e.getMessage(), e.problems());
    }
  }

  /** A generated file, whether it is clean, and what it holds. */
  private record Generated(byte[] bytes, boolean clean, String what) {}

  private static Generated generate(SplittableRandom r) {
    int rows = 1 + r.nextInt(120);
    // each kind of trouble is absent from about half of the files
    double bad = r.nextBoolean() ? 0 : 0.02 + r.nextDouble() * 0.1;
    double conflict = r.nextBoolean() ? 0 : r.nextDouble() * 0.05;
    double duplicate = r.nextBoolean() ? 0 : r.nextDouble() * 0.05;
    double quotedBreak = r.nextInt(4) != 0 ? 0 : r.nextDouble() * 0.05;
    boolean unclosed = r.nextInt(20) == 0;
    boolean crlf = r.nextInt(4) == 0;
    boolean bom = r.nextInt(8) == 0;
    boolean lastLineEnd = r.nextInt(5) != 0;
    List<EnrolmentCsvColumn> order = new ArrayList<>(Arrays.asList(EnrolmentCsvColumn.values()));
    if (r.nextBoolean()) {
      for (int i = order.size() - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        EnrolmentCsvColumn t = order.get(i);
        order.set(i, order.get(j));
        order.set(j, t);
      }
    }
    String nl = crlf ? "\r\n" : "\n";
    StringBuilder s = new StringBuilder();
    if (bom) {
      s.append('\uFEFF');
    }
    s.append(String.join(",", order.stream().map(EnrolmentCsvColumn::header).toList()))
        .append(nl);
    boolean clean = !unclosed;
    for (int i = 0; i < rows; i++) {
      Act a = ACTS[r.nextInt(ACTS.length)];
      Map<EnrolmentCsvColumn, String> v =
          values("E" + i, a, cohortOf(a, r.nextInt(3)), r.nextInt(4), r.nextBoolean());
      double u = r.nextDouble();
      if (u < bad) {
        clean = false;
        spoil(v, r);
      } else if ((u -= bad) < conflict) {
        clean = false;
        if (r.nextBoolean()) {
          v.put(EnrolmentCsvColumn.LEARNING_HOURS, "999");
        } else {
          Act other = ACTS[(Arrays.asList(ACTS).indexOf(a) + 1) % ACTS.length];
          Map<EnrolmentCsvColumn, String> w =
              values("E" + i, other, v.get(EnrolmentCsvColumn.COHORT_ID), 0, false);
          v = w;
        }
      } else if ((u -= conflict) < duplicate) {
        clean = false;
        v.put(EnrolmentCsvColumn.ENROLMENT_ID, "E" + r.nextInt(i + 1));
      } else if ((u -= duplicate) < quotedBreak) {
        clean = false;
        // a quoted value holding line breaks and, between them, text that reads as clean rows
        StringBuilder q = new StringBuilder("X").append(nl);
        for (int k = r.nextInt(4); k > 0; k--) {
          q.append(line(order, values("Q" + i + "-" + k, a, cohortOf(a, 0), 1, false)))
              .append(nl);
        }
        q.append("Y");
        v.put(order.get(r.nextInt(order.size())), q.toString());
      }
      s.append(line(order, v));
      if (i < rows - 1 || lastLineEnd) {
        s.append(nl);
      }
    }
    if (unclosed) {
      s.append("\"E9999,P1");
    }
    return new Generated(
        s.toString().getBytes(StandardCharsets.UTF_8),
        clean,
        rows + " rows, bad " + bad + ", conflict " + conflict + ", duplicate " + duplicate
            + ", quoted breaks " + quotedBreak + ", unclosed " + unclosed + ", crlf " + crlf);
  }

  /** Makes a row bad in one of several ways. */
  private static void spoil(Map<EnrolmentCsvColumn, String> v, SplittableRandom r) {
    switch (r.nextInt(7)) {
      case 0 -> v.put(EnrolmentCsvColumn.MODALITY, "online");
      case 1 -> v.put(EnrolmentCsvColumn.ENROLLED_ON, "2022-02-30");
      case 2 -> v.put(EnrolmentCsvColumn.COMPLETED_ON, "2021-01-01");
      case 3 -> v.put(EnrolmentCsvColumn.PARTICIPANT_ID, " P1");
      case 4 -> v.put(EnrolmentCsvColumn.ENROLMENT_ID, "");
      case 5 -> v.put(EnrolmentCsvColumn.CREDENTIAL_ACCESSED_ON, "2022-03-01");
      default -> v.clear();
    }
  }

  private static String cohortOf(Act a, int n) {
    return a.id + "-" + n;
  }

  private static String row(String id, Act a, String cohort, int stage, boolean hoursDecimal) {
    return line(Arrays.asList(EnrolmentCsvColumn.values()),
        values(id, a, cohort, stage, hoursDecimal));
  }

  /** The values of a clean row; learning hours written as {@code 60} or {@code 60.0}. */
  private static Map<EnrolmentCsvColumn, String> values(
      String id, Act a, String cohort, int stage, boolean hoursDecimal) {
    Map<EnrolmentCsvColumn, String> v = new EnumMap<>(EnrolmentCsvColumn.class);
    v.put(EnrolmentCsvColumn.ENROLMENT_ID, id);
    v.put(EnrolmentCsvColumn.PARTICIPANT_ID, "P" + id.hashCode() % 7);
    v.put(EnrolmentCsvColumn.COHORT_ID, cohort);
    v.put(EnrolmentCsvColumn.ACTIVITY_ID, a.id);
    v.put(EnrolmentCsvColumn.PROGRAMME, a.programme);
    v.put(EnrolmentCsvColumn.MODALITY, a.modality);
    v.put(EnrolmentCsvColumn.OFFER, a.offer);
    v.put(EnrolmentCsvColumn.PRICING, a.pricing);
    v.put(EnrolmentCsvColumn.LEARNING_HOURS,
        hoursDecimal && !a.hours.contains(".") ? a.hours + ".0" : a.hours);
    v.put(EnrolmentCsvColumn.CREDENTIAL, a.credential);
    v.put(EnrolmentCsvColumn.ENROLLED_ON, "2022-01-10");
    v.put(EnrolmentCsvColumn.COMPLETED_ON, stage >= 1 ? "2022-02-01" : "");
    v.put(EnrolmentCsvColumn.CREDENTIAL_EARNED_ON, stage >= 2 ? "2022-02-03" : "");
    v.put(EnrolmentCsvColumn.CREDENTIAL_ACCESSED_ON, stage >= 3 ? "2022-02-09" : "");
    return v;
  }

  /** A row in the given column order, values quoted when they need it; empty if no values. */
  private static String line(List<EnrolmentCsvColumn> order, Map<EnrolmentCsvColumn, String> v) {
    if (v.isEmpty()) {
      return "";
    }
    return order.stream().map(c -> quoted(v.get(c))).collect(Collectors.joining(","));
  }

  private static String quoted(String value) {
    if (value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
