package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One band of a {@link RatingScheme}: the rating given to scores from a lower bound up to the next
 * band's.
 *
 * <pre>{@code
 * RatingBand.from(new BigDecimal("90"), Rating.ON_TRACK);            // >= 90 %
 * RatingBand.above(new BigDecimal("115"), Rating.ABOVE_TARGET);      // > 115 %
 * RatingBand.lowest(Rating.OFF_TRACK);                               // everything below
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param rating the rating of the band
 * @param from the lower bound as a percentage; empty for the lowest band
 * @param inclusive whether a score equal to {@code from} falls in this band
 */
public record RatingBand(Rating rating, Optional<BigDecimal> from, boolean inclusive) {

  /** Checks the components. */
  public RatingBand {
    checkNotNull(rating, "rating");
    checkNotNull(from, "from");
  }

  /** The lowest band, without a lower bound. */
  public static RatingBand lowest(Rating rating) {
    return new RatingBand(rating, Optional.empty(), true);
  }

  /** The band of scores at or above {@code from} percent. */
  public static RatingBand from(BigDecimal from, Rating rating) {
    return new RatingBand(rating, Optional.of(checkNotNull(from, "from")), true);
  }

  /** The band of scores strictly above {@code from} percent. */
  public static RatingBand above(BigDecimal from, Rating rating) {
    return new RatingBand(rating, Optional.of(checkNotNull(from, "from")), false);
  }

  /** Whether a score passes this band's lower bound. */
  boolean admits(BigDecimal score) {
    if (from.isEmpty()) {
      return true;
    }
    int c = score.compareTo(from.get());
    return inclusive ? c >= 0 : c > 0;
  }

  /** {@code >= 90: on-track}. */
  @Override
  public String toString() {
    return from.map(f -> (inclusive ? ">= " : "> ") + f.toPlainString()).orElse("lowest")
        + ": "
        + rating;
  }
}
