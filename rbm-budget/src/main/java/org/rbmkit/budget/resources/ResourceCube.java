package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.rbmkit.core.fund.FinancingInstrument;
import org.rbmkit.core.money.Money;

/**
 * The data-cube view of the UN data standards: expenses of one kind in one column by financing
 * instrument × UN system function × location × SDG, as the rows of a table.
 *
 * <pre>{@code
 * ResourceCube cube = ResourceCube.of(plan, "2024-25-proposal", AmountKind.PLANNED);
 * for (ResourceCube.Cell c : cube.cells()) {
 *   System.out.println(c.instrument() + " " + c.function() + " " + c.location() + " " + c.sdg()
 *       + " " + c.amount());
 * }
 * cube.total();   // Σ of the cells: every allocation of the kind and column, once
 * }</pre>
 *
 * <p>An allocation contributes its whole amount to one cell, from its line's fund's instrument
 * and its own tags; a dimension an allocation does not tag shows as {@value #UNTAGGED} (and a
 * reserve fund without a stated instrument as {@value #UNTAGGED} too), so nothing is dropped.
 * Cells are sorted by their codes. Immutable and thread-safe.
 */
public final class ResourceCube {

  /** The code shown for a dimension an allocation does not state. */
  public static final String UNTAGGED = "untagged";

  /**
   * One cell of the cube.
   *
   * @param instrument the financing instrument's code
   * @param function the UN system function
   * @param location the location
   * @param sdg the SDG
   * @param amount Σ of the allocations in the cell
   */
  public record Cell(String instrument, String function, String location, String sdg,
      Money amount) {

    /** Validates the components. */
    public Cell {
      checkNotNull(instrument, "instrument");
      checkNotNull(function, "function");
      checkNotNull(location, "location");
      checkNotNull(sdg, "sdg");
      checkNotNull(amount, "amount");
    }
  }

  private record Coordinates(String instrument, String function, String location, String sdg) {}

  private static final Comparator<Coordinates> ORDER = Comparator
      .comparing(Coordinates::instrument).thenComparing(Coordinates::function)
      .thenComparing(Coordinates::location).thenComparing(Coordinates::sdg);

  private final String column;
  private final AmountKind kind;
  private final Money total;
  private final ImmutableList<Cell> cells;

  private ResourceCube(String column, AmountKind kind, Money total, ImmutableList<Cell> cells) {
    this.column = column;
    this.kind = kind;
    this.total = total;
    this.cells = cells;
  }

  /** The cube of a plan's allocations of one kind in one column. */
  public static ResourceCube of(ResourcePlan plan, String column, AmountKind kind) {
    checkNotNull(plan, "plan");
    checkNotNull(column, "column");
    checkNotNull(kind, "kind");
    Map<Coordinates, Money> sums = new TreeMap<>(ORDER);
    Money total = Money.zero(plan.budget().currency());
    for (Allocation a : plan.allocations().allocations()) {
      if (a.kind() != kind || !a.column().equals(column)) {
        continue;
      }
      Coordinates c = new Coordinates(
          plan.instrument(plan.line(a).fund()).map(FinancingInstrument::code).orElse(UNTAGGED),
          a.tags().getOrDefault(Dimension.FUNCTION.code(), UNTAGGED),
          a.tags().getOrDefault(Dimension.LOCATION.code(), UNTAGGED),
          a.tags().getOrDefault(Dimension.SDG.code(), UNTAGGED));
      Money m = plan.money(a);
      sums.merge(c, m, Money::plus);
      total = total.plus(m);
    }
    ImmutableList.Builder<Cell> b = ImmutableList.builder();
    sums.forEach((c, m) -> b.add(new Cell(c.instrument(), c.function(), c.location(), c.sdg(), m)));
    return new ResourceCube(column, kind, total, b.build());
  }

  /** The column. */
  public String column() {
    return column;
  }

  /** The kind of the amounts. */
  public AmountKind kind() {
    return kind;
  }

  /** The cells, sorted by instrument, function, location and SDG. */
  public ImmutableList<Cell> cells() {
    return cells;
  }

  /** Σ of the cells. */
  public Money total() {
    return total;
  }
}
