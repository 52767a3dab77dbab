package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.MissingPolicy;

/**
 * A table of values to compare: entities, metrics, and each entity's exact value of each metric
 * for one or more periods, with optional targets.
 *
 * <pre>{@code
 * BenchmarkSet set = BenchmarkSet.builder()
 *     .name("Website visits")
 *     .metric(Metric.of("visits", "Website visits", "visits", Direction.HIGHER_IS_BETTER))
 *     .entity(BenchmarkEntity.of("itcilo", "organisation", "ITC-ILO"))
 *     .value("itcilo", "visits", CalendarYear.of(2021), "663000")
 *     .value("itcilo", "visits", CalendarYear.of(2022), "729000")
 *     .build();
 * set.value("itcilo", "visits", CalendarYear.of(2022));   // Optional[729000]
 * }</pre>
 *
 * <p>A set is validated as a whole when built, and every problem is reported at once in a
 * {@link ProblemException} (see {@code BenchmarkSetRules} for the codes), each naming the list index, entity and metric: duplicate entity
 * or metric ids, a value or target for an unknown entity or metric, two values for one entity,
 * metric and period, a normaliser that is not a metric of the set or is itself normalised, and a
 * normaliser value of zero where it would divide a value. An entity without a value for a metric
 * and period is not an error: it is <em>missing</em> and handled by the {@link MissingPolicy} of
 * a comparison.
 *
 * <p>Immutable and thread-safe; equal when name, metrics, entities, values and targets are equal
 * (values compare with {@link BigDecimal#equals}, so scale counts).
 */
public final class BenchmarkSet {

  private final String name;
  private final ImmutableList<Metric> metrics;
  private final ImmutableList<BenchmarkEntity> entities;
  private final ImmutableList<Observation> values;
  private final ImmutableList<Observation> targets;
  private final ImmutableMap<String, Metric> metricById;
  private final ImmutableMap<String, Integer> entityIndex;
  private final boolean entitiesInIdOrder;
  // by metric and period: the values in entity order, read whole by a comparison
  private final ImmutableMap<ColumnKey, ValueColumn> valueColumns;
  private final ImmutableMap<ColumnKey, ValueColumn> targetColumns;

  private BenchmarkSet(
      String name,
      List<Metric> metrics,
      List<BenchmarkEntity> entities,
      List<Observation> values,
      List<Observation> targets) {
    this.name = name;
    this.metrics = ImmutableList.copyOf(metrics);
    this.entities = ImmutableList.copyOf(entities);
    this.values = ImmutableList.copyOf(values);
    this.targets = ImmutableList.copyOf(targets);
    this.metricById = this.metrics.stream().collect(ImmutableMap.toImmutableMap(Metric::id, m -> m));
    ImmutableMap.Builder<String, Integer> index =
        ImmutableMap.builderWithExpectedSize(this.entities.size());
    for (int i = 0; i < this.entities.size(); i++) {
      index.put(this.entities.get(i).id(), i);
    }
    this.entityIndex = index.buildOrThrow();
    boolean sorted = true;
    for (int i = 1; i < this.entities.size() && sorted; i++) {
      sorted = this.entities.get(i - 1).id().compareTo(this.entities.get(i).id()) < 0;
    }
    this.entitiesInIdOrder = sorted;
    this.valueColumns = columns(this.values, entityIndex);
    this.targetColumns = columns(this.targets, entityIndex);
  }

  /** The observations grouped by metric and period, each group in entity order. */
  private static ImmutableMap<ColumnKey, ValueColumn> columns(
      List<Observation> list, Map<String, Integer> entityIndex) {
    Map<ColumnKey, int[]> counts = new LinkedHashMap<>();
    int[] column = new int[list.size()];
    List<ColumnKey> keys = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Observation o = list.get(i);
      ColumnKey k = new ColumnKey(o.metric(), o.period());
      int[] c = counts.get(k);
      if (c == null) {
        c = new int[] {keys.size(), 0};
        counts.put(k, c);
        keys.add(k);
      }
      c[1]++;
      column[i] = c[0];
    }
    // per column, one sort of packed (entity index, observation index) keys
    long[][] packed = new long[keys.size()][];
    int[] filled = new int[keys.size()];
    for (ColumnKey k : keys) {
      int[] c = counts.get(k);
      packed[c[0]] = new long[c[1]];
    }
    for (int i = 0; i < list.size(); i++) {
      long entity = entityIndex.get(list.get(i).entity());
      packed[column[i]][filled[column[i]]++] = entity << 32 | i;
    }
    ImmutableMap.Builder<ColumnKey, ValueColumn> out = ImmutableMap.builder();
    for (int c = 0; c < keys.size(); c++) {
      long[] p = packed[c];
      Arrays.sort(p);
      int[] entities = new int[p.length];
      BigDecimal[] values = new BigDecimal[p.length];
      for (int k = 0; k < p.length; k++) {
        entities[k] = (int) (p[k] >>> 32);
        values[k] = list.get((int) p[k]).value();
      }
      packed[c] = null;
      out.put(keys.get(c), new ValueColumn(entities, values));
    }
    return out.buildOrThrow();
  }

  /** The values of a metric in a period in entity order, or null when it has none. */
  ValueColumn valueColumn(String metric, Period period) {
    return valueColumns.get(new ColumnKey(metric, period));
  }

  /** The targets of a metric in a period in entity order, or null when it has none. */
  ValueColumn targetColumn(String metric, Period period) {
    return targetColumns.get(new ColumnKey(metric, period));
  }

  /** Whether the entities are listed in the order of their ids, as sets often are. */
  boolean entitiesInIdOrder() {
    return entitiesInIdOrder;
  }

  /** The index of the entity in {@link #entities()}, or -1 when the set has no such entity. */
  int entityIndex(String entity) {
    Integer i = entityIndex.get(entity);
    return i == null ? -1 : i;
  }

  private BigDecimal lookup(
      ImmutableMap<ColumnKey, ValueColumn> columns, String entity, String metric, Period period) {
    ValueColumn c = columns.get(new ColumnKey(metric, period));
    Integer i = entityIndex.get(entity);
    return c == null || i == null ? null : c.get(i);
  }

  /**
   * A validated set.
   *
   * @param name a readable title for reports; may be empty
   * @throws ProblemException listing every problem found, see the class comment
   */
  public static BenchmarkSet of(
      String name,
      List<Metric> metrics,
      List<BenchmarkEntity> entities,
      List<Observation> values,
      List<Observation> targets) {
    checkNotNull(name, "name");
    checkNotNull(metrics, "metrics");
    checkNotNull(entities, "entities");
    checkNotNull(values, "values");
    checkNotNull(targets, "targets");
    List<Problem> problems = BenchmarkSetRules.check(metrics, entities, values, targets);
    if (!problems.isEmpty()) {
      throw new ProblemException(BenchmarkSetRules.SUBJECT, problems);
    }
    return new BenchmarkSet(name, metrics, entities, values, targets);
  }

  /** A builder that collects parts in order; {@link Builder#build()} validates them. */
  public static Builder builder() {
    return new Builder();
  }

  /** The readable title; may be empty. */
  public String name() {
    return name;
  }

  /** The metrics, in the order given. */
  public ImmutableList<Metric> metrics() {
    return metrics;
  }

  /** The entities, in the order given. */
  public ImmutableList<BenchmarkEntity> entities() {
    return entities;
  }

  /** The values, in the order given. */
  public ImmutableList<Observation> values() {
    return values;
  }

  /** The targets, in the order given; often empty. */
  public ImmutableList<Observation> targets() {
    return targets;
  }

  /** The metric with the given id, or empty. */
  public Optional<Metric> metric(String id) {
    return Optional.ofNullable(metricById.get(id));
  }

  /**
   * The metric with the given id.
   *
   * @throws ProblemException naming the metric and listing the known ones
   */
  public Metric requireMetric(String id) {
    Metric m = metricById.get(id);
    if (m == null) {
      throw BenchmarkSetRules.unknown(
          "metric", id, "unknown metric \"" + id + "\" (the set has " + metricById.keySet() + ")");
    }
    return m;
  }

  /** The entity with the given id, or empty. */
  public Optional<BenchmarkEntity> entity(String id) {
    Integer i = entityIndex.get(id);
    return i == null ? Optional.empty() : Optional.of(entities.get(i));
  }

  /** The raw value of an entity's metric in a period, or empty when it is missing. */
  public Optional<BigDecimal> value(String entity, String metric, Period period) {
    return Optional.ofNullable(lookup(valueColumns, entity, metric, period));
  }

  /** The target of an entity's metric in a period, or empty when none is set. */
  public Optional<BigDecimal> target(String entity, String metric, Period period) {
    return Optional.ofNullable(lookup(targetColumns, entity, metric, period));
  }

  /**
   * The value an entity is compared on: the raw value, or for a normalised metric the raw value
   * divided by the normaliser's value, rounded to {@code precision}. Empty when the value or the
   * normaliser's value is missing; {@link #missingReason} says which.
   */
  public Optional<BigDecimal> comparedValue(
      String entity, String metric, Period period, MathContext precision) {
    checkNotNull(precision, "precision");
    Metric m = requireMetric(metric);
    BigDecimal raw = lookup(valueColumns, entity, metric, period);
    if (raw == null || m.per().isEmpty()) {
      return Optional.ofNullable(raw);
    }
    BigDecimal denominator = lookup(valueColumns, entity, m.per().get(), period);
    // a zero denominator was rejected when the set was built
    return denominator == null ? Optional.empty() : Optional.of(raw.divide(denominator, precision));
  }

  /**
   * Why {@link #comparedValue} is empty for an entity, or empty when it is not: {@code "no value"}
   * or {@code "no value of normaliser \"learners\""}.
   */
  public Optional<String> missingReason(String entity, String metric, Period period) {
    Metric m = requireMetric(metric);
    if (lookup(valueColumns, entity, metric, period) == null) {
      return Optional.of("no value");
    }
    if (m.per().isPresent() && lookup(valueColumns, entity, m.per().get(), period) == null) {
      return Optional.of("no value of normaliser \"" + m.per().get() + "\"");
    }
    return Optional.empty();
  }

  /**
   * The periods in which the metric has at least one value, earliest first (by start, then by
   * end).
   */
  public ImmutableList<Period> periods(String metric) {
    requireMetric(metric);
    Set<Period> periods = new LinkedHashSet<>();
    for (Observation o : values) {
      if (o.metric().equals(metric)) {
        periods.add(o.period());
      }
    }
    return periods.stream()
        .sorted(Comparator.comparing(Period::start).thenComparing(Period::endInclusive))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The entities grouped by their values of the given attributes, groups in order of first
   * appearance; an entity lacking one of the attributes is in no group.
   */
  public ImmutableMap<PeerGroup, ImmutableList<BenchmarkEntity>> peerGroups(
      List<String> attributeNames) {
    checkNotNull(attributeNames, "attributeNames");
    Map<PeerGroup, List<BenchmarkEntity>> groups = new LinkedHashMap<>();
    for (BenchmarkEntity e : entities) {
      PeerGroup.of(e, attributeNames)
          .ifPresent(g -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(e));
    }
    ImmutableMap.Builder<PeerGroup, ImmutableList<BenchmarkEntity>> out = ImmutableMap.builder();
    groups.forEach((g, list) -> out.put(g, ImmutableList.copyOf(list)));
    return out.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BenchmarkSet s
        && name.equals(s.name)
        && metrics.equals(s.metrics)
        && entities.equals(s.entities)
        && values.equals(s.values)
        && targets.equals(s.targets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, metrics, entities, values, targets);
  }

  @Override
  public String toString() {
    return "BenchmarkSet["
        + (name.isEmpty() ? "" : name + ": ")
        + metrics.size()
        + " metrics, "
        + entities.size()
        + " entities, "
        + values.size()
        + " values, "
        + targets.size()
        + " targets]";
  }

  private record ColumnKey(String metric, Period period) {}


  /** Collects the parts of a set; not thread-safe, use once. */
  public static final class Builder {
    private String name = "";
    private final List<Metric> metrics = new ArrayList<>();
    private final List<BenchmarkEntity> entities = new ArrayList<>();
    private final List<Observation> values = new ArrayList<>();
    private final List<Observation> targets = new ArrayList<>();

    private Builder() {}

    /** Sets the readable title. */
    public Builder name(String title) {
      this.name = checkNotNull(title, "name");
      return this;
    }

    /** Adds a metric. */
    public Builder metric(Metric metric) {
      metrics.add(checkNotNull(metric, "metric"));
      return this;
    }

    /** Adds an entity. */
    public Builder entity(BenchmarkEntity entity) {
      entities.add(checkNotNull(entity, "entity"));
      return this;
    }

    /** Adds a value. */
    public Builder value(Observation value) {
      values.add(checkNotNull(value, "value"));
      return this;
    }

    /** Adds a value given as exact decimal text, such as {@code "729000"}. */
    public Builder value(String entity, String metric, Period period, String value) {
      return value(Observation.of(entity, metric, period, value));
    }

    /** Adds a value. */
    public Builder value(String entity, String metric, Period period, BigDecimal value) {
      return value(new Observation(entity, metric, period, value));
    }

    /** Adds a target. */
    public Builder target(Observation target) {
      targets.add(checkNotNull(target, "target"));
      return this;
    }

    /** Adds a target given as exact decimal text. */
    public Builder target(String entity, String metric, Period period, String target) {
      return target(Observation.of(entity, metric, period, target));
    }

    /**
     * The validated set.
     *
     * @throws ProblemException listing every problem
     */
    public BenchmarkSet build() {
      return BenchmarkSet.of(name, metrics, entities, values, targets);
    }
  }

  /**
   * One exact value: an entity's value of a metric in a period, as reported or as targeted.
   *
   * <pre>{@code
   * Observation v = new Observation("itcilo", "visits", CalendarYear.of(2022), new BigDecimal("729000"));
   * }</pre>
   *
   * <p>Immutable and thread-safe. The value keeps the scale it was given; comparisons between
   * values are numeric ({@code 1.0} and {@code 1.00} tie). A value has at most
   * {@value #MAX_INTEGER_DIGITS} digits before and {@value #MAX_DECIMAL_PLACES} after the decimal
   * point, so that hostile input such as {@code 1e999999999} fails at once instead of starting a
   * huge computation.
   *
   * @param entity the id of a {@link BenchmarkEntity}
   * @param metric the id of a {@link Metric}
   * @param period the period the value refers to
   * @param value the exact value, in the metric's unit
   */
  public record Observation(String entity, String metric, Period period, BigDecimal value) {

    /** The largest number of digits a value may have before its decimal point. */
    public static final int MAX_INTEGER_DIGITS = 30;

    /** The largest number of digits a value may have after its decimal point. */
    public static final int MAX_DECIMAL_PLACES = 30;

    /** Validates the components. */
    public Observation {
      Ids.check(entity, "entity id");
      Ids.check(metric, "metric id");
      checkNotNull(period, "period");
      checkNotNull(value, "value");
      if (Digits.integerDigits(value) > MAX_INTEGER_DIGITS) {
        throw new IllegalArgumentException(
            lenientFormat(
                "entity %s, metric %s, period %s: value %s has more than %s integer digits",
                entity,
                metric,
                period,
                Digits.abbreviate(value),
                MAX_INTEGER_DIGITS));
      }
      if (value.scale() > MAX_DECIMAL_PLACES) {
        throw new IllegalArgumentException(
            lenientFormat(
                "entity %s, metric %s, period %s: value %s has more than %s decimal places",
                entity,
                metric,
                period,
                Digits.abbreviate(value),
                MAX_DECIMAL_PLACES));
      }
    }

    /** Shorthand taking the value as text, such as {@code "729000"}. */
    public static Observation of(String entity, String metric, Period period, String value) {
      checkNotNull(value, "value");
      return new Observation(entity, metric, period, new BigDecimal(value));
    }
  }
}
