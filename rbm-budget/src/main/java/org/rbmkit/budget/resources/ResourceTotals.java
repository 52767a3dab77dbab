package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collector;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.results.ResultsFramework;

/**
 * The sums of resource entries by result, column, fund and kind: each result's own amounts,
 * before any roll-up.
 *
 * <pre>{@code
 * ResourceTotals t = plan.entries().collect(ResourceTotals.collector(eur));
 * ResourceRollup r = t.rollUp(framework);
 * }</pre>
 *
 * <p>Sums are exact {@link Money}; equal inputs give equal totals whatever the order or split
 * they were summed in ({@link #plus} is associative and commutative). Immutable and
 * thread-safe.
 */
public final class ResourceTotals {

  /**
   * The grouping key of the sums.
   *
   * @param result the result's code
   * @param column the budget column
   * @param fund the fund's code
   * @param kind the amount's kind
   */
  public record Key(String result, String column, String fund, AmountKind kind) {

    /** Validates the components. */
    public Key {
      checkNotNull(result, "result");
      checkNotNull(column, "column");
      checkNotNull(fund, "fund");
      checkNotNull(kind, "kind");
    }
  }

  private final Currency currency;
  private final ImmutableMap<Key, Money> sums;

  private ResourceTotals(Currency currency, Map<Key, Money> sums) {
    this.currency = currency;
    this.sums = ImmutableMap.copyOf(sums);
  }

  /** The totals of the given entries, in one pass. */
  public static ResourceTotals of(Currency currency, Iterable<Entry> entries) {
    checkNotNull(entries, "entries");
    Accumulator a = new Accumulator(currency);
    entries.forEach(a::add);
    return a.result();
  }

  /** A collector for streams, parallel ones included. */
  public static Collector<Entry, Accumulator, ResourceTotals> collector(
      Currency currency) {
    checkNotNull(currency, "currency");
    return Collector.of(() -> new Accumulator(currency), Accumulator::add, Accumulator::merge,
        Accumulator::result, Collector.Characteristics.UNORDERED);
  }

  /** The currency of every sum. */
  public Currency currency() {
    return currency;
  }

  /** The sums by key; a key with no entries is absent. */
  public ImmutableMap<Key, Money> sums() {
    return sums;
  }

  /** The totals of both inputs. */
  public ResourceTotals plus(ResourceTotals other) {
    checkNotNull(other, "other");
    Accumulator a = new Accumulator(currency);
    a.addAll(sums);
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    a.addAll(other.sums);
    return a.result();
  }

  /**
   * These sums rolled up the framework's tree: every result's own amounts and its subtree's.
   *
   * @throws IllegalArgumentException if a sum names a result the framework does not have
   */
  public ResourceRollup rollUp(ResultsFramework framework) {
    return ResourceRollup.of(this, framework);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResourceTotals t && t.currency.equals(currency) && t.sums.equals(sums);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + sums.hashCode();
  }

  @Override
  public String toString() {
    return "ResourceTotals" + sums;
  }

  /**
   * Sums entries in one pass; partial accumulators merge. Mutable and <em>not</em>
   * thread-safe: give each thread its own and merge.
   */
  public static final class Accumulator {
    private final Currency currency;
    private final Map<Key, Money> sums = new HashMap<>();

    /** An empty accumulator for amounts in {@code currency}. */
    public Accumulator(Currency currency) {
      this.currency = checkNotNull(currency, "currency");
    }

    /**
     * Adds one entry.
     *
     * @throws CurrencyMismatchException if the entry is in another currency
     */
    public void add(Entry e) {
      checkNotNull(e, "entry");
      if (!e.amount().currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, e.amount().currency());
      }
      sums.merge(new Key(e.result(), e.column(), e.fund(), e.kind()), e.amount(), Money::plus);
    }

    /** Adds the sums of {@code other} into this one and returns this. */
    public Accumulator merge(Accumulator other) {
      checkNotNull(other, "other");
      if (!other.currency.equals(currency)) {
        throw new CurrencyMismatchException(currency, other.currency);
      }
      addAll(other.sums);
      return this;
    }

    private void addAll(Map<Key, Money> more) {
      more.forEach((k, v) -> sums.merge(k, v, Money::plus));
    }

    /** The totals so far. */
    public ResourceTotals result() {
      return new ResourceTotals(currency, sums);
    }
  }

  /**
   * One amount linked to one result: a result's portion of an allocation, or funding secured for
   * it. The unit the resource calculators consume.
   *
   * <pre>{@code
   * new Entry("1.1", "2024-25-proposal", "itcilo", AmountKind.PLANNED,
   *     Money.of("EUR", 21_739_200));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param result the result's code
   * @param column the budget column
   * @param fund the fund's code
   * @param kind what the amount is
   * @param amount the exact amount
   */
  public record Entry(
      String result, String column, String fund, AmountKind kind, Money amount) {

    /** Validates the components. */
    public Entry {
      checkNotNull(result, "result");
      checkNotNull(column, "column");
      checkNotNull(fund, "fund");
      checkNotNull(kind, "kind");
      checkNotNull(amount, "amount");
    }
  }
}
