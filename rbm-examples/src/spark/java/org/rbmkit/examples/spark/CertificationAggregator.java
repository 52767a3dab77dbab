package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Stage;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;

/**
 * The certification tally as a Spark {@link Aggregator}: stage counts per group, and the furthest
 * stage of each distinct participant per group when participants are counted.
 *
 * <pre>{@code
 * CertificationAggregator agg = new CertificationAggregator(List.of(Dimension.MODALITY), true);
 * CertificationAggregator.Buffer b = rows.select(agg.toColumn()).first();
 * Breakdown breakdown = agg.breakdown(b);
 * }</pre>
 *
 * <p>It does what {@code CertificationTally} does, in the same way: zero is an empty tally,
 * reduce counts one enrolment at every stage it reached, merge sums counts (overflow throws) and
 * keeps each participant at their furthest stage; so any split of the rows gives the one-pass
 * result. The buffer is a small adapter-side structure of lists, {@code long} arrays and stage
 * enums, encoded with Java serialization: the library's tally is neither serializable nor
 * built from a Spark buffer. Immutable and thread-safe (buffers are not: Spark gives each task
 * its own).
 */
public final class CertificationAggregator
    extends Aggregator<EnrolmentRow, CertificationAggregator.Buffer, CertificationAggregator.Buffer> {

  @Serial private static final long serialVersionUID = 1L;

  private final ArrayList<String> dimensionCodes;
  private final boolean countParticipants;

  /**
   * An aggregator by the given dimensions (none: a single total group).
   *
   * @throws IllegalArgumentException if a dimension is repeated
   */
  public CertificationAggregator(List<Dimension> dimensions, boolean countParticipants) {
    checkNotNull(dimensions, "dimensions");
    this.dimensionCodes = new ArrayList<>();
    for (Dimension d : dimensions) {
      checkNotNull(d, "dimension");
      checkArgument(
          !dimensionCodes.contains(d.code()), "dimensions %s repeat a dimension", dimensions);
      dimensionCodes.add(d.code());
    }
    this.countParticipants = countParticipants;
  }

  /** The dimensions, in the order of the values of every group key. */
  public ImmutableList<Dimension> dimensions() {
    return dimensionCodes.stream().map(Dimension::fromCode).collect(ImmutableList.toImmutableList());
  }

  /** Whether distinct participants are counted. */
  public boolean countsParticipants() {
    return countParticipants;
  }

  /**
   * Counts per group and, if counted, distinct participants at their furthest stage per group.
   * Mutable, not thread-safe; Java-serializable so Spark can ship partial results.
   */
  public static final class Buffer implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private final HashMap<ArrayList<String>, long[]> counts = new HashMap<>();
    private final HashMap<ArrayList<String>, HashMap<String, Stage>> participants =
        new HashMap<>();

    /** An empty buffer. */
    public Buffer() {}
  }

  @Override
  public Buffer zero() {
    return new Buffer();
  }

  /**
   * Counts one row.
   *
   * @throws IllegalArgumentException if the row lacks a dimension's value or has an unknown
   *     stage code
   */
  @Override
  public Buffer reduce(Buffer b, EnrolmentRow row) {
    ArrayList<String> key = new ArrayList<>(dimensionCodes.size());
    for (String d : dimensionCodes) {
      String v = row.getValues().get(d);
      checkArgument(v != null, "%s has no value for dimension %s", row, d);
      key.add(v);
    }
    Stage status = Stage.fromCode(row.getStage());
    long[] c = b.counts.computeIfAbsent(key, k -> new long[Stage.values().length]);
    for (Stage s : Stage.values()) {
      if (status.hasReached(s)) {
        c[s.depth()] = Math.addExact(c[s.depth()], 1);
      }
    }
    if (countParticipants) {
      b.participants
          .computeIfAbsent(key, k -> new HashMap<>())
          .merge(row.getParticipant(), status, Stage::furthest);
    }
    return b;
  }

  @Override
  public Buffer merge(Buffer a, Buffer b) {
    b.counts.forEach(
        (k, c) -> {
          long[] mine = a.counts.computeIfAbsent(k, x -> new long[Stage.values().length]);
          for (int i = 0; i < c.length; i++) {
            mine[i] = Math.addExact(mine[i], c[i]);
          }
        });
    b.participants.forEach(
        (k, m) -> {
          Map<String, Stage> mine = a.participants.computeIfAbsent(k, x -> new HashMap<>());
          m.forEach((p, s) -> mine.merge(p, s, Stage::furthest));
        });
    return a;
  }

  @Override
  public Buffer finish(Buffer reduction) {
    return reduction;
  }

  @Override
  public Encoder<Buffer> bufferEncoder() {
    return Encoders.javaSerialization(Buffer.class);
  }

  @Override
  public Encoder<Buffer> outputEncoder() {
    return Encoders.javaSerialization(Buffer.class);
  }

  /** The breakdown of a finished buffer: the one the library's tally gives on the same rows. */
  public Breakdown breakdown(Buffer b) {
    checkNotNull(b, "buffer");
    Map<GroupKey, StageCounts> enrolments = new HashMap<>();
    b.counts.forEach((k, c) -> enrolments.put(GroupKey.of(k), StageCounts.of(c[0], c[1], c[2], c[3])));
    Map<GroupKey, Map<String, Stage>> participants = new HashMap<>();
    b.participants.forEach((k, m) -> participants.put(GroupKey.of(k), m));
    return Breakdown.of(dimensions(), countParticipants, enrolments, participants);
  }
}
