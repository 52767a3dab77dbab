package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A rating with the rounded score it was banded from.
 *
 * <pre>{@code
 * Rated r = RatingScheme.TRAFFIC_LIGHT.rate(achievement);
 * r.rating();   // Rating.AT_RISK
 * r.score();    // Optional[89]: 89.6 % floored to 0 places before banding
 * }</pre>
 *
 * <p>For an achievement range the rating is the worse of the ratings of its two ends (an open end
 * falls in the lowest or highest band) and {@code uncertain} says whether they differ. Immutable
 * and thread-safe.
 *
 * @param rating the rating
 * @param score the rounded percentage banded for the rating; empty when unrated or when the end
 *     rated is open
 * @param uncertain whether the two ends of a range rate differently
 */
public record Rated(Rating rating, Optional<BigDecimal> score, boolean uncertain) {

  /** Not rated, without score. */
  public static final Rated NOT_RATED = new Rated(Rating.NOT_RATED, Optional.empty(), false);

  /** Checks the components. */
  public Rated {
    checkNotNull(rating, "rating");
    checkNotNull(score, "score");
  }

  /** {@code at-risk (89)}. */
  @Override
  public String toString() {
    return rating
        + score.map(s -> " (" + s.toPlainString() + ")").orElse("")
        + (uncertain ? " uncertain" : "");
  }
}
