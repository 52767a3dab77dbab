package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.kpi.achievement.ScoringReference.FINE;
import static org.rbmkit.kpi.achievement.ScoringReference.band;
import static org.rbmkit.kpi.achievement.ScoringReference.percent;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.AchievementPolicy.MissingBaseline;
import org.rbmkit.kpi.achievement.AchievementPolicy.OverAchievement;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBand;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBasis;

/**
 * The one scorer against a reference written here in plain {@code BigDecimal} arithmetic: the
 * method's fraction, the cap, the percentage at the scheme's scale and the band, for random figures
 * of random scales and sizes (some beyond a {@code long}), every rounding mode and both methods.
 * The seed and case are in every failure message.
 */
class ScorerTest {

  private static final long SEED = 0x5C0_2E12L;
  private static final int CASES = 20_000;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final List<RatingScheme> SCHEMES =
      List.of(RatingScheme.TRAFFIC_LIGHT, RatingScheme.ON_TARGET_15, FINE);

  /** A decimal of 0 to 3 places: small, or up to 15 digits (18 at the largest scale). */
  private static BigDecimal decimal(SplittableRandom r) {
    long units =
        r.nextInt(4) == 0
            ? r.nextLong(-999_999_999_999_999L, 1_000_000_000_000_000L)
            : r.nextLong(-3_000, 3_000);
    return BigDecimal.valueOf(units, r.nextInt(4));
  }

  @Test
  void score_isTheReferencePercentageAndBand() {
    SplittableRandom r = new SplittableRandom(SEED);
    int[] seen = new int[3]; // not rated, scored, left to exact ratios
    for (int c = 0; c < CASES; c++) {
      AchievementPolicy policy =
          AchievementPolicy.DEFAULT
              .withMethod(
                  r.nextBoolean() ? AchievementMethod.PROGRESS : AchievementMethod.RATIO_TO_TARGET)
              .withOverAchievement(r.nextBoolean() ? OverAchievement.CAP : OverAchievement.KEEP)
              .withMissingBaseline(
                  r.nextBoolean() ? MissingBaseline.REQUIRE : MissingBaseline.TREAT_AS_ZERO);
      RatingScheme scheme = SCHEMES.get(r.nextInt(SCHEMES.size()));
      BigDecimal a = decimal(r);
      BigDecimal t = r.nextInt(20) == 0 ? a : decimal(r);
      boolean hasBaseline = r.nextInt(4) != 0;
      BigDecimal b = hasBaseline ? (r.nextInt(20) == 0 ? t : decimal(r)) : BigDecimal.ZERO;
      boolean increase = r.nextBoolean();
      String where =
          String.format(
              "seed %s case %s: %s %s a %s t %s b %s %s",
              SEED, c, policy, scheme, a, t, hasBaseline ? b : "none", increase ? "up" : "down");
      BigDecimal[] want = reference(policy, a, t, b, hasBaseline, increase);
      int scale = Math.max(a.scale(), Math.max(t.scale(), b.scale()));
      Scorer scorer = new Scorer(policy, scheme);
      long got =
          scorer.score(
              a.movePointRight(scale).longValueExact(),
              t.movePointRight(scale).longValueExact(),
              b.movePointRight(scale).longValueExact(),
              hasBaseline,
              increase);
      if (want == null) {
        assertThat(got).as(where).isEqualTo(Scorer.NOT_RATED);
        seen[0]++;
        continue;
      }
      BigDecimal percent = percent(scheme, want[0], want[1]);
      if (got == Scorer.EXACT) {
        // only a numerator that times 10^(scale + 2) leaves a long
        assertThat(want[0].abs().movePointRight(scale + scheme.scale() + 2))
            .as(where)
            .isGreaterThan(BigDecimal.valueOf(Long.MAX_VALUE));
        seen[2]++;
        continue;
      }
      seen[1]++;
      assertThat(BigDecimal.valueOf(got, scheme.scale())).as(where).isEqualTo(percent);
      assertThat(scorer.slots[scorer.slot(got)]).as(where).isEqualTo(band(scheme, percent));
      // the percentage of the exact fraction is the same score
      ExactRatio fraction = ExactRatio.of(want[0], want[1]);
      assertThat(
              ScoreArithmetic.percentage(
                  fraction.numerator(), fraction.denominator(), scheme.scale(), scheme.rounding()))
          .as(where)
          .isEqualTo(percent);
    }
    assertThat(seen[0]).as("not rated").isGreaterThan(CASES / 10);
    assertThat(seen[1]).as("scored").isGreaterThan(CASES / 3);
    assertThat(seen[2]).as("left to exact ratios").isGreaterThan(CASES / 100);
  }

  /**
   * The fraction's numerator and denominator (denominator positive, capped at 1/1), by the rules
   * of docs/achievement.md; null when the achievement is undefined.
   */
  private static BigDecimal[] reference(
      AchievementPolicy policy,
      BigDecimal a,
      BigDecimal t,
      BigDecimal b,
      boolean hasBaseline,
      boolean increase) {
    BigDecimal n;
    BigDecimal d;
    if (policy.method() == AchievementMethod.PROGRESS) {
      if (!hasBaseline && policy.missingBaseline() == MissingBaseline.REQUIRE) {
        return null;
      }
      // increase: the target above the baseline; decrease: below
      int c = t.compareTo(b);
      if (c == 0 || (c > 0) != increase) {
        return null;
      }
      n = a.subtract(b);
      d = t.subtract(b);
    } else if (increase) {
      if (t.signum() <= 0) {
        return null;
      }
      n = a;
      d = t;
    } else {
      if (t.signum() <= 0 || a.signum() <= 0) {
        return null;
      }
      n = t;
      d = a;
    }
    if (d.signum() < 0) {
      n = n.negate();
      d = d.negate();
    }
    if (policy.overAchievement() == OverAchievement.CAP && n.compareTo(d) > 0) {
      return new BigDecimal[] {BigDecimal.ONE, BigDecimal.ONE};
    }
    return new BigDecimal[] {n, d};
  }

  @Test
  void band_exactAndLongPaths_areTheReferenceBand() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    Rating[] ratings = {Rating.OFF_TRACK, Rating.AT_RISK, Rating.ON_TRACK, Rating.ABOVE_TARGET};
    int[] atBound = new int[2]; // scores equal to an inclusive, an exclusive bound
    for (int c = 0; c < CASES / 10; c++) {
      // bounds of 0 to 3 places, some between two scores of the scheme's scale, increasing
      int scale = r.nextInt(3);
      ImmutableList.Builder<RatingBand> bands = ImmutableList.builder();
      bands.add(RatingBand.lowest(ratings[r.nextInt(ratings.length)]));
      // in thousandths: half of the bounds fall on a score of the scheme's scale
      long from = r.nextLong(-200_000, 200_000);
      long step = (long) Math.pow(10, 3 - scale);
      int count = 1 + r.nextInt(4);
      for (int j = 0; j < count; j++) {
        from += r.nextLong(1, 40_000);
        if (r.nextBoolean()) {
          from = Math.floorDiv(from, step) * step + step;
        }
        BigDecimal bound = BigDecimal.valueOf(from, 3);
        Rating rating = ratings[r.nextInt(ratings.length)];
        bands.add(
            r.nextBoolean() ? RatingBand.from(bound, rating) : RatingBand.above(bound, rating));
      }
      ImmutableList<RatingBand> built = bands.build();
      RatingScheme scheme =
          new RatingScheme(
              "random",
              LocalizedText.of("en", "Random"),
              RatingBasis.ACHIEVEMENT,
              scale,
              RoundingMode.HALF_UP,
              built);
      Scorer scorer = new Scorer(AchievementPolicy.DEFAULT, scheme);
      for (int k = 0; k < 20; k++) {
        // a score at the scheme's scale (what the roll-up bands), often on or next to a bound
        BigDecimal score;
        if (r.nextBoolean() && built.size() > 1) {
          BigDecimal bound = built.get(1 + r.nextInt(built.size() - 1)).from().get();
          score =
              bound
                  .setScale(scale, RoundingMode.FLOOR)
                  .add(BigDecimal.valueOf(r.nextInt(-1, 3), scale));
        } else {
          score = BigDecimal.valueOf(r.nextLong(-3_000_000, 3_000_000), scale);
        }
        String where = String.format("seed %s case %s: %s score %s", SEED + 1, c, built, score);
        Rating want = band(scheme, score);
        assertThat(scheme.band(score)).as(where).isEqualTo(want);
        assertThat(scorer.slots[scorer.slot(score.unscaledValue().longValueExact())])
            .as(where)
            .isEqualTo(want);
        for (RatingBand b : built.subList(1, built.size())) {
          if (score.compareTo(b.from().get()) == 0) {
            atBound[b.inclusive() ? 0 : 1]++;
          }
        }
        // a score of more places than the scheme's is banded exactly by the public method
        BigDecimal finer = score.add(BigDecimal.valueOf(r.nextInt(-9, 10), scale + 1));
        assertThat(scheme.band(finer)).as(where + " finer " + finer).isEqualTo(band(scheme, finer));
      }
    }
    assertThat(atBound[0]).as("scores on an inclusive bound").isGreaterThan(CASES / 100);
    assertThat(atBound[1]).as("scores on an exclusive bound").isGreaterThan(CASES / 100);
  }

  @Test
  void fraction_isTheMethodsQuotient() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int c = 0; c < CASES; c++) {
      ExactRatio x = ratio(r);
      ExactRatio t = ratio(r);
      ExactRatio b = ratio(r);
      boolean progress = r.nextBoolean();
      boolean increase = r.nextBoolean();
      // the quotient as one exact decimal fraction: x, t and b over their common denominator
      BigDecimal common = x.denominator().multiply(t.denominator()).multiply(b.denominator());
      BigDecimal xs = x.numerator().multiply(common).divide(x.denominator());
      BigDecimal ts = t.numerator().multiply(common).divide(t.denominator());
      BigDecimal bs = b.numerator().multiply(common).divide(b.denominator());
      BigDecimal n = progress ? xs.subtract(bs) : increase ? xs : ts;
      BigDecimal d = progress ? ts.subtract(bs) : increase ? ts : xs;
      if (d.signum() == 0) {
        continue;
      }
      ExactRatio got = Scorer.fraction(x, t, b, progress, increase);
      String where = "seed " + (SEED + 1) + " case " + c + ": " + x + " " + t + " " + b;
      assertThat(got.compareValue(ExactRatio.of(n, d))).as(where).isZero();
      // n ÷ d above one: n beyond d, on the side of d's sign
      assertThat(Scorer.aboveOne(got))
          .as(where)
          .isEqualTo(d.signum() > 0 ? n.compareTo(d) > 0 : n.compareTo(d) < 0);
    }
  }

  /** A decimal or a ratio of decimals, positive denominator. */
  private static ExactRatio ratio(SplittableRandom r) {
    BigDecimal n = decimal(r);
    if (r.nextBoolean()) {
      return ExactRatio.of(n);
    }
    BigDecimal d = decimal(r).abs();
    return d.signum() == 0 ? ExactRatio.of(n) : ExactRatio.of(n, d);
  }

  @Test
  void percentage_isBigDecimalsDivision() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    for (int c = 0; c < CASES; c++) {
      BigDecimal n =
          new BigDecimal(r.nextLong() + "0".repeat(r.nextInt(3))).movePointLeft(r.nextInt(-4, 10));
      if (r.nextBoolean()) {
        n = BigDecimal.valueOf(r.nextLong(-500, 500), r.nextInt(-2, 6));
      }
      BigDecimal d =
          BigDecimal.valueOf(
              r.nextLong(1, r.nextBoolean() ? 1_000 : Long.MAX_VALUE), r.nextInt(-4, 10));
      ExactRatio ratio = ExactRatio.of(n, d);
      int scale = r.nextInt(7);
      for (RoundingMode mode : RoundingMode.values()) {
        if (mode == RoundingMode.UNNECESSARY) {
          continue;
        }
        assertThat(ScoreArithmetic.percentage(ratio.numerator(), ratio.denominator(), scale, mode))
            .as("seed %s case %s: %s scale %s %s", SEED + 2, c, ratio, scale, mode)
            .isEqualTo(n.multiply(HUNDRED).divide(d, scale, mode));
      }
    }
  }

  @Test
  void divide_roundsAsBigDecimal() {
    SplittableRandom r = new SplittableRandom(SEED + 3);
    for (int c = 0; c < CASES; c++) {
      long d = c % 2 == 0 ? r.nextLong(1, 20) : r.nextLong(1, Long.MAX_VALUE);
      long x = c % 3 == 0 ? r.nextLong(-60, 60) : r.nextLong();
      for (RoundingMode mode : RoundingMode.values()) {
        if (mode == RoundingMode.UNNECESSARY) {
          continue;
        }
        assertThat(ScoreArithmetic.divide(x, d, mode))
            .as("seed %s case %s: %s / %s %s", SEED + 3, c, x, d, mode)
            .isEqualTo(
                BigDecimal.valueOf(x).divide(BigDecimal.valueOf(d), 0, mode).longValueExact());
      }
    }
  }
}
