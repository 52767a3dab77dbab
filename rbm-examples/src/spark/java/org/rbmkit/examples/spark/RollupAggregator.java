package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.expressions.Aggregator;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.indicator.Value;
import org.rbmkit.kpi.achievement.ValueAccumulator;

/**
 * The indicator-value accumulator as a Spark {@link Aggregator}: per indicator, the count of
 * decimals, ratios and texts, the sum, minimum and maximum of the decimals and the summed
 * numerators and denominators of the ratios.
 *
 * <pre>{@code
 * Dataset<Tuple2<String, RollupAggregator.Partial>> byIndicator = rows
 *     .groupByKey((MapFunction<IndicatorValueRow, String>) IndicatorValueRow::getIndicator,
 *         Encoders.STRING())
 *     .agg(new RollupAggregator().toColumn());
 * ValueAccumulator acc = byIndicator.first()._2().toAccumulator();
 * acc.value(AggregationRule.RATIO_OF_SUMS);
 * }</pre>
 *
 * <p>The partial state is what {@link ValueAccumulator} keeps, exact {@code BigDecimal}s and
 * counts in a small Java-serializable {@link Partial}: the library's accumulator is neither
 * serializable nor built from its state. {@link Partial#toAccumulator} turns the final state
 * back into the library's accumulator, equal to the one a single pass over the same values
 * gives; its {@code value(rule)} then applies the library's rules. Immutable and thread-safe
 * (partials are not: Spark gives each task its own).
 */
public final class RollupAggregator
    extends Aggregator<IndicatorValueRow, RollupAggregator.Partial, RollupAggregator.Partial> {

  @Serial private static final long serialVersionUID = 1L;

  /** A new aggregator. */
  public RollupAggregator() {}

  /**
   * The state of a {@link ValueAccumulator} on its way between Spark tasks. Mutable, not
   * thread-safe.
   */
  public static final class Partial implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private long decimals;
    private long ratios;
    private long texts;
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal min;
    private BigDecimal max;
    private BigDecimal numerator = BigDecimal.ZERO;
    private BigDecimal denominator = BigDecimal.ZERO;

    /** No values. */
    public Partial() {}

    void add(Value v) {
      if (v instanceof DecimalValue d) {
        decimals = Math.addExact(decimals, 1);
        sum = sum.add(d.value());
        min = min == null ? d.value() : min.min(d.value());
        max = max == null ? d.value() : max.max(d.value());
      } else if (v instanceof RatioValue r) {
        ratios = Math.addExact(ratios, 1);
        numerator = numerator.add(r.numerator());
        denominator = denominator.add(r.denominator());
      } else {
        checkArgument(v instanceof TextValue, "unknown value %s", v);
        texts = Math.addExact(texts, 1);
      }
    }

    void add(Partial o) {
      decimals = Math.addExact(decimals, o.decimals);
      ratios = Math.addExact(ratios, o.ratios);
      texts = Math.addExact(texts, o.texts);
      sum = sum.add(o.sum);
      min = min == null ? o.min : o.min == null ? min : min.min(o.min);
      max = max == null ? o.max : o.max == null ? max : max.max(o.max);
      numerator = numerator.add(o.numerator);
      denominator = denominator.add(o.denominator);
    }

    /**
     * The library's accumulator with this state: equal to the one a single pass over the same
     * values gives.
     *
     * <p>It is built from values the accumulator accepts, in O(log n) steps by doubling: the
     * decimals as the minimum, the maximum, copies of both and at most one value between them,
     * chosen so that count, sum, minimum and maximum are exact; the ratios as their summed ratio
     * and {@code 0/0} for the rest; the texts as copies of one text.
     */
    public ValueAccumulator toAccumulator() {
      ValueAccumulator acc = ValueAccumulator.EMPTY;
      if (decimals > 0) {
        acc = acc.plus(DecimalValue.of(min));
        if (decimals > 1) {
          acc = acc.plus(DecimalValue.of(max));
          long rest = decimals - 2;
          BigDecimal spread = max.subtract(min);
          // what the other values add above the minimum, between 0 and rest × spread
          BigDecimal extra =
              sum.subtract(min).subtract(max).subtract(min.multiply(BigDecimal.valueOf(rest)));
          long atMax =
              spread.signum() == 0 ? 0 : extra.divideToIntegralValue(spread).longValueExact();
          BigDecimal between = extra.subtract(spread.multiply(BigDecimal.valueOf(atMax)));
          long atMin = rest - atMax;
          acc = acc.plus(times(ValueAccumulator.EMPTY.plus(DecimalValue.of(max)), atMax));
          if (between.signum() != 0) {
            acc = acc.plus(DecimalValue.of(min.add(between)));
            atMin--;
          }
          acc = acc.plus(times(ValueAccumulator.EMPTY.plus(DecimalValue.of(min)), atMin));
        }
      }
      if (ratios > 0) {
        acc = acc.plus(RatioValue.of(numerator, denominator));
        acc = acc.plus(times(ValueAccumulator.EMPTY.plus(RatioValue.of(0, 0)), ratios - 1));
      }
      if (texts > 0) {
        acc = acc.plus(times(ValueAccumulator.EMPTY.plus(new TextValue("text")), texts));
      }
      return acc;
    }

    private static ValueAccumulator times(ValueAccumulator one, long n) {
      ValueAccumulator result = ValueAccumulator.EMPTY;
      ValueAccumulator power = one;
      for (long k = n; k > 0; k >>= 1) {
        if ((k & 1) == 1) {
          result = result.plus(power);
        }
        if (k > 1) {
          power = power.plus(power);
        }
      }
      return result;
    }
  }

  @Override
  public Partial zero() {
    return new Partial();
  }

  /**
   * Adds one row's value.
   *
   * @throws IllegalArgumentException naming the indicator and source if the row is invalid
   */
  @Override
  public Partial reduce(Partial p, IndicatorValueRow row) {
    p.add(row.toValue());
    return p;
  }

  @Override
  public Partial merge(Partial a, Partial b) {
    a.add(b);
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
