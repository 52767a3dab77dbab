package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.rbmkit.budget.balance.BudgetAccumulator;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.Money;

/**
 * The library's {@link BudgetAccumulator} as a Spark {@link Aggregator}: zero is a new
 * accumulator, reduce adds an entry, merge merges accumulators, finish hands the accumulator
 * back.
 *
 * <pre>{@code
 * BudgetAggregator agg = new BudgetAggregator(Currencies.of("EUR"));
 * BudgetTotals totals = rows.select(agg.toColumn()).first().totals();
 * }</pre>
 *
 * <p>The sums are the library's own, exact {@code BigDecimal}s: an entry in another currency
 * fails the job with the library's message naming the line and column. Spark ships partial
 * accumulators between tasks with Java serialization: {@link Partial} writes the accumulator's
 * sums per group (column, fund, kind, item, exact amount) and reads them back into a new
 * accumulator, so nothing about the library's types needs to be serializable. Immutable and
 * thread-safe (partials are not: Spark gives each task its own).
 */
public final class BudgetAggregator
    extends Aggregator<BudgetEntryRow, BudgetAggregator.Partial, BudgetAggregator.Partial> {

  @Serial private static final long serialVersionUID = 1L;

  private final String currencyCode;

  /** An aggregator of entries in {@code currency}. */
  public BudgetAggregator(Currency currency) {
    this.currencyCode = checkNotNull(currency, "currency").getCurrencyCode();
  }

  /** A library accumulator on its way between Spark tasks. Mutable, not thread-safe. */
  public static final class Partial implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private transient BudgetAccumulator accumulator;

    Partial(Currency currency) {
      this.accumulator = new BudgetAccumulator(currency);
    }

    /** The totals so far. */
    public BudgetTotals totals() {
      return accumulator.result();
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      BudgetTotals t = accumulator.result();
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
      accumulator = new BudgetAccumulator(currency);
      int groups = in.readInt();
      for (int i = 0; i < groups; i++) {
        String column = in.readUTF();
        String fund = in.readUTF();
        LineKind kind = LineKind.fromCode(in.readUTF());
        int item = in.readInt();
        Money sum = Money.of(currency, new BigDecimal(in.readUTF()));
        accumulator.add(new BudgetEntry(column, fund, kind, item, "(partial sum)", sum));
      }
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
    p.accumulator.add(row.toEntry());
    return p;
  }

  @Override
  public Partial merge(Partial a, Partial b) {
    a.accumulator.merge(b.accumulator);
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
