package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rbmkit.core.text.Coded;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Rate.RateKind;

/**
 * How many enrolments (or participants) reached each stage: the counts every rate is computed
 * from.
 *
 * <pre>{@code
 * StageCounts online = StageCounts.of(400, 380, 350, 259);
 * online.accessedPerEarned();                    // uptake 259/350
 * online.plus(StageCounts.of(10, 9, 9, 9));      // counts add; rates are never averaged
 * }</pre>
 *
 * <p>The stages are cumulative, so {@code enrolled ≥ completed ≥ credentialEarned ≥
 * credentialAccessed ≥ 0}. Counts combine by {@link #plus}, which is associative and commutative
 * with {@link #ZERO} as identity: a rate of a union of groups is the rate of the summed counts.
 * Immutable and thread-safe.
 *
 * @param enrolled how many were enrolled
 * @param completed how many completed
 * @param credentialEarned how many earned the credential
 * @param credentialAccessed how many accessed the credential they earned
 */
public record StageCounts(
    long enrolled, long completed, long credentialEarned, long credentialAccessed) {

  /** No enrolments at all. */
  public static final StageCounts ZERO = new StageCounts(0, 0, 0, 0);

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative or exceeds the one before it
   */
  public StageCounts {
    checkArgument(credentialAccessed >= 0, "credentialAccessed %s is negative", credentialAccessed);
    checkArgument(
        credentialEarned >= credentialAccessed,
        "credentialEarned %s is less than credentialAccessed %s",
        credentialEarned,
        credentialAccessed);
    checkArgument(
        completed >= credentialEarned,
        "completed %s is less than credentialEarned %s",
        completed,
        credentialEarned);
    checkArgument(
        enrolled >= completed, "enrolled %s is less than completed %s", enrolled, completed);
  }

  /** The counts, enrolled first. */
  public static StageCounts of(
      long enrolled, long completed, long credentialEarned, long credentialAccessed) {
    return new StageCounts(enrolled, completed, credentialEarned, credentialAccessed);
  }

  /** One enrolment at the given furthest stage. */
  public static StageCounts one(Stage status) {
    checkNotNull(status, "status");
    return new StageCounts(
        1,
        status.hasReached(Stage.COMPLETED) ? 1 : 0,
        status.hasReached(Stage.CREDENTIAL_EARNED) ? 1 : 0,
        status.hasReached(Stage.CREDENTIAL_ACCESSED) ? 1 : 0);
  }

  /** How many reached the given stage. */
  public long count(Stage stage) {
    switch (stage) {
      case ENROLLED:
        return enrolled;
      case COMPLETED:
        return completed;
      case CREDENTIAL_EARNED:
        return credentialEarned;
      case CREDENTIAL_ACCESSED:
        return credentialAccessed;
      default:
        throw new AssertionError(stage);
    }
  }

  /** Whether nothing was counted. */
  public boolean isEmpty() {
    return enrolled == 0;
  }

  /**
   * The sum of both counts, stage by stage.
   *
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public StageCounts plus(StageCounts other) {
    checkNotNull(other, "other");
    return new StageCounts(
        Math.addExact(enrolled, other.enrolled),
        Math.addExact(completed, other.completed),
        Math.addExact(credentialEarned, other.credentialEarned),
        Math.addExact(credentialAccessed, other.credentialAccessed));
  }

  /** The rate of the given kind; "no data" when its denominator is zero. */
  public Rate rate(RateKind kind) {
    checkNotNull(kind, "kind");
    return new Rate(kind, count(kind.numerator()), count(kind.denominator()));
  }

  /** Completion rate: completed ÷ enrolled. */
  public Rate completedPerEnrolled() {
    return rate(RateKind.COMPLETION);
  }

  /** Certification rate: credential earned ÷ enrolled. */
  public Rate earnedPerEnrolled() {
    return rate(RateKind.CERTIFICATION);
  }

  /** Uptake rate: credential accessed ÷ credential earned. */
  public Rate accessedPerEarned() {
    return rate(RateKind.UPTAKE);
  }
}
