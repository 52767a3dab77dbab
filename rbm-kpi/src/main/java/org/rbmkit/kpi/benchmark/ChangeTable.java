package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.period.Period;
import org.rbmkit.kpi.benchmark.MetricTable.Missing;

/**
 * Every entity's change on one metric between two periods, with the entities that lack a value
 * in either period.
 *
 * <pre>{@code
 * ChangeTable t = Benchmark.of(options).changes(set, "visits", CalendarYear.of(2021), CalendarYear.of(2022));
 * t.change("itcilo").flatMap(c -> c.percent(0, RoundingMode.HALF_UP));   // Optional[10]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param metric the metric compared
 * @param from the earlier period
 * @param to the later period
 * @param changes change by entity id, in the order of the set's entities
 * @param missing entities without a compared value in one of the periods, and why
 */
public record ChangeTable(
    Metric metric, Period from, Period to, Map<String, Change> changes, List<Missing> missing) {

  /** Validates and copies the components. */
  public ChangeTable {
    checkNotNull(metric, "metric");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    changes = ImmutableMap.copyOf(checkNotNull(changes, "changes"));
    missing = ImmutableList.copyOf(checkNotNull(missing, "missing"));
  }

  /** The entity's change, or empty when it lacks a value in one of the periods. */
  public Optional<Change> change(String entity) {
    return Optional.ofNullable(changes.get(entity));
  }

  /**
   * The table as printable text: per entity the two values, the absolute change and the
   * percentage rounded to {@code decimals} places by {@code rounding} ({@code n/a} from zero).
   */
  public String format(int decimals, RoundingMode rounding) {
    checkArgument(decimals >= 0 && decimals <= 20, "decimals %s is not within 0-20", decimals);
    checkNotNull(rounding, "rounding");
    StringBuilder b = new StringBuilder();
    b.append(metric.name())
        .append(": change ")
        .append(from)
        .append(" to ")
        .append(to)
        .append(" (percent of |")
        .append(from)
        .append("|, rounded ")
        .append(rounding)
        .append(" to ")
        .append(decimals)
        .append(" places)\n");
    changes.forEach(
        (entity, c) ->
            b.append(entity)
                .append(": ")
                .append(c.fromValue().toPlainString())
                .append(" -> ")
                .append(c.toValue().toPlainString())
                .append(", ")
                .append(c.absolute().signum() >= 0 ? "+" : "")
                .append(c.absolute().toPlainString())
                .append(", ")
                .append(
                    c.percent(decimals, rounding)
                        .map(p -> (p.signum() >= 0 ? "+" : "") + p.toPlainString() + " %")
                        .orElse("n/a"))
                .append(c.isImprovement(metric.direction()) ? "" : " (worse)")
                .append('\n'));
    missing.forEach(
        m -> b.append("missing: ").append(m.entity()).append(" (").append(m.reason()).append(")\n"));
    return b.toString();
  }
}
