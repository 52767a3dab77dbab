package org.rbmkit.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.staff.StaffTime;
import org.rbmkit.core.staff.StaffTimeUnit;

/** Seeded randomised properties of the indicator value types. */
class IndicatorValuesPropertiesTest {

  private static final long SEED = 119_72L;

  private static BigDecimal decimal(SplittableRandom r, boolean nonNegative) {
    long unscaled = nonNegative ? r.nextLong(0, Long.MAX_VALUE) : r.nextLong();
    return BigDecimal.valueOf(unscaled, r.nextInt(13));
  }

  @Test
  void parseOfToString_isTheIdentityAndKeepsTheScale() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < 5_000; i++) {
      String at = "seed " + SEED + " case " + i;
      DecimalValue d = new DecimalValue(decimal(r, false));
      assertThat(DecimalValue.parse(d.toString())).as(at).isEqualTo(d);
      assertThat(DecimalValue.parse(d.toString()).value().scale()).as(at).isEqualTo(d.value().scale());
      RatioValue q = new RatioValue(decimal(r, true), decimal(r, true));
      assertThat(RatioValue.parse(q.toString())).as(at).isEqualTo(q);
      BigDecimal lo = decimal(r, false);
      Band b = new Band(lo, lo.add(decimal(r, true)));
      assertThat(Band.parse(b.toString())).as(at).isEqualTo(b);
      StaffTime t =
          new StaffTime(
              BigDecimal.valueOf(r.nextLong(0, 1_000_000_000L), r.nextInt(7)),
              r.nextBoolean() ? StaffTimeUnit.FTE : StaffTimeUnit.WORK_MONTHS);
      assertThat(StaffTime.parse(t.toString())).as(at).isEqualTo(t);
    }
  }

  @Test
  void ratioPlus_isAssociativeCommutativeAndAddsCounts() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int i = 0; i < 5_000; i++) {
      String at = "seed " + (SEED + 1) + " case " + i;
      RatioValue a = RatioValue.of(r.nextInt(10_000), r.nextInt(10_000));
      RatioValue b = RatioValue.of(r.nextInt(10_000), r.nextInt(10_000));
      RatioValue c = RatioValue.of(r.nextInt(10_000), r.nextInt(10_000));
      assertThat(a.plus(b)).as(at).isEqualTo(b.plus(a));
      assertThat(a.plus(b).plus(c)).as(at).isEqualTo(a.plus(b.plus(c)));
      a.quotient(6, RoundingMode.HALF_UP)
          .ifPresent(
              x -> {
                if (a.numerator().compareTo(a.denominator()) <= 0) {
                  assertThat(x).as(at).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
                }
              });
      assertThat(a.quotient(6, RoundingMode.HALF_UP).isPresent()).as(at).isEqualTo(a.denominator().signum() > 0);
    }
  }
}
