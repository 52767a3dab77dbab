package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Breakdown.GroupRate;
import org.rbmkit.kpi.certification.Breakdown.GroupRate.RateComparison;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.certification.Rate.RateKind;

class BreakdownTest {

  private static final Breakdown SEED_2022 =
      CertificationTally.of(readExample(), Dimension.MODALITY, Dimension.CREDENTIAL);

  private static List<Enrolment> readExample() {
    List<Enrolment> out = new java.util.ArrayList<>();
    EnrolmentCsvReader.strict().read(Seed2022RatesTest.exampleFile(), out::add);
    return out;
  }

  @Test
  void absentGroup_hasAnExplicitNoDataRate() {
    GroupKey blended = GroupKey.of("blended", "diploma");
    assertThat(SEED_2022.groups()).doesNotContain(blended);
    assertThat(SEED_2022.counts(CountBasis.ENROLMENTS, blended)).isEqualTo(StageCounts.ZERO);
    GroupRate row = SEED_2022.row(RateKind.COMPLETION, CountBasis.ENROLMENTS, blended, 30);
    assertThat(row.rate().isNoData()).isTrue();
    assertThat(row.interval()).isEmpty();
    assertThat(row.isSmallGroup()).isTrue();
    assertThat(row.format(1, RoundingMode.HALF_UP))
        .isEqualTo("blended / diploma: no data (0 ÷ 0) [small group: 0 < 30]");
  }

  @Test
  void smallGroups_areFlaggedByAConfigurableThreshold() {
    GroupKey field = GroupKey.of("face-to-face-field", "participation");
    assertThat(SEED_2022.row(RateKind.UPTAKE, CountBasis.ENROLMENTS, field, 30).isSmallGroup())
        .isFalse();
    GroupRate row = SEED_2022.row(RateKind.UPTAKE, CountBasis.ENROLMENTS, field, 100);
    assertThat(row.isSmallGroup()).isTrue();
    assertThat(row.numerator()).isEqualTo(49);
    assertThat(row.denominator()).isEqualTo(50);
    assertThat(row.format(1, RoundingMode.HALF_UP))
        .endsWith("95 % CI [89.5 %, 99.6 %] [small group: 50 < 100]");
  }

  @Test
  void rows_compareWithEachOther() {
    List<GroupRate> rows = SEED_2022.rows(RateKind.UPTAKE, CountBasis.ENROLMENTS, 30);
    assertThat(rows).extracting(r -> r.group().toString())
        .containsExactly(
            "face-to-face-campus / achievement",
            "face-to-face-field / participation",
            "self-guided-distance / participation",
            "tutor-supported-online / achievement",
            "tutor-supported-online / participation");
    RateComparison c = rows.get(3).compareWith(rows.get(4));
    assertThat(c.percentagePoints(1, RoundingMode.HALF_UP))
        .contains(new java.math.BigDecimal("5.6"));
    // 97/125 against 162/225: the intervals overlap
    assertThat(c.overlap()).isEqualTo(RateComparison.Overlap.OVERLAPPING);
  }

  @Test
  void totalGroup_ofNoDimension() {
    Breakdown total = SEED_2022.rollUp();
    assertThat(total.groups()).containsExactly(GroupKey.TOTAL);
    assertThat(total.counts(CountBasis.ENROLMENTS, GroupKey.TOTAL))
        .isEqualTo(SEED_2022.total(CountBasis.ENROLMENTS));
    assertThat(GroupKey.TOTAL.toString()).isEqualTo("total");
  }

  @Test
  void misuse_isReportedClearly() {
    assertThatThrownBy(() -> SEED_2022.counts("tutor-supported-online"))
        .hasMessage(
            "group tutor-supported-online has 1 values, the breakdown has 2 dimensions"
                + " [modality, credential]");
    assertThatThrownBy(() -> SEED_2022.rollUp(Dimension.PRICING))
        .hasMessage("dimension pricing is not one of [modality, credential]");
    assertThatThrownBy(() -> SEED_2022.counts(CountBasis.PARTICIPANTS, GroupKey.of("a", "b")))
        .hasMessageStartingWith("participants were not counted");
    assertThatThrownBy(() -> SEED_2022.plus(Breakdown.empty(false, Dimension.MODALITY)))
        .hasMessage("cannot merge a breakdown by [modality, credential] with one by [modality]");
    assertThatThrownBy(() -> CertificationTally.byEnrolments(Dimension.YEAR, Dimension.YEAR))
        .hasMessage("dimensions [year, year] repeat a dimension");
  }

  @Test
  void emptyInput_givesAnEmptyBreakdown() {
    Breakdown b = CertificationTally.of(List.of(), Dimension.MODALITY);
    assertThat(b).isEqualTo(Breakdown.empty(false, Dimension.MODALITY));
    assertThat(b.groups()).isEmpty();
    assertThat(b.rows(RateKind.UPTAKE, CountBasis.ENROLMENTS, 30)).isEmpty();
    assertThat(b.total(CountBasis.ENROLMENTS).accessedPerEarned().isNoData()).isTrue();
  }

  @Test
  void equality() {
    CertificationTally withParticipants =
        CertificationTally.byEnrolmentsAndParticipants(Dimension.MODALITY, Dimension.CREDENTIAL);
    withParticipants.addAll(readExample());
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(
            SEED_2022, CertificationTally.of(readExample(), Dimension.MODALITY, Dimension.CREDENTIAL))
        .addEqualityGroup(withParticipants.toBreakdown())
        .addEqualityGroup(SEED_2022.rollUp(Dimension.CREDENTIAL, Dimension.MODALITY))
        .addEqualityGroup(Breakdown.empty(false, Dimension.MODALITY, Dimension.CREDENTIAL))
        .addEqualityGroup(GroupKey.of("a", "b"), GroupKey.of(List.of("a", "b")))
        .addEqualityGroup(GroupKey.of("b", "a"))
        .addEqualityGroup(
            new GroupRate(GroupKey.of("a"), Rate.parse("uptake 1/2"), 30),
            new GroupRate(GroupKey.of("a"), Rate.parse("uptake 1/2"), 30))
        .addEqualityGroup(new GroupRate(GroupKey.of("a"), Rate.parse("uptake 1/2"), 20))
        .testEquals();
  }

  @Test
  void of_buildsFromCounts_andRefusesCountsNoTallyCouldGive() {
    java.util.Map<GroupKey, StageCounts> counts =
        java.util.Map.of(GroupKey.of("blended"), StageCounts.of(4, 3, 2, 1));
    java.util.Map<GroupKey, java.util.Map<String, Stage>> stages =
        java.util.Map.of(GroupKey.of("blended"), java.util.Map.of("p1", Stage.COMPLETED, "p2", Stage.ENROLLED));

    Breakdown b = Breakdown.of(List.of(Dimension.MODALITY), true, counts, stages);

    assertThat(b.counts(CountBasis.PARTICIPANTS, GroupKey.of("blended")))
        .isEqualTo(StageCounts.of(2, 1, 0, 0));
    assertThat(b.rollUp().counts(CountBasis.ENROLMENTS, GroupKey.TOTAL))
        .isEqualTo(StageCounts.of(4, 3, 2, 1));
    assertThatThrownBy(
            () -> Breakdown.of(List.of(Dimension.MODALITY, Dimension.PRICING), false, counts,
                java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "group blended has 1 values, the breakdown has 2 dimensions [modality, pricing]");
    assertThatThrownBy(() -> Breakdown.of(List.of(Dimension.MODALITY), false, counts, stages))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("participants are not counted, yet 1 groups of participant stages are given");
    assertThatThrownBy(
            () -> Breakdown.of(List.of(Dimension.MODALITY), true, counts,
                java.util.Map.of(GroupKey.of("blended"),
                    java.util.Map.of("p1", Stage.CREDENTIAL_ACCESSED, "p2", Stage.CREDENTIAL_ACCESSED))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group blended has more participants");
    assertThatThrownBy(
            () -> Breakdown.of(List.of(Dimension.MODALITY), false,
                java.util.Map.of(GroupKey.of("blended"), StageCounts.ZERO), java.util.Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("group blended has no enrolment: leave it out");
  }
}
