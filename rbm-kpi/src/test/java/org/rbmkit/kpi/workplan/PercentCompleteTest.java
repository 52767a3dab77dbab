package org.rbmkit.kpi.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentCompleteTest {

  @Test
  void parse_andToString_roundTrip() {
    // seed 004 l.87: "Cette étape est achevée à 90 pour cent"
    assertThat(PercentComplete.parse("90").value()).contains(new BigDecimal("90"));
    assertThat(PercentComplete.parse("62.50").toString()).isEqualTo("62.5");
    assertThat(PercentComplete.parse("not-reported")).isSameAs(PercentComplete.NOT_REPORTED);
    for (String s : List.of("0", "100", "33.3", "not-reported")) {
      assertThat(PercentComplete.parse(s).toString()).isEqualTo(s);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "100.01", "1000", "90 %", "", "NaN", "1e2"})
  void parse_rejectsOthers(String s) {
    assertThatThrownBy(() -> PercentComplete.parse(s)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(s.isEmpty() ? "\"\"" : s);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(PercentComplete.of(90), PercentComplete.of(new BigDecimal("90.00")), PercentComplete.parse("90"))
        .addEqualityGroup(PercentComplete.of(0))
        .addEqualityGroup(PercentComplete.NOT_REPORTED, PercentComplete.parse("not-reported"))
        .testEquals();
  }

  @Test
  void objective_statusAndPercentMustAgree() {
    assertThatThrownBy(() -> new Objective("1", "t", List.of("A"), Timeline.ONGOING, Status.NOT_STARTED,
            PercentComplete.of(5), List.of(), List.of()))
        .hasMessageContaining("objective 1 is not started but 5 % complete");
    assertThatThrownBy(() -> new Milestone("m", Timeline.ONGOING, Status.COMPLETED, PercentComplete.of(99)))
        .hasMessageContaining("milestone m is completed but 99 % complete");
    assertThatThrownBy(() -> new Objective("1", "t", List.of("A", "A"), Timeline.ONGOING, Status.IN_PROGRESS,
            PercentComplete.of(5), List.of(), List.of()))
        .hasMessageContaining("names a lead team twice");
    assertThatThrownBy(() -> new Objective("1", "t", List.of(), Timeline.ONGOING, Status.IN_PROGRESS,
            PercentComplete.of(5), List.of(), List.of()))
        .hasMessageContaining("objective 1 has no lead team");
  }
}
