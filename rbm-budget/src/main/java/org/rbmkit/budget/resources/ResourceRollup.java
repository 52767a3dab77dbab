package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;

/**
 * Resources by result, rolled up a results framework: each result's own amounts (allocated to it
 * by name) and its total (its own plus every result under it), by column, fund and kind.
 *
 * <pre>{@code
 * ResourceRollup r = plan.rollUp();
 * r.own("1", "2024-25-proposal", AmountKind.PLANNED);     // outcome 1's own costs
 * r.total("1", "2024-25-proposal", AmountKind.PLANNED);   // outcome 1 and its outputs
 * r.totalByFund("1", "2024-25-proposal", AmountKind.PLANNED);   // {itcilo=EUR …}
 * r.grandTotal("2024-25-proposal", AmountKind.PLANNED);   // Σ of the roots' totals
 * }</pre>
 *
 * <p>Each amount is counted once: a portion belongs to the one result it names, and a result's
 * total adds its children's totals to its own amounts along the tree's parent links ({@code
 * contributesTo} references are not followed, so nothing is counted twice). Built in one pass
 * over the tree, children before parents. Every figure is exact; a combination with no entries
 * is zero. Immutable and thread-safe.
 */
public final class ResourceRollup {

  /** What a result's amounts are grouped by. */
  private record Slot(String column, String fund, AmountKind kind) {}

  private final ResultsFramework framework;
  private final Currency currency;
  private final ImmutableMap<String, ImmutableMap<Slot, Money>> own;
  private final ImmutableMap<String, ImmutableMap<Slot, Money>> total;
  private final ImmutableSortedSet<String> funds;

  private ResourceRollup(ResultsFramework framework, Currency currency,
      ImmutableMap<String, ImmutableMap<Slot, Money>> own,
      ImmutableMap<String, ImmutableMap<Slot, Money>> total, ImmutableSortedSet<String> funds) {
    this.framework = framework;
    this.currency = currency;
    this.own = own;
    this.total = total;
    this.funds = funds;
  }

  static ResourceRollup of(ResourceTotals totals, ResultsFramework framework) {
    checkNotNull(totals, "totals");
    checkNotNull(framework, "framework");
    Map<String, Map<Slot, Money>> own = new HashMap<>();
    TreeSet<String> funds = new TreeSet<>();
    for (Map.Entry<ResourceTotals.Key, Money> e : totals.sums().entrySet()) {
      ResourceTotals.Key k = e.getKey();
      checkArgument(framework.find(k.result()).isPresent(),
          "result %s is not in the framework %s %s", k.result(), framework.owner(),
          framework.period());
      own.computeIfAbsent(k.result(), x -> new HashMap<>())
          .merge(new Slot(k.column(), k.fund(), k.kind()), e.getValue(), Money::plus);
      funds.add(k.fund());
    }
    // reverse pre-order visits every result after all the results under it
    List<ResultNode> nodes = framework.nodes().reverse();
    Map<String, Map<Slot, Money>> subtree = new HashMap<>();
    Map<String, ImmutableMap<Slot, Money>> totalOut = new LinkedHashMap<>();
    for (ResultNode n : nodes) {
      Map<Slot, Money> t = subtree.computeIfAbsent(n.code(), x -> new HashMap<>());
      own.getOrDefault(n.code(), Map.of()).forEach((s, m) -> t.merge(s, m, Money::plus));
      framework.parent(n.code()).ifPresent(p -> {
        Map<Slot, Money> pt = subtree.computeIfAbsent(p.code(), x -> new HashMap<>());
        t.forEach((s, m) -> pt.merge(s, m, Money::plus));
      });
      totalOut.put(n.code(), ImmutableMap.copyOf(t));
      subtree.remove(n.code());
    }
    ImmutableMap.Builder<String, ImmutableMap<Slot, Money>> ownB = ImmutableMap.builder();
    ImmutableMap.Builder<String, ImmutableMap<Slot, Money>> totalB = ImmutableMap.builder();
    for (ResultNode n : framework.nodes()) {
      ownB.put(n.code(), ImmutableMap.copyOf(own.getOrDefault(n.code(), Map.of())));
      totalB.put(n.code(), totalOut.get(n.code()));
    }
    return new ResourceRollup(framework, totals.currency(), ownB.buildOrThrow(),
        totalB.buildOrThrow(), ImmutableSortedSet.copyOf(funds));
  }

  /** The framework rolled up. */
  public ResultsFramework framework() {
    return framework;
  }

  /** The currency of every figure. */
  public Currency currency() {
    return currency;
  }

  /** The result codes, in the framework's pre-order. */
  public ImmutableList<String> codes() {
    return own.keySet().asList();
  }

  /** The funds that have any amount, sorted. */
  public ImmutableSortedSet<String> funds() {
    return funds;
  }

  /** A result's own amounts of a kind in a column, all funds; zero if none. */
  public Money own(String code, String column, AmountKind kind) {
    return sum(row(own, code), column, null, kind);
  }

  /** A result's own amounts of a kind in a column from one fund; zero if none. */
  public Money own(String code, String column, String fund, AmountKind kind) {
    checkNotNull(fund, "fund");
    return sum(row(own, code), column, fund, kind);
  }

  /** A result's total (own plus every result under it) of a kind in a column, all funds. */
  public Money total(String code, String column, AmountKind kind) {
    return sum(row(total, code), column, null, kind);
  }

  /** A result's total of a kind in a column from one fund. */
  public Money total(String code, String column, String fund, AmountKind kind) {
    checkNotNull(fund, "fund");
    return sum(row(total, code), column, fund, kind);
  }

  /** A result's total of a kind in a column by fund: every fund of {@link #funds()}, zero included. */
  public ImmutableSortedMap<String, Money> totalByFund(String code, String column,
      AmountKind kind) {
    ImmutableSortedMap.Builder<String, Money> b = ImmutableSortedMap.naturalOrder();
    for (String f : funds) {
      b.put(f, total(code, column, f, kind));
    }
    return b.buildOrThrow();
  }

  /** Σ of the roots' totals: every amount of a kind in a column, counted once. */
  public Money grandTotal(String column, AmountKind kind) {
    Money m = Money.zero(currency);
    for (ResultNode r : framework.roots()) {
      m = m.plus(total(r.code(), column, kind));
    }
    return m;
  }

  /** Σ of the roots' totals from one fund. */
  public Money grandTotal(String column, String fund, AmountKind kind) {
    Money m = Money.zero(currency);
    for (ResultNode r : framework.roots()) {
      m = m.plus(total(r.code(), column, fund, kind));
    }
    return m;
  }

  private static ImmutableMap<Slot, Money> row(
      ImmutableMap<String, ImmutableMap<Slot, Money>> rows, String code) {
    checkNotNull(code, "code");
    ImmutableMap<Slot, Money> r = rows.get(code);
    checkArgument(r != null, "result %s is not in the framework", code);
    return r;
  }

  private Money sum(Map<Slot, Money> row, String column, String fund, AmountKind kind) {
    checkNotNull(column, "column");
    checkNotNull(kind, "kind");
    Money m = Money.zero(currency);
    for (Map.Entry<Slot, Money> e : row.entrySet()) {
      Slot s = e.getKey();
      if (s.kind() == kind && s.column().equals(column) && (fund == null || s.fund().equals(fund))) {
        m = m.plus(e.getValue());
      }
    }
    return m;
  }

  @Override
  public String toString() {
    return "ResourceRollup[" + framework.owner() + " " + framework.period() + ", " + own.size()
        + " results]";
  }
}
