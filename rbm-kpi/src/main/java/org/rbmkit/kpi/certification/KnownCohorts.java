package org.rbmkit.kpi.certification;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvColumn;

/**
 * The cohorts of the rows accepted in a read, each by the bytes its row gave for the cohort, its
 * activity and the activity's description: a later row with the very same bytes in those columns
 * is of the same cohort, found without decoding or parsing its values.
 *
 * <pre>{@code
 * KnownCohorts known = new KnownCohorts();
 * known.add(tokenizer, at, enrolment.cohort());   // after a row was accepted
 * Cohort c = known.find(tokenizer, at);           // a later row's, or null
 * }</pre>
 *
 * <p>The first row accepted for a cohort decides the bytes it is known by; a row with other
 * bytes (another activity, or a description written differently) is not found and goes through
 * the full checks. Memory: one entry per distinct cohort. Not thread-safe: one per read or range.
 */
final class KnownCohorts {

  /**
   * The columns compared: the cohort first (it is the key), its activity, then the columns that
   * describe the activity.
   */
  private static final EnrolmentCsvColumn[] COLUMNS = compared();

  private static EnrolmentCsvColumn[] compared() {
    EnrolmentCsvColumn[] c = new EnrolmentCsvColumn[2 + EnrolmentCsvColumn.DESCRIPTION.length];
    c[0] = EnrolmentCsvColumn.COHORT_ID;
    c[1] = EnrolmentCsvColumn.ACTIVITY_ID;
    EnrolmentCsvColumn[] description = EnrolmentCsvColumn.DESCRIPTION;
    System.arraycopy(description, 0, c, 2, description.length);
    return c;
  }

  /** Eight bytes of a row as one long, for the hash. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Entry[] table = new Entry[64];
  private int size;
  /** The layout {@link #together} was last asked about, and its answer. */
  private int[] layout;
  private boolean together;

  /**
   * The cohort of an accepted row whose cohort, activity and description columns hold the same
   * bytes as the tokenizer's row (in its buffer), or {@code null}.
   *
   * @param at the position in a row of each column, by the column's ordinal
   */
  Cohort find(EnrolmentCsvTokenizer t, int[] at) {
    byte[] b = t.buffer();
    int key = at[EnrolmentCsvColumn.COHORT_ID.ordinal()];
    int from = t.start(key);
    int to = t.end(key);
    int h = hash(b, from, to);
    Entry[] tab = table;
    int mask = tab.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      Entry e = tab[i];
      if (e == null) {
        return null;
      }
      if (e.hash == h) {
        if (e.matches(t, at, together(at))) {
          return e.cohort;
        }
        if (e.ends[0] == to - from && same(e.bytes, 0, b, from, to)) {
          // the one entry of this cohort, with another activity or description
          return null;
        }
      }
    }
  }

  /** Whether the bytes from {@code from} to {@code to} of {@code b} are those of {@code a} from {@code at}. */
  private static boolean same(byte[] a, int at, byte[] b, int from, int to) {
    // values are short: a plain loop beats the set-up of a vectorised comparison
    for (int i = from, j = at; i < to; i++, j++) {
      if (a[j] != b[i]) {
        return false;
      }
    }
    return true;
  }

  /** Remembers the bytes of an accepted row (in the tokenizer's buffer), unless its cohort is known. */
  void add(EnrolmentCsvTokenizer t, int[] at, Cohort cohort) {
    byte[] b = t.buffer();
    int key = at[EnrolmentCsvColumn.COHORT_ID.ordinal()];
    int h = hash(b, t.start(key), t.end(key));
    int mask = table.length - 1;
    int i = h & mask;
    for (Entry e = table[i]; e != null; e = table[i]) {
      if (e.hash == h && e.ends[0] == t.end(key) - t.start(key)
          && same(e.bytes, 0, b, t.start(key), t.end(key))) {
        return;
      }
      i = (i + 1) & mask;
    }
    table[i] = new Entry(h, t, at, cohort);
    if (++size * 2 > table.length) {
      grow();
    }
  }

  private void grow() {
    Entry[] old = table;
    table = new Entry[old.length * 2];
    int mask = table.length - 1;
    for (Entry e : old) {
      if (e != null) {
        int i = e.hash & mask;
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = e;
      }
    }
  }

  /** Whether the header has {@link #COLUMNS} side by side, in their order. */
  private boolean together(int[] at) {
    if (at != layout) {
      boolean t = true;
      for (int j = 1; j < COLUMNS.length; j++) {
        t &= at[COLUMNS[j].ordinal()] == at[COLUMNS[0].ordinal()] + j;
      }
      together = t;
      layout = at;
    }
    return together;
  }

  /** A hash of the bytes from {@code from} to {@code to}: their length, first and last eight. */
  private static int hash(byte[] b, int from, int to) {
    int n = to - from;
    long w;
    if (n >= 8) {
      w = (long) LONGS.get(b, from) * 31 + (long) LONGS.get(b, to - 8);
    } else {
      w = 0;
      for (int i = from; i < to; i++) {
        w = w << 8 | b[i] & 0xFF;
      }
    }
    w = (w + n) * 0x9E3779B97F4A7C15L;
    return (int) (w >>> 32);
  }

  /**
   * A cohort and the bytes of its columns, one after another with a comma between (as they stand
   * in a row of the usual header order, unquoted).
   */
  private static final class Entry {
    final int hash;
    final Cohort cohort;
    final byte[] bytes;
    /** Where the value of each of {@link #COLUMNS} starts in {@link #bytes}. */
    final int[] starts = new int[COLUMNS.length];
    /** Where the value of each of {@link #COLUMNS} ends in {@link #bytes}. */
    final int[] ends = new int[COLUMNS.length];

    Entry(int hash, EnrolmentCsvTokenizer t, int[] at, Cohort cohort) {
      this.hash = hash;
      this.cohort = cohort;
      int n = COLUMNS.length - 1;
      for (EnrolmentCsvColumn c : COLUMNS) {
        n += t.end(at[c.ordinal()]) - t.start(at[c.ordinal()]);
      }
      bytes = new byte[n];
      int to = 0;
      for (int j = 0; j < COLUMNS.length; j++) {
        if (j > 0) {
          bytes[to++] = ',';
        }
        int i = at[COLUMNS[j].ordinal()];
        int length = t.end(i) - t.start(i);
        System.arraycopy(t.buffer(), t.start(i), bytes, to, length);
        starts[j] = to;
        to += length;
        ends[j] = to;
      }
    }

    /**
     * Whether the row's columns hold the same bytes; {@code together} when the header has {@link
     * #COLUMNS} side by side in their order.
     */
    boolean matches(EnrolmentCsvTokenizer t, int[] at, boolean together) {
      byte[] b = t.buffer();
      if (together) {
        int first = at[EnrolmentCsvColumn.COHORT_ID.ordinal()];
        boolean adjacent = t.end(first) - t.start(first) == ends[0];
        for (int j = 1; j < COLUMNS.length && adjacent; j++) {
          // one comma apart (so unquoted) and as long as here
          adjacent = t.start(first + j) - t.end(first + j - 1) == 1
              && t.end(first + j) - t.start(first + j) == ends[j] - starts[j];
        }
        if (adjacent) {
          // every value as long as here and a comma between: one comparison of the whole span
          return Arrays.equals(bytes, 0, bytes.length,
              b, t.start(first), t.end(first + COLUMNS.length - 1));
        }
      }
      for (int j = 0; j < COLUMNS.length; j++) {
        int i = at[COLUMNS[j].ordinal()];
        int from = t.start(i);
        int to = t.end(i);
        if (ends[j] - starts[j] != to - from || !same(bytes, starts[j], b, from, to)) {
          return false;
        }
      }
      return true;
    }
  }
}
