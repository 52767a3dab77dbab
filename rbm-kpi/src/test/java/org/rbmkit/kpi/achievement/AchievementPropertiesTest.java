package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;

/** Seeded randomised properties; the seed and case are in every failure message. */
class AchievementPropertiesTest {

  static final long SEED = 0x4ACE_2021L;
  static final int CASES = 2_000;
  static final CalendarYear Y2021 = CalendarYear.of(2021);

  static BigDecimal decimal(SplittableRandom r, int min, int max) {
    return BigDecimal.valueOf(r.nextLong((long) min * 100, (long) max * 100 + 1), r.nextInt(3));
  }

  @Test
  void aggregatingAnySplitOfTheParts_equalsTheRateOfTheSums() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int c = 0; c < CASES; c++) {
      long denominator = r.nextLong(0, 100_000);
      long numerator = denominator == 0 ? 0 : r.nextLong(0, denominator + 1);
      // split both counts into 1 to 12 parts, each part a ratio of a piece of each
      int parts = r.nextInt(1, 13);
      List<RatioValue> pieces = new ArrayList<>();
      long n = numerator;
      long d = denominator;
      for (int p = 0; p < parts - 1; p++) {
        long pd = d == 0 ? 0 : r.nextLong(0, d + 1);
        long pn = Math.min(n, pd == 0 ? 0 : r.nextLong(0, pd + 1));
        pieces.add(RatioValue.of(pn, pd));
        n -= pn;
        d -= pd;
      }
      pieces.add(RatioValue.of(n, d));
      String where =
          "seed "
              + SEED
              + " case "
              + c
              + ": "
              + numerator
              + "/"
              + denominator
              + " split as "
              + pieces;
      // one pass, and the same in random chunks merged in a random order
      ValueAccumulator onePass = ValueAccumulator.EMPTY;
      for (RatioValue v : pieces) {
        onePass = onePass.plus(v);
      }
      List<ValueAccumulator> chunks = new ArrayList<>();
      for (RatioValue v : pieces) {
        if (chunks.isEmpty() || r.nextBoolean()) {
          chunks.add(ValueAccumulator.EMPTY);
        }
        int last = chunks.size() - 1;
        chunks.set(last, chunks.get(last).plus(v));
      }
      ValueAccumulator merged = ValueAccumulator.EMPTY;
      while (!chunks.isEmpty()) {
        merged = chunks.remove(r.nextInt(chunks.size())).plus(merged);
      }
      assertThat(merged).as(where).isEqualTo(onePass);
      RatioValue total = (RatioValue) merged.value(AggregationRule.RATIO_OF_SUMS).orElseThrow();
      assertThat(total).as(where).isEqualTo(RatioValue.of(numerator, denominator));
      if (denominator > 0) {
        assertThat(
                ExactRatio.of(total.numerator(), total.denominator())
                    .compareValue(
                        ExactRatio.of(
                            BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator))))
            .as(where)
            .isZero();
      } else {
        assertThat(total.quotient(6, java.math.RoundingMode.HALF_EVEN)).as(where).isEmpty();
      }
    }
  }

  @Test
  void achievement_isMonotonicInTheActualForIncrease_andAntitonicForDecrease() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    AchievementCalculator progress = new AchievementCalculator(AchievementPolicy.DEFAULT);
    AchievementCalculator ratio =
        new AchievementCalculator(
            AchievementPolicy.DEFAULT.withMethod(AchievementMethod.RATIO_TO_TARGET));
    for (int c = 0; c < CASES; c++) {
      boolean increase = r.nextBoolean();
      BigDecimal baseline = decimal(r, 0, 1_000);
      BigDecimal gap = decimal(r, 1, 500);
      BigDecimal target = increase ? baseline.add(gap) : baseline.subtract(gap);
      if (target.signum() <= 0) {
        target = new BigDecimal("0.5");
        baseline = target.add(gap);
      }
      BigDecimal a1 = decimal(r, 1, 2_000);
      BigDecimal a2 = a1.add(decimal(r, 0, 300));
      String where =
          "seed "
              + (SEED + 1)
              + " case "
              + c
              + ": "
              + (increase ? "increase" : "decrease")
              + " baseline "
              + baseline
              + " target "
              + target
              + " actuals "
              + a1
              + " <= "
              + a2;
      for (AchievementCalculator calc : List.of(progress, ratio)) {
        ExactRatio x1 = achieved(calc, increase, baseline, target, a1, where);
        ExactRatio x2 = achieved(calc, increase, baseline, target, a2, where);
        int cmp = x1.compareValue(x2);
        if (increase) {
          assertThat(cmp).as(where + " " + calc.policy().method()).isLessThanOrEqualTo(0);
        } else {
          assertThat(cmp).as(where + " " + calc.policy().method()).isGreaterThanOrEqualTo(0);
        }
        if (a1.compareTo(a2) < 0 && calc == progress) {
          assertThat(cmp).as(where + ": strictly").isNotZero();
        }
      }
    }
  }

  private static ExactRatio achieved(
      AchievementCalculator calc,
      boolean increase,
      BigDecimal b,
      BigDecimal t,
      BigDecimal a,
      String where) {
    Indicator i =
        Indicators.of("m", Measure.UNIT, increase ? Direction.INCREASE : Direction.DECREASE)
            .baseline(Indicators.base(2017, b.toPlainString()))
            .target(Indicators.pv("2021", IndicatorValue.of(t)))
            .actual(Indicators.pv("2021", IndicatorValue.of(a)))
            .build();
    Achievement x = calc.achievement(i, Y2021);
    assertThat(x.status()).as(where + " " + x.explanation()).isEqualTo(AchievementStatus.MEASURED);
    return x.point().orElseThrow();
  }

  @Test
  void ratingTallies_mergedInAnyOrder_equalOnePass() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    List<Rating> ratings =
        List.of(Rating.ON_TRACK, Rating.AT_RISK, Rating.OFF_TRACK, Rating.NOT_RATED);
    for (int c = 0; c < 500; c++) {
      List<RatingTally> singles = new ArrayList<>();
      RatingTally onePass = RatingTally.EMPTY;
      for (int k = r.nextInt(0, 20); k > 0; k--) {
        Rating rating = ratings.get(r.nextInt(ratings.size()));
        Rated rated =
            new Rated(
                rating,
                rating.isRated()
                    ? java.util.Optional.of(decimal(r, 0, 150))
                    : java.util.Optional.empty(),
                false);
        BigDecimal w = BigDecimal.valueOf(r.nextInt(0, 4));
        onePass = onePass.plus(rated, w);
        singles.add(RatingTally.EMPTY.plus(rated, w));
      }
      RatingTally merged = RatingTally.EMPTY;
      while (!singles.isEmpty()) {
        RatingTally next = singles.remove(r.nextInt(singles.size()));
        merged = r.nextBoolean() ? merged.plus(next) : next.plus(merged);
      }
      assertThat(merged).as("seed " + (SEED + 2) + " case " + c).isEqualTo(onePass);
    }
  }
}
