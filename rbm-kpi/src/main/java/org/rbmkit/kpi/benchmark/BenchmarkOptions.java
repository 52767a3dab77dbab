package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.MathContext;
import java.util.List;
import org.rbmkit.core.text.Coded;

/**
 * The rules a comparison follows: how ties rank, what happens to missing values, the precision
 * of derived statistics and the attributes that define peer groups.
 *
 * <pre>{@code
 * BenchmarkOptions o = BenchmarkOptions.defaults()
 *     .withTieRule(TieRule.FRACTIONAL)
 *     .withMissingPolicy(MissingPolicy.RANK_LAST)
 *     .withPeerAttributes(List.of("region"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param tieRule how tied values share ranks
 * @param missingPolicy whether entities without a value are left out or ranked last
 * @param precision the precision of every rounded result (divisions, square roots): normalised
 *     values, means, percentiles, z-scores, shares; {@link MathContext#DECIMAL128} (34
 *     significant digits, half-even) by default
 * @param peerAttributes the attributes whose values define an entity's peer group; empty for no
 *     peer comparison
 */
public record BenchmarkOptions(
    TieRule tieRule,
    MissingPolicy missingPolicy,
    MathContext precision,
    List<String> peerAttributes) {

  /** Validates and copies the components. */
  public BenchmarkOptions {
    checkNotNull(tieRule, "tieRule");
    checkNotNull(missingPolicy, "missingPolicy");
    checkNotNull(precision, "precision");
    checkNotNull(peerAttributes, "peerAttributes");
    if (precision.getPrecision() == 0) {
      throw new IllegalArgumentException(
          "precision " + precision + " is unlimited; divisions need a stated number of digits");
    }
    peerAttributes.forEach(a -> Ids.check(a, "peer attribute"));
    peerAttributes = ImmutableList.copyOf(peerAttributes);
  }

  /** Competition ranking, missing values excluded, {@link MathContext#DECIMAL128}, no peers. */
  public static BenchmarkOptions defaults() {
    return new BenchmarkOptions(
        TieRule.COMPETITION, MissingPolicy.EXCLUDE, MathContext.DECIMAL128, List.of());
  }

  /** These options with another tie rule. */
  public BenchmarkOptions withTieRule(TieRule rule) {
    return new BenchmarkOptions(rule, missingPolicy, precision, peerAttributes);
  }

  /** These options with another missing-value policy. */
  public BenchmarkOptions withMissingPolicy(MissingPolicy policy) {
    return new BenchmarkOptions(tieRule, policy, precision, peerAttributes);
  }

  /** These options with another precision. */
  public BenchmarkOptions withPrecision(MathContext mathContext) {
    return new BenchmarkOptions(tieRule, missingPolicy, mathContext, peerAttributes);
  }

  /** These options with peer groups defined by the given attributes. */
  public BenchmarkOptions withPeerAttributes(List<String> attributes) {
    return new BenchmarkOptions(tieRule, missingPolicy, precision, attributes);
  }

  /**
   * How tied values share ranks, for values {@code 10, 8, 8, 5} with higher better.
   *
   * <ul>
   *   <li>{@link #COMPETITION}: {@code 1, 2, 2, 4} ("1224"); a rank is one plus the number of
   *       entities strictly better;
   *   <li>{@link #DENSE}: {@code 1, 2, 2, 3} ("1223"); one plus the number of distinct better
   *       values;
   *   <li>{@link #FRACTIONAL}: {@code 1, 2.5, 2.5, 4}; the mean of the positions the tied entities
   *       occupy, so ranks always sum to {@code n(n+1)/2}.
   * </ul>
   */
  public enum TieRule implements Coded {
    /** Standard competition ranking: tied entities take the best position of their block. */
    COMPETITION("competition"),
    /** Dense ranking: tied entities share a rank and the next value takes the next integer. */
    DENSE("dense"),
    /** Fractional ranking: tied entities take the mean of the positions of their block. */
    FRACTIONAL("fractional");

    private final String code;

    TieRule(String code) {
      this.code = code;
    }

    /** The stable code used in JSON and reports, such as {@code competition}. */
    public String code() {
      return code;
    }

    /**
     * The constant with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static TieRule fromCode(String code) {
      return Coded.fromCode(TieRule.class, code, "tie rule");
    }

    @Override
    public String toString() {
      return code;
    }
  }

  /**
   * What happens to an entity without a value for the metric and period (or whose normaliser has
   * no value). Either way the entity is listed in {@link MetricTable#missing()} with the reason.
   */
  public enum MissingPolicy implements Coded {
    /** Not ranked: ranks, percentiles and statistics cover the entities with values only. */
    EXCLUDE("exclude"),
    /** Ranked after every entity with a value, all missing entities tied; statistics still cover the present values only. */
    RANK_LAST("rank-last");

    private final String code;

    MissingPolicy(String code) {
      this.code = code;
    }

    /** The stable code used in JSON and reports, such as {@code exclude}. */
    public String code() {
      return code;
    }

    /**
     * The constant with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static MissingPolicy fromCode(String code) {
      return Coded.fromCode(MissingPolicy.class, code, "missing-value policy");
    }

    @Override
    public String toString() {
      return code;
    }
  }
}
