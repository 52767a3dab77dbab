package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvColumn;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvReport;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.RejectedRow;

/**
 * Rows known good by their bytes ({@link EnrolmentRows#parseKnown}) against the full checks of
 * every row: a reference read in this test decodes each row and checks it whole with {@link
 * EnrolmentRows#parse}, never taking the shortcut. On generated files where cohorts repeat (so
 * most rows are known by their bytes) and rows differ from a known one in the ways that matter:
 * values quoted or written differently ({@code 60} and {@code 60.0}), another activity for the
 * cohort, identifiers with spaces, control characters or non-ASCII letters, bytes that are not
 * UTF-8, malformed or misordered dates, dates outside the cached years, duplicate ids, wrong
 * widths, and rows longer than the read buffer. The enrolments (equal, in order) and every
 * rejected row with its problems are the same.
 */
class EnrolmentCsvKnownRowsTest {

  private static final long SEED = 20261206L;
  private static final int CASES = 400;
  private static final String[] PROGRAMMES = {"ILS", "SPRO", "ACT EMP", "Ünïcode"};

  @Test
  void knownRows_giveWhatTheFullChecksGive() throws Exception {
    SplittableRandom seeds = new SplittableRandom(SEED);
    int known = 0;
    int rows = 0;
    for (int c = 0; c < CASES; c++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      boolean duplicates = r.nextBoolean();
      byte[] file = generate(r);
      List<Enrolment> read = new ArrayList<>();
      List<RejectedRow> heard = new ArrayList<>();
      EnrolmentCsvReport report =
          EnrolmentCsvReader.builder().mode(EnrolmentCsvReader.Mode.LENIENT)
              .detectDuplicateIds(duplicates).keepRejectedRows(0).onRejected(heard::add).build()
              .read(new ByteArrayInputStream(file), read::add);
      Reference ref = reference(file, duplicates);
      String as = "seed " + seed + ", duplicates " + duplicates;
      assertThat(read).as(as).isEqualTo(ref.accepted);
      assertThat(heard).as(as).isEqualTo(ref.rejected);
      assertThat(report.rowsRejected()).as(as).isEqualTo(ref.rejected.size());
      known += ref.knownByBytes;
      rows += ref.accepted.size();
    }
    // the shortcut is taken for most accepted rows, so the comparison above tests it
    assertThat(known).isGreaterThan(rows / 2);
  }

  @Test
  void bytesOfDatesAndIds_readAsTheirText() {
    SplittableRandom r = new SplittableRandom(SEED);
    String chars = "0123456789-- aZ~\t\u007F\u00e9";
    EnrolmentValues.Days days = new EnrolmentValues.Days();
    int dates = 0;
    for (int c = 0; c < 50_000; c++) {
      StringBuilder s = new StringBuilder();
      if (r.nextBoolean()) {
        // near a date: yyyy-mm-dd with a digit or a dash now and then changed
        s.append(String.format("%04d-%02d-%02d", r.nextInt(2400), r.nextInt(14), r.nextInt(33)));
        if (r.nextInt(4) == 0) {
          s.setCharAt(r.nextInt(s.length()), chars.charAt(r.nextInt(chars.length())));
        }
      } else {
        for (int k = r.nextInt(12); k > 0; k--) {
          s.append(chars.charAt(r.nextInt(chars.length())));
        }
      }
      String v = s.toString();
      byte[] b = ("x," + v + ",y").getBytes(StandardCharsets.UTF_8);
      int to = b.length - 2;
      assertThat(EnrolmentValues.packedDate(b, 2, to)).as(v).isEqualTo(EnrolmentValues.packedDate(v));
      java.time.LocalDate iso = EnrolmentValues.isoDate(v);
      assertThat(days.day(b, 2, to)).as(v).isEqualTo(iso == null ? null : Optional.of(iso));
      assertThat(EnrolmentValues.plainId(b, 2, to)).as(v).isEqualTo(EnrolmentValues.plainId(v) ? v : null);
      if (iso != null) {
        dates++;
      }
    }
    assertThat(dates).isGreaterThan(12_000);
  }

  /** What the reference read gave, and how many accepted rows the shortcut would know. */
  private record Reference(List<Enrolment> accepted, List<RejectedRow> rejected, int knownByBytes) {}

  /** Every row decoded and checked whole, as the reader's full checks do; lenient. */
  private static Reference reference(byte[] file, boolean duplicates) {
    EnrolmentRows rows = new EnrolmentRows(duplicates ? new DuplicateIds() : null);
    // a second set of rows, fed only accepted rows, says which rows the shortcut would know
    EnrolmentRows shortcut = new EnrolmentRows(null);
    List<Enrolment> accepted = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    int knownByBytes = 0;
    EnrolmentCsvTokenizer t = new EnrolmentCsvTokenizer(
        new ByteArrayInputStream(file), EnrolmentCsvReader.DEFAULT_MAX_ROW_WIDTH);
    while (t.next()) {
      if (!rows.hasHeader()) {
        rows.header(t.values(), t.rowLine());
        shortcut.header(t.values(), t.rowLine());
        continue;
      }
      if (t.width() > EnrolmentCsvReader.DEFAULT_MAX_ROW_WIDTH) {
        throw new AssertionError("no generated row is that wide");
      }
      List<Problem> problems = new ArrayList<>();
      Enrolment e = rows.parse(t.values(), t.kept(), t.rowLine(), problems);
      if (e == null) {
        rejected.add(new RejectedRow(t.rowLine(), com.google.common.collect.ImmutableList.copyOf(problems)));
      } else {
        accepted.add(e);
        if (shortcut.parseKnown(t, t.rowLine()) != null) {
          knownByBytes++;
        } else {
          shortcut.accepted(t, e);
        }
      }
    }
    return new Reference(accepted, rejected, knownByBytes);
  }

  /** A file of rows over a few cohorts, some of them changed in one way. */
  private static byte[] generate(SplittableRandom r) throws Exception {
    List<EnrolmentCsvColumn> order = new ArrayList<>(Arrays.asList(EnrolmentCsvColumn.values()));
    if (r.nextInt(3) == 0) {
      Collections.swap(order, r.nextInt(order.size()), r.nextInt(order.size()));
    }
    String nl = r.nextInt(4) == 0 ? "\r\n" : "\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(String.join(",", order.stream().map(EnrolmentCsvColumn::header).toList())
        .getBytes(StandardCharsets.UTF_8));
    out.write(nl.getBytes(StandardCharsets.US_ASCII));
    int n = 1 + r.nextInt(300);
    double change = r.nextDouble() * 0.4;
    for (int i = 0; i < n; i++) {
      int act = r.nextInt(4);
      String[] v = new String[EnrolmentCsvColumn.values().length];
      v[EnrolmentCsvColumn.ENROLMENT_ID.ordinal()] = "E" + i;
      v[EnrolmentCsvColumn.PARTICIPANT_ID.ordinal()] = "P" + r.nextInt(50);
      v[EnrolmentCsvColumn.COHORT_ID.ordinal()] = "A" + act + "-" + r.nextInt(3);
      v[EnrolmentCsvColumn.ACTIVITY_ID.ordinal()] = "A" + act;
      v[EnrolmentCsvColumn.PROGRAMME.ordinal()] = PROGRAMMES[act];
      v[EnrolmentCsvColumn.MODALITY.ordinal()] = Modality.values()[act % Modality.values().length].code();
      v[EnrolmentCsvColumn.OFFER.ordinal()] = Offer.values()[act % Offer.values().length].code();
      v[EnrolmentCsvColumn.PRICING.ordinal()] = Pricing.values()[act % Pricing.values().length].code();
      v[EnrolmentCsvColumn.LEARNING_HOURS.ordinal()] = act == 1 ? "7.5" : String.valueOf(30 * (act + 1));
      v[EnrolmentCsvColumn.CREDENTIAL.ordinal()] =
          CredentialTier.values()[act % CredentialTier.values().length].code();
      int stage = r.nextInt(4);
      int day = 1 + r.nextInt(9);
      v[EnrolmentCsvColumn.ENROLLED_ON.ordinal()] = "2022-01-0" + day;
      v[EnrolmentCsvColumn.COMPLETED_ON.ordinal()] = stage >= 1 ? "2022-02-0" + day : "";
      v[EnrolmentCsvColumn.CREDENTIAL_EARNED_ON.ordinal()] = stage >= 2 ? "2022-03-0" + day : "";
      v[EnrolmentCsvColumn.CREDENTIAL_ACCESSED_ON.ordinal()] = stage >= 3 ? "2022-04-0" + day : "";
      boolean[] quote = new boolean[v.length];
      byte[] raw = null;
      if (r.nextDouble() < change) {
        int col = r.nextInt(v.length);
        switch (r.nextInt(16)) {
          case 0 -> quote[col] = true;
          case 1 -> v[EnrolmentCsvColumn.LEARNING_HOURS.ordinal()] += act == 1 ? "0" : ".0";
          case 2 -> v[EnrolmentCsvColumn.ACTIVITY_ID.ordinal()] = "A" + ((act + 1) % 4);
          case 3 -> v[col] = " " + v[col];
          case 4 -> v[col] = v[col] + " x";
          case 5 -> v[col] = v[col] + "\t";
          case 6 -> v[col] = "É" + v[col];
          case 7 -> raw = new byte[] {(byte) 0xC3};
          case 8 -> v[col] = v[col] + "\uFFFD";
          case 9 -> v[EnrolmentCsvColumn.COMPLETED_ON.ordinal()] = "2021-12-31";
          case 10 -> v[EnrolmentCsvColumn.ENROLLED_ON.ordinal()] =
              r.nextBoolean() ? "1899-01-0" + day : "2300-02-0" + day;
          case 11 -> v[EnrolmentCsvColumn.ENROLLED_ON.ordinal()] =
              r.nextBoolean() ? "2022-02-30" : "2022-1-05";
          case 12 -> v[EnrolmentCsvColumn.ENROLMENT_ID.ordinal()] = "E" + r.nextInt(i + 1);
          case 13 -> v[col] = "";
          case 14 -> v[col] = v[col] + "," + v[col];
          default -> v[EnrolmentCsvColumn.PROGRAMME.ordinal()] = "L".repeat(40_000 + r.nextInt(50_000));
        }
      }
      for (int k = 0; k < order.size(); k++) {
        if (k > 0) {
          out.write(',');
        }
        int c = order.get(k).ordinal();
        if (raw != null && k == order.size() - 1) {
          out.write(raw);
        }
        String s = v[c];
        if (quote[c] || s.contains(",") || s.contains("\"")) {
          s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        out.write(s.getBytes(StandardCharsets.UTF_8));
      }
      if (i < n - 1 || r.nextBoolean()) {
        out.write(nl.getBytes(StandardCharsets.US_ASCII));
      }
    }
    return out.toByteArray();
  }
}
