package org.rbmkit.kpi.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.core.staff.GradeCategory;

class StaffMemberTest {

  static StaffMember member(String id, Grade grade, Gender gender, String fte) {
    return new StaffMember(id, grade, gender, CountryCode.of("KEN"), ContractType.FIXED_TERM,
        RecruitmentStatus.INTERNATIONAL, "Geneva", LocationType.HEADQUARTERS, "RB", new BigDecimal(fte));
  }

  @Test
  void category_comesFromTheGrade() {
    assertThat(member("S1", Grade.P_4, Gender.FEMALE, "1").category()).isEqualTo(GradeCategory.PROFESSIONAL);
    assertThat(member("S1", Grade.G_5, Gender.FEMALE, "1").category()).isEqualTo(GradeCategory.GENERAL_SERVICE);
  }

  @Test
  void fte_isNormalised_soThatEqualAmountsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(member("S1", Grade.P_4, Gender.FEMALE, "1"), member("S1", Grade.P_4, Gender.FEMALE, "1.00"))
        .addEqualityGroup(member("S1", Grade.P_4, Gender.FEMALE, "0.5"), member("S1", Grade.P_4, Gender.FEMALE, "0.50"))
        .addEqualityGroup(member("S1", Grade.P_4, Gender.MALE, "1"))
        .testEquals();
    assertThat(member("S1", Grade.P_4, Gender.FEMALE, "1.00").fte().toPlainString()).isEqualTo("1");
  }

  @Test
  void constructor_rejectsBadValues_namingMemberAndField() {
    assertThatThrownBy(() -> member("S1", Grade.P_4, Gender.FEMALE, "0"))
        .hasMessageContaining("fte 0 of staff member S1");
    assertThatThrownBy(() -> member("S 1", Grade.P_4, Gender.FEMALE, "1"))
        .hasMessageContaining("staff member id \"S 1\"");
    assertThatThrownBy(() -> new StaffMember("S2", Grade.P_4, null, CountryCode.of("KEN"), ContractType.OTHER,
            RecruitmentStatus.LOCAL, "Geneva", LocationType.FIELD, "RB", BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("gender of staff member S2");
    assertThatThrownBy(() -> new StaffMember("S2", Grade.P_4, Gender.MALE, CountryCode.of("KEN"), ContractType.OTHER,
            RecruitmentStatus.LOCAL, " ", LocationType.FIELD, "RB", BigDecimal.ONE))
        .hasMessageContaining("staff member S2 has a blank dutyStation");
  }

  @Test
  void codes_roundTrip() {
    for (Gender g : Gender.values()) {
      assertThat(Gender.fromCode(g.code())).isEqualTo(g);
    }
    for (ContractType c : ContractType.values()) {
      assertThat(ContractType.fromCode(c.code())).isEqualTo(c);
    }
    for (RecruitmentStatus r : RecruitmentStatus.values()) {
      assertThat(RecruitmentStatus.fromCode(r.code())).isEqualTo(r);
    }
    for (LocationType l : LocationType.values()) {
      assertThat(LocationType.fromCode(l.code())).isEqualTo(l);
    }
    assertThatThrownBy(() -> ContractType.fromCode("permanent")).hasMessageContaining("\"permanent\"");
  }
}
