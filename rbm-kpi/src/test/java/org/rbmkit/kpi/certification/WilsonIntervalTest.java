package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WilsonIntervalTest {

  /**
   * Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion: comparison
   * of seven methods", Statistics in Medicine 17, 857–872, Table I, method 3 (Wilson score
   * interval without continuity correction), printed to 4 decimals.
   */
  @ParameterizedTest(name = "{0}/{1} → [{2}, {3}]")
  @CsvSource({
    "81, 263, 0.2553, 0.3662",
    "15, 148, 0.0624, 0.1605",
    "0, 20, 0.0000, 0.1611",
    "1, 29, 0.0061, 0.1718",
  })
  void matchesNewcombe1998TableI(long x, long n, String lower, String upper) {
    WilsonInterval w = WilsonInterval.of95(x, n);
    assertThat(w.lower().setScale(4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal(lower));
    assertThat(w.upper().setScale(4, RoundingMode.HALF_UP)).isEqualTo(new BigDecimal(upper));
  }

  /**
   * Reference bounds computed independently at 60 significant digits with Python mpmath 1.3 from
   * the same closed form, {@code (2x + z² ∓ z·sqrt(z² + 4x(n − x)/n)) / (2(n + z²))} with {@code z
   * = sqrt(2)·erfinv(0.95)}; the library agrees within 1e-30.
   */
  @ParameterizedTest(name = "{0}/{1}")
  @CsvSource({
    "81, 263, 0.2552885198782742257747180256842084046866, 0.3662095769828000701473833617475008116956",
    "15, 148, 0.06238639953073627979214549252732632331365, 0.1604872417233080389222867753572539853223",
    "0, 20, 0, 0.1611251580528193871490550883662466651417",
    "1, 29, 0.006113214292762660516449628375053661494468, 0.1717552187932028813085082991939177788341",
    "29, 29, 0.8830302015002592328546748185370306752026, 1",
    "97, 125, 0.6953116645758501753542979381097689947677, 0.840230238097153620300523931053998725082",
    "40, 60, 0.5405686645211968669764158941773930365648, 0.7727073847647731769339577465918870216946",
    "57, 65, 0.7754850591783847324453538400043063626049, 0.9362953249013077664179039149434004712721",
    "1, 1, 0.2065493143772373879675000676477142211382, 1",
    "0, 1, 0, 0.7934506856227626120324999323522857788618",
    "500000, 1000000, 0.4990200198900047840366407289748015902425,"
        + " 0.5009799801099952159633592710251984097575",
    "3, 1000000, 0.000001020271240968122698792022237665832917033,"
        + " 0.000008821149774312435945526780584590539102114",
    "999999999, 1000000000, 0.9999999943350657567025605996556825675689,"
        + " 0.9999999998234754450430368682586253923462",
  })
  void matchesA60DigitReferenceWithin1e30(long x, long n, String lower, String upper) {
    WilsonInterval w = WilsonInterval.of95(x, n);
    assertThat(w.lower()).isCloseTo(new BigDecimal(lower), within(new BigDecimal("1e-30")));
    assertThat(w.upper()).isCloseTo(new BigDecimal(upper), within(new BigDecimal("1e-30")));
  }

  @Test
  void z95_isTheNormalQuantile() {
    // Φ⁻¹(0.975) = 1.959963984540054235524594430520551527956 (mpmath, 40 digits)
    assertThat(WilsonInterval.Z_95.setScale(6, RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("1.959964"));
  }

  @Test
  void bounds_areExactAtTheEnds() {
    assertThat(WilsonInterval.of95(0, 7).lower()).isEqualTo(BigDecimal.ZERO);
    assertThat(WilsonInterval.of95(7, 7).upper()).isEqualTo(BigDecimal.ONE);
  }

  @Test
  void otherQuantile_widensTheInterval() {
    WilsonInterval w95 = WilsonInterval.of95(40, 60);
    WilsonInterval w99 = WilsonInterval.of(40, 60, new BigDecimal("2.5758293035489"));
    assertThat(w99.lower()).isLessThan(w95.lower());
    assertThat(w99.upper()).isGreaterThan(w95.upper());
  }

  @Test
  void overlaps_touchingCounts() {
    WilsonInterval a = new WilsonInterval(new BigDecimal("0.1"), new BigDecimal("0.3"));
    WilsonInterval b = new WilsonInterval(new BigDecimal("0.3"), new BigDecimal("0.5"));
    WilsonInterval c = new WilsonInterval(new BigDecimal("0.31"), new BigDecimal("0.5"));
    assertThat(a.overlaps(b)).isTrue();
    assertThat(b.overlaps(a)).isTrue();
    assertThat(a.overlaps(c)).isFalse();
    assertThat(a.contains(new BigDecimal("0.2"))).isTrue();
    assertThat(a.contains(new BigDecimal("0.31"))).isFalse();
  }

  @Test
  void format_statesPercentages() {
    assertThat(WilsonInterval.of95(97, 125).format(1, RoundingMode.HALF_UP))
        .isEqualTo("[69.5 %, 84.0 %]");
  }

  @Test
  void invalidArguments_throwNamingTheValue() {
    assertThatThrownBy(() -> WilsonInterval.of95(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials 0 is not positive");
    assertThatThrownBy(() -> WilsonInterval.of95(5, 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("successes 5 is outside [0, 4]");
    assertThatThrownBy(() -> new WilsonInterval(new BigDecimal("0.5"), new BigDecimal("0.4")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower 0.5 is above upper 0.4");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(WilsonInterval.of95(1, 2), WilsonInterval.of95(1, 2))
        .addEqualityGroup(WilsonInterval.of95(1, 3))
        .testEquals();
  }
}
