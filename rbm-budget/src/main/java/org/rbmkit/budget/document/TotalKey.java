package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rbmkit.core.text.Coded;

/**
 * Names a derived figure of a budget table: the total of a numbered item ({@code item-13}) or an
 * {@link Aggregate} ({@code net-available}).
 *
 * <pre>{@code
 * TotalKey.parse("item-10");        // the net contribution printed on item 10
 * TotalKey.of(Aggregate.CHARGES);   // prints "charges"
 * }</pre>
 *
 * <p>{@code parse(k.toString())} equals {@code k}. Immutable and thread-safe.
 */
public final class TotalKey {

  private static final Pattern ITEM = Pattern.compile("item-([1-9][0-9]{0,8})");

  private final int item;
  private final Aggregate aggregate;

  private TotalKey(int item, Aggregate aggregate) {
    this.item = item;
    this.aggregate = aggregate;
  }

  /** The total of item {@code item}: the signed sum of its lines. */
  public static TotalKey item(int item) {
    checkArgument(item >= 1, "item number %s must be at least 1", item);
    return new TotalKey(item, null);
  }

  /** The given aggregate. */
  public static TotalKey of(Aggregate aggregate) {
    checkNotNull(aggregate, "aggregate");
    return new TotalKey(0, aggregate);
  }

  /**
   * Parses {@code item-13} or an aggregate code such as {@code net-available}.
   *
   * @throws IllegalArgumentException quoting the input and the accepted forms
   */
  public static TotalKey parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString();
    Matcher m = ITEM.matcher(s);
    if (m.matches()) {
      return item(Integer.parseInt(m.group(1)));
    }
    return of(Aggregate.fromCode(s));
  }

  /** The item number, or empty for an aggregate. */
  public Optional<Integer> itemNumber() {
    return aggregate == null ? Optional.of(item) : Optional.empty();
  }

  /** The aggregate, or empty for an item total. */
  public Optional<Aggregate> aggregate() {
    return Optional.ofNullable(aggregate);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TotalKey k && k.item == item && k.aggregate == aggregate;
  }

  @Override
  public int hashCode() {
    return aggregate == null ? item : aggregate.hashCode();
  }

  /** {@code item-13} or the aggregate's code. */
  @Override
  public String toString() {
    return aggregate == null ? "item-" + item : aggregate.code();
  }

  /**
   * A derived line of a budget table: a subtotal, total or balance computed from other lines.
   *
   * <pre>{@code
   * Aggregate.fromCode("net-available");   // NET_AVAILABLE
   * }</pre>
   *
   * <p>The contribution-margin lines follow the ITC-ILO budget: net contribution of the own
   * revenue streams, voluntary contributions, net available, fixed costs, contingency,
   * institutional investments, charges, surplus before and after use of prior surpluses. The plain
   * lines (income, expenditure, balance) serve budgets kept as income and expenditure.
   */
  public enum Aggregate implements Coded {
    /** Σ net contributions of the own revenue streams. */
    OWN_NET_CONTRIBUTION("own-net-contribution"),
    /** Σ voluntary contributions. */
    VOLUNTARY_CONTRIBUTIONS("voluntary-contributions"),
    /** Own net contribution + voluntary contributions. */
    NET_AVAILABLE("net-available"),
    /** Σ fixed costs. */
    FIXED_COSTS("fixed-costs"),
    /** Σ contingency. */
    CONTINGENCY("contingency"),
    /** Σ institutional investments. */
    INSTITUTIONAL_INVESTMENTS("institutional-investments"),
    /** Fixed costs + contingency + institutional investments. */
    CHARGES("charges"),
    /** Net available − charges. */
    SURPLUS_BEFORE_PRIOR_SURPLUSES("surplus-before-prior-surpluses"),
    /** Σ use of prior surpluses. */
    PRIOR_SURPLUSES_USED("prior-surpluses-used"),
    /** Surplus before prior surpluses + prior surpluses used. */
    BUDGET_SURPLUS("budget-surplus"),
    /** Σ income-side lines. */
    INCOME("income"),
    /** Σ expenditure-side lines. */
    EXPENDITURE("expenditure"),
    /** Income − expenditure. */
    BALANCE("balance");

    private final String code;

    Aggregate(String code) {
      this.code = code;
    }

    /** The stable code used in JSON, such as {@code net-available}. */
    public String code() {
      return code;
    }

    /**
     * The aggregate with the given code.
     *
     * @throws IllegalArgumentException naming the code and listing the accepted ones
     */
    public static Aggregate fromCode(String code) {
      return Coded.fromCode(Aggregate.class, code, "total", "item-N");
    }
  }
}
