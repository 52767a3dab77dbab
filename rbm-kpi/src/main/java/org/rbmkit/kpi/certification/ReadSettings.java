package org.rbmkit.kpi.certification;

import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.RejectedRow;

/**
 * How an enrolment CSV read goes, as configured on {@link EnrolmentCsvReader.Builder}: shared by
 * the whole read and the range reads.
 *
 * <pre>{@code
 * new ReadSettings(true, true, 1000, 256, r -> {}, n -> {}, 2, 8 << 20);
 * }</pre>
 *
 * <p>Immutable; thread-safe when its listeners are.
 *
 * @param strict whether the first bad row ends the read
 * @param detectDuplicateIds whether a repeated enrolment id is a bad row
 * @param keepRejectedRows how many rejected rows a report keeps
 * @param maxRowWidth most values in a row
 * @param onRejected told every rejected row, in file order
 * @param onBytesRead told the bytes read so far
 * @param ranges most byte ranges of a parallel read
 * @param minRangeBytes fewest bytes per range
 */
record ReadSettings(
    boolean strict,
    boolean detectDuplicateIds,
    int keepRejectedRows,
    int maxRowWidth,
    Consumer<? super RejectedRow> onRejected,
    LongConsumer onBytesRead,
    int ranges,
    long minRangeBytes) {

  /** Most characters in one value. */
  static final int MAX_VALUE_LENGTH = 100_000;

  /** A new index of enrolment ids, or {@code null} when duplicates are not looked for. */
  DuplicateIds newIdIndex() {
    return detectDuplicateIds ? new DuplicateIds() : null;
  }
}
