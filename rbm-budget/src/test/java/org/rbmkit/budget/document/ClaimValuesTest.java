package org.rbmkit.budget.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Text forms and checks of claim rules, tolerances and figure references. */
class ClaimValuesTest {

  @ParameterizedTest
  @ValueSource(strings = {"nearest 1 HALF_UP", "nearest 0.1 HALF_EVEN", "within 1",
      "within 0", "nearest 1000 HALF_UP, within 1000", "nearest 100000 DOWN", "within 0.5",
      "nearest 1 UNNECESSARY"})
  void claimRule_parseToString_roundTrips(String text) {
    assertThat(Claim.Rule.parse(text).toString()).isEqualTo(text);
    assertThat(Claim.Rule.parse(text)).isEqualTo(Claim.Rule.parse(Claim.Rule.parse(text).toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "nearest", "nearest 1", "nearest 1 HALFUP", "within -1",
      "within 1, nearest 1 HALF_UP", "nearest 0 HALF_UP", "nearest 1 HALF_UP,within 1",
      "about 1", "within 1e3"})
  void claimRule_rejectsOtherForms_quotingTheInput(String text) {
    assertThatThrownBy(() -> Claim.Rule.parse(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void claimRule_equality_seesTheValueNotTheScale() {
    new EqualsTester()
        .addEqualityGroup(Claim.Rule.parse("within 1"), Claim.Rule.within(new BigDecimal("1.00")))
        .addEqualityGroup(Claim.Rule.parse("nearest 1 HALF_UP"),
            Claim.Rule.nearest(new BigDecimal("1.0"), RoundingMode.HALF_UP))
        .addEqualityGroup(Claim.Rule.parse("nearest 1 HALF_UP, within 1"))
        .testEquals();
  }

  @Test
  void claimRule_canYield_onlyMultiplesOfItsStep_unlessItHasABand() {
    assertThat(Claim.Rule.parse("nearest 1 HALF_UP").canYield(new BigDecimal("4.6"))).isFalse();
    assertThat(Claim.Rule.parse("nearest 1 HALF_UP").canYield(new BigDecimal("-7"))).isTrue();
    assertThat(Claim.Rule.parse("nearest 0.1 HALF_UP").canYield(new BigDecimal("4.6"))).isTrue();
    assertThat(Claim.Rule.parse("nearest 10000 HALF_UP").canYield(new BigDecimal("1075000")))
        .isFalse();
    assertThat(Claim.Rule.parse("within 1").canYield(new BigDecimal("4.63"))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"within 1000", "rounded 1000", "within 0", "rounded 0.01"})
  void tolerance_parseToString_roundTrips(String text) {
    assertThat(Tolerance.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void tolerance_slackIsHalfTheStep_andZeroForABand() {
    assertThat(Tolerance.parse("rounded 1000").slackPerFigure()).isEqualByComparingTo("500");
    assertThat(Tolerance.parse("within 1000").slackPerFigure()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> Tolerance.parse("rounded 0"))
        .hasMessage("rounding step must be positive");
    assertThatThrownBy(() -> Tolerance.parse("1000"))
        .hasMessage("tolerance \"1000\" is not \"within <amount>\" or \"rounded <step>\"");
    new EqualsTester()
        .addEqualityGroup(Tolerance.parse("within 1000"),
            Tolerance.within(new BigDecimal("1000.00")))
        .addEqualityGroup(Tolerance.parse("rounded 1000"))
        .testEquals();
  }

  @ParameterizedTest
  @ValueSource(strings = {"item-21", "institutional-investments", "row:consultants:Consultants",
      "row:it:Logiciels d'application, licences et maintenance", "row:t:a: b",
      "reserve:reserve-funds:fellowships:closing", "staff:annex-2:fte",
      "staff:annex-2:cost:regular"})
  void figureRef_parseToString_roundTrips(String text) {
    assertThat(FigureRef.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"item-0", "row:consultants", "row::x", "reserve:r:f:balance",
      "reserve:r:f", "staff:a:heads", "staff:a:fte:regular:x", "net"})
  void figureRef_rejectsOtherForms(String text) {
    assertThatThrownBy(() -> FigureRef.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("figure \"" + text + "\" is not item-<n>");
  }

  @Test
  void claim_kindDecidesWhichPropertiesItHas() {
    FigureRef item = FigureRef.parse("item-20");
    Claim.Rule rule = Claim.Rule.parse("within 1");
    BigDecimal one = BigDecimal.ONE;
    assertThatThrownBy(() -> new Claim("c", Claim.Kind.PERCENTAGE_CHANGE, item, Optional.empty(),
        Optional.empty(), "b", one, Optional.empty(), Optional.empty(), rule, "t"))
        .hasMessage("claim c: a percentage-change claim needs a from column");
    assertThatThrownBy(() -> new Claim("c", Claim.Kind.AMOUNT, item, Optional.empty(),
        Optional.of("a"), "b", one, Optional.empty(), Optional.empty(), rule, "t"))
        .hasMessage("claim c: only a change has a from column");
    assertThatThrownBy(() -> new Claim("c", Claim.Kind.REAL_CHANGE, item, Optional.empty(),
        Optional.of("a"), "b", one, Optional.empty(), Optional.empty(), rule, "t"))
        .hasMessage("claim c: a real change needs an inflation rate");
    assertThatThrownBy(() -> new Claim("c", Claim.Kind.SHARE, item, Optional.empty(),
        Optional.empty(), "b", one, Optional.empty(), Optional.empty(), rule, "t"))
        .hasMessage("claim c: a share needs a whole");
    assertThatThrownBy(() -> new Claim("c", Claim.Kind.COUNT, item, Optional.empty(),
        Optional.empty(), "b", one, Optional.empty(), Optional.of(BigDecimal.ZERO), rule, "t"))
        .hasMessage("claim c: per 0 is not positive");
    assertThatThrownBy(() -> new Claim("c", Claim.Kind.SHARE, item, Optional.of(item),
        Optional.empty(), "b", one, Optional.empty(), Optional.of(one), rule, "t"))
        .hasMessage("claim c: only an amount or a count has a divisor per");
    assertThatThrownBy(() -> new Claim("c", Claim.Kind.REAL_CHANGE, item, Optional.empty(),
        Optional.of("a"), "b", one, Optional.of(new BigDecimal("-100")), Optional.empty(), rule,
        "t"))
        .hasMessage("claim c: inflation -100% must be above -100%");
  }
}
