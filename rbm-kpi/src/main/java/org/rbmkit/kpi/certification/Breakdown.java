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
   * One row of a breakdown report: a group, its rate with numerator and denominator, the 95 %
   * Wilson interval and whether the group is too small to read much into.
   *
   * <pre>{@code
   * GroupRate row = breakdown.row(RateKind.UPTAKE, CountBasis.ENROLMENTS,
   *     GroupKey.of("tutor-supported-online", "achievement"), 30);
   * row.format(1, RoundingMode.HALF_UP);
   * // "tutor-supported-online / achievement: 77.6 % (97 ÷ 125, half-up to 1 decimal)
   * //  95 % CI [69.5 %, 84.0 %]"
   * }</pre>
   *
   * <p>A group with a zero denominator has the "no data" rate and no interval. Immutable and
   * thread-safe.
   *
   * @param group the group's key
   * @param rate the rate, exact
   * @param smallGroupThreshold groups whose denominator is below this are flagged small
   */
  public record GroupRate(GroupKey group, Rate rate, int smallGroupThreshold) {

    /** Validates the components. */
    public GroupRate {
      checkNotNull(group, "group");
      checkNotNull(rate, "rate");
      checkArgument(
          smallGroupThreshold >= 0, "smallGroupThreshold %s is negative", smallGroupThreshold);
    }

    /** The numerator of the rate. */
    public long numerator() {
      return rate.numerator();
    }

    /** The denominator of the rate. */
    public long denominator() {
      return rate.denominator();
    }

    /** The 95 % Wilson score interval; empty when there is no data. */
    public Optional<WilsonInterval> interval() {
      return rate.wilson95();
    }

    /** Whether the denominator is below the small-group threshold (a group with no data is). */
    public boolean isSmallGroup() {
      return rate.denominator() < smallGroupThreshold;
    }

    /** Compares this row's rate with another row's, in points, relative terms and overlap. */
    public RateComparison compareWith(GroupRate reference) {
      checkNotNull(reference, "reference");
      return RateComparison.of(rate, reference.rate);
    }

    /**
     * The row as text, percentages rounded to {@code decimals} by the given rule, which the text
     * states.
     */
    public String format(int decimals, RoundingMode rounding) {
      StringBuilder s = new StringBuilder();
      s.append(group).append(": ").append(rate.format(decimals, rounding));
      rate.wilson95().ifPresent(w -> s.append(" 95 % CI ").append(w.format(decimals, rounding)));
      if (isSmallGroup()) {
        s.append(" [small group: ").append(rate.denominator()).append(" < ")
            .append(smallGroupThreshold).append(']');
      }
      return s.toString();
    }

    /**
     * The difference between two rates of the same kind: in percentage points, in relative terms,
     * and whether their 95 % Wilson intervals overlap.
     *
     * <pre>{@code
     * Rate fellowship = Rate.parse("uptake 40/60");
     * Rate paid = Rate.parse("uptake 57/65");
     * RateComparison c = RateComparison.of(paid, fellowship);
     * c.percentagePoints(1, RoundingMode.HALF_UP);     // Optional[21.0]   (87.69 % − 66.67 %)
     * c.relativeDifference(1, RoundingMode.HALF_UP);   // Optional[31.5]   (% above fellowship)
     * c.overlap();                                     // SEPARATE
     * }</pre>
     *
     * <p>The differences are computed exactly from the four counts and rounded once, by the rule the
     * caller gives. Separate intervals are a sign, not a test, of a real difference; overlapping
     * ones do not prove there is none. Immutable and thread-safe.
     *
     * @param rate the rate compared
     * @param reference the rate it is compared with
     */
    public record RateComparison(Rate rate, Rate reference) {

      /** Whether two intervals overlap. */
      public enum Overlap {
        /** The two intervals share at least one point. */
        OVERLAPPING,
        /** The intervals are disjoint. */
        SEPARATE,
        /** One of the rates has no data, hence no interval. */
        UNDEFINED
      }

      /**
       * Validates that both rates are of the same kind.
       *
       * @throws IllegalArgumentException naming both kinds if they differ
       */
      public RateComparison {
        checkNotNull(rate, "rate");
        checkNotNull(reference, "reference");
        checkArgument(
            rate.kind() == reference.kind(),
            "cannot compare rate kind %s (%s) with rate kind %s (%s): their denominators differ",
            rate.kind(),
            rate.kind().label(),
            reference.kind(),
            reference.kind().label());
      }

      /** Compares {@code rate} with {@code reference}. */
      public static RateComparison of(Rate rate, Rate reference) {
        return new RateComparison(rate, reference);
      }

      /** Whether either rate has no data, making the differences undefined. */
      public boolean isUndefined() {
        return rate.isNoData() || reference.isNoData();
      }

      // rate − reference = (a·d − c·b) / (b·d), with rate = a/b and reference = c/d
      private BigInteger crossDifference() {
        return big(rate.numerator())
            .multiply(big(reference.denominator()))
            .subtract(big(reference.numerator()).multiply(big(rate.denominator())));
      }

      /**
       * {@code rate − reference} in percentage points, rounded to {@code scale} decimals by the
       * given rule; empty when either rate has no data.
       */
      public Optional<BigDecimal> percentagePoints(int scale, RoundingMode rounding) {
        checkNotNull(rounding, "rounding");
        if (isUndefined()) {
          return Optional.empty();
        }
        BigInteger denominator = big(rate.denominator()).multiply(big(reference.denominator()));
        return Optional.of(
            new BigDecimal(crossDifference())
                .movePointRight(2)
                .divide(new BigDecimal(denominator), scale, rounding));
      }

      /**
       * {@code (rate − reference) ÷ reference} in percent, rounded to {@code scale} decimals by the
       * given rule; empty when either rate has no data or the reference rate is zero.
       */
      public Optional<BigDecimal> relativeDifference(int scale, RoundingMode rounding) {
        checkNotNull(rounding, "rounding");
        if (isUndefined() || reference.numerator() == 0) {
          return Optional.empty();
        }
        BigInteger denominator = big(reference.numerator()).multiply(big(rate.denominator()));
        return Optional.of(
            new BigDecimal(crossDifference())
                .movePointRight(2)
                .divide(new BigDecimal(denominator), scale, rounding));
      }

      /** Whether the 95 % Wilson intervals of the two rates overlap. */
      public Overlap overlap() {
        if (isUndefined()) {
          return Overlap.UNDEFINED;
        }
        return rate.wilson95().orElseThrow().overlaps(reference.wilson95().orElseThrow())
            ? Overlap.OVERLAPPING
            : Overlap.SEPARATE;
      }

      private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
      }
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
