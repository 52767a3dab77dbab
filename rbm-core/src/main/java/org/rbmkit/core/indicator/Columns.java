package org.rbmkit.core.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.rbmkit.core.indicator.internal.ValueColumns;
import org.rbmkit.core.period.Period;

/** Makes an indicator's {@link ValueColumns} array from its checked baselines, targets, actuals. */
final class Columns {

  private Columns() {}

  static long[] of(
      List<Baseline> baselines, List<PeriodValue> targets, List<PeriodValue> actuals) {
    ValueColumns.Builder b =
        ValueColumns.builder(baselines.size(), targets.size(), actuals.size());
    for (int k = 0; k < baselines.size(); k++) {
      add(b, baselines.get(k).period(), baselines.get(k).value());
    }
    for (int k = 0; k < targets.size(); k++) {
      add(b, targets.get(k).period(), targets.get(k).value());
    }
    for (int k = 0; k < actuals.size(); k++) {
      add(b, actuals.get(k).period(), actuals.get(k).value());
    }
    return b.build();
  }

  private static void add(ValueColumns.Builder b, Period period, IndicatorValue v) {
    int flags = v.isTotal() ? ValueColumns.TOTAL : 0;
    Qualifier q = v.qualifier();
    if (q == Qualifier.AT_LEAST || q == Qualifier.AT_MOST) {
      flags |= ValueColumns.BOUND;
    }
    // a decimal value's scale is 0 to 12 (DecimalValue); it is held when its digits fit 18
    if (v.value() instanceof DecimalValue d && d.value().precision() <= 18) {
      BigDecimal x = d.value();
      long unscaled = x.scale() == 0 ? x.longValue() : x.unscaledValue().longValueExact();
      b.add(period, flags | ValueColumns.DECIMAL, unscaled, x.scale());
    } else {
      b.add(period, flags, 0, 0);
    }
  }
}
