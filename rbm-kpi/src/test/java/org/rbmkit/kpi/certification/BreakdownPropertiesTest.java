package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.certification.Rate.RateKind;
import org.rbmkit.kpi.testing.EnrolmentGenerator;

/** Seeded randomised properties of tallies and breakdowns; each case prints its seed. */
class BreakdownPropertiesTest {

  private static final long MASTER_SEED = 20221231L;
  private static final int CASES = 2000;

  private static Dimension[] randomDimensions(SplittableRandom r) {
    List<Dimension> all = new ArrayList<>(List.of(Dimension.values()));
    Collections.shuffle(all, new java.util.Random(r.nextLong()));
    return all.subList(0, r.nextInt(4)).toArray(new Dimension[0]);
  }

  private static Breakdown onePass(List<Enrolment> data, Dimension[] dims) {
    CertificationTally t = CertificationTally.byEnrolmentsAndParticipants(dims);
    t.addAll(data);
    return t.toBreakdown();
  }

  @Test
  void rebuiltFromCountsComputedApart_equalsOnePass() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED + 7);
    for (int c = 0; c < 500; c++) {
      long seed = master.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<Enrolment> data =
          new EnrolmentGenerator(r.nextLong(), 1 + r.nextInt(6), 1 + r.nextInt(30))
              .list(r.nextInt(80));
      Dimension[] dims = randomDimensions(r);
      // What another engine (a query, a distributed job) computes: counts and furthest stages.
      java.util.Map<GroupKey, StageCounts> counts = new java.util.HashMap<>();
      java.util.Map<GroupKey, java.util.Map<String, Stage>> stages = new java.util.HashMap<>();
      for (Enrolment e : data) {
        String[] values = new String[dims.length];
        for (int i = 0; i < dims.length; i++) {
          values[i] = dims[i].valueOf(e);
        }
        GroupKey k = GroupKey.of(values);
        counts.merge(k, StageCounts.one(e.status()), StageCounts::plus);
        stages
            .computeIfAbsent(k, x -> new java.util.HashMap<>())
            .merge(e.participant().registrationNumber(), e.status(), Stage::furthest);
      }

      assertThat(Breakdown.of(List.of(dims), true, counts, stages))
          .as("seed %s", seed)
          .isEqualTo(onePass(data, dims));
    }
  }

  @Test
  void mergedPartialResults_equalOnePass_forAnySplit() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED);
    for (int c = 0; c < CASES; c++) {
      long seed = master.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<Enrolment> data =
          new EnrolmentGenerator(r.nextLong(), 1 + r.nextInt(6), 1 + r.nextInt(30))
              .list(r.nextInt(80));
      Dimension[] dims = randomDimensions(r);
      Breakdown whole = onePass(data, dims);

      int parts = 1 + r.nextInt(5);
      List<List<Enrolment>> split = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        split.add(new ArrayList<>());
      }
      for (Enrolment e : data) {
        split.get(r.nextInt(parts)).add(e);
      }
      List<Breakdown> partials = new ArrayList<>();
      for (List<Enrolment> part : split) {
        partials.add(onePass(part, dims));
      }
      Collections.shuffle(partials, new java.util.Random(r.nextLong()));
      Breakdown leftFold = Breakdown.empty(true, dims);
      for (Breakdown p : partials) {
        leftFold = leftFold.plus(p);
      }
      Breakdown rightFold = Breakdown.empty(true, dims);
      for (int i = partials.size() - 1; i >= 0; i--) {
        rightFold = partials.get(i).plus(rightFold);
      }
      assertThat(leftFold).as("seed %s", seed).isEqualTo(whole);
      assertThat(rightFold).as("seed %s", seed).isEqualTo(whole);
      for (GroupKey g : whole.groups()) {
        for (RateKind k : RateKind.values()) {
          for (CountBasis b : CountBasis.values()) {
            assertThat(leftFold.rate(k, b, g)).as("seed %s %s %s %s", seed, g, k, b)
                .isEqualTo(whole.rate(k, b, g));
          }
        }
      }
      // mutable tallies merge the same way
      CertificationTally merged = CertificationTally.byEnrolmentsAndParticipants(dims);
      for (List<Enrolment> part : split) {
        CertificationTally t = CertificationTally.byEnrolmentsAndParticipants(dims);
        t.addAll(part);
        merged.merge(t);
      }
      assertThat(merged.toBreakdown()).as("seed %s", seed).isEqualTo(whole);
    }
  }

  @Test
  void rollUp_equalsTheDirectBreakdown_andTotalsAreSums() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED + 1);
    for (int c = 0; c < CASES; c++) {
      long seed = master.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<Enrolment> data =
          new EnrolmentGenerator(r.nextLong(), 1 + r.nextInt(8), 1 + r.nextInt(40))
              .list(r.nextInt(100));
      Dimension[] dims = randomDimensions(r);
      Breakdown fine = onePass(data, Dimension.values());
      assertThat(fine.rollUp(dims)).as("seed %s", seed).isEqualTo(onePass(data, dims));
      StageCounts sum = StageCounts.ZERO;
      for (StageCounts s : fine.enrolmentCounts().values()) {
        sum = sum.plus(s);
      }
      assertThat(fine.total(CountBasis.ENROLMENTS)).as("seed %s", seed).isEqualTo(sum);
      assertThat(sum.enrolled()).as("seed %s", seed).isEqualTo(data.size());
      long distinct = data.stream().map(Enrolment::participant).distinct().count();
      assertThat(fine.total(CountBasis.PARTICIPANTS).enrolled())
          .as("seed %s", seed)
          .isEqualTo(distinct);
    }
  }

  @Test
  void rates_lieInTheUnitInterval_andInsideTheirWilsonInterval() {
    SplittableRandom master = new SplittableRandom(MASTER_SEED + 2);
    for (int c = 0; c < CASES; c++) {
      long seed = master.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      List<Enrolment> data =
          new EnrolmentGenerator(r.nextLong(), 1 + r.nextInt(8), 1 + r.nextInt(40))
              .list(r.nextInt(60));
      Breakdown b = onePass(data, randomDimensions(r));
      for (GroupKey g : b.groups()) {
        for (RateKind k : RateKind.values()) {
          for (CountBasis basis : CountBasis.values()) {
            Rate rate = b.rate(k, basis, g);
            StageCounts participants = b.counts(CountBasis.PARTICIPANTS, g);
            StageCounts enrolments = b.counts(CountBasis.ENROLMENTS, g);
            assertThat(participants.enrolled()).isLessThanOrEqualTo(enrolments.enrolled());
            if (rate.isNoData()) {
              assertThat(rate.wilson95()).as("seed %s", seed).isEmpty();
              continue;
            }
            BigDecimal p = rate.fraction(40, RoundingMode.HALF_EVEN).orElseThrow();
            assertThat(p).as("seed %s", seed).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            WilsonInterval w = rate.wilson95().orElseThrow();
            assertThat(w.contains(p)).as("seed %s %s %s", seed, rate, w).isTrue();
          }
        }
      }
    }
  }

  @Test
  void parallelCollector_equalsSequentialTally() {
    long seed = MASTER_SEED + 3;
    List<Enrolment> data = new EnrolmentGenerator(seed, 20, 500).list(20_000);
    Dimension[] dims = {Dimension.MODALITY, Dimension.PRICING, Dimension.YEAR};
    Breakdown parallel =
        data.parallelStream().collect(CertificationTally.collector(true, dims));
    assertThat(parallel).as("seed %s", seed).isEqualTo(onePass(data, dims));
  }
}
