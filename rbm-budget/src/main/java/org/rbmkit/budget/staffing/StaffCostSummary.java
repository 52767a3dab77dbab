package org.rbmkit.budget.staffing;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collector;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.budget.growth.Change;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.core.staff.GradeCategory;

/**
 * Staff FTE and cost by grade and fund source, and the totals read from them: by category, fund
 * source and grade, the grade mix, the change to another period.
 *
 * <pre>{@code
 * StaffCostSummary s = StaffCostSummary.of(eur, rows);
 * s.total(Set.of(DIRECTOR_AND_ABOVE, PROFESSIONAL), "regular");   // 116 FTE, EUR 18100000.00
 * s.byFundSource().get("variable").cost();                         // EUR 5257000.00
 * s.gradeMix().get(Grade.P_4);                                     // FTE share of P-4
 * }</pre>
 *
 * <p>Groups without rows are absent from the maps and sum to zero in {@link #total}. Immutable
 * and thread-safe.
 */
public final class StaffCostSummary {

  /**
   * The grouping key of the sums.
   *
   * @param grade the grade
   * @param fundSource the fund source
   */
  public record Cell(Grade grade, String fundSource) {

    /** Validates the components. */
    public Cell {
      checkNotNull(grade, "grade");
      checkNotNull(fundSource, "fundSource");
    }
  }

  private static final Comparator<Cell> ORDER =
      Comparator.comparing(Cell::grade).thenComparing(Cell::fundSource);

  private final Currency currency;
  private final ImmutableSortedMap<Cell, Total> cells;

  private StaffCostSummary(Currency currency, ImmutableSortedMap<Cell, Total> cells) {
    this.currency = currency;
    this.cells = cells;
  }

  static StaffCostSummary fromSums(Currency currency, Map<Cell, BigDecimal[]> sums) {
    ImmutableSortedMap.Builder<Cell, Total> b = ImmutableSortedMap.orderedBy(ORDER);
    sums.forEach((k, v) -> b.put(k, new Total(v[0], Money.ofTotal(currency, v[1]))));
    return new StaffCostSummary(currency, b.buildOrThrow());
  }

  /** The summary of the given rows, in one pass. */
  public static StaffCostSummary of(Currency currency, Iterable<StaffCost> rows) {
    return new StaffCostAccumulator(currency).addAll(rows).result();
  }

  /**
   * The summary of one column of a staffing table, its costs converted from the table's unit
   * exactly.
   */
  public static StaffCostSummary of(Currency currency, StaffingTable table, String column) {
    checkNotNull(currency, "currency");
    checkNotNull(table, "table");
    checkNotNull(column, "column");
    StaffCostAccumulator a = new StaffCostAccumulator(currency);
    for (StaffingTable.Row r : table.rows()) {
      if (r.column().equals(column)) {
        a.add(new StaffCost(r.grade(), r.fundSource(), r.fte(),
            table.unit().toMoney(currency, r.cost())));
      }
    }
    return a.result();
  }

  /** A collector for streams, parallel ones included. */
  public static Collector<StaffCost, ?, StaffCostSummary> collector(
      Currency currency) {
    checkNotNull(currency, "currency");
    return Collector.of(
        () -> new StaffCostAccumulator(currency),
        StaffCostAccumulator::add,
        StaffCostAccumulator::merge,
        StaffCostAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  /** The currency of the costs. */
  public Currency currency() {
    return currency;
  }

  /** FTE and cost by grade and fund source, grades from the highest. */
  public ImmutableMap<Cell, Total> cells() {
    return cells;
  }

  /** The grand total. */
  public Total total() {
    return total(c -> true);
  }

  /** The total of the given categories from one fund source; zero if none. */
  public Total total(Set<GradeCategory> categories, String fundSource) {
    checkNotNull(categories, "categories");
    checkNotNull(fundSource, "fundSource");
    return total(c -> categories.contains(c.grade().category())
        && c.fundSource().equals(fundSource));
  }

  /** Totals by grade, from the highest grade. */
  public ImmutableMap<Grade, Total> byGrade() {
    return group(Cell::grade, Comparator.<Grade>naturalOrder());
  }

  /** Totals by grade category. */
  public ImmutableMap<GradeCategory, Total> byCategory() {
    return group(c -> c.grade().category(), Comparator.<GradeCategory>naturalOrder());
  }

  /** Totals by fund source, sorted by code. */
  public ImmutableMap<String, Total> byFundSource() {
    return group(Cell::fundSource, Comparator.<String>naturalOrder());
  }

  /** Each grade's share of the total FTE; undefined ratios when the total FTE is zero. */
  public ImmutableMap<Grade, Ratio> gradeMix() {
    BigDecimal all = total().fte();
    ImmutableMap.Builder<Grade, Ratio> b = ImmutableMap.builder();
    byGrade().forEach((g, t) -> b.put(g, Ratio.of(t.fte(), all)));
    return b.buildOrThrow();
  }

  /** The change of the total cost from this summary to {@code later}. */
  public Change costChangeTo(StaffCostSummary later) {
    checkNotNull(later, "later");
    return new Change(total().cost(), later.total().cost());
  }

  /** The sums of both summaries; associative and commutative. */
  public StaffCostSummary plus(StaffCostSummary other) {
    checkNotNull(other, "other");
    StaffCostAccumulator a = new StaffCostAccumulator(currency);
    for (StaffCostSummary s : List.of(this, other)) {
      s.cells.forEach((k, v) -> a.add(new StaffCost(k.grade(), k.fundSource(), v.fte(),
          v.cost())));
    }
    return a.result();
  }

  private Total total(Predicate<Cell> filter) {
    Total t = new Total(BigDecimal.ZERO, Money.zero(currency));
    for (Map.Entry<Cell, Total> e : cells.entrySet()) {
      if (filter.test(e.getKey())) {
        t = t.plus(e.getValue());
      }
    }
    return t;
  }

  private <K> ImmutableMap<K, Total> group(Function<Cell, K> key, Comparator<K> order) {
    TreeMap<K, Total> m = new TreeMap<>(order);
    cells.forEach((c, t) -> m.merge(key.apply(c), t, Total::plus));
    return ImmutableMap.copyOf(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StaffCostSummary s && s.currency.equals(currency)
        && s.cells.equals(cells);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + cells.hashCode();
  }

  @Override
  public String toString() {
    return "StaffCostSummary" + cells;
  }

  /**
   * Total FTE and cost of a group of staff, and the average cost per FTE.
   *
   * <pre>{@code
   * Total t = new Total(new BigDecimal("290"), Money.of("EUR", 31_902_000));
   * t.averageCostPerFte(MoneyRounding.of("1", RoundingMode.HALF_UP));   // Optional[EUR 110007.00]
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param fte full-time equivalents
   * @param cost the cost
   */
  public record Total(BigDecimal fte, Money cost) {

    /** Validates the components and normalises the FTE's scale. */
    public Total {
      checkNotNull(fte, "fte");
      checkNotNull(cost, "cost");
      fte = fte.signum() == 0 ? BigDecimal.ZERO : Digits.normalise(fte);
    }

    /** Zero FTE and zero cost in the currency of {@code like}. */
    static Total zero(Money like) {
      return new Total(BigDecimal.ZERO, Money.zero(like.currency()));
    }

    /** The component-wise sum. */
    public Total plus(Total other) {
      checkNotNull(other, "other");
      if (!cost.isSameCurrency(other.cost)) {
        throw new CurrencyMismatchException(cost.currency(), other.cost.currency());
      }
      return new Total(fte.add(other.fte), cost.plus(other.cost));
    }

    /**
     * Cost ÷ FTE rounded by the stated rule; empty when the FTE is zero.
     *
     * @throws IllegalArgumentException if the average is beyond what {@link Money} holds (a tiny
     *     FTE such as {@code 1E-32}), naming the cost and the FTE
     */
    public Optional<Money> averageCostPerFte(MoneyRounding rounding) {
      checkNotNull(rounding, "rounding");
      if (fte.signum() == 0) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            Money.of(cost.currency(), rounding.roundQuotient(cost.amount(), fte)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "average cost per FTE of " + cost + " for " + fte + " FTE: " + e.getMessage(), e);
      }
    }
  }
}
