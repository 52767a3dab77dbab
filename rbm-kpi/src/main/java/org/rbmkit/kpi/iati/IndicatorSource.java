package org.rbmkit.kpi.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;

/**
 * Where an imported indicator comes from: the activity, the positions of its result and indicator,
 * and the disaggregation whose values it carries.
 *
 * <pre>{@code
 * IndicatorSource s = new IndicatorSource("AA-AAA-123456789-ABC123", 1, 1,
 *     ImmutableSortedMap.of("age", "adult", "sex", "female"));
 * s.toString();   // activity AA-AAA-123456789-ABC123 result[1] indicator[1] {age=adult, sex=female}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param activity the activity's {@code iati-identifier} as published (may be empty)
 * @param result the 1-based position of the {@code result} in the activity
 * @param indicator the 1-based position of the {@code indicator} in the result
 * @param dimensions the dimensions shared by the values taken, by name; empty for the totals
 */
public record IndicatorSource(
    String activity, int result, int indicator, ImmutableSortedMap<String, String> dimensions) {

  /** Checks the components and copies the dimensions. */
  public IndicatorSource {
    checkNotNull(activity, "activity");
    checkArgument(result >= 1, "result position %s must be at least 1", result);
    checkArgument(indicator >= 1, "indicator position %s must be at least 1", indicator);
    dimensions = ImmutableSortedMap.copyOf(checkNotNull(dimensions, "dimensions"));
  }

  /** Whether this is the indicator's totals (values without dimensions). */
  public boolean isTotal() {
    return dimensions.isEmpty();
  }

  /**
   * {@code activity AA-1 result[1] indicator[2]}, followed by the dimensions when there are any.
   */
  @Override
  public String toString() {
    return "activity "
        + activity
        + " result["
        + result
        + "] indicator["
        + indicator
        + "]"
        + (dimensions.isEmpty() ? "" : " " + dimensions);
  }
}
