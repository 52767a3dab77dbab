package org.rbmkit.examples.perf;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.CertificationTally;
import org.rbmkit.kpi.certification.Cohort;
import org.rbmkit.kpi.certification.CredentialTier;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.Enrolment;
import org.rbmkit.kpi.certification.EnrolmentCsvReader;
import org.rbmkit.kpi.certification.EnrolmentTable;
import org.rbmkit.kpi.certification.LearningActivity;
import org.rbmkit.kpi.certification.Modality;
import org.rbmkit.kpi.certification.Offer;
import org.rbmkit.kpi.certification.Participant;
import org.rbmkit.kpi.certification.Pricing;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;

/**
 * A synthetic, reproducible set of enrolments, in three shapes holding the same data: columns of
 * primitives (for the hand-written loop), library {@link Enrolment} objects, and a DuckDB table.
 *
 * <pre>{@code
 * EnrolmentData d = EnrolmentData.generate(1_000_000, 42);
 * Breakdown b = EnrolmentData.library(d.enrolments());
 * long[] c = d.handLoop();               // the same counts, group by group
 * }</pre>
 *
 * <p>Groups are modality × credential tier × pricing, counted by {@link #group}; stage counts
 * sit four per group, enrolled first. Immutable after generation.
 */
public final class EnrolmentData {

  /** Number of distinct activities; every group of modality × tier × pricing gets some. */
  static final int ACTIVITIES = 240;
  /** Cohorts per activity. */
  static final int COHORTS_PER_ACTIVITY = 4;
  /** Stages per group, enrolled to credential accessed. */
  static final int STAGES = 4;
  /** Groups of modality × tier × pricing. */
  static final int GROUPS =
      Modality.values().length * CredentialTier.values().length * Pricing.values().length;

  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
  private static final int DAYS = 4 * 365;

  final int size;
  final LearningActivity[] activities;
  /** Per enrolment: the activity's index, cohort number, participant index, day, stage. */
  final int[] activity;
  final byte[] cohort;
  final int[] participant;
  final short[] day;
  final byte[] stage;
  /** Per enrolment, in columns as an analyst's table holds them: enum ordinals. */
  final byte[] modality;
  final byte[] tier;
  final byte[] pricing;

  private EnrolmentData(int size) {
    this.size = size;
    this.activities = new LearningActivity[ACTIVITIES];
    this.activity = new int[size];
    this.cohort = new byte[size];
    this.participant = new int[size];
    this.day = new short[size];
    this.stage = new byte[size];
    this.modality = new byte[size];
    this.tier = new byte[size];
    this.pricing = new byte[size];
  }

  /** Generates {@code size} enrolments from {@code seed}; equal arguments give equal data. */
  public static EnrolmentData generate(int size, long seed) {
    Rows rows = new Rows(size, seed);
    EnrolmentData d = new EnrolmentData(size);
    System.arraycopy(rows.activities, 0, d.activities, 0, ACTIVITIES);
    for (int i = 0; i < size; i++) {
      rows.next();
      d.activity[i] = rows.activity;
      d.cohort[i] = (byte) rows.cohort;
      d.participant[i] = rows.participant;
      d.day[i] = (short) rows.day;
      d.stage[i] = (byte) rows.stage;
      LearningActivity la = d.activities[rows.activity];
      d.modality[i] = (byte) la.modality().ordinal();
      d.tier[i] = (byte) la.credential().ordinal();
      d.pricing[i] = (byte) la.pricing().ordinal();
    }
    return d;
  }

  /**
   * Writes the same enrolments as {@link #generate} as an enrolment CSV file, streaming: memory
   * does not grow with {@code size}.
   */
  public static void writeCsv(int size, long seed, Writer out) throws IOException {
    Rows rows = new Rows(size, seed);
    out.write(EnrolmentCsvReader.headerLine());
    out.write('\n');
    StringBuilder line = new StringBuilder(200);
    for (int i = 0; i < size; i++) {
      rows.next();
      LearningActivity a = rows.activities[rows.activity];
      int s = rows.stage;
      line.setLength(0);
      line.append('E').append(i).append(",P").append(rows.participant).append(',')
          .append(a.id()).append('-').append(rows.cohort).append(',')
          .append(a.id()).append(',').append(a.programme()).append(',')
          .append(a.modality().code()).append(',').append(a.offer().code()).append(',')
          .append(a.pricing().code()).append(',').append(a.learningHours().toPlainString())
          .append(',').append(a.credential().code()).append(',')
          .append(FIRST_DAY.plusDays(rows.day)).append(',');
      if (s >= 1) {
        line.append(FIRST_DAY.plusDays(rows.day + 30L));
      }
      line.append(',');
      if (s >= 2) {
        line.append(FIRST_DAY.plusDays(rows.day + 31L));
      }
      line.append(',');
      if (s >= 3) {
        line.append(FIRST_DAY.plusDays(rows.day + 36L));
      }
      line.append('\n');
      out.append(line);
    }
  }

  /** The generator: activities first, then one row at a time from one random sequence. */
  private static final class Rows {
    final LearningActivity[] activities = new LearningActivity[ACTIVITIES];
    final SplittableRandom r;
    final int participants;
    int activity;
    int cohort;
    int participant;
    int day;
    int stage;

    Rows(int size, long seed) {
      r = new SplittableRandom(seed);
      participants = Math.max(1, size / 4);
      Modality[] m = Modality.values();
      CredentialTier[] t = CredentialTier.values();
      Pricing[] p = Pricing.values();
      Offer[] o = Offer.values();
      for (int a = 0; a < ACTIVITIES; a++) {
        // the first GROUPS activities cover every group once; the rest are drawn at random
        int g = a < GROUPS ? a : r.nextInt(GROUPS);
        activities[a] =
            new LearningActivity(
                String.format(Locale.ROOT, "A%06d", a),
                "PROG" + (a % 7),
                m[g / (t.length * p.length)],
                o[r.nextInt(o.length)],
                p[g % p.length],
                BigDecimal.valueOf(10 + r.nextInt(200)),
                t[(g / p.length) % t.length]);
      }
    }

    void next() {
      activity = r.nextInt(ACTIVITIES);
      cohort = r.nextInt(COHORTS_PER_ACTIVITY);
      participant = r.nextInt(participants);
      day = r.nextInt(DAYS);
      int u = r.nextInt(100);
      // 30 % enrolled only, 15 % completed, 20 % earned, 35 % accessed
      stage = u < 30 ? 0 : u < 45 ? 1 : u < 65 ? 2 : 3;
    }
  }

  /** The group index of a modality, tier and pricing, by ordinal: the hand loop's key. */
  static int group(int modality, int tier, int pricing) {
    return (modality * CredentialTier.values().length + tier) * Pricing.values().length + pricing;
  }

  /**
   * The enrolments as library objects, built once into a list. Days, cohorts and participants
   * are shared instances, as a reader with a cache would give them.
   */
  public List<Enrolment> enrolments() {
    LocalDate[] days = new LocalDate[DAYS + 40];
    @SuppressWarnings({"unchecked", "rawtypes"})
    Optional<LocalDate>[] someDays = new Optional[days.length];
    for (int i = 0; i < days.length; i++) {
      days[i] = FIRST_DAY.plusDays(i);
      someDays[i] = Optional.of(days[i]);
    }
    Cohort[] cohorts = new Cohort[ACTIVITIES * COHORTS_PER_ACTIVITY];
    for (int i = 0; i < cohorts.length; i++) {
      LearningActivity a = activities[i / COHORTS_PER_ACTIVITY];
      cohorts[i] = new Cohort(a.id() + "-" + (i % COHORTS_PER_ACTIVITY), a);
    }
    Participant[] people = new Participant[Math.max(1, size / 4)];
    Enrolment[] all = new Enrolment[size];
    for (int i = 0; i < size; i++) {
      int p = participant[i];
      if (people[p] == null) {
        people[p] = new Participant("P" + p);
      }
      int d = day[i];
      int s = stage[i];
      all[i] =
          new Enrolment(
              "E" + i,
              people[p],
              cohorts[activity[i] * COHORTS_PER_ACTIVITY + cohort[i]],
              days[d],
              s >= 1 ? someDays[d + 30] : Optional.empty(),
              s >= 2 ? someDays[d + 31] : Optional.empty(),
              s >= 3 ? someDays[d + 36] : Optional.empty());
    }
    return List.of(all);
  }

  /** The library's breakdown by modality × credential × pricing. */
  public static Breakdown library(Iterable<Enrolment> enrolments) {
    return CertificationTally.of(
        enrolments, Dimension.MODALITY, Dimension.CREDENTIAL, Dimension.PRICING);
  }

  /** The library's breakdown by modality × credential × pricing over a loaded table. */
  public static Breakdown libraryTable(EnrolmentTable table) {
    CertificationTally t =
        CertificationTally.byEnrolments(
            Dimension.MODALITY, Dimension.CREDENTIAL, Dimension.PRICING);
    t.addAll(table);
    return t.toBreakdown();
  }

  /** The hand-written loop over the primitive columns: stage counts, four per group. */
  public long[] handLoop() {
    // one increment per enrolment, at its furthest stage, then the counts of each group made
    // cumulative once: no branch per enrolment (nested ifs on a random stage mispredict, and
    // ran about five times slower on the machine of docs/PERFORMANCE.md)
    long[] furthest = new long[GROUPS * STAGES];
    byte[] m = modality;
    byte[] t = tier;
    byte[] p = pricing;
    byte[] s = stage;
    int tiers = CredentialTier.values().length;
    int prices = Pricing.values().length;
    for (int i = 0; i < size; i++) {
      furthest[((m[i] * tiers + t[i]) * prices + p[i]) * STAGES + s[i]]++;
    }
    long[] counts = new long[GROUPS * STAGES];
    for (int g = 0; g < GROUPS; g++) {
      long atLeast = 0;
      for (int k = STAGES - 1; k >= 0; k--) {
        atLeast += furthest[g * STAGES + k];
        counts[g * STAGES + k] = atLeast;
      }
    }
    return counts;
  }


  /** A breakdown's counts in the hand loop's layout, four per group. */
  public static long[] counts(Breakdown b) {
    long[] counts = new long[GROUPS * STAGES];
    for (Modality m : Modality.values()) {
      for (CredentialTier t : CredentialTier.values()) {
        for (Pricing p : Pricing.values()) {
          StageCounts c = b.counts(m.code(), t.code(), p.code());
          int base = group(m.ordinal(), t.ordinal(), p.ordinal()) * STAGES;
          counts[base] = c.enrolled();
          counts[base + 1] = c.completed();
          counts[base + 2] = c.credentialEarned();
          counts[base + 3] = c.credentialAccessed();
        }
      }
    }
    return counts;
  }

  /** Creates table {@code enrolments} in the given DuckDB connection and loads the data. */
  public void load(Connection duckDb) throws SQLException {
    try (Statement s = duckDb.createStatement()) {
      s.execute(
          "CREATE TABLE enrolments (id VARCHAR, participant VARCHAR, activity VARCHAR,"
              + " modality VARCHAR, credential VARCHAR, pricing VARCHAR, enrolled_on DATE,"
              + " stage TINYINT)");
    }
    String[] ids = new String[ACTIVITIES];
    for (int a = 0; a < ACTIVITIES; a++) {
      ids[a] = activities[a].id();
    }
    try (DuckDBAppender app =
        duckDb.unwrap(DuckDBConnection.class).createAppender("enrolments")) {
      for (int i = 0; i < size; i++) {
        LearningActivity a = activities[activity[i]];
        app.beginRow()
            .append("E" + i)
            .append("P" + participant[i])
            .append(ids[activity[i]])
            .append(a.modality().code())
            .append(a.credential().code())
            .append(a.pricing().code())
            .append(FIRST_DAY.plusDays(day[i]))
            .append(stage[i])
            .endRow();
      }
    }
  }

  /** The SQL an analyst would write for the same breakdown. */
  static final String QUERY =
      "SELECT modality, credential, pricing, count(*),"
          + " count(*) FILTER (WHERE stage >= 1), count(*) FILTER (WHERE stage >= 2),"
          + " count(*) FILTER (WHERE stage >= 3)"
          + " FROM enrolments GROUP BY modality, credential, pricing";

  /** Runs {@link #QUERY} and returns the counts in the hand loop's layout. */
  public static long[] duckDb(Connection duckDb) throws SQLException {
    long[] counts = new long[GROUPS * STAGES];
    try (Statement s = duckDb.createStatement();
        ResultSet rs = s.executeQuery(QUERY)) {
      while (rs.next()) {
        int g =
            group(
                Modality.fromCode(rs.getString(1)).ordinal(),
                CredentialTier.fromCode(rs.getString(2)).ordinal(),
                Pricing.fromCode(rs.getString(3)).ordinal());
        for (int k = 0; k < STAGES; k++) {
          counts[g * STAGES + k] = rs.getLong(4 + k);
        }
      }
    }
    return counts;
  }
}
