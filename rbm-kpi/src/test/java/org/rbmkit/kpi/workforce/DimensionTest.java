package org.rbmkit.kpi.workforce;

import org.rbmkit.kpi.workforce.Composition.CompositionAccumulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.staff.Grade;

class DimensionTest {

  @Test
  void equality_byNameAndDefinition() {
    Function<StaffMember, String> f = StaffMember::dutyStation;
    Map<CountryCode, String> regions = Map.of(CountryCode.of("KEN"), "Africa");
    new EqualsTester()
        .addEqualityGroup(Dimension.gradeAtLeast(Grade.P_5), Dimension.gradeAtLeast(Grade.P_5))
        .addEqualityGroup(Dimension.gradeAtLeast(Grade.D_1))
        .addEqualityGroup(Dimension.region(regions), Dimension.region(Map.copyOf(regions)))
        .addEqualityGroup(Dimension.of("station", f), Dimension.of("station", f))
        .addEqualityGroup(Dimension.GRADE)
        .addEqualityGroup(Dimension.GENDER)
        .testEquals();
  }

  @Test
  void accumulatorsWithEqualBandDimensions_merge() {
    StaffMember m = StaffMemberTest.member("S1", Grade.P_5, Gender.FEMALE, "1");
    CompositionAccumulator a = Composition.accumulator(List.of(Dimension.gradeAtLeast(Grade.P_5)));
    CompositionAccumulator b = Composition.accumulator(List.of(Dimension.gradeAtLeast(Grade.P_5)));
    a.add(m);
    b.add(m);
    assertThat(a.merge(b).toTable(1).row("P-5 and above").orElseThrow().count()).isEqualTo(2);
    assertThatThrownBy(() -> a.merge(Composition.accumulator(List.of(Dimension.GRADE))))
        .hasMessageContaining("cannot merge compositions by [grade band] and by [grade]");
  }

  @Test
  void grades_areOrderedFromTheMostSeniorDown() {
    List<StaffMember> staff = List.of(
        StaffMemberTest.member("S1", Grade.G_5, Gender.FEMALE, "1"),
        StaffMemberTest.member("S2", Grade.D_1, Gender.FEMALE, "1"),
        StaffMemberTest.member("S3", Grade.P_2, Gender.FEMALE, "1"),
        StaffMemberTest.member("S4", Grade.NO_B, Gender.FEMALE, "1"));
    assertThat(Composition.of(staff, List.of(Dimension.GRADE), 1).rows())
        .extracting(r -> r.keys().get(0))
        .containsExactly("D-1", "P-2", "NO-B", "G-5");
  }

  @Test
  void region_missingNationality_namesTheStaffMember() {
    StaffMember m = StaffMemberTest.member("S9", Grade.P_5, Gender.FEMALE, "1");
    assertThatThrownBy(() -> Dimension.region(Map.of(CountryCode.of("FRA"), "Europe")).keyOf(m))
        .hasMessageContaining("staff member S9: nationality KEN has no region");
  }
}
