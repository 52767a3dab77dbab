package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.rbmkit.core.text.Coded;

/**
 * How the rating of a result follows from the ratings of the indicators under it.
 *
 * <pre>{@code
 * // indicators on track, on track, off track
 * RollupRule.WORST;      // off track
 * RollupRule.MEDIAN;     // on track
 * }</pre>
 *
 * <p>Unrated indicators take no part; a result without any rated indicator is {@link
 * Rating#NOT_RATED}.
 */
public enum RollupRule implements Coded {
  /** The worst rating. The default: a result is only as sound as its weakest indicator. */
  WORST("worst"),
  /** The median rating by severity; for an even count, the worse of the two middle ones. */
  MEDIAN("median"),
  /**
   * The scheme's rating of the weighted mean of the indicators' scores (the rounded percentages the
   * scheme banded).
   */
  WEIGHTED("weighted");

  private final String code;

  RollupRule(String code) {
    this.code = code;
  }

  /**
   * The rating of a result whose indicators are counted in {@code tally}, under this rule and the
   * {@code scheme} that rated them: the worst or the median rating of the tally, or the scheme's
   * band of the tally's weighted mean score; {@link Rating#NOT_RATED} when the tally holds no rated
   * indicator. Every roll-up rates its results through this method, and so can a caller that
   * groups results its own way (all the results of an IATI activity, say).
   *
   * <pre>{@code
   * RatingTally t = RatingTally.EMPTY.plus(Rating.ON_TRACK).plus(Rating.OFF_TRACK);
   * RollupRule.WORST.rate(t, RatingScheme.TRAFFIC_LIGHT);   // off-track
   * }</pre>
   */
  public Rating rate(RatingTally tally, RatingScheme scheme) {
    checkNotNull(tally, "tally");
    checkNotNull(scheme, "scheme");
    Optional<Rating> r =
        switch (this) {
          case WORST -> tally.worst();
          case MEDIAN -> tally.median();
          case WEIGHTED ->
              tally.weightedMean(scheme.scale(), scheme.rounding()).map(scheme::band);
        };
    return r.orElse(Rating.NOT_RATED);
  }

  /** The stable code, such as {@code median}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static RollupRule fromCode(String code) {
    return Coded.fromCode(RollupRule.class, code, "roll-up rule");
  }
}
