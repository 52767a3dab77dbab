package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The present values of one peer group in a {@link MetricTable}: how many, their exact total,
 * their mean and their share of the table's total.
 *
 * <pre>{@code
 * table.peerGroups().get(group).shareOfTotal();   // Optional[58.09...] percent
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param group the peer group
 * @param count the number of entities of the group with a value
 * @param total the exact sum of their values; zero when there are none
 * @param mean the mean of their values rounded to the table's precision, or empty when none
 * @param shareOfTotal {@code 100 · total / table total}, rounded to the table's precision, or
 *     empty when the table's total is zero
 */
public record PeerGroupSummary(
    PeerGroup group,
    long count,
    BigDecimal total,
    Optional<BigDecimal> mean,
    Optional<BigDecimal> shareOfTotal) {

  /** Validates the components. */
  public PeerGroupSummary {
    checkNotNull(group, "group");
    checkArgument(count >= 0, "group %s: count %s is negative", group, count);
    checkNotNull(total, "total");
    checkNotNull(mean, "mean");
    checkNotNull(shareOfTotal, "shareOfTotal");
  }
}
