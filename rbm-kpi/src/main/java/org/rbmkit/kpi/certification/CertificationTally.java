package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.StageCounts;

/**
 * Counts enrolments by stage, group by group, in one pass: the accumulator behind every
 * {@link Breakdown}.
 *
 * <pre>{@code
 * CertificationTally t = CertificationTally.byEnrolments(Dimension.MODALITY, Dimension.PRICING);
 * enrolments.forEach(t::add);
 * Breakdown b = t.toBreakdown();
 *
 * // or, on a stream, in parallel if wanted
 * Breakdown b2 = stream.collect(CertificationTally.collector(false, Dimension.MODALITY));
 * }</pre>
 *
 * <p><b>Memory.</b> Counting enrolments keeps four {@code long}s per group: memory is bounded by
 * the number of groups, whatever the number of enrolments. When every dimension is a closed set
 * (modality, credential, pricing, offer) the groups sit in one array indexed by the values'
 * positions, so counting an enrolment allocates nothing; other dimensions use a hash map. Counting distinct participants as
 * well ({@link #byEnrolmentsAndParticipants}) keeps one entry per distinct participant per
 * group (about 100 bytes with a short registration number), because a participant seen again
 * must not be counted again.
 *
 * <p>A tally is mutable and not thread-safe: give each thread its own and {@link #merge} them,
 * or use {@link #collector}. Merging is associative and commutative.
 */
public final class CertificationTally {

  private static final int STAGES = Stage.values().length;

  private final ImmutableList<Dimension> dimensions;
  private final boolean countParticipants;
  /**
   * Per group, the enrolments at each furthest stage (enrolled only, completed, earned,
   * accessed): one increment per enrolment, made cumulative when the breakdown is built.
   */
  private final Map<GroupKey, long[]> counts = new HashMap<>();
  private final Map<GroupKey, Map<String, Stage>> participants = new HashMap<>();
  /** The dimensions as an array, for the loop of {@link #add}. */
  private final Dimension[] dims;
  /** The number of values of each closed dimension, in the order of {@link #dims}. */
  private final int[] sizes;
  /**
   * Counts at the furthest stage of every possible group, four per group as in {@link #counts},
   * when every dimension is a closed set; {@code null} otherwise, and the counts are in {@link
   * #counts}.
   */
  private final long[] dense;

  private CertificationTally(ImmutableList<Dimension> dimensions, boolean countParticipants) {
    this.dimensions = Breakdown.checkDimensions(dimensions);
    this.countParticipants = countParticipants;
    this.dims = dimensions.toArray(new Dimension[0]);
    this.sizes = new int[dims.length];
    long groups = 1;
    for (int i = 0; i < dims.length; i++) {
      sizes[i] = dims[i].cardinality();
      groups *= sizes[i];
    }
    this.dense = groups > 0 ? new long[Math.toIntExact(groups * STAGES)] : null;
  }

  /**
   * An empty tally of enrolments by the given dimensions (none: a single total group).
   *
   * @throws IllegalArgumentException if a dimension is repeated
   */
  public static CertificationTally byEnrolments(Dimension... dimensions) {
    return new CertificationTally(ImmutableList.copyOf(dimensions), false);
  }

  /**
   * An empty tally of enrolments and distinct participants by the given dimensions; its memory
   * grows with distinct participants per group.
   *
   * @throws IllegalArgumentException if a dimension is repeated
   */
  public static CertificationTally byEnrolmentsAndParticipants(Dimension... dimensions) {
    return new CertificationTally(ImmutableList.copyOf(dimensions), true);
  }

  /** The breakdown of the given enrolments by the given dimensions, enrolments only. */
  public static Breakdown of(Iterable<Enrolment> enrolments, Dimension... dimensions) {
    CertificationTally t = byEnrolments(dimensions);
    t.addAll(enrolments);
    return t.toBreakdown();
  }

  /**
   * A collector of enrolments into a breakdown; safe for parallel streams.
   *
   * @param countParticipants whether to count distinct participants too
   */
  public static Collector<Enrolment, CertificationTally, Breakdown> collector(
      boolean countParticipants, Dimension... dimensions) {
    ImmutableList<Dimension> dims = ImmutableList.copyOf(dimensions);
    Breakdown.checkDimensions(dims);
    return Collector.of(
        () -> new CertificationTally(dims, countParticipants),
        CertificationTally::add,
        CertificationTally::merge,
        CertificationTally::toBreakdown,
        Collector.Characteristics.UNORDERED);
  }

  /** The dimensions counted by. */
  public ImmutableList<Dimension> dimensions() {
    return dimensions;
  }

  /** Counts one enrolment in its group, at its furthest stage. */
  public void add(Enrolment enrolment) {
    checkNotNull(enrolment, "enrolment");
    if (dense != null) {
      LearningActivity activity = enrolment.cohort().activity();
      int group = 0;
      for (int i = 0; i < dims.length; i++) {
        group = group * sizes[i] + dims[i].indexOf(activity);
      }
      dense[group * STAGES + enrolment.status().depth()]++;
      if (countParticipants) {
        participants
            .computeIfAbsent(key(enrolment), k -> new HashMap<>())
            .merge(enrolment.participant().registrationNumber(), enrolment.status(),
                Stage::furthest);
      }
      return;
    }
    GroupKey key = key(enrolment);
    Stage status = enrolment.status();
    counts.computeIfAbsent(key, k -> new long[STAGES])[status.depth()]++;
    if (countParticipants) {
      participants
          .computeIfAbsent(key, k -> new HashMap<>())
          .merge(enrolment.participant().registrationNumber(), status, Stage::furthest);
    }
  }

  private GroupKey key(Enrolment enrolment) {
    List<String> values = new ArrayList<>(dimensions.size());
    for (Dimension d : dimensions) {
      values.add(d.valueOf(enrolment));
    }
    return GroupKey.of(values);
  }

  /** Counts every enrolment; an {@link EnrolmentTable} is counted by its columns. */
  public void addAll(Iterable<Enrolment> enrolments) {
    checkNotNull(enrolments, "enrolments");
    if (enrolments instanceof EnrolmentTable) {
      addAll((EnrolmentTable) enrolments);
      return;
    }
    for (Enrolment e : enrolments) {
      add(e);
    }
  }

  /**
   * Counts every enrolment of a table, reading its columns: the same counts as {@link
   * #addAll(Iterable)} over {@link EnrolmentTable#asList()}, without rebuilding an object per
   * enrolment.
   *
   * <p>By closed dimensions only (modality, credential, pricing, offer), enrolments are counted
   * in one loop over byte columns that allocates nothing per enrolment. Other dimensions group
   * the table's cohorts first, then count by cohort and year. Counting participants sorts one
   * {@code long} per enrolment.
   */
  public void addAll(EnrolmentTable table) {
    checkNotNull(table, "table");
    if (dense != null && !countParticipants) {
      TableCounts.countClosed(table, dims, dense);
      return;
    }
    TableCounts.Grouping grouping = TableCounts.grouping(table, dims);
    if (grouping == null) {
      for (Enrolment e : table.asList()) {
        add(e);
      }
      return;
    }
    long[] at = TableCounts.countAt(table, grouping);
    if (dense != null) {
      // a closed grouping numbers its groups as this tally does
      for (int i = 0; i < at.length; i++) {
        dense[i] = Math.addExact(dense[i], at[i]);
      }
    } else {
      for (int g = 0; g < grouping.groups; g++) {
        int base = g * STAGES;
        if (at[base] + at[base + 1] + at[base + 2] + at[base + 3] > 0) {
          long[] c = counts.computeIfAbsent(grouping.key(g), k -> new long[STAGES]);
          for (int s = 0; s < STAGES; s++) {
            c[s] = Math.addExact(c[s], at[base + s]);
          }
        }
      }
    }
    if (countParticipants) {
      TableCounts.participantStages(table, grouping, new ParticipantAdder(grouping));
    }
  }

  /** Merges a table's participants, group after group, into {@link #participants}. */
  private final class ParticipantAdder implements TableCounts.ParticipantSink {
    private final TableCounts.Grouping grouping;
    private int group = -1;
    private Map<String, Stage> stages;

    ParticipantAdder(TableCounts.Grouping grouping) {
      this.grouping = grouping;
    }

    @Override
    public void accept(int g, String registrationNumber, Stage furthest) {
      if (g != group) {
        group = g;
        stages = participants.computeIfAbsent(grouping.key(g), k -> new HashMap<>());
      }
      stages.merge(registrationNumber, furthest, Stage::furthest);
    }
  }

  /**
   * Adds another tally's counts to this one and returns this one.
   *
   * @throws IllegalArgumentException if the dimensions or the participant counting differ
   */
  public CertificationTally merge(CertificationTally other) {
    checkNotNull(other, "other");
    checkArgument(
        dimensions.equals(other.dimensions) && countParticipants == other.countParticipants,
        "cannot merge a tally by %s (participants %s) with one by %s (participants %s)",
        dimensions,
        countParticipants,
        other.dimensions,
        other.countParticipants);
    if (dense != null) {
      for (int i = 0; i < dense.length; i++) {
        dense[i] = Math.addExact(dense[i], other.dense[i]);
      }
    }
    other.counts.forEach(
        (k, c) -> {
          long[] mine = counts.computeIfAbsent(k, x -> new long[Stage.values().length]);
          for (int i = 0; i < c.length; i++) {
            mine[i] = Math.addExact(mine[i], c[i]);
          }
        });
    other.participants.forEach(
        (k, m) -> {
          Map<String, Stage> mine = participants.computeIfAbsent(k, x -> new HashMap<>());
          m.forEach((p, s) -> mine.merge(p, s, Stage::furthest));
        });
    return this;
  }

  /** The key of the group at a position of {@link #dense}: the inverse of {@link #add}'s index. */
  private GroupKey denseKey(int group) {
    String[] values = new String[dims.length];
    int rest = group;
    for (int i = dims.length - 1; i >= 0; i--) {
      values[i] = dims[i].valueAt(rest % sizes[i]);
      rest /= sizes[i];
    }
    return GroupKey.of(values);
  }

  /** The counts so far, as an immutable breakdown; the tally can go on counting. */
  public Breakdown toBreakdown() {
    Map<GroupKey, StageCounts> result = new HashMap<>();
    counts.forEach((k, c) -> result.put(k, reached(c, 0)));
    if (dense != null) {
      for (int g = 0; g < dense.length / STAGES; g++) {
        StageCounts c = reached(dense, g * STAGES);
        if (c.enrolled() > 0) {
          result.put(denseKey(g), c);
        }
      }
    }
    return Breakdown.of(dimensions, countParticipants, result, participants);
  }

  /**
   * The counts of one group from its counts at the furthest stage, from {@code base}: the
   * enrolments that reached each stage are those whose furthest stage is it or a later one.
   */
  private static StageCounts reached(long[] atFurthest, int base) {
    long accessed = atFurthest[base + 3];
    long earned = Math.addExact(accessed, atFurthest[base + 2]);
    long completed = Math.addExact(earned, atFurthest[base + 1]);
    long enrolled = Math.addExact(completed, atFurthest[base]);
    return StageCounts.of(enrolled, completed, earned, accessed);
  }
}
