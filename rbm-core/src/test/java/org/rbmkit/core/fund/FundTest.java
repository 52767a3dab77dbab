package org.rbmkit.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rbmkit.core.json.RbmJson;

class FundTest {

  @Test
  void equality_isByCodeNameAndKind() {
    new EqualsTester()
        .addEqualityGroup(new Fund("RB", "Regular budget", FundKind.ASSESSED), new Fund("RB", "Regular budget", FundKind.ASSESSED))
        .addEqualityGroup(new Fund("RB", "Budget ordinaire", FundKind.ASSESSED))
        .addEqualityGroup(new Fund("RBSA", "Regular budget", FundKind.VOLUNTARY_CORE))
        .testEquals();
  }

  @Test
  void constructor_rejectsBadCodesAndBlankNames() {
    assertThatThrownBy(() -> new Fund("R B", "x", FundKind.ASSESSED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fund code \"R B\" must be 1–64 letters, digits, '.', '_' or '-'");
    assertThatThrownBy(() -> new Fund("RB", " ", FundKind.ASSESSED)).hasMessage("fund RB has a blank name");
    assertThatThrownBy(() -> new Fund("RB", "x", null)).isInstanceOf(NullPointerException.class).hasMessage("kind");
  }

  @ParameterizedTest
  @EnumSource(FundKind.class)
  void kind_codesReadBack(FundKind k) {
    assertThat(FundKind.fromCode(k.code())).isSameAs(k);
  }

  @Test
  void kind_rejectsOtherCodes() {
    assertThatThrownBy(() -> FundKind.fromCode("XBDC"))
        .hasMessage(
            "fund kind \"XBDC\" is not one of assessed, voluntary-core, voluntary-earmarked, other-revenue, reserve");
  }

  @Test
  void json_roundTrips() {
    Fund f = new Fund("FELLOWSHIP", "Fonds pour les bourses", FundKind.RESERVE);
    String json = RbmJson.mapper().writeValueAsString(f);
    assertThat(json).contains("\"kind\" : \"reserve\"");
    assertThat(RbmJson.mapper().readValue(json, Fund.class)).isEqualTo(f);
  }
}
