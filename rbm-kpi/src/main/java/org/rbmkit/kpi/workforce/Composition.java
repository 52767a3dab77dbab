package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.stream.Collector;

/**
 * Builds composition tables: headcount and FTE of a workforce by any combination of
 * dimensions.
 *
 * <pre>{@code
 * CompositionTable byGradeAndGender =
 *     Composition.of(workforce.staff(), List.of(Dimension.GRADE, Dimension.GENDER), 5);
 * CompositionTable byBand = workforce.staff().stream()
 *     .collect(Composition.collector(List.of(Dimension.gradeAtLeast(Grade.P_5)), 5));
 * }</pre>
 *
 * <p>Stateless and thread-safe; one pass, memory proportional to the number of groups.
 */
public final class Composition {

  private Composition() {}

  /** An empty accumulator grouping by {@code dimensions}. */
  public static CompositionAccumulator accumulator(List<Dimension> dimensions) {
    checkNotNull(dimensions, "dimensions");
    return new CompositionAccumulator(dimensions);
  }

  /**
   * The composition of {@code staff} by {@code dimensions}, flagging groups of fewer than {@code
   * smallGroupBelow} people; an empty workforce gives a table with no rows and total 0.
   */
  public static CompositionTable of(
      Iterable<StaffMember> staff, List<Dimension> dimensions, int smallGroupBelow) {
    checkNotNull(staff, "staff");
    CompositionAccumulator a = accumulator(dimensions);
    staff.forEach(a::add);
    return a.toTable(smallGroupBelow);
  }

  /** A collector for streams, parallel ones included. */
  public static Collector<StaffMember, CompositionAccumulator, CompositionTable> collector(
      List<Dimension> dimensions, int smallGroupBelow) {
    checkNotNull(dimensions, "dimensions");
    return Collector.of(
        () -> new CompositionAccumulator(dimensions),
        CompositionAccumulator::add,
        CompositionAccumulator::merge,
        a -> a.toTable(smallGroupBelow),
        Collector.Characteristics.UNORDERED);
  }
}
