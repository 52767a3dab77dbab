package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
}
