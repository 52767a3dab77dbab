package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.stream.Collector;
import static com.google.common.base.Preconditions.checkArgument;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

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

  /**
   * Counts and FTE per combination of dimension keys, built one staff member at a time; memory is
   * proportional to the number of groups, not of people.
   *
   * <pre>{@code
   * CompositionAccumulator a = Composition.accumulator(List.of(Dimension.GRADE, Dimension.GENDER));
   * part1.forEach(a::add);
   * CompositionAccumulator b = Composition.accumulator(List.of(Dimension.GRADE, Dimension.GENDER));
   * part2.forEach(b::add);
   * CompositionTable t = a.merge(b).toTable(5);
   * }</pre>
   *
   * <p>Mutable and <em>not</em> thread-safe: give each thread its own accumulator and {@link
   * #merge} them; merging is associative and commutative, so the result equals one pass.
   */
  public static final class CompositionAccumulator {

    private final ImmutableList<Dimension> dimensions;
    private final Map<List<String>, Cell> cells = new HashMap<>();

    CompositionAccumulator(List<Dimension> dimensions) {
      this.dimensions = ImmutableList.copyOf(dimensions);
      checkArgument(!this.dimensions.isEmpty(), "a composition needs at least one dimension");
    }

    /** The dimensions, in column order. */
    public ImmutableList<Dimension> dimensions() {
      return dimensions;
    }

    /**
     * Counts one staff member.
     *
     * @throws IllegalArgumentException if a dimension gives no key for the member
     */
    public CompositionAccumulator add(StaffMember member) {
      checkNotNull(member, "member");
      ImmutableList.Builder<String> key = ImmutableList.builderWithExpectedSize(dimensions.size());
      for (Dimension d : dimensions) {
        key.add(d.keyOf(member));
      }
      cells.computeIfAbsent(key.build(), k -> new Cell()).add(1, member.fte());
      return this;
    }

    /**
     * Adds the counts of {@code other} into this accumulator and returns this one.
     *
     * @throws IllegalArgumentException if the two accumulators group by different dimensions
     */
    public CompositionAccumulator merge(CompositionAccumulator other) {
      checkNotNull(other, "other");
      checkArgument(
          dimensions.equals(other.dimensions),
          "cannot merge compositions by %s and by %s",
          dimensions,
          other.dimensions);
      other.cells.forEach(
          (k, c) -> cells.computeIfAbsent(k, x -> new Cell()).add(c.count, c.fte));
      return this;
    }

    /**
     * The table so far, with groups of fewer than {@code smallGroupBelow} people flagged as small
     * (pass 1 to flag none).
     */
    public CompositionTable toTable(int smallGroupBelow) {
      checkArgument(smallGroupBelow >= 1, "smallGroupBelow %s must be at least 1", smallGroupBelow);
      ImmutableList.Builder<CompositionTable.Row> rows = ImmutableList.builder();
      cells.forEach(
          (k, c) -> rows.add(new CompositionTable.Row(k, c.count, c.fte, c.count < smallGroupBelow)));
      return new CompositionTable(dimensions, rows.build(), smallGroupBelow);
    }

    private static final class Cell {
      long count;
      BigDecimal fte = BigDecimal.ZERO;

      void add(long n, BigDecimal f) {
        count = Math.addExact(count, n);
        fte = fte.add(f);
      }
    }
  }
}
