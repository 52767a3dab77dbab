package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Headcount and FTE per combination of dimension keys ("par classe, par genre et par
 * nationalité"), with shares computed on demand under a stated rounding rule.
 *
 * <pre>{@code
 * CompositionTable t = Composition.of(staff, List.of(Dimension.GRADE, Dimension.GENDER), 5);
 * Row r = t.row("P-5", "female").orElseThrow();
 * r.count();                                         // 12
 * t.shareWithin(r, 1).percent(1, RoundingMode.HALF_EVEN);  // women's share among P-5 staff
 * t.shareOfTotal(r).percent(1, RoundingMode.HALF_EVEN);    // share of all staff
 * }</pre>
 *
 * <p>Rows are ordered by the dimensions' key orders (grades from the most senior down), only
 * combinations that occur are present, and totals are recomputed from the rows. Immutable and
 * thread-safe.
 */
public final class CompositionTable {

  /**
   * One group of the table.
   *
   * @param keys the dimension keys, in column order
   * @param count the number of people
   * @param fte their full-time equivalents, summed exactly
   * @param smallGroup whether the group has fewer people than the table's small-group threshold,
   *     so that its shares should be read with care or suppressed
   */
  public record Row(List<String> keys, long count, BigDecimal fte, boolean smallGroup) {

    /** Validates and copies the components. */
    public Row {
      keys = ImmutableList.copyOf(keys);
      checkNotNull(fte, "fte");
      checkArgument(count >= 1, "row %s has count %s, expected at least 1", keys, count);
      fte = Share.normalise(fte);
    }
  }

  private final ImmutableList<Dimension> dimensions;
  private final ImmutableList<Row> rows;
  private final int smallGroupBelow;
  private final long totalCount;
  private final BigDecimal totalFte;

  CompositionTable(List<Dimension> dimensions, List<Row> rows, int smallGroupBelow) {
    this.dimensions = ImmutableList.copyOf(dimensions);
    List<Row> sorted = new ArrayList<>(rows);
    Comparator<Row> order = (a, b) -> 0;
    for (int i = 0; i < this.dimensions.size(); i++) {
      int col = i;
      Comparator<String> o = this.dimensions.get(i).order();
      order = order.thenComparing((Row r) -> r.keys().get(col), o.thenComparing(Comparator.naturalOrder()));
    }
    sorted.sort(order);
    this.rows = ImmutableList.copyOf(sorted);
    this.smallGroupBelow = smallGroupBelow;
    long count = 0;
    BigDecimal fte = BigDecimal.ZERO;
    for (Row r : this.rows) {
      count += r.count();
      fte = fte.add(r.fte());
    }
    this.totalCount = count;
    this.totalFte = Share.normalise(fte);
  }

  /** The dimensions, in column order. */
  public ImmutableList<Dimension> dimensions() {
    return dimensions;
  }

  /** The groups that occur, in display order; empty for an empty workforce. */
  public ImmutableList<Row> rows() {
    return rows;
  }

  /** Groups with fewer people than this are flagged {@link Row#smallGroup()}. */
  public int smallGroupBelow() {
    return smallGroupBelow;
  }

  /** The number of people in the table; 0 for an empty workforce. */
  public long totalCount() {
    return totalCount;
  }

  /** The FTE of the table, summed exactly. */
  public BigDecimal totalFte() {
    return totalFte;
  }

  /** The row with the given keys, or empty if no one has that combination. */
  public Optional<Row> row(String... keys) {
    List<String> k = List.of(keys);
    return rows.stream().filter(r -> r.keys().equals(k)).findFirst();
  }

  /** The headcount share of {@code row} in the whole table; undefined for an empty table. */
  public Share shareOfTotal(Row row) {
    return Share.of(row.count(), totalCount);
  }

  /** The FTE share of {@code row} in the whole table. */
  public Share fteShareOfTotal(Row row) {
    return new Share(row.fte(), totalFte);
  }

  /**
   * The headcount share of {@code row} within the rows sharing its first {@code prefixLength}
   * keys: with dimensions (grade, gender), {@code shareWithin(row, 1)} is the share of that
   * gender at that grade.
   *
   * @throws IllegalArgumentException unless {@code 0 <= prefixLength < dimensions().size()}
   */
  public Share shareWithin(Row row, int prefixLength) {
    checkArgument(
        prefixLength >= 0 && prefixLength < dimensions.size(),
        "prefixLength %s must be 0 to %s",
        prefixLength,
        dimensions.size() - 1);
    return Share.of(row.count(), subtotal(row.keys().subList(0, prefixLength)));
  }

  /** The headcount of the rows whose first keys are {@code prefix}; 0 if none. */
  public long subtotal(List<String> prefix) {
    checkNotNull(prefix, "prefix");
    long n = 0;
    for (Row r : rows) {
      if (r.keys().size() >= prefix.size() && r.keys().subList(0, prefix.size()).equals(prefix)) {
        n += r.count();
      }
    }
    return n;
  }

  /**
   * A plain-text rendering: one line per row with count, FTE and share of total in percent to
   * one decimal, rounded half-even; small groups marked {@code *}.
   */
  public String toText() {
    StringBuilder b = new StringBuilder();
    for (Dimension d : dimensions) {
      b.append(d.name()).append('\t');
    }
    b.append("count\tFTE\t% of total\n");
    for (Row r : rows) {
      for (String k : r.keys()) {
        b.append(k).append('\t');
      }
      b.append(r.count())
          .append(r.smallGroup() ? "*" : "")
          .append('\t')
          .append(r.fte().toPlainString())
          .append('\t')
          .append(shareOfTotal(r).percent(1, RoundingMode.HALF_EVEN).map(BigDecimal::toPlainString).orElse("n/a"))
          .append('\n');
    }
    b.append("total\t")
        .append("\t".repeat(dimensions.size() - 1))
        .append(totalCount)
        .append('\t')
        .append(totalFte.toPlainString())
        .append("\t100.0\n");
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompositionTable t
        && dimensions.equals(t.dimensions)
        && rows.equals(t.rows)
        && smallGroupBelow == t.smallGroupBelow;
  }

  @Override
  public int hashCode() {
    return rows.hashCode() * 31 + smallGroupBelow;
  }

  /** The rows, for debugging. */
  @Override
  public String toString() {
    return "CompositionTable" + dimensions + rows;
  }
}
