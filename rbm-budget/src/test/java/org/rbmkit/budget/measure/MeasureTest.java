package org.rbmkit.budget.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;

class MeasureTest {

  @ParameterizedTest
  @CsvSource({
    // amount, increment, mode, expected
    "1134910, 1000, HALF_UP, 1135000",
    "1134500, 1000, HALF_UP, 1135000",
    "1134500, 1000, HALF_EVEN, 1134000",
    "1134999, 1000, DOWN, 1134000",
    "-1134500, 1000, HALF_UP, -1135000",
    "12.345, 0.01, HALF_UP, 12.35",
  })
  void moneyRounding_roundsToStatedIncrement(String amount, String increment, RoundingMode mode,
      String expected) {
    assertThat(new MoneyRounding(new BigDecimal(increment), mode).round(new BigDecimal(amount)))
        .isEqualByComparingTo(expected);
  }

  @Test
  void moneyRounding_unnecessary_throwsWhenRoundingIsNeeded() {
    MoneyRounding exact = MoneyRounding.toUnit(AmountUnit.THOUSANDS, RoundingMode.UNNECESSARY);
    assertThat(exact.round(Money.of("EUR", 5000))).isEqualTo(Money.of("EUR", 5000));
    assertThatThrownBy(() -> exact.round(Money.of("EUR", 5001)))
        .isInstanceOf(ArithmeticException.class);
    assertThat(exact.toString()).isEqualTo("nearest 1000 UNNECESSARY");
    assertThatThrownBy(() -> new MoneyRounding(BigDecimal.ZERO, RoundingMode.HALF_UP))
        .hasMessage("rounding increment 0 must be positive");
  }

  @Test
  void ratio_percentUnderStatedRule_andUndefinedState() {
    Ratio r = Ratio.of(new BigDecimal("72"), new BigDecimal("119"));
    // seed 004 l.29-36 "soit 60 pour cent": 72/119 = 60.50 %
    assertThat(r.percent(2, RoundingMode.HALF_UP)).contains(new BigDecimal("60.50"));
    assertThat(r.percent(0, RoundingMode.DOWN)).contains(new BigDecimal("60"));
    assertThat(r.percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("61"));
    Ratio undefined = Ratio.of(BigDecimal.ONE, BigDecimal.ZERO);
    assertThat(undefined.isDefined()).isFalse();
    assertThat(undefined.value(4, RoundingMode.HALF_UP)).isEmpty();
    assertThat(undefined.percent(0, RoundingMode.HALF_UP)).isEmpty();
    assertThat(r.complement()).isEqualTo(Ratio.of(new BigDecimal("47"), new BigDecimal("119")));
    assertThatThrownBy(() -> Ratio.of(Money.of("EUR", 1), Money.of("USD", 1)))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Ratio.of(new BigDecimal("1.0"), new BigDecimal("2")),
            Ratio.of(BigDecimal.ONE, new BigDecimal("2.00")))
        .addEqualityGroup(Ratio.of(new BigDecimal("2"), new BigDecimal("4")))
        .addEqualityGroup(MoneyRounding.of("1000", RoundingMode.HALF_UP),
            MoneyRounding.of("1E+3", RoundingMode.HALF_UP),
            MoneyRounding.toUnit(AmountUnit.THOUSANDS, RoundingMode.HALF_UP))
        .addEqualityGroup(MoneyRounding.of("1000", RoundingMode.HALF_EVEN))
        .testEquals();
  }
}
