package org.rbmkit.budget.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collector;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.core.iati.BudgetStatus;
import org.rbmkit.core.iati.BudgetType;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.money.Money;

/**
 * The budgets of imported IATI activities summed by currency, column (type, status, period) and
 * activity, recomputed from the budgets and never taken from a file.
 *
 * <pre>{@code
 * IatiBudgetTotals t = IatiBudgetTotals.of(activities);          // or a stream's collector()
 * Currency eur = Currency.getInstance("EUR");
 * t.total(BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, eur);              // the portfolio
 * t.total("AA-AAA-123456789-ABC123", BudgetType.ORIGINAL, BudgetStatus.INDICATIVE, eur);
 * t.totals(eur).balance("original indicative 2014-01-01/2014-12-31");      // rbm-budget's figures
 * }</pre>
 *
 * <p>A total with no budget is zero in its currency. Sums are exact. Immutable and thread-safe.
 */
public final class IatiBudgetTotals {

  private static final Comparator<Currency> BY_CODE =
      Comparator.comparing(Currency::getCurrencyCode);

  private final ImmutableSortedMap<Currency, BudgetTotals> byCurrency;

  IatiBudgetTotals(Map<Currency, BudgetTotals> byCurrency) {
    this.byCurrency = ImmutableSortedMap.copyOf(byCurrency, BY_CODE);
  }

  /** The totals of the budgets of {@code activities}, in one pass. */
  public static IatiBudgetTotals of(Iterable<IatiActivity> activities) {
    return new IatiBudgetAccumulator().addAll(activities).result();
  }

  /** A collector for streams of activities, parallel ones included. */
  public static Collector<IatiActivity, ?, IatiBudgetTotals> collector() {
    return Collector.of(
        IatiBudgetAccumulator::new,
        IatiBudgetAccumulator::add,
        IatiBudgetAccumulator::merge,
        IatiBudgetAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * The activity's budgets as budget entries, in document order; empty when it has none. A budget
   * document's expenditure cannot be negative, so a negative budget, which the totals sum as
   * published, is refused here.
   *
   * @throws IllegalArgumentException naming the activity and the budget's 1-based index when a
   *     budget has no usable {@link Money} (no currency, neither {@code @currency} nor the
   *     activity's {@code default-currency}; a code outside ISO 4217; more decimals than the
   *     currency has), a negative value, a type or status outside IATI's codelists, or a start
   *     after its end
   */
  public static ImmutableList<BudgetEntry> entries(IatiActivity activity) {
    return IatiBudgetAccumulator.entries(activity);
  }

  /** The currencies that have budgets, by code; empty when there are none. */
  public ImmutableSortedSet<Currency> currencies() {
    return byCurrency.keySet();
  }

  /**
   * The sums in {@code currency} as rbm-budget's {@link BudgetTotals}: columns are {@link
   * IatiBudgetColumn} texts, funds are activity identifiers, every entry an expenditure of item 1;
   * empty totals when there is no budget in that currency.
   */
  public BudgetTotals totals(Currency currency) {
    checkNotNull(currency, "currency");
    BudgetTotals t = byCurrency.get(currency);
    return t != null ? t : BudgetTotals.of(currency, List.of());
  }

  /** The activity identifiers that have budgets, sorted; empty when there are none. */
  public ImmutableSortedSet<String> activities() {
    ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
    byCurrency.values().forEach(t -> b.addAll(t.funds()));
    return b.build();
  }

  /** The total of every activity's budgets of that type and status in {@code currency}. */
  public Money total(BudgetType type, BudgetStatus status, Currency currency) {
    checkNotNull(type, "type");
    checkNotNull(status, "status");
    return sum(currency, fund -> true, c -> c.type() == type && c.status() == status);
  }

  /** The total of one activity's budgets of that type and status in {@code currency}. */
  public Money total(String activity, BudgetType type, BudgetStatus status, Currency currency) {
    checkNotNull(activity, "activity");
    checkNotNull(type, "type");
    checkNotNull(status, "status");
    return sum(currency, activity::equals, c -> c.type() == type && c.status() == status);
  }

  /**
   * The portfolio's totals in {@code currency} by column, sorted by the column's text; empty when
   * there is no budget in that currency.
   */
  public ImmutableSortedMap<IatiBudgetColumn, Money> byColumn(Currency currency) {
    checkNotNull(currency, "currency");
    Map<IatiBudgetColumn, BigDecimal> sums =
        new TreeMap<>(Comparator.comparing(IatiBudgetColumn::toString));
    totals(currency)
        .sums()
        .forEach(
            (g, m) -> sums.merge(IatiBudgetColumn.parse(g.column()), m.amount(), BigDecimal::add));
    ImmutableSortedMap.Builder<IatiBudgetColumn, Money> b =
        ImmutableSortedMap.orderedBy(Comparator.comparing(IatiBudgetColumn::toString));
    sums.forEach((c, v) -> b.put(c, Money.ofTotal(currency, v)));
    return b.buildOrThrow();
  }

  /** The totals of both inputs: associative and commutative. */
  public IatiBudgetTotals plus(IatiBudgetTotals other) {
    checkNotNull(other, "other");
    Map<Currency, BudgetTotals> sum = new TreeMap<>(BY_CODE);
    sum.putAll(byCurrency);
    other.byCurrency.forEach((c, t) -> sum.merge(c, t, BudgetTotals::plus));
    return new IatiBudgetTotals(sum);
  }

  private Money sum(Currency currency, Predicate<String> fund, Predicate<IatiBudgetColumn> column) {
    checkNotNull(currency, "currency");
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<BudgetTotals.Group, Money> e : totals(currency).sums().entrySet()) {
      if (fund.test(e.getKey().fund())
          && column.test(IatiBudgetColumn.parse(e.getKey().column()))) {
        total = total.add(e.getValue().amount());
      }
    }
    return Money.ofTotal(currency, total);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IatiBudgetTotals t && byCurrency.equals(t.byCurrency);
  }

  @Override
  public int hashCode() {
    return byCurrency.hashCode();
  }

  /** The totals of every currency, as rbm-budget writes them. */
  @Override
  public String toString() {
    return byCurrency.values().toString();
  }
}
