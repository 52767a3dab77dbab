package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * Enrolments held column by column in compact arrays: the library's equivalent of loading data
 * into a table before querying it, for embedding systems that keep millions of enrolments in
 * memory.
 *
 * <pre>{@code
 * EnrolmentTable table = EnrolmentTable.of(enrolments);          // load once
 * CertificationTally t = CertificationTally.byEnrolments(
 *     Dimension.MODALITY, Dimension.CREDENTIAL, Dimension.PRICING);
 * t.addAll(table);                                                // query many times
 * Breakdown b = t.toBreakdown();
 * table.asList().equals(enrolments);                              // true: nothing is lost
 *
 * // or straight from a CSV file, without keeping the objects
 * EnrolmentTable.Builder builder = EnrolmentTable.builder();
 * EnrolmentCsvReader.strict().read(in, builder::add);
 * EnrolmentTable fromCsv = builder.build();
 * }</pre>
 *
 * <p><b>Layout.</b> Per enrolment, the closed-set attributes a tally groups by (modality,
 * credential tier, pricing, offer) and the furthest stage reached are one byte each: the
 * position of the enum constant, in memory only and never persisted. Participants and cohorts
 * (hence activities and programmes) are dictionary-encoded: one {@code int} per enrolment
 * pointing into a list of distinct values. The enrolment date is an {@code int} epoch day; each
 * later stage's date is two bytes of days after the stage before (a date further away is kept
 * aside, whole). The
 * enrolment's own identifier, unique by nature, and the participants' registration numbers are
 * packed one byte per character (any identifier with a character beyond U+00FF is kept as a
 * string). That is about 23 bytes per enrolment plus 4 and the length of its identifier, against
 * some 100 bytes for a graph of {@link Enrolment} objects; and a tally by closed dimensions
 * reads 2 to 5 bytes per enrolment (see {@link CertificationTally#addAll(EnrolmentTable)})
 * instead of following references from enrolment to cohort to activity.
 *
 * <p><b>Round trip.</b> {@link #asList()} gives back enrolments equal to those loaded, in the
 * same order. Dates must lie within ±5.8 million years of 1970 ({@code int} epoch days); any
 * other date is rejected when loaded, not truncated.
 *
 * <p><b>Why it is public.</b> A system that keeps millions of enrolments in memory and tallies
 * them again and again (a dashboard recomputing rates by different dimensions) needs a form that
 * holds them in a fifth of the memory of {@link Enrolment} objects and counts them without
 * visiting an object per enrolment; a one-off count of a file needs no table ({@link
 * EnrolmentCsvReader#collect} counts as it reads). The table adds no calculation of its own:
 * every count goes through {@link CertificationTally}, as for any other enrolments.
 *
 * <p>Immutable and thread-safe once built: any number of threads may tally the same table.
 * Equality is that of {@link #asList()}.
 */
public final class EnrolmentTable implements Iterable<Enrolment> {

  /** The epoch day of a stage not reached, between the builder's methods. */
  private static final int ABSENT = Integer.MIN_VALUE;
  /** Days after the stage before, for a stage not reached. */
  private static final char NOT_REACHED = '\uFFFF';
  /** Days after the stage before, for a stage reached later than {@link #NEAR} days after it. */
  private static final char FAR = '\uFFFE';
  /** The most days after the stage before kept in two bytes (179 years). */
  private static final int NEAR = 0xFFFD;

  private static final Modality[] MODALITIES = Modality.values();
  private static final CredentialTier[] TIERS = CredentialTier.values();
  private static final Pricing[] PRICINGS = Pricing.values();
  private static final Offer[] OFFERS = Offer.values();
  /** Stages by {@link Stage#depth()}. */
  static final Stage[] STAGE_AT_DEPTH = stagesByDepth();

  private final int size;
  private final PackedStrings ids;
  private final int[] participant;
  private final int[] cohort;
  private final byte[] modality;
  private final byte[] credential;
  private final byte[] pricing;
  private final byte[] offer;
  private final byte[] stage;
  private final int[] enrolledOn;
  /**
   * Completion, credential earned and accessed, as days after the stage before (two bytes: a
   * tally reads none of them), or {@link #NOT_REACHED}, or {@link #FAR} with the epoch day in
   * {@link #farDays}.
   */
  private final char[] completedAfter;
  private final char[] earnedAfter;
  private final char[] accessedAfter;
  /** The epoch days marked {@link #FAR}, by stage depth 1 to 3 (index 0 unused), by enrolment. */
  private final ImmutableList<ImmutableMap<Integer, Integer>> farDays;
  /** The participants' registration numbers, by dictionary position. */
  private final PackedStrings participants;
  private final ImmutableList<Cohort> cohorts;
  /** The earliest and latest enrolment day, or 0 and -1 when empty. */
  private final int firstDay;
  private final int lastDay;

  private EnrolmentTable(Builder b) {
    this.size = b.size;
    this.ids = b.ids.build();
    this.participant = Arrays.copyOf(b.participant, size);
    this.cohort = Arrays.copyOf(b.cohort, size);
    this.modality = Arrays.copyOf(b.modality, size);
    this.credential = Arrays.copyOf(b.credential, size);
    this.pricing = Arrays.copyOf(b.pricing, size);
    this.offer = Arrays.copyOf(b.offer, size);
    this.stage = Arrays.copyOf(b.stage, size);
    this.enrolledOn = Arrays.copyOf(b.enrolledOn, size);
    this.completedAfter = Arrays.copyOf(b.completedAfter, size);
    this.earnedAfter = Arrays.copyOf(b.earnedAfter, size);
    this.accessedAfter = Arrays.copyOf(b.accessedAfter, size);
    ImmutableList.Builder<ImmutableMap<Integer, Integer>> far = ImmutableList.builder();
    for (Map<Integer, Integer> m : b.farDays) {
      far.add(ImmutableMap.copyOf(m));
    }
    this.farDays = far.build();
    this.participants = b.participants.build();
    this.cohorts = ImmutableList.copyOf(b.cohorts);
    this.firstDay = size == 0 ? 0 : b.firstDay;
    this.lastDay = size == 0 ? -1 : b.lastDay;
  }

  private static Stage[] stagesByDepth() {
    Stage[] s = new Stage[Stage.values().length];
    for (Stage v : Stage.values()) {
      s[v.depth()] = v;
    }
    return s;
  }

  /**
   * A table of the given enrolments, in their order.
   *
   * @throws NullPointerException if an enrolment is null
   * @throws IllegalArgumentException if a date lies beyond {@code int} epoch days
   */
  public static EnrolmentTable of(Iterable<Enrolment> enrolments) {
    checkNotNull(enrolments, "enrolments");
    if (enrolments instanceof EnrolmentTable) {
      return (EnrolmentTable) enrolments;
    }
    Builder b = builder();
    for (Enrolment e : enrolments) {
      b.add(e);
    }
    return b.build();
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** How many enrolments. */
  public int size() {
    return size;
  }

  /** Whether the table holds no enrolment. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** How many distinct participants. */
  public int participantCount() {
    return participants.size();
  }

  /** How many distinct cohorts. */
  public int cohortCount() {
    return cohorts.size();
  }

  /**
   * The enrolment at a position, rebuilt from the columns; equal to the one loaded there.
   *
   * @throws IndexOutOfBoundsException if the index is not in {@code [0, size)}
   */
  public Enrolment get(int index) {
    checkElementIndex(index, size, "index");
    int enrolled = enrolledOn[index];
    int completed = day(index, 1, completedAfter[index], enrolled);
    int earned = day(index, 2, earnedAfter[index], completed);
    int accessed = day(index, 3, accessedAfter[index], earned);
    return new Enrolment(
        ids.get(index),
        Participant.of(participants.get(participant[index])),
        cohorts.get(cohort[index]),
        LocalDate.ofEpochDay(enrolled),
        date(completed),
        date(earned),
        date(accessed));
  }

  /** The epoch day of a later stage, from its days after the stage before. */
  private int day(int index, int depth, char after, int before) {
    if (after == NOT_REACHED) {
      return ABSENT;
    }
    return after == FAR ? farDays.get(depth).get(index) : before + after;
  }

  private static Optional<LocalDate> date(int epochDay) {
    return epochDay == ABSENT ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /**
   * The enrolments as an immutable list view, rebuilt one by one on access; equal to the list
   * the table was loaded from.
   */
  public List<Enrolment> asList() {
    return new Rows();
  }

  /** The enrolments in order, rebuilt one by one. */
  @Override
  public Iterator<Enrolment> iterator() {
    return asList().iterator();
  }

  /** Equal when both hold equal enrolments in the same order. */
  @Override
  public boolean equals(Object o) {
    return o == this
        || (o instanceof EnrolmentTable && asList().equals(((EnrolmentTable) o).asList()));
  }

  @Override
  public int hashCode() {
    return asList().hashCode();
  }

  /** A short description: the number of enrolments, participants and cohorts. */
  @Override
  public String toString() {
    return "EnrolmentTable[" + size + " enrolments, " + participants.size() + " participants, "
        + cohorts.size() + " cohorts]";
  }

  // ---------------------------------------------------------------- columns, for counting

  /** The byte column of a closed dimension: each enrolment's value position. */
  byte[] closedColumn(Dimension d) {
    switch (d) {
      case MODALITY:
        return modality;
      case CREDENTIAL:
        return credential;
      case PRICING:
        return pricing;
      case OFFER:
        return offer;
      default:
        throw new IllegalStateException("dimension " + d + " is not a closed set");
    }
  }

  /** Each enrolment's furthest stage, by {@link Stage#depth()}. */
  byte[] stages() {
    return stage;
  }

  /** Each enrolment's cohort, by dictionary position ({@link #cohortAt}). */
  int[] cohortColumn() {
    return cohort;
  }

  /** The cohort at a dictionary position. */
  Cohort cohortAt(int position) {
    return cohorts.get(position);
  }

  /** Each enrolment's participant, by dictionary position ({@link #participantAt}). */
  int[] participantColumn() {
    return participant;
  }

  /** The registration number of the participant at a dictionary position. */
  String participantAt(int position) {
    return participants.get(position);
  }

  /** Each enrolment's enrolment day, as an epoch day. */
  int[] enrolledDays() {
    return enrolledOn;
  }

  /** The earliest enrolment day, 0 when empty. */
  int firstDay() {
    return firstDay;
  }

  /** The latest enrolment day, -1 when empty. */
  int lastDay() {
    return lastDay;
  }

  // ---------------------------------------------------------------- the list view

  private final class Rows extends AbstractList<Enrolment> implements RandomAccess {
    @Override
    public Enrolment get(int index) {
      return EnrolmentTable.this.get(index);
    }

    @Override
    public int size() {
      return size;
    }
  }

  // ---------------------------------------------------------------- builder

  /**
   * Loads enrolments one by one into a table: usable as the sink of {@link
   * EnrolmentCsvReader#read(java.io.Reader, java.util.function.Consumer)}. Not thread-safe; the
   * table it builds is.
   */
  public static final class Builder {
    private int size;
    private final PackedStrings.Builder ids = new PackedStrings.Builder();
    private int[] participant = new int[16];
    private int[] cohort = new int[16];
    private byte[] modality = new byte[16];
    private byte[] credential = new byte[16];
    private byte[] pricing = new byte[16];
    private byte[] offer = new byte[16];
    private byte[] stage = new byte[16];
    private int[] enrolledOn = new int[16];
    private char[] completedAfter = new char[16];
    private char[] earnedAfter = new char[16];
    private char[] accessedAfter = new char[16];
    private final List<Map<Integer, Integer>> farDays =
        List.of(Map.of(), new HashMap<>(), new HashMap<>(), new HashMap<>());
    private final PackedStrings.Builder participants = new PackedStrings.Builder();
    private final List<Cohort> cohorts = new java.util.ArrayList<>();
    private final Map<String, Integer> participantIds = new HashMap<>();
    private final Map<Cohort, Integer> cohortIds = new HashMap<>();
    /** Cohorts seen before: most data shares them, and identity is cheaper than equality. */
    private final Map<Cohort, Integer> cohortSeen = new IdentityHashMap<>();
    private int firstDay = Integer.MAX_VALUE;
    private int lastDay = Integer.MIN_VALUE;

    private Builder() {}

    /**
     * Adds an enrolment after those added so far.
     *
     * @throws NullPointerException if the enrolment is null
     * @throws IllegalArgumentException if one of its dates lies beyond {@code int} epoch days,
     *     or the table would exceed {@code Integer.MAX_VALUE - 8} enrolments
     */
    public Builder add(Enrolment enrolment) {
      checkNotNull(enrolment, "enrolment");
      int enrolled = epochDay(enrolment, "enrolledOn", enrolment.enrolledOn());
      int completed = epochDay(enrolment, "completedOn", enrolment.completedOn());
      int earned = epochDay(enrolment, "credentialEarnedOn", enrolment.credentialEarnedOn());
      int accessed = epochDay(enrolment, "credentialAccessedOn", enrolment.credentialAccessedOn());
      if (size == participant.length) {
        grow();
      }
      int i = size;
      ids.add(enrolment.id());
      participant[i] = participantId(enrolment.participant());
      cohort[i] = cohortId(enrolment.cohort());
      LearningActivity a = enrolment.cohort().activity();
      modality[i] = (byte) a.modality().ordinal();
      credential[i] = (byte) a.credential().ordinal();
      pricing[i] = (byte) a.pricing().ordinal();
      offer[i] = (byte) a.offer().ordinal();
      stage[i] = (byte) enrolment.status().depth();
      enrolledOn[i] = enrolled;
      // the dates of an enrolment never go back, so each is some days after the one before
      completedAfter[i] = after(i, 1, completed, enrolled);
      earnedAfter[i] = after(i, 2, earned, completed);
      accessedAfter[i] = after(i, 3, accessed, earned);
      firstDay = Math.min(firstDay, enrolled);
      lastDay = Math.max(lastDay, enrolled);
      size++;
      return this;
    }

    /**
     * Adds every enrolment, in order.
     *
     * @throws NullPointerException if an enrolment is null
     * @throws IllegalArgumentException as {@link #add} does
     */
    public Builder addAll(Iterable<Enrolment> enrolments) {
      checkNotNull(enrolments, "enrolments");
      for (Enrolment e : enrolments) {
        add(e);
      }
      return this;
    }

    private char after(int index, int depth, int day, int before) {
      if (day == ABSENT) {
        return NOT_REACHED;
      }
      long days = (long) day - before;
      if (days <= NEAR) {
        return (char) days;
      }
      farDays.get(depth).put(index, day);
      return FAR;
    }

    private static int epochDay(Enrolment e, String field, Optional<LocalDate> day) {
      return day.isPresent() ? epochDay(e, field, day.get()) : ABSENT;
    }

    private static int epochDay(Enrolment e, String field, LocalDate day) {
      long d = day.toEpochDay();
      checkArgument(
          d > ABSENT && d <= Integer.MAX_VALUE,
          "enrolment %s: %s %s is out of the table's range of dates (int epoch days)",
          e.id(),
          field,
          day);
      return (int) d;
    }

    private int participantId(Participant p) {
      String number = p.registrationNumber();
      Integer id = participantIds.putIfAbsent(number, participants.size());
      if (id == null) {
        id = participants.size();
        participants.add(number);
      }
      return id;
    }

    private int cohortId(Cohort c) {
      Integer id = cohortSeen.get(c);
      if (id == null) {
        id = cohortIds.putIfAbsent(c, cohorts.size());
        if (id == null) {
          id = cohorts.size();
          cohorts.add(c);
        }
        if (cohortSeen.size() < 1 << 16) {
          cohortSeen.put(c, id);
        }
      }
      return id;
    }

    private void grow() {
      checkArgument(size < Integer.MAX_VALUE - 8, "a table holds at most %s enrolments", size);
      int n = (int) Math.min(Integer.MAX_VALUE - 8L, size * 2L);
      participant = Arrays.copyOf(participant, n);
      cohort = Arrays.copyOf(cohort, n);
      modality = Arrays.copyOf(modality, n);
      credential = Arrays.copyOf(credential, n);
      pricing = Arrays.copyOf(pricing, n);
      offer = Arrays.copyOf(offer, n);
      stage = Arrays.copyOf(stage, n);
      enrolledOn = Arrays.copyOf(enrolledOn, n);
      completedAfter = Arrays.copyOf(completedAfter, n);
      earnedAfter = Arrays.copyOf(earnedAfter, n);
      accessedAfter = Arrays.copyOf(accessedAfter, n);
    }

    /** How many enrolments were added so far. */
    public int size() {
      return size;
    }

    /** The table of the enrolments added so far; the builder can go on adding. */
    public EnrolmentTable build() {
      return new EnrolmentTable(this);
    }
  }
}
