package org.rbmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DigitsTest {

  @Test
  void normalise_dropsTrailingZeros_andNeverLeavesANegativeScale() {
    assertThat(Digits.normalise(new BigDecimal("1250.50"))).hasToString("1250.5");
    assertThat(Digits.normalise(new BigDecimal("1E+3"))).hasToString("1000");
    assertThat(Digits.normalise(new BigDecimal("0.00"))).isSameAs(BigDecimal.ZERO);
    assertThat(Digits.normalise(new BigDecimal("0E+5"))).isSameAs(BigDecimal.ZERO);
    assertThat(Digits.normalise(new BigDecimal("-7.000"))).hasToString("-7");
    assertThat(Digits.normalise(new BigDecimal("0.0500"))).hasToString("0.05");
  }

  @Test
  void normalise_keepsTheValue_andGivesEqualValuesOneForm() {
    SplittableRandom random = new SplittableRandom(20261206);
    for (int k = 0; k < 20_000; k++) {
      BigDecimal v =
          BigDecimal.valueOf(random.nextLong(-1_000_000, 1_000_000), random.nextInt(-4, 9));
      BigDecimal n = Digits.normalise(v);
      assertThat(n.compareTo(v)).as("%s", v).isZero();
      assertThat(n.scale()).as("%s", v).isNotNegative();
      // the same value written with two more zeros has the same form, to the scale
      assertThat(Digits.normalise(v.setScale(v.scale() + 2))).as("%s", v).isEqualTo(n);
    }
  }

  @Test
  void abbreviate_keepsAnyExponentShort() {
    assertThat(Digits.abbreviate(new BigDecimal("1E+999999999"))).isEqualTo("1E+999999999");
    assertThat(Digits.abbreviate(new BigDecimal("1".repeat(50)))).isEqualTo("1".repeat(37) + "...");
    assertThat(Digits.integerDigits(new BigDecimal("1E+2147483647"))).isEqualTo(2_147_483_648L);
  }
}
