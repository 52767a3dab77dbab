package org.rbmkit.kpi.certification;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;

/**
 * The counting kernels of {@link CertificationTally} over the columns of an {@link
 * EnrolmentTable}: loops over byte columns for closed dimensions (unrolled for up to three),
 * grouping by cohort class and year for the others, and a sort of packed keys for participants.
 *
 * <pre>{@code
 * long[] atFurthest = new long[groups * 4];
 * TableCounts.countClosed(table, dims, atFurthest);
 * }</pre>
 *
 * <p>Stateless and thread-safe; the arrays passed in belong to the caller.
 */
final class TableCounts {

  private TableCounts() {}

  /**
   * Counts every enrolment into {@code at}, once, at its furthest stage (four counts per group,
   * as {@link CertificationTally} keeps them), groups indexed as the tally indexes them: by the
   * mixed-radix positions of the closed dimensions' values.
   */
  static void countClosed(EnrolmentTable table, Dimension[] dims, long[] at) {
    byte[] s = table.stages();
    int n = table.size();
    switch (dims.length) {
      case 0:
        for (int i = 0; i < n; i++) {
          at[s[i]]++;
        }
        break;
      case 1: {
        byte[] a = table.closedColumn(dims[0]);
        for (int i = 0; i < n; i++) {
          at[(a[i] << 2) + s[i]]++;
        }
        break;
      }
      case 2: {
        byte[] a = table.closedColumn(dims[0]);
        byte[] b = table.closedColumn(dims[1]);
        int sb = dims[1].cardinality();
        for (int i = 0; i < n; i++) {
          at[((a[i] * sb + b[i]) << 2) + s[i]]++;
        }
        break;
      }
      case 3: {
        byte[] a = table.closedColumn(dims[0]);
        byte[] b = table.closedColumn(dims[1]);
        byte[] c = table.closedColumn(dims[2]);
        int sb = dims[1].cardinality();
        int sc = dims[2].cardinality();
        for (int i = 0; i < n; i++) {
          at[(((a[i] * sb + b[i]) * sc + c[i]) << 2) + s[i]]++;
        }
        break;
      }
      default: {
        byte[][] cols = new byte[dims.length][];
        int[] sizes = new int[dims.length];
        for (int k = 0; k < dims.length; k++) {
          cols[k] = table.closedColumn(dims[k]);
          sizes[k] = dims[k].cardinality();
        }
        for (int i = 0; i < n; i++) {
          int g = 0;
          for (int k = 0; k < cols.length; k++) {
            g = g * sizes[k] + cols[k][i];
          }
          at[(g << 2) + s[i]]++;
        }
        break;
      }
    }
  }

  /**
   * How the enrolments fall into groups along some dimensions: a group number per enrolment and
   * the key of each group number. Groups are numbered within this table only.
   */
  static final class Grouping {
    /** The group of each enrolment. */
    final int[] groupOf;
    /** The number of group numbers, some of which may be unused. */
    final int groups;
    private final Dimension[] dims;
    /** For open groupings: the values of each cohort class, by class, without the year. */
    private final String[][] classValues;
    private final int years;
    private final int firstYear;

    private Grouping(int[] groupOf, int groups, Dimension[] dims, String[][] classValues,
        int years, int firstYear) {
      this.groupOf = groupOf;
      this.groups = groups;
      this.dims = dims;
      this.classValues = classValues;
      this.years = years;
      this.firstYear = firstYear;
    }

    /** The key of a group number. */
    GroupKey key(int group) {
      String[] values = new String[dims.length];
      if (classValues == null) {
        int rest = group;
        for (int k = dims.length - 1; k >= 0; k--) {
          int c = dims[k].cardinality();
          values[k] = dims[k].valueAt(rest % c);
          rest /= c;
        }
      } else {
        String[] v = classValues[group / years];
        for (int k = 0; k < dims.length; k++) {
          values[k] =
              dims[k] == Dimension.YEAR ? Integer.toString(firstYear + group % years) : v[k];
        }
      }
      return GroupKey.of(values);
    }

  }

  /** Most group numbers an open grouping may use before a tally falls back to enrolment objects. */
  private static final int MAX_OPEN_GROUPS = 1 << 22;

  /**
   * The grouping of the enrolments along the given dimensions, or {@code null} when it would
   * take more than {@link #MAX_OPEN_GROUPS} group numbers (a year range of thousands of years).
   */
  static Grouping grouping(EnrolmentTable table, Dimension[] dims) {
    int size = table.size();
    int[] cohort = table.cohortColumn();
    int[] enrolledOn = table.enrolledDays();
    int firstDay = table.firstDay();
    int lastDay = table.lastDay();
    boolean closed = true;
    for (Dimension d : dims) {
      closed &= d.cardinality() > 0;
    }
    int[] groupOf = new int[size];
    if (closed) {
      int groups = 1;
      byte[][] cols = new byte[dims.length][];
      for (int k = 0; k < dims.length; k++) {
        cols[k] = table.closedColumn(dims[k]);
        groups *= dims[k].cardinality();
      }
      for (int i = 0; i < size; i++) {
        int g = 0;
        for (int k = 0; k < cols.length; k++) {
          g = g * dims[k].cardinality() + cols[k][i];
        }
        groupOf[i] = g;
      }
      return new Grouping(groupOf, groups, dims, null, 1, 0);
    }
    // every dimension but the year is a function of the cohort: class cohorts by their values
    boolean byYear = false;
    Map<List<String>, Integer> classes = new HashMap<>();
    int[] classOfCohort = new int[table.cohortCount()];
    for (int c = 0; c < classOfCohort.length; c++) {
      Cohort co = table.cohortAt(c);
      String[] values = new String[dims.length];
      for (int k = 0; k < dims.length; k++) {
        if (dims[k] == Dimension.YEAR) {
          byYear = true;
          values[k] = "";
        } else {
          values[k] = valueOf(dims[k], co);
        }
      }
      Integer known = classes.putIfAbsent(Arrays.asList(values), classes.size());
      classOfCohort[c] = known == null ? classes.size() - 1 : known;
    }
    String[][] classValues = new String[classes.size()][];
    classes.forEach((v, k) -> classValues[k] = v.toArray(new String[0]));
    int firstYear = size == 0 ? 0 : LocalDate.ofEpochDay(firstDay).getYear();
    int years = byYear && size > 0 ? LocalDate.ofEpochDay(lastDay).getYear() - firstYear + 1 : 1;
    long groups = (long) Math.max(1, classValues.length) * years;
    if (groups > MAX_OPEN_GROUPS) {
      return null;
    }
    for (int i = 0; i < size; i++) {
      int g = classOfCohort[cohort[i]] * years;
      if (byYear) {
        g += LocalDate.ofEpochDay(enrolledOn[i]).getYear() - firstYear;
      }
      groupOf[i] = g;
    }
    return new Grouping(groupOf, (int) groups, dims, classValues, years, firstYear);
  }

  private static String valueOf(Dimension d, Cohort c) {
    LearningActivity a = c.activity();
    switch (d) {
      case MODALITY:
        return a.modality().code();
      case CREDENTIAL:
        return a.credential().code();
      case PRICING:
        return a.pricing().code();
      case OFFER:
        return a.offer().code();
      case COHORT:
        return c.id();
      case PROGRAMME:
        return a.programme();
      case ACTIVITY:
        return a.id();
      default:
        throw new AssertionError(d);
    }
  }

  /**
   * Counts every enrolment at its furthest stage, four counts per group number of the grouping
   * (not cumulated).
   */
  static long[] countAt(EnrolmentTable table, Grouping grouping) {
    long[] at = new long[grouping.groups * 4];
    int[] g = grouping.groupOf;
    byte[] s = table.stages();
    for (int i = 0, n = table.size(); i < n; i++) {
      at[(g[i] << 2) + s[i]]++;
    }
    return at;
  }

  /**
   * The furthest stage of each distinct participant in each group, handed to {@code sink} one
   * group at a time in group order, participants in dictionary order within a group.
   */
  static void participantStages(EnrolmentTable table, Grouping grouping, ParticipantSink sink) {
    int size = table.size();
    int[] participant = table.participantColumn();
    byte[] stage = table.stages();
    long people = Math.max(1, table.participantCount());
    long[] packed = new long[size];
    int[] g = grouping.groupOf;
    for (int i = 0; i < size; i++) {
      packed[i] = ((g[i] * people + participant[i]) << 2) | stage[i];
    }
    Arrays.parallelSort(packed);
    int i = 0;
    while (i < size) {
      long pair = packed[i] >>> 2;
      int j = i + 1;
      while (j < size && packed[j] >>> 2 == pair) {
        j++;
      }
      // sorted ascending: the last of the run has the furthest stage
      int furthest = (int) (packed[j - 1] & 3);
      sink.accept(
          (int) (pair / people),
          table.participantAt((int) (pair % people)),
          EnrolmentTable.STAGE_AT_DEPTH[furthest]);
      i = j;
    }
  }

  /** Receives one participant's furthest stage in one group. */
  interface ParticipantSink {
    void accept(int group, String registrationNumber, Stage furthest);
  }
}
