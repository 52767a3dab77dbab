package org.rbmkit.kpi.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class ShareTest {

  @Test
  void percent_statesItsRounding() {
    // seed 004 l.36: "72 (soit 60 pour cent)" of 119 projects; 72/119 = 60.504...
    Share s = Share.of(72, 119);
    assertThat(s.percent(0, RoundingMode.DOWN)).contains(new BigDecimal("60"));
    assertThat(s.percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("61"));
    assertThat(s.percent(1, RoundingMode.HALF_EVEN)).contains(new BigDecimal("60.5"));
    assertThat(s.ratio(3, RoundingMode.HALF_EVEN)).contains(new BigDecimal("0.605"));
    assertThat(s.gapToTarget(new BigDecimal("50"), 2, RoundingMode.HALF_EVEN)).contains(new BigDecimal("10.50"));
  }

  @Test
  void emptyWhole_isUndefined_notAnError() {
    Share s = Share.of(0, 0);
    assertThat(s.isDefined()).isFalse();
    assertThat(s.percent(1, RoundingMode.HALF_EVEN)).isEmpty();
    assertThat(s.ratio(1, RoundingMode.HALF_EVEN)).isEmpty();
    assertThat(s.gapToTarget(new BigDecimal("50"), 1, RoundingMode.HALF_EVEN)).isEmpty();
  }

  @Test
  void constructor_rejectsPartsLargerThanTheWholeOrNegative() {
    assertThatThrownBy(() -> Share.of(3, 2)).hasMessageContaining("share numerator 3 exceeds denominator 2");
    assertThatThrownBy(() -> Share.of(-1, 2)).hasMessageContaining("share numerator -1 is negative");
  }

  @Test
  void equality_ignoresScale() {
    new EqualsTester()
        .addEqualityGroup(Share.of(1, 2), new Share(new BigDecimal("1.0"), new BigDecimal("2.00")))
        .addEqualityGroup(Share.of(2, 4))
        .addEqualityGroup(Share.of(0, 0))
        .testEquals();
    assertThat(Share.of(72, 119)).hasToString("72/119");
  }
}
