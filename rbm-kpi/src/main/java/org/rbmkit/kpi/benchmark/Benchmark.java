package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.TieRule;
import org.rbmkit.kpi.benchmark.CompositeScheme.CompositeTable;
import org.rbmkit.kpi.benchmark.CompositeScheme.Normalisation;
import org.rbmkit.kpi.benchmark.MetricTable.Missing;

/**
 * The benchmarking calculator: ranks entities on a metric, compares periods, scores composites,
 * and compares actuals with plan.
 *
 * <pre>{@code
 * Benchmark b = Benchmark.of(BenchmarkOptions.defaults().withTieRule(TieRule.DENSE));
 * MetricTable t = b.table(set, "visits", CalendarYear.of(2022));
 * ChangeTable c = b.changes(set, "visits", CalendarYear.of(2021), CalendarYear.of(2022));
 * CompositeTable s = b.composite(set, scheme, CalendarYear.of(2022));
 * }</pre>
 *
 * <p>Every result states the rules it followed ({@link BenchmarkOptions}): tie rule, missing-value
 * policy, and the {@link MathContext} of the few operations that round (normalisers, means,
 * percentiles, z-scores, shares). Raw values, totals, differences and medians are exact. No
 * {@code double} is used anywhere.
 *
 * <p>A ranking needs every value of the metric at once, so memory grows with the number of
 * entities of one table; the statistics themselves accumulate in one pass
 * ({@link ValueStatistics}). Stateless apart from its options: immutable and thread-safe.
 */
public final class Benchmark {

  private final BenchmarkOptions options;

  private Benchmark(BenchmarkOptions options) {
    this.options = options;
  }

  /** A calculator following the given rules. */
  public static Benchmark of(BenchmarkOptions options) {
    return new Benchmark(checkNotNull(options, "options"));
  }

  /** The rules this calculator follows. */
  public BenchmarkOptions options() {
    return options;
  }

  /**
   * The comparison of every entity of the set on one metric in one period. A normalised metric
   * is compared on value divided by normaliser; a target of a normalised metric is read in the
   * normalised unit.
   *
   * @throws ProblemException if the set has no such metric
   */
  public MetricTable table(BenchmarkSet set, String metric, Period period) {
    checkNotNull(set, "set");
    checkNotNull(period, "period");
    Metric m = set.requireMetric(metric);
    MathContext mc = options.precision();
    List<BenchmarkEntity> entities = set.entities();
    ValueColumn raw = set.valueColumn(metric, period);
    ValueColumn per = m.per().map(p -> set.valueColumn(p, period)).orElse(null);
    int[] present = raw == null ? new int[0] : raw.entities();
    BigDecimal[] values = raw == null ? new BigDecimal[0] : raw.values();
    List<Missing> missing = new ArrayList<>();
    // the present entities ascend: the missing ones are the gaps, read without a look-up
    int next = 0;
    for (int e : present) {
      for (; next < e; next++) {
        missing.add(new Missing(entities.get(next).id(), "no value"));
      }
      next = e + 1;
    }
    for (; next < entities.size(); next++) {
      missing.add(new Missing(entities.get(next).id(), "no value"));
    }
    if (m.per().isPresent()) {
      int[] divided = new int[present.length];
      BigDecimal[] quotients = new BigDecimal[present.length];
      int n = 0;
      for (int k = 0; k < present.length; k++) {
        BigDecimal denominator = per == null ? null : per.get(present[k]);
        if (denominator == null) {
          String id = entities.get(present[k]).id();
          missing.add(new Missing(id, "no value of normaliser \"" + m.per().get() + "\""));
        } else {
          divided[n] = present[k];
          // a zero denominator was rejected when the set was built
          quotients[n++] = values[k].divide(denominator, mc);
        }
      }
      present = Arrays.copyOf(divided, n);
      values = Arrays.copyOf(quotients, n);
    }
    int[] index = present;
    ValueColumn targets = set.targetColumn(metric, period);
    return new MetricTable(
        m,
        period,
        options,
        i -> entities.get(index[i]).id(),
        set.entitiesInIdOrder(),
        values,
        missing,
        targets == null ? id -> null : id -> targets.get(set.entityIndex(id)),
        peerGroups(entities));
  }

  private Map<String, PeerGroup> peerGroups(List<BenchmarkEntity> entities) {
    Map<String, PeerGroup> groups = new HashMap<>();
    if (!options.peerAttributes().isEmpty()) {
      for (BenchmarkEntity e : entities) {
        PeerGroup.of(e, options.peerAttributes()).ifPresent(g -> groups.put(e.id(), g));
      }
    }
    return groups;
  }

  /**
   * Every entity's change on one metric from one period to another; entities lacking a compared
   * value in either period are listed as missing with the period named.
   *
   * @throws ProblemException if the set has no such metric
   */
  public ChangeTable changes(BenchmarkSet set, String metric, Period from, Period to) {
    checkNotNull(set, "set");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    Metric m = set.requireMetric(metric);
    MathContext mc = options.precision();
    Map<String, Change> changes = new LinkedHashMap<>();
    List<Missing> missing = new ArrayList<>();
    for (BenchmarkEntity e : set.entities()) {
      Optional<BigDecimal> a = set.comparedValue(e.id(), metric, from, mc);
      Optional<BigDecimal> b = set.comparedValue(e.id(), metric, to, mc);
      if (a.isPresent() && b.isPresent()) {
        changes.put(e.id(), new Change(from, a.get(), to, b.get()));
      } else {
        Period p = a.isEmpty() ? from : to;
        missing.add(
            new Missing(e.id(), set.missingReason(e.id(), metric, p).orElseThrow() + " in " + p));
      }
    }
    return new ChangeTable(m, from, to, changes, missing);
  }

  /**
   * The entity's actual value against its target and against the previous period: the latest
   * period with a value of the metric that ends before {@code period} starts. Empty when the
   * entity has no compared value in {@code period}.
   *
   * @throws ProblemException if the set has no such metric or entity
   */
  public Optional<PlanComparison> againstPlan(
      BenchmarkSet set, String entity, String metric, Period period) {
    checkNotNull(set, "set");
    checkNotNull(period, "period");
    Metric m = set.requireMetric(metric);
    if (set.entity(entity).isEmpty()) {
      throw BenchmarkSetRules.unknown("entity", entity, "unknown entity \"" + entity + "\"");
    }
    MathContext mc = options.precision();
    Optional<BigDecimal> actual = set.comparedValue(entity, metric, period, mc);
    if (actual.isEmpty()) {
      return Optional.empty();
    }
    Optional<Change> previous = Optional.empty();
    for (Period p : set.periods(metric)) {
      if (p.endInclusive().isBefore(period.start())) {
        Optional<BigDecimal> v = set.comparedValue(entity, metric, p, mc);
        if (v.isPresent()) {
          previous = Optional.of(new Change(p, v.get(), period, actual.get()));
        }
      }
    }
    return Optional.of(
        new PlanComparison(
            entity, m, period, actual.get(), set.target(entity, metric, period), previous));
  }

  /**
   * Composite scores of the entities in one period. Each weighted metric is normalised over all
   * entities with a value of it in the period; an entity lacking any weighted metric gets no
   * score and follows the missing-value policy.
   *
   * @throws ProblemException naming every weighted metric the set does not have
   */
  public CompositeTable composite(BenchmarkSet set, CompositeScheme scheme, Period period) {
    checkNotNull(set, "set");
    checkNotNull(scheme, "scheme");
    checkNotNull(period, "period");
    List<Problem> unknown = new ArrayList<>();
    for (String id : scheme.weights().keySet()) {
      if (set.metric(id).isEmpty()) {
        unknown.add(
            Problem.error(
                Location.document(),
                "benchmark.composite.metric.unknown",
                id,
                "unknown metric \"" + id + "\" (the set has "
                    + set.metrics().stream().map(Metric::id).toList() + ")"));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ProblemException(CompositeScheme.SUBJECT, unknown);
    }
    MathContext mc = options.precision();
    Map<String, Map<String, BigDecimal>> normalised = new LinkedHashMap<>();
    List<String> degenerate = new ArrayList<>();
    for (String id : scheme.weights().keySet()) {
      Metric m = set.requireMetric(id);
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      for (BenchmarkEntity e : set.entities()) {
        set.comparedValue(e.id(), id, period, mc).ifPresent(v -> values.put(e.id(), v));
      }
      Map<String, BigDecimal> scores = normalise(m, values, scheme.normalisation(), mc);
      // all equal (1.0 and 1.00 alike) or absent: the metric gave every entity 0
      if (values.values().stream().map(BigDecimal::stripTrailingZeros).distinct().count() <= 1) {
        degenerate.add(id);
      }
      normalised.put(id, scores);
    }
    List<String> ids = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    List<Missing> missing = new ArrayList<>();
    for (BenchmarkEntity e : set.entities()) {
      BigDecimal score = BigDecimal.ZERO;
      String lacking = null;
      for (Map.Entry<String, BigDecimal> w : scheme.weights().entrySet()) {
        BigDecimal n = normalised.get(w.getKey()).get(e.id());
        if (n == null) {
          lacking = w.getKey();
          break;
        }
        score = score.add(w.getValue().multiply(n));
      }
      if (lacking == null) {
        ids.add(e.id());
        values.add(score.round(mc));
      } else {
        String reason = set.missingReason(e.id(), lacking, period).orElse("no value");
        missing.add(new Missing(e.id(), reason + " of metric \"" + lacking + "\""));
      }
    }
    Metric compositeMetric =
        Metric.of(CompositeTable.METRIC_ID, "Composite score", "", Direction.HIGHER_IS_BETTER);
    MetricTable table =
        new MetricTable(
            compositeMetric,
            period,
            options,
            List.copyOf(ids)::get,
            set.entitiesInIdOrder(),
            values.toArray(BigDecimal[]::new),
            missing,
            id -> null,
            peerGroups(set.entities()));
    return new CompositeTable(scheme, table, degenerate);
  }

  private static Map<String, BigDecimal> normalise(
      Metric m, Map<String, BigDecimal> values, Normalisation how, MathContext mc) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (values.isEmpty()) {
      return out;
    }
    switch (how) {
      case MIN_MAX -> {
        BigDecimal min = values.values().stream().min(BigDecimal::compareTo).orElseThrow();
        BigDecimal max = values.values().stream().max(BigDecimal::compareTo).orElseThrow();
        BigDecimal range = max.subtract(min);
        values.forEach(
            (e, v) -> {
              if (range.signum() == 0) {
                out.put(e, BigDecimal.ZERO);
              } else {
                BigDecimal fromWorst =
                    m.direction() == Direction.HIGHER_IS_BETTER ? v.subtract(min) : max.subtract(v);
                out.put(e, fromWorst.divide(range, mc));
              }
            });
      }
      case Z_SCORE -> {
        Optional<ValueStatistics.ZScores> z = ValueStatistics.of(values.values()).zScores(mc);
        BigDecimal sign = BigDecimal.valueOf(m.direction().sign());
        values.forEach(
            (e, v) -> out.put(e, z.map(f -> f.of(v).multiply(sign)).orElse(BigDecimal.ZERO)));
      }
    }
    return out;
  }

  /**
   * The entity's position and gaps on every metric of the set in one period.
   *
   * @throws ProblemException if the set has no such entity
   */
  public EntityProfile profile(BenchmarkSet set, String entity, Period period) {
    checkNotNull(set, "set");
    checkNotNull(period, "period");
    BenchmarkEntity e =
        set.entity(entity)
            .orElseThrow(
                () -> BenchmarkSetRules.unknown("entity", entity, "unknown entity \"" + entity + "\""));
    Map<String, MetricTable> tables = new LinkedHashMap<>();
    for (Metric m : set.metrics()) {
      tables.put(m.id(), table(set, m.id(), period));
    }
    return new EntityProfile(e, period, tables);
  }
}
