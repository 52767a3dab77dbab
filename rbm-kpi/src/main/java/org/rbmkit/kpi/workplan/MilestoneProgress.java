package org.rbmkit.kpi.workplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The progress of a set of milestones at a date: how many are completed, the mean reported
 * percent complete and which are overdue.
 *
 * <pre>{@code
 * MilestoneProgress p = MilestoneProgress.of(milestones, LocalDate.of(2022, 4, 1));
 * p.completed();                                   // 3
 * p.meanPercentComplete(1, RoundingMode.HALF_EVEN); // Optional[72.5], over reported figures only
 * p.overdue();                                     // milestones past due and not closed
 * }</pre>
 *
 * <p>The mean is the exact sum of reported percentages divided once by their number; milestones
 * without a figure are counted in {@link #notReported()}, not treated as 0. Immutable and
 * thread-safe; {@link #plus} merges two results for the same date.
 */
public final class MilestoneProgress {

  private final LocalDate asOf;
  private final ImmutableMap<Status, Long> byStatus;
  private final long reported;
  private final BigDecimal reportedSum;
  private final ImmutableList<Milestone> overdue;

  private MilestoneProgress(
      LocalDate asOf,
      Map<Status, Long> byStatus,
      long reported,
      BigDecimal reportedSum,
      List<Milestone> overdue) {
    this.asOf = asOf;
    EnumMap<Status, Long> m = new EnumMap<>(Status.class);
    m.putAll(byStatus);
    this.byStatus = ImmutableMap.copyOf(m);
    this.reported = reported;
    this.reportedSum = reportedSum;
    this.overdue = ImmutableList.copyOf(overdue);
  }

  /** The progress of {@code milestones} on {@code asOf}, in one pass. */
  public static MilestoneProgress of(Iterable<Milestone> milestones, LocalDate asOf) {
    checkNotNull(milestones, "milestones");
    checkNotNull(asOf, "asOf");
    Map<Status, Long> byStatus = new EnumMap<>(Status.class);
    long reported = 0;
    BigDecimal sum = BigDecimal.ZERO;
    ImmutableList.Builder<Milestone> overdue = ImmutableList.builder();
    for (Milestone m : milestones) {
      checkNotNull(m, "milestone");
      byStatus.merge(m.status(), 1L, Long::sum);
      if (m.percentComplete().isReported()) {
        reported++;
        sum = sum.add(m.percentComplete().value().orElseThrow());
      }
      if (m.isOverdueOn(asOf)) {
        overdue.add(m);
      }
    }
    return new MilestoneProgress(asOf, byStatus, reported, sum, overdue.build());
  }

  /** The date of the assessment. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The number of milestones. */
  public long total() {
    return byStatus.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Milestones per status (only statuses that occur), in declaration order. */
  public ImmutableMap<Status, Long> byStatus() {
    return byStatus;
  }

  /** The number of completed milestones. */
  public long completed() {
    return byStatus.getOrDefault(Status.COMPLETED, 0L);
  }

  /** The number of milestones without a reported percent complete. */
  public long notReported() {
    return total() - reported;
  }

  /**
   * The mean reported percent complete, rounded once to {@code scale} decimals; empty when no
   * milestone reports a figure.
   */
  public Optional<BigDecimal> meanPercentComplete(int scale, RoundingMode mode) {
    checkNotNull(mode, "mode");
    if (reported == 0) {
      return Optional.empty();
    }
    return Optional.of(reportedSum.divide(BigDecimal.valueOf(reported), scale, mode));
  }

  /** The milestones past due and neither completed nor cancelled on {@link #asOf()}. */
  public ImmutableList<Milestone> overdue() {
    return overdue;
  }

  /**
   * Both results together.
   *
   * @throws IllegalArgumentException if the dates differ
   */
  public MilestoneProgress plus(MilestoneProgress other) {
    checkNotNull(other, "other");
    checkArgument(asOf.equals(other.asOf), "cannot add progress at %s and at %s", asOf, other.asOf);
    Map<Status, Long> s = new EnumMap<>(Status.class);
    s.putAll(byStatus);
    other.byStatus.forEach((k, v) -> s.merge(k, v, Long::sum));
    return new MilestoneProgress(
        asOf,
        s,
        reported + other.reported,
        reportedSum.add(other.reportedSum),
        ImmutableList.<Milestone>builder().addAll(overdue).addAll(other.overdue).build());
  }
}
