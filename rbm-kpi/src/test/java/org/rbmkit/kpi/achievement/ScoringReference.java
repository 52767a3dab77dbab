package org.rbmkit.kpi.achievement;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBand;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBasis;

/**
 * How the property tests of scoring and the roll-up score an achievement, written here in plain
 * {@code BigDecimal} arithmetic by the rules of docs/achievement.md, and the custom scheme they
 * draw beside the built-in ones.
 *
 * <pre>{@code
 * BigDecimal score = ScoringReference.percent(FINE, n, d);   // n × 100 ÷ d, 2 places, half even
 * Rating rating = ScoringReference.band(FINE, score);
 * }</pre>
 */
final class ScoringReference {

  /**
   * A custom scheme: two places, half even, an exclusive bound, and a band above 150 % that
   * repeats a rating.
   */
  static final RatingScheme FINE =
      new RatingScheme(
          "fine",
          LocalizedText.of("en", "Fine"),
          RatingBasis.ACHIEVEMENT,
          2,
          RoundingMode.HALF_EVEN,
          ImmutableList.of(
              RatingBand.lowest(Rating.OFF_TRACK),
              RatingBand.above(new BigDecimal("33.335"), Rating.AT_RISK),
              RatingBand.from(new BigDecimal("66.67"), Rating.ON_TRACK),
              RatingBand.above(new BigDecimal("150"), Rating.AT_RISK)));

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ScoringReference() {}

  /** {@code numerator} × 100 ÷ {@code denominator}, at the scheme's scale and rounding. */
  static BigDecimal percent(RatingScheme scheme, BigDecimal numerator, BigDecimal denominator) {
    return numerator.multiply(HUNDRED).divide(denominator, scheme.scale(), scheme.rounding());
  }

  /** The rating of the last band whose lower bound the score passes. */
  static Rating band(RatingScheme scheme, BigDecimal score) {
    Rating r = scheme.bands().get(0).rating();
    for (RatingBand b : scheme.bands()) {
      int c = b.from().map(score::compareTo).orElse(1);
      if (c > 0 || (c == 0 && b.inclusive())) {
        r = b.rating();
      }
    }
    return r;
  }
}
