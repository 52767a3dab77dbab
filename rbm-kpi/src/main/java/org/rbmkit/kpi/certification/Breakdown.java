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
import org.rbmkit.kpi.certification.Rate.RateKind;

/**
 * Stage counts of enrolments (and optionally of distinct participants) grouped by a combination
 * of dimensions: the mergeable result every rate report is read from.
 *
 * <pre>{@code
 * Breakdown b = CertificationTally.of(enrolments, Dimension.MODALITY, Dimension.CREDENTIAL);
 * b.rate(RateKind.UPTAKE, CountBasis.ENROLMENTS,
 *     GroupKey.of("tutor-supported-online", "achievement"));       // uptake 97/125
 * b.rollUp(Dimension.MODALITY);                                    // counts summed, not rates
 * b.rows(RateKind.UPTAKE, CountBasis.ENROLMENTS, 30);              // report rows
 * b.plus(otherPartOfTheData);                                      // partial results merge
 * }</pre>
 *
 * <p>Only groups with at least one enrolment are stored; asking for any other group gives zero
 * counts and a "no data" rate. {@link #plus} is associative and commutative, and {@link
 * #empty} is its identity, so partial results computed on any split of the data merge to the
 * one-pass result. Participant counts keep, for each group, the furthest stage of each distinct
 * participant: that memory grows with distinct participants per group, and is only kept when the
 * breakdown was built to count participants ({@link #countsParticipants()}). Immutable and
 * thread-safe.
 */
public final class Breakdown {

  private final ImmutableList<Dimension> dimensions;
  private final ImmutableSortedMap<GroupKey, StageCounts> enrolments;
  private final boolean countsParticipants;
  private final ImmutableSortedMap<GroupKey, ImmutableMap<String, Stage>> participantStages;
  private final ImmutableSortedMap<GroupKey, StageCounts> participants;

  private Breakdown(
      ImmutableList<Dimension> dimensions,
      Map<GroupKey, StageCounts> enrolments,
      boolean countsParticipants,
      Map<GroupKey, ? extends Map<String, Stage>> participantStages) {
    this.dimensions = dimensions;
    this.enrolments = ImmutableSortedMap.copyOf(enrolments);
    this.countsParticipants = countsParticipants;
    ImmutableSortedMap.Builder<GroupKey, ImmutableMap<String, Stage>> stages =
        ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<GroupKey, StageCounts> counts = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<GroupKey, ? extends Map<String, Stage>> e : participantStages.entrySet()) {
      stages.put(e.getKey(), ImmutableMap.copyOf(e.getValue()));
      StageCounts c = StageCounts.ZERO;
      for (Stage s : e.getValue().values()) {
        c = c.plus(StageCounts.one(s));
      }
      counts.put(e.getKey(), c);
    }
    this.participantStages = stages.build();
    this.participants = counts.build();
  }

  /**
   * A breakdown built from counts computed elsewhere (a database query, a distributed job): the
   * enrolment counts of each group and, when participants are counted, the furthest stage of
   * each distinct participant in each group. The result is the one a {@link CertificationTally}
   * over the same enrolments gives: it merges, rolls up and reports the same way.
   *
   * <pre>{@code
   * Breakdown b = Breakdown.of(List.of(Dimension.MODALITY), false,
   *     Map.of(GroupKey.of("blended"), StageCounts.of(4, 3, 2, 1)), Map.of());
   * }</pre>
   *
   * @param dimensions the dimensions, in the order of every key's values; none for one total
   * @param countsParticipants whether distinct participants were counted
   * @param enrolmentCounts the enrolment counts of each group with data
   * @param participantStages each group's participants at their furthest stage; empty when
   *     participants are not counted
   * @throws IllegalArgumentException naming the group if a key has the wrong number of values, a
   *     group has no enrolment, participant stages are given but not counted, or a group has
   *     more participants at a stage than enrolments at that stage
   */
  public static Breakdown of(
      List<Dimension> dimensions,
      boolean countsParticipants,
      Map<GroupKey, StageCounts> enrolmentCounts,
      Map<GroupKey, ? extends Map<String, Stage>> participantStages) {
    ImmutableList<Dimension> dims = checkDimensions(ImmutableList.copyOf(dimensions));
    checkNotNull(enrolmentCounts, "enrolmentCounts");
    checkNotNull(participantStages, "participantStages");
    checkArgument(
        countsParticipants || participantStages.isEmpty(),
        "participants are not counted, yet %s groups of participant stages are given",
        participantStages.size());
    enrolmentCounts.forEach(
        (group, counts) -> {
          checkArity(dims, group);
          checkArgument(
              counts.enrolled() > 0, "group %s has no enrolment: leave it out", group);
        });
    participantStages.keySet().forEach(group -> checkArity(dims, group));
    Breakdown b = new Breakdown(dims, enrolmentCounts, countsParticipants, participantStages);
    b.participants.forEach(
        (group, people) -> {
          StageCounts enrolled = b.enrolments.getOrDefault(group, StageCounts.ZERO);
          checkArgument(
              people.enrolled() <= enrolled.enrolled()
                  && people.completed() <= enrolled.completed()
                  && people.credentialEarned() <= enrolled.credentialEarned()
                  && people.credentialAccessed() <= enrolled.credentialAccessed(),
              "group %s has more participants %s than enrolments %s at some stage",
              group,
              people,
              enrolled);
        });
    return b;
  }

  private static void checkArity(List<Dimension> dimensions, GroupKey group) {
    checkNotNull(group, "group");
    checkArgument(
        group.size() == dimensions.size(),
        "group %s has %s values, the breakdown has %s dimensions %s",
        group,
        group.size(),
        dimensions.size(),
        dimensions);
  }

  /**
   * A breakdown with no enrolments, by the given dimensions.
   *
   * @throws IllegalArgumentException if a dimension is repeated
   */
  public static Breakdown empty(boolean countsParticipants, Dimension... dimensions) {
    return new Breakdown(
        checkDimensions(ImmutableList.copyOf(dimensions)),
        ImmutableMap.of(),
        countsParticipants,
        ImmutableMap.of());
  }

  static ImmutableList<Dimension> checkDimensions(ImmutableList<Dimension> dimensions) {
    checkArgument(
        ImmutableSortedSet.copyOf(dimensions).size() == dimensions.size(),
        "dimensions %s repeat a dimension",
        dimensions);
    return dimensions;
  }

  /** The dimensions, in the order of the values of every {@link GroupKey}. */
  public ImmutableList<Dimension> dimensions() {
    return dimensions;
  }

  /** Whether distinct participants were counted, not only enrolments. */
  public boolean countsParticipants() {
    return countsParticipants;
  }

  /** The groups with at least one enrolment, in key order. */
  public ImmutableSortedSet<GroupKey> groups() {
    return enrolments.keySet();
  }

  /** The enrolment counts of every group with data, in key order. */
  public ImmutableSortedMap<GroupKey, StageCounts> enrolmentCounts() {
    return enrolments;
  }

  /**
   * The counts of a group on the given basis; {@link StageCounts#ZERO} for a group without data.
   *
   * @throws IllegalArgumentException if the key has the wrong number of values, or participants
   *     are asked for but were not counted
   */
  public StageCounts counts(CountBasis basis, GroupKey group) {
    checkArity(dimensions, group);
    return map(basis).getOrDefault(group, StageCounts.ZERO);
  }

  /** The enrolment counts of the group with the given values; zero counts if it has no data. */
  public StageCounts counts(String... values) {
    return counts(CountBasis.ENROLMENTS, GroupKey.of(values));
  }

  /** The counts of all groups together, summed. */
  public StageCounts total(CountBasis basis) {
    if (basis == CountBasis.PARTICIPANTS) {
      return rollUp().counts(basis, GroupKey.TOTAL);
    }
    StageCounts t = StageCounts.ZERO;
    for (StageCounts c : map(basis).values()) {
      t = t.plus(c);
    }
    return t;
  }

  /** The rate of a group; "no data" for a group without enrolments. */
  public Rate rate(RateKind kind, CountBasis basis, GroupKey group) {
    return counts(basis, group).rate(kind);
  }

  /**
   * One report row per group with data, in key order.
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

  /** The report row of one group, with the "no data" rate if it has no enrolments. */
  public GroupRate row(
      RateKind kind, CountBasis basis, GroupKey group, int smallGroupThreshold) {
    return new GroupRate(group, rate(kind, basis, group), smallGroupThreshold);
  }

  /**
   * The same data by fewer dimensions, counts summed (and, for participants, each participant
   * kept once at their furthest stage across the merged groups).
   *
   * @param keep the dimensions to keep, each one of {@link #dimensions()}, in the order wanted;
   *     none gives the single {@link GroupKey#TOTAL} group
   * @throws IllegalArgumentException if a dimension is not in this breakdown or repeated
   */
  public Breakdown rollUp(Dimension... keep) {
    ImmutableList<Dimension> kept = checkDimensions(ImmutableList.copyOf(keep));
    int[] positions = new int[kept.size()];
    for (int i = 0; i < positions.length; i++) {
      positions[i] = dimensions.indexOf(kept.get(i));
      checkArgument(
          positions[i] >= 0, "dimension %s is not one of %s", kept.get(i), dimensions);
    }
    Map<GroupKey, StageCounts> counts = new HashMap<>();
    enrolments.forEach((k, c) -> counts.merge(project(k, positions), c, StageCounts::plus));
    Map<GroupKey, Map<String, Stage>> stages = new HashMap<>();
    participantStages.forEach(
        (k, m) -> {
          Map<String, Stage> target = stages.computeIfAbsent(project(k, positions), x -> new HashMap<>());
          m.forEach((p, s) -> target.merge(p, s, Stage::furthest));
        });
    return new Breakdown(kept, counts, countsParticipants, stages);
  }

  private static GroupKey project(GroupKey key, int[] positions) {
    List<String> values = new ArrayList<>(positions.length);
    for (int p : positions) {
      values.add(key.get(p));
    }
    return GroupKey.of(values);
  }

  /**
   * The breakdown of both data sets together: counts summed, participants merged at their
   * furthest stage. Associative and commutative.
   *
   * @throws IllegalArgumentException if the dimensions or the participant counting differ
   */
  public Breakdown plus(Breakdown other) {
    checkNotNull(other, "other");
    checkArgument(
        dimensions.equals(other.dimensions),
        "cannot merge a breakdown by %s with one by %s",
        dimensions,
        other.dimensions);
    checkArgument(
        countsParticipants == other.countsParticipants,
        "cannot merge a breakdown that counts participants with one that does not");
    Map<GroupKey, StageCounts> counts = new TreeMap<>(enrolments);
    other.enrolments.forEach((k, c) -> counts.merge(k, c, StageCounts::plus));
    Map<GroupKey, Map<String, Stage>> stages = new HashMap<>();
    for (Breakdown b : List.of(this, other)) {
      b.participantStages.forEach(
          (k, m) -> {
            Map<String, Stage> target = stages.computeIfAbsent(k, x -> new HashMap<>());
            m.forEach((p, s) -> target.merge(p, s, Stage::furthest));
          });
    }
    return new Breakdown(dimensions, counts, countsParticipants, stages);
  }

  private ImmutableSortedMap<GroupKey, StageCounts> map(CountBasis basis) {
    checkNotNull(basis, "basis");
    if (basis == CountBasis.ENROLMENTS) {
      return enrolments;
    }
    checkArgument(
        countsParticipants,
        "participants were not counted: build the breakdown with participant counting on");
    return participants;
  }

  /** Equal when dimensions, counts and participant stages are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Breakdown b
        && dimensions.equals(b.dimensions)
        && countsParticipants == b.countsParticipants
        && enrolments.equals(b.enrolments)
        && participantStages.equals(b.participantStages);
  }

  @Override
  public int hashCode() {
    return dimensions.hashCode() * 31 + enrolments.hashCode();
  }

  /** The dimensions and the enrolment counts of each group, for debugging. */
  @Override
  public String toString() {
    return "Breakdown by " + dimensions + " " + enrolments;
  }

  /**
   * The values that identify one group of a {@link Breakdown}, one per dimension, in the
   * breakdown's order of dimensions.
   *
   * <pre>{@code
   * GroupKey k = GroupKey.of("tutor-supported-online", "achievement");
   * k.toString();   // "tutor-supported-online / achievement"
   * }</pre>
   *
   * <p>The key of a breakdown by no dimension at all is {@link #TOTAL}. Keys order value by value.
   * Immutable and thread-safe.
   *
   * @param values the values, one per dimension
   */
  public record GroupKey(ImmutableList<String> values) implements Comparable<GroupKey> {

    /** The single group of a breakdown by no dimension. */
    public static final GroupKey TOTAL = new GroupKey(ImmutableList.of());

    /** Copies and validates the values. */
    public GroupKey {
      values = ImmutableList.copyOf(checkNotNull(values, "values"));
      for (String v : values) {
        checkArgument(!v.isEmpty(), "a group value is empty in %s", values);
      }
    }

    /** The key with the given values. */
    public static GroupKey of(String... values) {
      return new GroupKey(ImmutableList.copyOf(values));
    }

    /** The key with the given values. */
    public static GroupKey of(List<String> values) {
      return new GroupKey(ImmutableList.copyOf(values));
    }

    /** How many values. */
    public int size() {
      return values.size();
    }

    /** The value at the given position. */
    public String get(int index) {
      return values.get(index);
    }

    @Override
    public int compareTo(GroupKey o) {
      int n = Math.min(values.size(), o.values.size());
      for (int i = 0; i < n; i++) {
        int c = values.get(i).compareTo(o.values.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(values.size(), o.values.size());
    }

    /** The values joined by {@code " / "}, or {@code total} for {@link #TOTAL}. */
    @Override
    public String toString() {
      return values.isEmpty() ? "total" : String.join(" / ", values);
    }
  }

  /**
   * What a count counts: registrations or people (seed 003 reports both).
   *
   * <p>Codes are stable; never persist {@code ordinal()}.
   */
  public enum CountBasis implements Coded {
    /** Each enrolment counts once: a participant in two activities counts twice. */
    ENROLMENTS("enrolments"),
    /**
     * Each distinct participant counts once per group, at the furthest stage any of their
     * enrolments in that group reached (headcount).
     */
    PARTICIPANTS("participants");

    private final String code;

    CountBasis(String code) {
      this.code = code;
    }

    /** The stable code, such as {@code participants}. */
    public String code() {
      return code;
    }

    /**
     * The basis with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static CountBasis fromCode(String code) {
      return Coded.fromCode(CountBasis.class, code, "count basis");
    }

    /** The code. */
    @Override
    public String toString() {
      return code;
    }
  }
}
