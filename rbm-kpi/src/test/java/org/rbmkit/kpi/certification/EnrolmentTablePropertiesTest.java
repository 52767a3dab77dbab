package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.testing.EnrolmentGenerator;

/**
 * Seeded randomised checks that a tally over an {@link EnrolmentTable} gives exactly the
 * breakdown a tally over the same enrolment objects gives: for every dimension, closed or open,
 * on both counting bases, after merges of split inputs, and on empty input.
 */
class EnrolmentTablePropertiesTest {

  private static final long MASTER_SEED = 20261128L;
  private static final int CASES = 3000;

  private static Dimension[] randomDimensions(SplittableRandom r) {
    List<Dimension> all = new ArrayList<>();
    boolean closedOnly = r.nextBoolean();
    for (Dimension d : Dimension.values()) {
      if (!closedOnly || d.cardinality() > 0) {
        all.add(d);
      }
    }
    Collections.shuffle(all, new Random(r.nextLong()));
    return all.subList(0, r.nextInt(all.size() + 1)).toArray(new Dimension[0]);
  }

  private static CertificationTally tally(boolean participants, Dimension[] dims) {
    return participants
        ? CertificationTally.byEnrolmentsAndParticipants(dims)
        : CertificationTally.byEnrolments(dims);
  }

  @Test
  void tableTally_equalsObjectTally_onBothBases_andAfterMerges() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED);
    for (int c = 0; c < CASES; c++) {
      long seed = master.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<Enrolment> data =
          new EnrolmentGenerator(r.nextLong(), 1 + r.nextInt(12), 1 + r.nextInt(30))
              .list(r.nextInt(150));
      Dimension[] dims = randomDimensions(r);
      boolean participants = r.nextBoolean();
      String what = "seed " + seed + " dims " + List.of(dims) + " participants " + participants;

      CertificationTally objects = tally(participants, dims);
      objects.addAll(data);
      Breakdown expected = objects.toBreakdown();

      EnrolmentTable table = EnrolmentTable.of(data);
      assertThat(tableBreakdown(table, participants, dims)).as(what).isEqualTo(expected);

      CertificationTally fromTable = tally(participants, dims);
      fromTable.addAll((Iterable<Enrolment>) table);
      assertThat(fromTable.toBreakdown()).as("%s, as an iterable", what).isEqualTo(expected);

      // split into parts, some loaded into tables, some counted as objects, merged in any order
      int parts = 1 + r.nextInt(4);
      List<CertificationTally> partial = new ArrayList<>();
      for (int p = 0; p < parts; p++) {
        List<Enrolment> part = data.subList(p * data.size() / parts, (p + 1) * data.size() / parts);
        CertificationTally t = tally(participants, dims);
        if (r.nextInt(4) == 0) {
          t.addAll(part);
        } else {
          t.addAll(EnrolmentTable.of(part));
        }
        partial.add(t);
      }
      Collections.shuffle(partial, new Random(r.nextLong()));
      CertificationTally merged = tally(participants, dims);
      for (CertificationTally t : partial) {
        merged.merge(t);
      }
      assertThat(merged.toBreakdown()).as("%s, merged from %s parts", what, parts)
          .isEqualTo(expected);

      // one tally fed twice by tables equals the breakdown of the data twice
      CertificationTally twice = tally(participants, dims);
      twice.addAll(table);
      twice.addAll(table);
      CertificationTally twiceObjects = tally(participants, dims);
      twiceObjects.addAll(data);
      twiceObjects.addAll(data);
      assertThat(twice.toBreakdown()).as("%s, twice", what)
          .isEqualTo(twiceObjects.toBreakdown());
    }
  }

  @Test
  void emptyTable_givesTheEmptyBreakdown_forEveryDimension() {
    EnrolmentTable empty = EnrolmentTable.of(List.of());
    for (Dimension d : Dimension.values()) {
      for (boolean participants : new boolean[] {false, true}) {
        assertThat(tableBreakdown(empty, participants, d)).as("%s %s", d, participants)
            .isEqualTo(Breakdown.empty(participants, d));
      }
    }
    assertThat(tableBreakdown(empty, true)).isEqualTo(Breakdown.empty(true));
    assertThat(tableBreakdown(empty, false)).isEqualTo(Breakdown.empty(false));
  }

  @Test
  void tableRoundTrip_givesBackEqualEnrolments_forRandomSets() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED + 1);
    for (int c = 0; c < 500; c++) {
      long seed = master.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<Enrolment> data =
          new EnrolmentGenerator(r.nextLong(), 1 + r.nextInt(12), 1 + r.nextInt(30))
              .list(r.nextInt(150));
      EnrolmentTable table = EnrolmentTable.of(data);
      assertThat(table.asList()).as("seed %s", seed).isEqualTo(data);
      assertThat(table.size()).as("seed %s", seed).isEqualTo(data.size());
    }
  }

  /** The breakdown of a table by a tally, as a user counts one. */
  private static Breakdown tableBreakdown(EnrolmentTable table, boolean participants, Dimension... dims) {
    CertificationTally t =
        participants
            ? CertificationTally.byEnrolmentsAndParticipants(dims)
            : CertificationTally.byEnrolments(dims);
    t.addAll(table);
    return t.toBreakdown();
  }
}
