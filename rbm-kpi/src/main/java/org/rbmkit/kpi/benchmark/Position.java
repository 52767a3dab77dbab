package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbmkit.core.text.Coded;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.MissingPolicy;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.TieRule;

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

  /**
   * The quarter of the ranking an entity falls in, from its percentile rank {@code p} (see
   * {@link Position#percentile()}): {@link #FIRST} (top) when {@code p > 75}, {@link #SECOND} when
   * {@code 50 < p <= 75}, {@link #THIRD} when {@code 25 < p <= 50}, {@link #FOURTH} (bottom)
   * otherwise. Tied entities share a percentile and so a quartile.
   */
  public enum Quartile implements Coded {
    /** Top quarter: percentile rank above 75. */
    FIRST("q1"),
    /** Percentile rank above 50, at most 75. */
    SECOND("q2"),
    /** Percentile rank above 25, at most 50. */
    THIRD("q3"),
    /** Bottom quarter: percentile rank at most 25. */
    FOURTH("q4");

    private final String code;

    Quartile(String code) {
      this.code = code;
    }

    /** The stable code used in JSON and reports, such as {@code q1}. */
    public String code() {
      return code;
    }

    /**
     * The constant with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static Quartile fromCode(String code) {
      return Coded.fromCode(Quartile.class, code, "quartile");
    }

    private static final BigDecimal P25 = BigDecimal.valueOf(25);
    private static final BigDecimal P50 = BigDecimal.valueOf(50);
    private static final BigDecimal P75 = BigDecimal.valueOf(75);

    /** The quartile of a percentile rank between 0 and 100, by the bounds in the class comment. */
    public static Quartile ofPercentile(BigDecimal percentile) {
      checkNotNull(percentile, "percentile");
      if (percentile.compareTo(P75) > 0) {
        return FIRST;
      }
      if (percentile.compareTo(P50) > 0) {
        return SECOND;
      }
      if (percentile.compareTo(P25) > 0) {
        return THIRD;
      }
      return FOURTH;
    }

    @Override
    public String toString() {
      return code;
    }
  }

  /**
   * How far a value is from a reference (the median, the best value, a target, the peer-group
   * mean), in the metric's unit.
   *
   * <pre>{@code
   * Gap g = Gap.between(new BigDecimal("59"), new BigDecimal("60"), Direction.HIGHER_IS_BETTER);
   * g.difference();      // -1: value minus reference
   * g.advantage();       // -1: negative, the value is worse than the reference
   * }</pre>
   *
   * <p>{@link #difference()} is {@code value - reference}, exact when both are exact; the
   * {@link #advantage()} is the same number signed so that positive means better, whatever the
   * metric's direction. Immutable and thread-safe.
   *
   * @param reference the value compared against
   * @param difference {@code value - reference}
   * @param direction the metric's direction
   */
  public record Gap(BigDecimal reference, BigDecimal difference, Direction direction) {

    /** Validates the components. */
    public Gap {
      checkNotNull(reference, "reference");
      checkNotNull(difference, "difference");
      checkNotNull(direction, "direction");
    }

    /** The gap of {@code value} to {@code reference}. */
    public static Gap between(BigDecimal value, BigDecimal reference, Direction direction) {
      checkNotNull(value, "value");
      checkNotNull(reference, "reference");
      return new Gap(reference, value.subtract(reference), direction);
    }

    /** The difference signed so that positive means better than the reference. */
    public BigDecimal advantage() {
      return direction == Direction.HIGHER_IS_BETTER ? difference : difference.negate();
    }

    /** Whether the value is at least as good as the reference. */
    public boolean isFavourable() {
      return advantage().signum() >= 0;
    }
  }
}
