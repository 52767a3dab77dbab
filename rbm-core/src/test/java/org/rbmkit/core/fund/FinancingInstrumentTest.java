package org.rbmkit.core.fund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rbmkit.core.json.RbmJson;

class FinancingInstrumentTest {

  @ParameterizedTest
  @EnumSource(FinancingInstrument.class)
  void code_roundTrips_inTextAndJson(FinancingInstrument i) {
    assertThat(FinancingInstrument.fromCode(i.code())).isSameAs(i);
    String json = RbmJson.mapper().writeValueAsString(i);
    assertThat(json).isEqualTo("\"" + i.code() + "\"");
    assertThat(RbmJson.mapper().readValue(json, FinancingInstrument.class)).isSameAs(i);
  }

  @Test
  void everyFundKindButReserve_hasADefaultThatFitsIt() {
    for (FundKind k : FundKind.values()) {
      if (k == FundKind.RESERVE) {
        assertThat(FinancingInstrument.defaultFor(k)).isEmpty();
      } else {
        assertThat(FinancingInstrument.defaultFor(k)).get()
            .satisfies(i -> assertThat(i.fits(k)).isTrue())
            .satisfies(i -> assertThat(i.fundKind()).isEqualTo(k));
      }
    }
  }

  @Test
  void earmarkedTypes_fitEarmarkedAndReserveFundsOnly() {
    FinancingInstrument pooled = FinancingInstrument.EARMARKED_POOLED_FUND;
    assertThat(pooled.fits(FundKind.VOLUNTARY_EARMARKED)).isTrue();
    assertThat(pooled.fits(FundKind.RESERVE)).isTrue();
    assertThat(pooled.fits(FundKind.VOLUNTARY_CORE)).isFalse();
    assertThat(pooled.fits(FundKind.ASSESSED)).isFalse();
  }

  @Test
  void unknownCode_listsTheAcceptedOnes() {
    assertThatThrownBy(() -> FinancingInstrument.fromCode("3.2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("financing instrument \"3.2\" is not one of assessed, voluntary-core,"
            + " voluntary-earmarked, earmarked-local-resources, earmarked-pooled-fund,"
            + " earmarked-thematic-fund, earmarked-project, other-revenue");
  }
}
