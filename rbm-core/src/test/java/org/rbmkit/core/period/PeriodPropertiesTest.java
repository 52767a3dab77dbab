package org.rbmkit.core.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;

/** Seeded randomised properties of periods; a failure names the seed and case to replay. */
class PeriodPropertiesTest {

  private static final long SEED = 1919L;

  static Period randomPeriod(SplittableRandom r) {
    int year = 1900 + r.nextInt(297);
    switch (r.nextInt(5)) {
      case 0:
        return CalendarYear.of(year);
      case 1:
        return Biennium.startingIn(year);
      case 2:
        return new PlanPeriod(year, year + 2 + r.nextInt(2));
      case 3:
        return Quarter.of(year, 1 + r.nextInt(4));
      default:
        // now and then anywhere a date can be, where a year has a sign and more digits
        LocalDate start =
            r.nextInt(8) == 0
                ? LocalDate.ofEpochDay(
                    r.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay() - 800))
                : LocalDate.of(year, 1, 1).plusDays(r.nextInt(365));
        return DateRange.ofInclusive(start, start.plusDays(r.nextInt(800)));
    }
  }

  @Test
  void parseOfToString_andJson_areTheIdentity() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < 5_000; i++) {
      Period p = randomPeriod(r);
      String at = "seed " + SEED + " case " + i + ": " + p;
      assertThat(Period.parse(p.toString())).as(at).isEqualTo(p);
      assertThat(RbmJson.mapper().readValue(RbmJson.mapper().writeValueAsString(p), Period.class))
          .as(at)
          .isEqualTo(p);
    }
  }

  @Test
  void containsAndOverlaps_agreeWithTheDays() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int i = 0; i < 5_000; i++) {
      Period a = randomPeriod(r);
      Period b = randomPeriod(r);
      String at = "seed " + (SEED + 1) + " case " + i + ": " + a + ", " + b;
      assertThat(a.overlaps(b)).as(at).isEqualTo(b.overlaps(a));
      assertThat(a.contains(a)).as(at).isTrue();
      if (a.contains(b)) {
        assertThat(a.overlaps(b)).as(at).isTrue();
        assertThat(a.contains(b.start()) && a.contains(b.endInclusive())).as(at).isTrue();
      }
      assertThat(a.contains(b.start()) || b.contains(a.start())).as(at).isEqualTo(a.overlaps(b));
    }
  }
}
