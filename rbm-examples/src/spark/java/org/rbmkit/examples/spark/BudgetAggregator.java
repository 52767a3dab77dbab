package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collector;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.Money;

/**
 * The library's {@link BudgetTotals#collector} as a Spark {@link Aggregator}: zero is a new
 * container of the collector, reduce adds an entry, merge combines two, finish hands the partial
 * back.
 *
 * <pre>{@code
 * BudgetAggregator agg = new BudgetAggregator(Currencies.of("EUR"));
 * BudgetTotals totals = rows.select(agg.toColumn()).first().totals();
 * }</pre>
 *
 * <p>The sums are the library's own, exact ones: an entry in another currency fails the job with
 * the library's message naming the line and column. Spark ships partials between tasks with Java
 * serialization: {@link Partial} writes its totals per group (column, fund, kind, item, exact
 * amount) and reads them back as {@link BudgetTotals#ofSums}, so nothing about the library's
 * types needs to be serializable. Immutable and thread-safe (partials are not: Spark gives each
 * task its own).
 */
public final class BudgetAggregator
    extends Aggregator<BudgetEntryRow, BudgetAggregator.Partial, BudgetAggregator.Partial> {

  @Serial private static final long serialVersionUID = 1L;

  private final String currencyCode;

  /** An aggregator of entries in {@code currency}. */
  public BudgetAggregator(Currency currency) {
    this.currencyCode = checkNotNull(currency, "currency").getCurrencyCode();
  }

  /**
   * Totals on their way between Spark tasks: those read back from another task, plus the
   * collector's container for the entries added here. Mutable, not thread-safe.
   */
  public static final class Partial implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private transient Sums<?> sums;

    Partial(Currency currency) {
      this.sums = new Sums<>(BudgetTotals.collector(currency), BudgetTotals.of(currency, List.of()));
    }

    /** The totals so far. */
    public BudgetTotals totals() {
      return sums.totals();
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      BudgetTotals t = sums.totals();
      out.writeUTF(t.currency().getCurrencyCode());
      out.writeInt(t.sums().size());
      for (Map.Entry<BudgetTotals.Group, Money> e : t.sums().entrySet()) {
        BudgetTotals.Group g = e.getKey();
        out.writeUTF(g.column());
        out.writeUTF(g.fund());
        out.writeUTF(g.kind().code());
        out.writeInt(g.item());
        out.writeUTF(e.getValue().amount().toPlainString());
      }
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      Currency currency = Currency.getInstance(in.readUTF());
      Map<BudgetTotals.Group, BigDecimal> read = new HashMap<>();
      int groups = in.readInt();
      for (int i = 0; i < groups; i++) {
        String column = in.readUTF();
        String fund = in.readUTF();
        LineKind kind = LineKind.fromCode(in.readUTF());
        int item = in.readInt();
        read.put(new BudgetTotals.Group(column, fund, kind, item), new BigDecimal(in.readUTF()));
      }
      sums = new Sums<>(BudgetTotals.collector(currency), BudgetTotals.ofSums(currency, read));
    }
  }

  /** Finished totals and the collector's open container, typed together. */
  private static final class Sums<A> {
    private final Collector<BudgetEntry, A, BudgetTotals> collector;
    private BudgetTotals done;
    private A open;

    Sums(Collector<BudgetEntry, A, BudgetTotals> collector, BudgetTotals done) {
      this.collector = collector;
      this.done = done;
      this.open = collector.supplier().get();
    }

    void add(BudgetEntry e) {
      collector.accumulator().accept(open, e);
    }

    void add(Sums<?> other) {
      done = done.plus(other.totals());
    }

    BudgetTotals totals() {
      // the container is finished into a copy; it keeps summing afterwards
      BudgetTotals t = done.plus(collector.finisher().apply(open));
      done = t;
      open = collector.supplier().get();
      return t;
    }
  }

  @Override
  public Partial zero() {
    return new Partial(Currency.getInstance(currencyCode));
  }

  /**
   * Adds one row's entry.
   *
   * @throws IllegalArgumentException naming the line if the row is invalid or in another
   *     currency
   */
  @Override
  public Partial reduce(Partial p, BudgetEntryRow row) {
    p.sums.add(row.toEntry());
    return p;
  }

  @Override
  public Partial merge(Partial a, Partial b) {
    a.sums.add(b.sums);
    return a;
  }

  @Override
  public Partial finish(Partial reduction) {
    return reduction;
  }

  @Override
  public Encoder<Partial> bufferEncoder() {
    return Encoders.javaSerialization(Partial.class);
  }

  @Override
  public Encoder<Partial> outputEncoder() {
    return Encoders.javaSerialization(Partial.class);
  }
}
