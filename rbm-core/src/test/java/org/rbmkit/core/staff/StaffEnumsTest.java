package org.rbmkit.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rbmkit.core.money.ExchangeRateKind;

class StaffEnumsTest {

  @Test
  void codesReadBackAndOthersAreRejected() {
    for (GradeCategory c : GradeCategory.values()) {
      assertThat(GradeCategory.fromCode(c.code())).isSameAs(c);
    }
    for (StaffTimeUnit u : StaffTimeUnit.values()) {
      assertThat(StaffTimeUnit.fromCode(u.code())).isSameAs(u);
    }
    for (ExchangeRateKind k : ExchangeRateKind.values()) {
      assertThat(ExchangeRateKind.fromCode(k.code())).isSameAs(k);
    }
    assertThatThrownBy(() -> GradeCategory.fromCode("pro"))
        .hasMessage(
            "grade category \"pro\" is not one of director-and-above, professional, national-officer,"
                + " general-service");
    assertThatThrownBy(() -> StaffTimeUnit.fromCode("months"))
        .hasMessage("staff time unit \"months\" is not one of fte, work-months");
    assertThatThrownBy(() -> ExchangeRateKind.fromCode("spot"))
        .hasMessage("exchange rate kind \"spot\" is not one of budget, operational, average");
  }
}
