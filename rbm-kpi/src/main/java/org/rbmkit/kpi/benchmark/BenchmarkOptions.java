package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.MathContext;
import java.util.List;

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
}
