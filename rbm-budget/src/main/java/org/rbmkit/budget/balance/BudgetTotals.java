package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collector;
import org.rbmkit.budget.document.Aggregate;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.document.Side;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.growth.Change;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;

/**
 * The sums of a budget's entries by column, fund, kind and item, and every figure derived from
 * them: the balance by column and fund, item totals and the contribution-margin lines.
 *
 * <pre>{@code
 * BudgetTotals t = doc.entries().collect(BudgetTotals.collector(doc.currency()));
 * t.balance("2022-23-forecast").surplus();             // income − expenditure
 * t.balance("2022-23-forecast", "itcilo");             // one fund
 * t.margin("2024-25-proposal").netAvailable();         // EUR 60535000.00 (seed 003)
 * t.value("2022-23-budget", TotalKey.item(13));        // EUR 24598000.00
 * }</pre>
 *
 * <p>Every figure is recomputed from the entries; a group with no entries sums to zero. Equal
 * inputs give equal values whatever order or split they were summed in. Immutable and
 * thread-safe.
 */
public final class BudgetTotals {

  /**
   * The grouping key of the sums.
   *
   * @param column the column code
   * @param fund the fund code
   * @param kind the line kind
   * @param item the item number
   */
  public record Group(String column, String fund, LineKind kind, int item) {

    /** Validates the components. */
    public Group {
      checkNotNull(column, "column");
      checkNotNull(fund, "fund");
      checkNotNull(kind, "kind");
    }
  }

  /** By column, fund, kind and item; codes shared by many groups are usually one instance. */
  private static final Comparator<Group> ORDER =
      (a, b) -> {
        int c = compare(a.column(), b.column());
        if (c == 0) {
          c = compare(a.fund(), b.fund());
          if (c == 0) {
            c = a.kind().compareTo(b.kind());
            if (c == 0) {
              c = Integer.compare(a.item(), b.item());
            }
          }
        }
        return c;
      };

  private static int compare(String a, String b) {
    return a == b ? 0 : a.compareTo(b);
  }

  private static final Set<LineKind> PLAIN = EnumSet.of(LineKind.INCOME, LineKind.EXPENDITURE);

  private final Currency currency;
  private final ImmutableSortedMap<Group, Money> sums;
  /** The fund codes of {@link #sums}, sorted. */
  private final ImmutableSortedSet<String> funds;

  private BudgetTotals(Currency currency, ImmutableSortedMap<Group, Money> sums) {
    this.currency = currency;
    this.sums = sums;
    Set<String> codes = new HashSet<>();
    for (Group g : sums.keySet()) {
      codes.add(g.fund());
    }
    this.funds = ImmutableSortedSet.copyOf(codes);
  }

  static BudgetTotals fromSums(Currency currency, Map<Group, BigDecimal> sums) {
    ImmutableSortedMap.Builder<Group, Money> b = ImmutableSortedMap.orderedBy(ORDER);
    sums.forEach((k, v) -> b.put(k, Money.ofTotal(currency, v)));
    return new BudgetTotals(currency, b.buildOrThrow());
  }

  /**
   * Totals from exact sums already made, one per group, such as the sums of published IATI budgets
   * (which keep a negative value as published: a sum has no sign rule, only an entry of a budget
   * document has).
   *
   * <pre>{@code
   * BudgetTotals t = BudgetTotals.ofSums(eur,
   *     Map.of(new BudgetTotals.Group("2024", "XM-1", LineKind.EXPENDITURE, 1), new BigDecimal("-5")));
   * }</pre>
   */
  public static BudgetTotals ofSums(Currency currency, Map<Group, BigDecimal> sums) {
    checkNotNull(currency, "currency");
    checkNotNull(sums, "sums");
    return fromSums(currency, sums);
  }

  /** The totals of the given entries, in one pass. */
  public static BudgetTotals of(Currency currency, Iterable<BudgetEntry> entries) {
    return new BudgetAccumulator(currency).addAll(entries).result();
  }

  /** The totals of every line of a document, in every column. */
  public static BudgetTotals of(BudgetDocument doc) {
    checkNotNull(doc, "doc");
    return doc.entries().collect(collector(doc.currency()));
  }

  /** A collector for streams, parallel ones included. */
  public static Collector<BudgetEntry, BudgetAccumulator, BudgetTotals> collector(
      Currency currency) {
    checkNotNull(currency, "currency");
    return Collector.of(
        () -> new BudgetAccumulator(currency),
        BudgetAccumulator::add,
        BudgetAccumulator::merge,
        BudgetAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  /** The currency of every figure. */
  public Currency currency() {
    return currency;
  }

  /** The sums by group, in a stable order. */
  public ImmutableMap<Group, Money> sums() {
    return sums;
  }

  /** The column codes that have entries, sorted. */
  public ImmutableSortedSet<String> columns() {
    return sums.keySet().stream()
        .map(Group::column)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }

  /** The fund codes that have entries, sorted. */
  public ImmutableSortedSet<String> funds() {
    return funds;
  }

  /** The totals of both inputs: associative and commutative. */
  public BudgetTotals plus(BudgetTotals other) {
    checkNotNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    HashMap<Group, BigDecimal> all = new HashMap<>();
    sums.forEach((k, v) -> all.merge(k, v.amount(), BigDecimal::add));
    other.sums.forEach((k, v) -> all.merge(k, v.amount(), BigDecimal::add));
    return fromSums(currency, all);
  }

  /** Income, expenditure and surplus of one column, all funds; zero for an unknown column. */
  public Balance balance(String column) {
    checkNotNull(column, "column");
    return balance(g -> g.column().equals(column));
  }

  /** Income, expenditure and surplus of one fund in one column; zero if it has no entries. */
  public Balance balance(String column, String fund) {
    checkNotNull(column, "column");
    checkNotNull(fund, "fund");
    return balance(g -> g.column().equals(column) && g.fund().equals(fund));
  }

  /**
   * The balance of each fund in one column, by fund code: every fund with entries in any column,
   * zero where it has none in this one. One pass over the sums.
   */
  public ImmutableSortedMap<String, Balance> balanceByFund(String column) {
    checkNotNull(column, "column");
    // the column's groups are contiguous in the sorted sums, and each fund's within them
    Group first = new Group(column, "", LineKind.values()[0], Integer.MIN_VALUE);
    Map<String, Balance> byFund = new HashMap<>();
    String fund = null;
    BigDecimal income = BigDecimal.ZERO;
    BigDecimal expenditure = BigDecimal.ZERO;
    for (Map.Entry<Group, Money> e : sums.tailMap(first).entrySet()) {
      Group g = e.getKey();
      if (!g.column().equals(column)) {
        break;
      }
      if (!g.fund().equals(fund)) {
        if (fund != null) {
          byFund.put(fund, new Balance(Money.ofTotal(currency, income), Money.ofTotal(currency, expenditure)));
        }
        fund = g.fund();
        income = BigDecimal.ZERO;
        expenditure = BigDecimal.ZERO;
      }
      if (g.kind().side() == Side.INCOME) {
        income = income.add(e.getValue().amount());
      } else {
        expenditure = expenditure.add(e.getValue().amount());
      }
    }
    if (fund != null) {
      byFund.put(fund, new Balance(Money.ofTotal(currency, income), Money.ofTotal(currency, expenditure)));
    }
    Balance zero = new Balance(Money.zero(currency), Money.zero(currency));
    ImmutableSortedMap.Builder<String, Balance> b = ImmutableSortedMap.naturalOrder();
    for (String f : funds) {
      b.put(f, byFund.getOrDefault(f, zero));
    }
    return b.buildOrThrow();
  }

  /** Σ of one kind in one column; zero if none. */
  public Money sum(String column, LineKind kind) {
    checkNotNull(kind, "kind");
    return sum(g -> g.column().equals(column) && g.kind() == kind);
  }

  /**
   * The total of an item in a column: its lines summed with their sign within the item (direct
   * costs subtract from revenue; every other kind adds). Zero for an unknown item.
   */
  public Money itemTotal(String column, int item) {
    checkNotNull(column, "column");
    Money total = Money.zero(currency);
    for (Map.Entry<Group, Money> e : sums.entrySet()) {
      Group g = e.getKey();
      if (g.column().equals(column) && g.item() == item) {
        total = g.kind() == LineKind.DIRECT_COST ? total.minus(e.getValue())
            : total.plus(e.getValue());
      }
    }
    return total;
  }

  /**
   * One column in the contribution-margin model.
   *
   * @throws IllegalArgumentException if the column holds plain income or expenditure lines,
   *     which the model does not place (use {@link #balance(String)})
   */
  public ContributionMargin margin(String column) {
    checkNotNull(column, "column");
    for (Group g : sums.keySet()) {
      if (g.column().equals(column) && PLAIN.contains(g.kind())) {
        throw new IllegalArgumentException(
            "column " + column + " holds " + g.kind().code() + " lines (item " + g.item()
                + "); the contribution-margin model places only revenue, direct-cost,"
                + " net-contribution, voluntary-contribution, fixed-cost, contingency,"
                + " institutional-investment and prior-surplus-use lines");
      }
    }
    Money own =
        sum(column, LineKind.REVENUE)
            .minus(sum(column, LineKind.DIRECT_COST))
            .plus(sum(column, LineKind.NET_CONTRIBUTION));
    return new ContributionMargin(
        own,
        sum(column, LineKind.VOLUNTARY_CONTRIBUTION),
        sum(column, LineKind.FIXED_COST),
        sum(column, LineKind.CONTINGENCY),
        sum(column, LineKind.INSTITUTIONAL_INVESTMENT),
        sum(column, LineKind.PRIOR_SURPLUS_USE));
  }

  /** The figure a total key names, recomputed from the entries. */
  public Money value(String column, TotalKey key) {
    checkNotNull(key, "key");
    if (key.itemNumber().isPresent()) {
      return itemTotal(column, key.itemNumber().get());
    }
    Aggregate a = key.aggregate().orElseThrow();
    return switch (a) {
      case INCOME -> balance(column).income();
      case EXPENDITURE -> balance(column).expenditure();
      case BALANCE -> balance(column).surplus();
      default -> margin(column).value(a);
    };
  }

  /** The change of a figure between two columns: absolute, relative and real. */
  public Change change(TotalKey key, String fromColumn, String toColumn) {
    return new Change(value(fromColumn, key), value(toColumn, key));
  }

  private Balance balance(Predicate<Group> filter) {
    return new Balance(
        sum(filter.and(g -> g.kind().side() == Side.INCOME)),
        sum(filter.and(g -> g.kind().side() == Side.EXPENDITURE)));
  }

  private Money sum(Predicate<Group> filter) {
    BigDecimal s = BigDecimal.ZERO;
    for (Map.Entry<Group, Money> e : sums.entrySet()) {
      if (filter.test(e.getKey())) {
        s = s.add(e.getValue().amount());
      }
    }
    return Money.ofTotal(currency, s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BudgetTotals t && t.currency.equals(currency) && t.sums.equals(sums);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + sums.hashCode();
  }

  @Override
  public String toString() {
    return "BudgetTotals" + sums;
  }
}
