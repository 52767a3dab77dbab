package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.rbmkit.core.period.Period;
import org.rbmkit.kpi.benchmark.MetricTable.Missing;

/**
 * One entity's position and gaps on every metric of a set in one period: what a unit dashboard
 * prints for the unit.
 *
 * <pre>{@code
 * EntityProfile p = Benchmark.of(options).profile(set, "unit-3", CalendarYear.of(2022));
 * System.out.println(p.format(1));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param entity the entity
 * @param period the period
 * @param tables the metric tables by metric id, in the set's order
 */
public record EntityProfile(BenchmarkEntity entity, Period period, Map<String, MetricTable> tables) {

  /** Validates and copies the components. */
  public EntityProfile {
    checkNotNull(entity, "entity");
    checkNotNull(period, "period");
    tables = ImmutableMap.copyOf(checkNotNull(tables, "tables"));
  }

  /** The entity's position on the metric, or empty when it is missing and excluded. */
  public Optional<Position> position(String metric) {
    MetricTable t = tables.get(metric);
    return t == null ? Optional.empty() : t.position(entity.id());
  }

  /**
   * The profile as printable text: per metric the value, rank out of the number ranked,
   * percentile, quartile and gaps to median, best, target and peer mean; numbers rounded half-up
   * to {@code decimals} places for display.
   */
  public String format(int decimals) {
    checkArgument(decimals >= 0 && decimals <= 20, "decimals %s is not within 0-20", decimals);
    Function<BigDecimal, String> num =
        v -> v.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    StringBuilder b = new StringBuilder();
    b.append(entity.name()).append(" (").append(entity.id()).append(") ").append(period).append('\n');
    tables.forEach(
        (id, t) -> {
          b.append("  ").append(t.metric().name()).append(": ");
          Optional<Position> p = t.position(entity.id());
          if (p.isEmpty() || !p.get().hasValue()) {
            String reason =
                t.missing().stream()
                    .filter(m -> m.entity().equals(entity.id()))
                    .map(Missing::reason)
                    .findFirst()
                    .orElse("not ranked");
            b.append("missing (").append(reason).append(")");
            p.ifPresent(x -> b.append(", ranked last ").append(x.rank().toPlainString()));
            b.append('\n');
            return;
          }
          Position x = p.get();
          b.append(num.apply(x.value().get()))
              .append(", rank ")
              .append(x.rank().toPlainString())
              .append(" of ")
              .append(t.positions().size())
              .append(", percentile ")
              .append(num.apply(x.percentile()))
              .append(", ")
              .append(x.quartile().code());
          x.gapToMedian().ifPresent(g -> b.append(", vs median ").append(num.apply(g.difference())));
          x.gapToBest().ifPresent(g -> b.append(", vs best ").append(num.apply(g.difference())));
          x.gapToTarget().ifPresent(g -> b.append(", vs target ").append(num.apply(g.difference())));
          x.gapToPeerMean()
              .ifPresent(
                  g ->
                      b.append(", vs peers (")
                          .append(x.peerGroup().get())
                          .append(") ")
                          .append(num.apply(g.difference())));
          b.append('\n');
        });
    return b.toString();
  }
}
