package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;

/**
 * Counts of ratings, with the weighted sum of scores, merged associatively.
 *
 * <pre>{@code
 * RatingTally t = RatingTally.EMPTY
 *     .plus(Rating.ON_TRACK).plus(Rating.ON_TRACK).plus(Rating.OFF_TRACK);
 * t.count(Rating.ON_TRACK);                 // 2
 * t.worst();                                // Optional[off-track]
 * t.median();                               // Optional[on-track]
 * t.plus(other).equals(other.plus(t));      // true
 * }</pre>
 *
 * <p>Memory is proportional to the number of distinct ratings. {@link #counts()} lists ratings from
 * the best to the worst, {@link Rating#NOT_RATED} last. Immutable and thread-safe.
 */
public final class RatingTally {

  /** No ratings. */
  public static final RatingTally EMPTY =
      new RatingTally(ImmutableMap.of(), BigDecimal.ZERO, BigDecimal.ZERO);

  private final ImmutableMap<Rating, Long> counts;
  private final BigDecimal weightedScores;
  private final BigDecimal weights;

  private RatingTally(Map<Rating, Long> counts, BigDecimal weightedScores, BigDecimal weights) {
    List<Rating> order = new ArrayList<>(counts.keySet());
    order.sort(Rating.WORST_FIRST.reversed());
    Map<Rating, Long> sorted = new LinkedHashMap<>();
    order.forEach(r -> sorted.put(r, counts.get(r)));
    this.counts = ImmutableMap.copyOf(sorted);
    this.weightedScores = weightedScores;
    this.weights = weights;
  }

  /** A tally of these counts (in any order) and sums; for calculators that count in place. */
  static RatingTally of(Map<Rating, Long> counts, BigDecimal weightedScores, BigDecimal weights) {
    return new RatingTally(counts, weightedScores, weights);
  }

  /** This tally with one more rating, without a score. */
  public RatingTally plus(Rating rating) {
    checkNotNull(rating, "rating");
    Map<Rating, Long> m = new LinkedHashMap<>(counts);
    m.merge(rating, 1L, Long::sum);
    return new RatingTally(m, weightedScores, weights);
  }

  /**
   * This tally with one more rated value; its score (when present and the rating is rated) counts
   * towards the weighted mean with {@code weight}.
   */
  public RatingTally plus(Rated rated, BigDecimal weight) {
    checkNotNull(rated, "rated");
    checkNotNull(weight, "weight");
    if (weight.signum() < 0) {
      throw new IllegalArgumentException(
          lenientFormat(
              "weight %s is negative",
              weight.toPlainString()));
    }
    RatingTally t = plus(rated.rating());
    if (rated.rating().isRated() && rated.score().isPresent()) {
      return new RatingTally(
          t.counts, weightedScores.add(rated.score().get().multiply(weight)), weights.add(weight));
    }
    return t;
  }

  /** The ratings of both tallies; associative and commutative. */
  public RatingTally plus(RatingTally other) {
    checkNotNull(other, "other");
    Map<Rating, Long> m = new LinkedHashMap<>(counts);
    other.counts.forEach((r, n) -> m.merge(r, n, Long::sum));
    return new RatingTally(m, weightedScores.add(other.weightedScores), weights.add(other.weights));
  }

  /** The count of each rating present, best first, {@link Rating#NOT_RATED} last. */
  public ImmutableMap<Rating, Long> counts() {
    return counts;
  }

  /** The count of {@code rating}; 0 when absent. */
  public long count(Rating rating) {
    return counts.getOrDefault(checkNotNull(rating, "rating"), 0L);
  }

  /** The number of ratings, not-rated included. */
  public long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The number of ratings other than {@link Rating#NOT_RATED}. */
  public long rated() {
    return total() - count(Rating.NOT_RATED);
  }

  /** The worst rating; empty when nothing is rated. */
  public Optional<Rating> worst() {
    return counts.keySet().stream().filter(Rating::isRated).min(Rating.WORST_FIRST);
  }

  /**
   * The median rating by severity, the worse of the two middle ones for an even count; empty when
   * nothing is rated.
   */
  public Optional<Rating> median() {
    long n = rated();
    if (n == 0) {
      return Optional.empty();
    }
    long index =
        n / 2; // in best-first order, n/2 is the middle, or the worse middle when n is even
    long seen = 0;
    for (Map.Entry<Rating, Long> e : counts.entrySet()) {
      seen += e.getValue();
      if (seen > index) {
        return Optional.of(e.getKey());
      }
    }
    throw new AssertionError("median index " + index + " beyond " + n);
  }

  /**
   * The weighted mean of the scores, to {@code scale} places by {@code rounding}; empty when the
   * weights sum to zero (no scored rating).
   */
  public Optional<BigDecimal> weightedMean(int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    return weights.signum() == 0
        ? Optional.empty()
        : Optional.of(weightedScores.divide(weights, scale, rounding));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RatingTally t
        && counts.equals(t.counts)
        && weightedScores.compareTo(t.weightedScores) == 0
        && weights.compareTo(t.weights) == 0;
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  /** {@code {on-track=2, off-track=1}}. */
  @Override
  public String toString() {
    return counts.toString();
  }
}
