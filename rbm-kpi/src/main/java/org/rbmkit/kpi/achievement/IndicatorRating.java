package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;

/**
 * One indicator's achievement, pace and rating within a roll-up.
 *
 * <pre>{@code
 * IndicatorRating r = rollup.result("3").indicators().get(0);
 * r.rated().rating();      // Rating.ON_TRACK
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param resultCode the code of the result holding the indicator
 * @param achievement the indicator's achievement for the period rolled up
 * @param pace the pace at the roll-up date; empty when no date was given
 * @param rated the rating
 * @param weight the weight in a weighted roll-up
 */
public record IndicatorRating(
    String resultCode,
    Achievement achievement,
    Optional<Pace> pace,
    Rated rated,
    BigDecimal weight) {

  /** Checks the components. */
  public IndicatorRating {
    checkNotNull(resultCode, "resultCode");
    checkNotNull(achievement, "achievement");
    checkNotNull(pace, "pace");
    checkNotNull(rated, "rated");
    checkNotNull(weight, "weight");
  }

  /** The indicator's code. */
  public String indicatorCode() {
    return achievement.indicatorCode();
  }
}
