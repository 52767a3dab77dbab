package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The desirable range of staff from one member state under a system of geographical
 * distribution: {@code lower} to {@code upper} staff, both inclusive.
 *
 * <pre>{@code
 * DesirableRange r = new DesirableRange(2, 6);
 * r.statusOf(0);   // UNREPRESENTED
 * r.statusOf(1);   // UNDER_REPRESENTED
 * r.statusOf(7);   // OVER_REPRESENTED
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param lower the fewest staff within range, at least 0
 * @param upper the most staff within range, at least {@code lower}
 */
public record DesirableRange(int lower, int upper) {

  /** Validates the bounds. */
  public DesirableRange {
    checkArgument(lower >= 0, "desirable range lower bound %s is negative", lower);
    checkArgument(upper >= lower, "desirable range upper bound %s is below lower bound %s", upper, lower);
  }

  /**
   * The representation of a state with {@code staff} nationals: unrepresented when there are
   * none (even when {@code lower} is 0), under- or over-represented outside the range, within it
   * otherwise.
   */
  public RepresentationStatus statusOf(long staff) {
    checkArgument(staff >= 0, "staff count %s is negative", staff);
    if (staff == 0) {
      return RepresentationStatus.UNREPRESENTED;
    }
    if (staff < lower) {
      return RepresentationStatus.UNDER_REPRESENTED;
    }
    if (staff > upper) {
      return RepresentationStatus.OVER_REPRESENTED;
    }
    return RepresentationStatus.WITHIN_RANGE;
  }

  /** {@code 2–6}. */
  @Override
  public String toString() {
    return lower + "–" + upper;
  }
}
