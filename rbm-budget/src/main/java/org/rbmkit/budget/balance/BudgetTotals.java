package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collector;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
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

  /** The side of each line kind, 0 for income and 1 for expenditure, by the kind's position. */
  private static final byte[] SIDE_OF_KIND = new byte[Groups.KINDS.length];

  static {
    for (LineKind k : Groups.KINDS) {
      SIDE_OF_KIND[k.ordinal()] = (byte) (k.side() == LineKind.Side.INCOME ? 0 : 1);
    }
  }

  private final Currency currency;
  private final Groups groups;
  private final MinorSums sums;
  /** The sums by group, sorted; made when first asked for. */
  private volatile ImmutableSortedMap<Group, Money> sorted;
  /** The balances by column and fund, and the codes' positions; made when first asked for. */
  private volatile Index index;

  BudgetTotals(Currency currency, Groups groups, MinorSums sums) {
    this.currency = currency;
    this.groups = groups;
    this.sums = sums;
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
   *
   * @throws IllegalArgumentException if a sum has more decimals than the currency or is too large
   *     for {@link Money#ofTotal}
   */
  public static BudgetTotals ofSums(Currency currency, Map<Group, BigDecimal> sums) {
    checkNotNull(currency, "currency");
    checkNotNull(sums, "sums");
    TotalsAccumulator a = new TotalsAccumulator(currency);
    sums.forEach(
        (g, v) -> {
          checkNotNull(g, "group");
          Money.ofTotal(currency, v);
          a.add(g, v);
        });
    return a.result();
  }

  /**
   * The totals of the given entries, in one pass.
   *
   * @throws IllegalArgumentException naming the line, item, column and amount of the first entry
   *     in another currency (convert it first with an explicit exchange rate)
   */
  public static BudgetTotals of(Currency currency, Iterable<BudgetEntry> entries) {
    return new TotalsAccumulator(currency).addAll(entries).result();
  }

  /** The totals of every line of a document, in every column. */
  public static BudgetTotals of(BudgetDocument doc) {
    checkNotNull(doc, "doc");
    return doc.entries().collect(collector(doc.currency()));
  }

  /**
   * The totals of a table's entries, in one loop over its columns: the table holds its entries
   * group after group, so each group is a run of exact {@code long} additions.
   */
  public static BudgetTotals of(BudgetEntryTable table) {
    checkNotNull(table, "table");
    Groups g = table.groups;
    MinorSums s = new MinorSums(table.scale, g.size);
    int[] start = table.groupStart;
    long[] minor = table.minor;
    for (int i = 0; i < g.size; i++) {
      s.add(i, minor, start[i], start[i + 1]);
    }
    for (int j = 0; j < table.bigAt.length; j++) {
      s.add(table.groupAt(table.bigAt[j]), table.big[j]);
    }
    return new BudgetTotals(table.currency, g, s);
  }

  /**
   * A collector for streams, parallel ones included: each thread sums its part, the parts merge.
   *
   * @throws IllegalArgumentException if the currency has no minor unit (as gold, XAU)
   */
  public static Collector<BudgetEntry, ?, BudgetTotals> collector(Currency currency) {
    new TotalsAccumulator(currency);
    return Collector.of(
        () -> new TotalsAccumulator(currency),
        TotalsAccumulator::add,
        TotalsAccumulator::merge,
        TotalsAccumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  Groups groups() {
    return groups;
  }

  MinorSums minorSums() {
    return sums;
  }

  /** The currency of every figure. */
  public Currency currency() {
    return currency;
  }

  /** The sums by group, in a stable order (column, fund, kind, item). */
  public ImmutableMap<Group, Money> sums() {
    ImmutableSortedMap<Group, Money> s = sorted;
    if (s == null) {
      ImmutableSortedMap.Builder<Group, Money> b = ImmutableSortedMap.orderedBy(ORDER);
      for (int g = 0; g < groups.size; g++) {
        b.put(
            new Group(groups.column(g), groups.fund(g), groups.kind(g), groups.item[g]),
            Money.ofTotal(currency, sums.value(g)));
      }
      s = b.buildOrThrow();
      sorted = s;
    }
    return s;
  }

  /** The column codes that have entries, sorted. */
  public ImmutableSortedSet<String> columns() {
    return index().columns;
  }

  /** The fund codes that have entries, sorted. */
  public ImmutableSortedSet<String> funds() {
    return index().funds;
  }

  /** The totals of both inputs: associative and commutative. */
  public BudgetTotals plus(BudgetTotals other) {
    checkNotNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    return new TotalsAccumulator(currency).add(this).add(other).result();
  }

  /** Income, expenditure and surplus of one column, all funds; zero for an unknown column. */
  public Balance balance(String column) {
    checkNotNull(column, "column");
    Index x = index();
    int c = x.column(column);
    MinorSums total = new MinorSums(sums.scale(), 2);
    if (c >= 0) {
      for (int f = 0; f < groups.fundCodes.length; f++) {
        total.add(0, x.bySide, x.at(c, f, 0));
        total.add(1, x.bySide, x.at(c, f, 1));
      }
    }
    return balance(total, 0, 1);
  }

  /** Income, expenditure and surplus of one fund in one column; zero if it has no entries. */
  public Balance balance(String column, String fund) {
    checkNotNull(column, "column");
    checkNotNull(fund, "fund");
    Index x = index();
    int c = x.column(column);
    int f = x.fund(fund);
    return c < 0 || f < 0 ? zeroBalance() : balance(x.bySide, x.at(c, f, 0), x.at(c, f, 1));
  }

  /**
   * The balance of each fund in one column, by fund code: every fund with entries in any column,
   * zero where it has none in this one; an empty map when there are no entries.
   */
  public ImmutableSortedMap<String, Balance> balanceByFund(String column) {
    checkNotNull(column, "column");
    Index x = index();
    int c = x.column(column);
    ImmutableSortedMap.Builder<String, Balance> b = ImmutableSortedMap.naturalOrder();
    for (int f = 0; f < groups.fundCodes.length; f++) {
      b.put(
          groups.fundCodes[f],
          c < 0 ? zeroBalance() : balance(x.bySide, x.at(c, f, 0), x.at(c, f, 1)));
    }
    return b.buildOrThrow();
  }

  /** Σ of one kind in one column; zero if none. */
  public Money sum(String column, LineKind kind) {
    checkNotNull(column, "column");
    checkNotNull(kind, "kind");
    return byKind(column).get(kind);
  }

  /**
   * The total of an item in a column: its lines summed with their sign within the item (direct
   * costs subtract from revenue; every other kind adds). Zero for an unknown item.
   */
  public Money itemTotal(String column, int item) {
    checkNotNull(column, "column");
    int c = index().column(column);
    // added and subtracted apart, then their difference: exact whatever the sizes
    MinorSums s = new MinorSums(sums.scale(), 2);
    for (int g = 0; c >= 0 && g < groups.size; g++) {
      if (groups.column[g] == c && groups.item[g] == item) {
        s.add(groups.kind(g) == LineKind.DIRECT_COST ? 1 : 0, sums, g);
      }
    }
    return Money.ofTotal(currency, s.value(0).subtract(s.value(1)));
  }

  /**
   * One column in the contribution-margin model.
   *
   * @throws IllegalArgumentException if the column holds plain income or expenditure lines,
   *     which the model does not place (use {@link #balance(String)})
   */
  public ContributionMargin margin(String column) {
    checkNotNull(column, "column");
    int c = index().column(column);
    Group plain = null;
    for (int g = 0; c >= 0 && g < groups.size; g++) {
      if (groups.column[g] == c && PLAIN.contains(groups.kind(g))) {
        Group p = new Group(groups.column(g), groups.fund(g), groups.kind(g), groups.item[g]);
        plain = plain == null || ORDER.compare(p, plain) < 0 ? p : plain;
      }
    }
    if (plain != null) {
      throw new IllegalArgumentException(
          "column " + column + " holds " + plain.kind().code() + " lines (item " + plain.item()
              + "); the contribution-margin model places only revenue, direct-cost,"
              + " net-contribution, voluntary-contribution, fixed-cost, contingency,"
              + " institutional-investment and prior-surplus-use lines");
    }
    Map<LineKind, Money> k = byKind(column);
    Money own =
        k.get(LineKind.REVENUE)
            .minus(k.get(LineKind.DIRECT_COST))
            .plus(k.get(LineKind.NET_CONTRIBUTION));
    return new ContributionMargin(
        own,
        k.get(LineKind.VOLUNTARY_CONTRIBUTION),
        k.get(LineKind.FIXED_COST),
        k.get(LineKind.CONTINGENCY),
        k.get(LineKind.INSTITUTIONAL_INVESTMENT),
        k.get(LineKind.PRIOR_SURPLUS_USE));
  }

  /** The figure a total key names, recomputed from the entries. */
  public Money value(String column, TotalKey key) {
    checkNotNull(key, "key");
    if (key.itemNumber().isPresent()) {
      return itemTotal(column, key.itemNumber().get());
    }
    TotalKey.Aggregate a = key.aggregate().orElseThrow();
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

  /** The sum of each kind in one column, every kind present (zero where none). */
  private Map<LineKind, Money> byKind(String column) {
    int c = index().column(column);
    MinorSums s = new MinorSums(sums.scale(), Groups.KINDS.length);
    for (int g = 0; c >= 0 && g < groups.size; g++) {
      if (groups.column[g] == c) {
        s.add(groups.kind[g], sums, g);
      }
    }
    Map<LineKind, Money> out = new EnumMap<>(LineKind.class);
    for (LineKind k : Groups.KINDS) {
      out.put(k, Money.ofTotal(currency, s.value(k.ordinal())));
    }
    return out;
  }

  private Balance balance(MinorSums s, int income, int expenditure) {
    return new Balance(
        Money.ofTotal(currency, s.value(income)), Money.ofTotal(currency, s.value(expenditure)));
  }

  private Balance zeroBalance() {
    return new Balance(Money.zero(currency), Money.zero(currency));
  }

  private Index index() {
    Index x = index;
    if (x == null) {
      x = new Index(groups, sums);
      index = x;
    }
    return x;
  }

  /**
   * What the balance figures read: the position of each code and, in one pass over the groups,
   * the income and expenditure of each column and fund.
   */
  private static final class Index {
    private final Map<String, Integer> columnAt = new HashMap<>();
    private final Map<String, Integer> fundAt = new HashMap<>();
    private final int funds0;
    final ImmutableSortedSet<String> columns;
    final ImmutableSortedSet<String> funds;
    /** At {@code (column × funds + fund) × 2 + side}, side 0 income and 1 expenditure. */
    final MinorSums bySide;

    Index(Groups groups, MinorSums sums) {
      for (int c = 0; c < groups.columnCodes.length; c++) {
        columnAt.put(groups.columnCodes[c], c);
      }
      for (int f = 0; f < groups.fundCodes.length; f++) {
        fundAt.put(groups.fundCodes[f], f);
      }
      funds0 = groups.fundCodes.length;
      columns = ImmutableSortedSet.copyOf(groups.columnCodes);
      funds = ImmutableSortedSet.copyOf(groups.fundCodes);
      bySide = new MinorSums(sums.scale(), groups.columnCodes.length * funds0 * 2);
      for (int g = 0; g < groups.size; g++) {
        bySide.add(
            at(groups.column[g], groups.fund[g], SIDE_OF_KIND[groups.kind[g]]), sums, g);
      }
    }

    int at(int column, int fund, int side) {
      return (column * funds0 + fund) * 2 + side;
    }

    int column(String code) {
      Integer c = columnAt.get(code);
      return c == null ? -1 : c;
    }

    int fund(String code) {
      Integer f = fundAt.get(code);
      return f == null ? -1 : f;
    }
  }

  /** Equal when in the same currency with equal sums by group. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BudgetTotals t && t.currency.equals(currency) && t.sums().equals(sums());
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + sums().hashCode();
  }

  /** The sums by group, for reading; not a format to parse. */
  @Override
  public String toString() {
    return "BudgetTotals" + sums();
  }
}
