package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.testing.EnrolmentGenerator;

/**
 * Seeded randomised checks that a tally counts exactly what a naive count gives, whether its
 * dimensions are closed sets (counted in an array) or not (counted in a map), and after merges.
 */
class CertificationTallyPropertiesTest {

  private static final long MASTER_SEED = 20261128L;
  private static final int CASES = 2000;

  /** The naive count: one {@link StageCounts#one} per enrolment, summed by group key. */
  private static Map<GroupKey, StageCounts> naive(List<Enrolment> data, Dimension[] dims) {
    Map<GroupKey, StageCounts> m = new HashMap<>();
    for (Enrolment e : data) {
      List<String> values = new ArrayList<>();
      for (Dimension d : dims) {
        values.add(d.valueOf(e));
      }
      m.merge(GroupKey.of(values), StageCounts.one(e.status()), StageCounts::plus);
    }
    return m;
  }

  private static Dimension[] randomDimensions(SplittableRandom r, boolean closedOnly) {
    List<Dimension> all = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      if (!closedOnly || d.cardinality() > 0) {
        all.add(d);
      }
    }
    Collections.shuffle(all, new java.util.Random(r.nextLong()));
    return all.subList(0, r.nextInt(Math.min(4, all.size()) + 1)).toArray(new Dimension[0]);
  }

  @Test
  void tally_equalsNaiveCount_forClosedAndOpenDimensions_andAfterMerges() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED);
    for (int c = 0; c < CASES; c++) {
      long seed = master.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<Enrolment> data =
          new EnrolmentGenerator(r.nextLong(), 1 + r.nextInt(12), 1 + r.nextInt(30))
              .list(r.nextInt(120));
      Dimension[] dims = randomDimensions(r, r.nextBoolean());
      Map<GroupKey, StageCounts> expected = naive(data, dims);

      Breakdown one = CertificationTally.of(data, dims);
      assertThat(one.enrolmentCounts()).as("seed %s dims %s", seed, List.of(dims))
          .isEqualTo(expected);

      CertificationTally merged = CertificationTally.byEnrolments(dims);
      int parts = 1 + r.nextInt(4);
      for (int p = 0; p < parts; p++) {
        CertificationTally t = CertificationTally.byEnrolments(dims);
        t.addAll(data.subList(p * data.size() / parts, (p + 1) * data.size() / parts));
        merged.merge(t);
      }
      assertThat(merged.toBreakdown()).as("seed %s dims %s", seed, List.of(dims))
          .isEqualTo(one);
      assertThat(data.stream().collect(CertificationTally.collector(false, dims)))
          .as("seed %s dims %s", seed, List.of(dims)).isEqualTo(one);
    }
  }

  @Test
  void closedDimensions_areTheEnumeratedOnes_andMapBackToTheirCodes() {
    Enrolment e = new EnrolmentGenerator(7, 1, 1).next("E1");
    for (Dimension d : Dimension.values()) {
      if (d.cardinality() > 0) {
        assertThat(d.valueAt(d.indexOf(e.activity()))).as("%s", d).isEqualTo(d.valueOf(e));
      }
    }
    assertThat(Dimension.MODALITY.cardinality()).isEqualTo(Modality.values().length);
    assertThat(Dimension.CREDENTIAL.cardinality()).isEqualTo(CredentialTier.values().length);
    assertThat(Dimension.PRICING.cardinality()).isEqualTo(Pricing.values().length);
    assertThat(Dimension.OFFER.cardinality()).isEqualTo(Offer.values().length);
    assertThat(Dimension.YEAR.cardinality()).isZero();
    assertThat(Dimension.ACTIVITY.cardinality()).isZero();
  }
}
