package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.CountBasis;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.GroupKey;
import org.rbmkit.kpi.certification.GroupRate;
import org.rbmkit.kpi.certification.Rate;
import org.rbmkit.kpi.certification.RateKind;
import org.rbmkit.kpi.certification.StageCounts;

/**
 * The stage counts of a certification breakdown computed on Spark: the figures of a {@link
 * Breakdown}, group by group, and its report rows.
 *
 * <pre>{@code
 * BreakdownCounts b = SparkCertification.breakdown(rows, true, Dimension.MODALITY);
 * b.counts(CountBasis.ENROLMENTS, GroupKey.of("blended"));
 * b.rows(RateKind.UPTAKE, CountBasis.PARTICIPANTS, 30);   // as Breakdown.rows
 * b.sameFiguresAs(singleMachineBreakdown);                // true
 * }</pre>
 *
 * <p>Only groups with at least one enrolment are stored; any other group has zero counts and a
 * "no data" rate, as in a {@link Breakdown}. Immutable and thread-safe.
 *
 * @param dimensions the dimensions, in the order of every key's values
 * @param countsParticipants whether distinct participants were counted
 * @param enrolments enrolment counts of each group with data
 * @param participants distinct-participant counts of each group with data; empty if not counted
 */
public record BreakdownCounts(
    List<Dimension> dimensions,
    boolean countsParticipants,
    SortedMap<GroupKey, StageCounts> enrolments,
    SortedMap<GroupKey, StageCounts> participants) {

  /** Validates and copies the components. */
  public BreakdownCounts {
    dimensions = ImmutableList.copyOf(checkNotNull(dimensions, "dimensions"));
    enrolments = ImmutableSortedMap.copyOfSorted(checkNotNull(enrolments, "enrolments"));
    participants = ImmutableSortedMap.copyOfSorted(checkNotNull(participants, "participants"));
    checkArgument(
        countsParticipants || participants.isEmpty(),
        "participants not counted but %s participant groups given", participants.size());
    for (GroupKey k : enrolments.keySet()) {
      checkArgument(
          k.size() == dimensions.size(),
          "group %s has %s values for %s dimensions %s", k, k.size(), dimensions.size(),
          dimensions);
    }
  }

  /**
   * The counts of a group on the given basis; {@link StageCounts#ZERO} for a group without data.
   *
   * @throws IllegalArgumentException if participants are asked for but were not counted
   */
  public StageCounts counts(CountBasis basis, GroupKey group) {
    checkNotNull(group, "group");
    return map(basis).getOrDefault(group, StageCounts.ZERO);
  }

  /**
   * One report row per group with data, in key order, exactly as {@link Breakdown#rows}.
   *
   * @param smallGroupThreshold groups whose denominator is below it are flagged small
   */
  public ImmutableList<GroupRate> rows(RateKind kind, CountBasis basis, int smallGroupThreshold) {
    checkNotNull(kind, "kind");
    ImmutableList.Builder<GroupRate> rows = ImmutableList.builder();
    for (Map.Entry<GroupKey, StageCounts> e : map(basis).entrySet()) {
      rows.add(new GroupRate(e.getKey(), e.getValue().rate(kind), smallGroupThreshold));
    }
    return rows.build();
  }

  /** The rate of a group; "no data" for a group without enrolments. */
  public Rate rate(RateKind kind, CountBasis basis, GroupKey group) {
    return counts(basis, group).rate(kind);
  }

  /** The counts of all groups together, summed; enrolments only. */
  public StageCounts totalEnrolments() {
    StageCounts t = StageCounts.ZERO;
    for (StageCounts c : enrolments.values()) {
      t = t.plus(c);
    }
    return t;
  }

  /**
   * Whether a single-machine breakdown has exactly these figures: same dimensions, same groups,
   * same enrolment counts and, if counted, the same participant counts in every group.
   */
  public boolean sameFiguresAs(Breakdown b) {
    checkNotNull(b, "breakdown");
    if (!b.dimensions().equals(dimensions)
        || b.countsParticipants() != countsParticipants
        || !b.enrolmentCounts().equals(enrolments)) {
      return false;
    }
    if (countsParticipants) {
      for (GroupKey g : b.groups()) {
        if (!b.counts(CountBasis.PARTICIPANTS, g).equals(counts(CountBasis.PARTICIPANTS, g))) {
          return false;
        }
      }
      return participants.keySet().equals(b.groups());
    }
    return true;
  }

  private SortedMap<GroupKey, StageCounts> map(CountBasis basis) {
    checkNotNull(basis, "basis");
    if (basis == CountBasis.ENROLMENTS) {
      return enrolments;
    }
    checkArgument(
        countsParticipants,
        "participants were not counted: run the breakdown with participant counting on");
    return participants;
  }
}
