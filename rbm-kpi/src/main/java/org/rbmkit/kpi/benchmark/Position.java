package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One entity's place in a {@link MetricTable}: its compared value, rank, percentile rank,
 * quartile, z-score, and gaps to the median, the best value, its target and its peer-group mean.
 *
 * <pre>{@code
 * Position p = table.position("unit-3").orElseThrow();
 * p.rank();                         // 2 (competition ranking)
 * p.percentile();                   // 62.5
 * p.gapToBest().map(Gap::difference);
 * }</pre>
 *
 * <p>Definitions, with {@code N} the number of ranked entities, {@code B} the number ranked
 * strictly worse and {@code E} the number tied with this one (itself included):
 *
 * <ul>
 *   <li>{@link #rank()}: by the table's {@link TieRule}, 1 is best;
 *   <li>{@link #percentile()}: the mid-rank percentile rank {@code 100 · (B + E/2) / N}, between 0
 *       and 100, higher is better; it does not depend on the tie rule or the input order;
 *   <li>{@link #quartile()}: from the percentile, see {@link Quartile};
 *   <li>{@link #zScore()}: the population z-score of the value among the present values, not
 *       direction-adjusted (positive means above the mean); empty when all values are equal;
 *   <li>gaps: {@code value - reference}, see {@link Gap}.
 * </ul>
 *
 * <p>An entity ranked last for a missing value ({@link MissingPolicy#RANK_LAST}) has an empty
 * value, z-score, gaps and share, and a {@link #missingReason()}. Immutable and thread-safe.
 *
 * @param entity the entity id
 * @param value the compared value (normalised when the metric has a normaliser), or empty
 * @param rank the rank by the tie rule; fractional ranks such as {@code 2.5} are exact
 * @param percentile the percentile rank, rounded to the table's precision
 * @param quartile the quartile of the percentile rank
 * @param zScore the population z-score, or empty
 * @param gapToMedian the gap to the median of the present values, or empty
 * @param gapToBest the gap to the best present value, or empty
 * @param gapToTarget the gap to the entity's target in the set, or empty
 * @param peerGroup the entity's peer group, or empty when no peer attributes are set or the
 *     entity lacks one
 * @param gapToPeerMean the gap to the mean of the present values in the peer group (the entity
 *     included), or empty
 * @param shareOfTotal the value as a percentage of the total of the present values, or empty when
 *     the value is missing or the total is zero; meaningful for additive metrics only
 * @param missingReason why the value is missing, or empty when it is present
 */
public record Position(
    String entity,
    Optional<BigDecimal> value,
    BigDecimal rank,
    BigDecimal percentile,
    Quartile quartile,
    Optional<BigDecimal> zScore,
    Optional<Gap> gapToMedian,
    Optional<Gap> gapToBest,
    Optional<Gap> gapToTarget,
    Optional<PeerGroup> peerGroup,
    Optional<Gap> gapToPeerMean,
    Optional<BigDecimal> shareOfTotal,
    Optional<String> missingReason) {

  /** Validates the components. */
  public Position {
    checkNotNull(entity, "entity");
    checkNotNull(value, "value");
    checkNotNull(rank, "rank");
    checkNotNull(percentile, "percentile");
    checkNotNull(quartile, "quartile");
    checkNotNull(zScore, "zScore");
    checkNotNull(gapToMedian, "gapToMedian");
    checkNotNull(gapToBest, "gapToBest");
    checkNotNull(gapToTarget, "gapToTarget");
    checkNotNull(peerGroup, "peerGroup");
    checkNotNull(gapToPeerMean, "gapToPeerMean");
    checkNotNull(shareOfTotal, "shareOfTotal");
    checkNotNull(missingReason, "missingReason");
    checkArgument(
        value.isPresent() != missingReason.isPresent(),
        "position %s: exactly one of value and missing reason must be present",
        entity);
    checkArgument(rank.signum() > 0, "position %s: rank %s is not positive", entity, rank);
  }

  /** Whether the entity has a value (it is not ranked last for a missing one). */
  public boolean hasValue() {
    return value.isPresent();
  }
}
