package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.rbmkit.core.period.Period;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.MissingPolicy;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.TieRule;
import org.rbmkit.kpi.benchmark.Position.Gap;
import org.rbmkit.kpi.benchmark.Position.Quartile;

/**
 * The comparison of all entities on one metric in one period: a position for every ranked
 * entity, best first, the missing entities, and the statistics of the present values.
 *
 * <pre>{@code
 * MetricTable t = Benchmark.of(BenchmarkOptions.defaults()).table(set, "visits", CalendarYear.of(2022));
 * t.best(3);                  // the three best positions
 * t.position("itcilo");       // rank, percentile, quartile, z-score, gaps
 * System.out.println(t.format(2));
 * }</pre>
 *
 * <p>{@link #positions()} lists ranked entities best first; entities with equal values keep
 * the order of their ids, so the list is the same whatever the order of the input. Under
 * {@link MissingPolicy#RANK_LAST} the missing entities follow, tied, at the end; under
 * {@link MissingPolicy#EXCLUDE} they appear only in {@link #missing()}. Either way
 * {@link #missing()} lists them with their reasons. Statistics (count, total, mean, standard
 * deviation, median, best, worst) cover the present values only.
 *
 * <p>Immutable and thread-safe.
 */
public final class MetricTable {

  private final Metric metric;
  private final Period period;
  private final BenchmarkOptions options;
  private final IntFunction<String> ids;
  private final BigDecimal[] values;
  private final RankOrder order;
  private final int ranked;
  private final ImmutableList<Missing> missing;
  private final Function<String, BigDecimal> targets;
  private final ImmutableMap<String, PeerGroup> groups;
  private final ImmutableMap<PeerGroup, BigDecimal> groupMeans;
  private final Optional<BigDecimal> median;
  private final Optional<BigDecimal> best;
  private final Optional<BigDecimal> worst;
  private final Optional<ValueStatistics.ZScores> zScores;
  private final ImmutableMap<PeerGroup, PeerGroupSummary> peerGroups;
  private final List<Position> positions = new PositionList();
  // built on the first look-up by entity id
  private volatile Map<String, Integer> byEntity;

  /**
   * Ranks the present values and places the missing entities by the options' policy.
   *
   * @param ids the entity id of each present value by its index in {@code values}, each once
   * @param inIdOrder whether {@code values} come in the order of their ids
   * @param values the compared values; the table keeps the array
   * @param missingEntities entities without a value, each once, disjoint from {@code ids}
   * @param targets the target of an entity id for the gap to target, or null when none
   * @param groups peer group by entity id, for entities that have one
   */
  MetricTable(
      Metric metric,
      Period period,
      BenchmarkOptions options,
      IntFunction<String> ids,
      boolean inIdOrder,
      BigDecimal[] values,
      List<Missing> missingEntities,
      Function<String, BigDecimal> targets,
      Map<String, PeerGroup> groups) {
    this.metric = metric;
    this.period = period;
    this.options = options;
    this.ids = ids;
    this.values = values;
    this.targets = targets;
    this.groups = ImmutableMap.copyOf(groups);
    MathContext mc = options.precision();
    this.order = RankOrder.of(values, ids, inIdOrder, metric.direction());
    List<Missing> missingSorted = new ArrayList<>(missingEntities);
    missingSorted.sort(Comparator.comparing(Missing::entity));
    this.missing = ImmutableList.copyOf(missingSorted);
    int n = values.length;
    this.ranked = n + (options.missingPolicy() == MissingPolicy.RANK_LAST ? missing.size() : 0);
    if (n > 0) {
      // sorted best first; the median does not depend on the order's direction
      BigDecimal a = values[order.order[(n - 1) / 2]];
      BigDecimal b = values[order.order[n / 2]];
      this.median = Optional.of(a.add(b).divide(BigDecimal.valueOf(2)));
      this.best = Optional.of(values[order.order[0]]);
      this.worst = Optional.of(values[order.order[n - 1]]);
    } else {
      this.median = Optional.empty();
      this.best = Optional.empty();
      this.worst = Optional.empty();
    }
    this.zScores = order.statistics.zScores(mc);
    Map<PeerGroup, ValueStatistics> groupStats = new LinkedHashMap<>();
    if (!groups.isEmpty()) {
      for (int k = 0; k < n; k++) {
        int i = order.order[k];
        PeerGroup g = groups.get(ids.apply(i));
        if (g != null) {
          groupStats.merge(g, ValueStatistics.empty().plus(values[i]), ValueStatistics::merge);
        }
      }
    }
    BigDecimal total = order.statistics.sum();
    ImmutableMap.Builder<PeerGroup, BigDecimal> means = ImmutableMap.builder();
    ImmutableMap.Builder<PeerGroup, PeerGroupSummary> summaries = ImmutableMap.builder();
    groupStats.forEach(
        (g, s) -> {
          means.put(g, s.mean(mc).orElseThrow());
          summaries.put(
              g, new PeerGroupSummary(g, s.count(), s.sum(), s.mean(mc), percentOf(s.sum(), total, mc)));
        });
    this.groupMeans = means.buildOrThrow();
    this.peerGroups = summaries.buildOrThrow();
  }

  /** The position at index {@code k} of {@link #positions()}, computed from the order. */
  private Position positionAt(int k) {
    MathContext mc = options.precision();
    int n = values.length;
    if (k >= n) {
      Missing m = missing.get(k - n);
      BigDecimal percentile = percentile(0, ranked - n, ranked, mc);
      return new Position(
          m.entity(),
          Optional.empty(),
          rank(options.tieRule(), n, ranked, order.blocks),
          percentile,
          Quartile.ofPercentile(percentile),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.ofNullable(groups.get(m.entity())),
          Optional.empty(),
          Optional.empty(),
          Optional.of(m.reason()));
    }
    int block = order.blockOf(k);
    int start = order.blockStart[block];
    int end = order.blockStart[block + 1];
    BigDecimal percentile = percentile(ranked - end, end - start, ranked, mc);
    int i = order.order[k];
    String entity = ids.apply(i);
    BigDecimal v = values[i];
    Direction direction = metric.direction();
    PeerGroup g = groups.get(entity);
    BigDecimal target = targets.apply(entity);
    return new Position(
        entity,
        Optional.of(v),
        rank(options.tieRule(), start, end, block),
        percentile,
        Quartile.ofPercentile(percentile),
        zScores.map(z -> z.of(v)),
        median.map(m -> Gap.between(v, m, direction)),
        best.map(b -> Gap.between(v, b, direction)),
        Optional.ofNullable(target).map(t -> Gap.between(v, t, direction)),
        Optional.ofNullable(g),
        g == null ? Optional.empty() : Optional.of(Gap.between(v, groupMeans.get(g), direction)),
        percentOf(v, order.statistics.sum(), mc),
        Optional.empty());
  }

  /** The positions, each computed when read: the exact decimals cost only what is printed. */
  private final class PositionList extends AbstractList<Position> implements RandomAccess {
    @Override
    public Position get(int index) {
      checkElementIndex(index, ranked);
      return positionAt(index);
    }

    @Override
    public int size() {
      return ranked;
    }
  }

  /** The rank of a block of ties occupying 0-based positions {@code [start, end)}. */
  private static BigDecimal rank(TieRule rule, int start, int end, int blockIndex) {
    return switch (rule) {
      case COMPETITION -> BigDecimal.valueOf(start + 1L);
      case DENSE -> BigDecimal.valueOf(blockIndex + 1L);
      // mean of the 1-based positions start+1 … end: exact, a whole or a half
      case FRACTIONAL -> {
        long twice = (long) start + 1 + end;
        // a whole number when the block has odd length, else a half: 2.5
        yield twice % 2 == 0 ? BigDecimal.valueOf(twice / 2) : BigDecimal.valueOf(twice * 5, 1);
      }
    };
  }

  /** {@code 100 · (worse + tied / 2) / n}. */
  private static BigDecimal percentile(int worse, int tied, int n, MathContext mc) {
    BigDecimal numerator = BigDecimal.valueOf(100L * (2L * worse + tied));
    return numerator.divide(BigDecimal.valueOf(2L * n), mc);
  }

  private static Optional<BigDecimal> percentOf(BigDecimal part, BigDecimal total, MathContext mc) {
    if (total.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(part.multiply(BigDecimal.valueOf(100)).divide(total, mc));
  }

  /** The metric compared. */
  public Metric metric() {
    return metric;
  }

  /** The period compared. */
  public Period period() {
    return period;
  }

  /** The rules the comparison followed. */
  public BenchmarkOptions options() {
    return options;
  }

  /**
   * Every ranked entity, best first (missing ones last under {@link MissingPolicy#RANK_LAST}): an
   * unmodifiable list whose positions are computed from the table's order each time they are read,
   * so a table of millions of entities holds no decimal per entity until one is asked for.
   */
  public List<Position> positions() {
    return positions;
  }

  /** The entity's position, or empty when it is not ranked (missing and excluded, or unknown). */
  public Optional<Position> position(String entity) {
    Map<String, Integer> index = byEntity;
    if (index == null) {
      Map<String, Integer> built = new HashMap<>(Math.max(16, ranked * 2));
      int n = values.length;
      for (int k = 0; k < n; k++) {
        built.put(ids.apply(order.order[k]), k);
      }
      for (int k = n; k < ranked; k++) {
        built.put(missing.get(k - n).entity(), k);
      }
      index = Collections.unmodifiableMap(built);
      byEntity = index;
    }
    Integer k = index.get(entity);
    return k == null ? Optional.empty() : Optional.of(positionAt(k));
  }

  /** The entities without a compared value and why, by entity id; empty when none. */
  public ImmutableList<Missing> missing() {
    return missing;
  }

  /** The statistics of the present values. */
  public ValueStatistics statistics() {
    return order.statistics;
  }

  /** The exact total of the present values; zero when none. */
  public BigDecimal total() {
    return order.statistics.sum();
  }

  /** The mean of the present values, or empty when none. */
  public Optional<BigDecimal> mean() {
    return order.statistics.mean(options.precision());
  }

  /** The population standard deviation of the present values, or empty when none. */
  public Optional<BigDecimal> standardDeviation() {
    return order.statistics.populationStandardDeviation(options.precision());
  }

  /**
   * The median of the present values, exact: the middle value, or the mean of the two middle
   * values for an even count; empty when none.
   */
  public Optional<BigDecimal> median() {
    return median;
  }

  /** The best present value by the metric's direction, or empty when none. */
  public Optional<BigDecimal> best() {
    return best;
  }

  /** The worst present value by the metric's direction, or empty when none. */
  public Optional<BigDecimal> worst() {
    return worst;
  }

  /** The summaries of the peer groups with at least one present value, in order of first rank. */
  public ImmutableMap<PeerGroup, PeerGroupSummary> peerGroups() {
    return peerGroups;
  }

  /** The first {@code k} positions with a value, best first; fewer when there are fewer. */
  public ImmutableList<Position> best(int k) {
    checkArgument(k >= 0, "k %s is negative", k);
    return ImmutableList.copyOf(positions.subList(0, Math.min(k, values.length)));
  }

  /** The last {@code k} positions with a value, worst first; fewer when there are fewer. */
  public ImmutableList<Position> worst(int k) {
    checkArgument(k >= 0, "k %s is negative", k);
    ImmutableList.Builder<Position> out = ImmutableList.builder();
    for (int i = values.length - 1; i >= Math.max(0, values.length - k); i--) {
      out.add(positionAt(i));
    }
    return out.build();
  }

  /**
   * The table as text a report can print: a header naming the metric, period and rules, one line
   * per position, the statistics, and the missing entities with their reasons. Numbers are
   * rounded half-up to {@code decimals} places for display only; ranks are printed exactly.
   */
  public String format(int decimals) {
    checkArgument(decimals >= 0 && decimals <= 20, "decimals %s is not within 0-20", decimals);
    Function<BigDecimal, String> num =
        v -> v.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    Function<Optional<Gap>, String> gap = g -> g.map(x -> signed(num.apply(x.difference()))).orElse("-");
    StringBuilder b = new StringBuilder();
    b.append(metric.name())
        .append(" (")
        .append(metric.id())
        .append(metric.unit().isEmpty() ? "" : ", " + metric.unit())
        .append(metric.per().map(p -> " per " + p).orElse(""))
        .append(", ")
        .append(metric.direction().code())
        .append(") ")
        .append(period)
        .append("; ties: ")
        .append(options.tieRule().code())
        .append(", missing: ")
        .append(options.missingPolicy().code())
        .append('\n');
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "rank", "entity", "value", "pctl", "quart", "z", "vs median", "vs best", "vs target",
          "vs peers"
        });
    for (Position p : positions) {
      rows.add(
          new String[] {
            p.rank().toPlainString(),
            p.entity(),
            p.value().map(num).orElse("missing"),
            num.apply(p.percentile()),
            p.quartile().code(),
            p.zScore().map(num).orElse("-"),
            gap.apply(p.gapToMedian()),
            gap.apply(p.gapToBest()),
            gap.apply(p.gapToTarget()),
            gap.apply(p.gapToPeerMean())
          });
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        widths[i] = Math.max(widths[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        String cell = r[i];
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(i == 1 ? cell + pad : pad + cell).append(i + 1 < r.length ? "  " : "");
      }
      b.append(line.toString().stripTrailing()).append('\n');
    }
    b.append("n=").append(order.statistics.count());
    median().ifPresent(m -> b.append(", median=").append(num.apply(m)));
    mean().ifPresent(m -> b.append(", mean=").append(num.apply(m)));
    standardDeviation().ifPresent(s -> b.append(", sd(population)=").append(num.apply(s)));
    best().ifPresent(m -> b.append(", best=").append(num.apply(m)));
    worst().ifPresent(m -> b.append(", worst=").append(num.apply(m)));
    b.append('\n');
    for (Missing m : missing) {
      b.append("missing: ").append(m.entity()).append(" (").append(m.reason()).append(")\n");
    }
    return b.toString();
  }

  private static String signed(String s) {
    return s.startsWith("-") ? s : "+" + s;
  }

  @Override
  public String toString() {
    return "MetricTable[" + metric.id() + " " + period + ": " + positions.size() + " ranked, "
        + missing.size() + " missing]";
  }

  /**
   * The present values of one peer group in a {@link MetricTable}: how many, their exact total,
   * their mean and their share of the table's total.
   *
   * <pre>{@code
   * table.peerGroups().get(group).shareOfTotal();   // Optional[58.09...] percent
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param group the peer group
   * @param count the number of entities of the group with a value
   * @param total the exact sum of their values; zero when there are none
   * @param mean the mean of their values rounded to the table's precision, or empty when none
   * @param shareOfTotal {@code 100 · total / table total}, rounded to the table's precision, or
   *     empty when the table's total is zero
   */
  public record PeerGroupSummary(
      PeerGroup group,
      long count,
      BigDecimal total,
      Optional<BigDecimal> mean,
      Optional<BigDecimal> shareOfTotal) {

    /** Validates the components. */
    public PeerGroupSummary {
      checkNotNull(group, "group");
      checkArgument(count >= 0, "group %s: count %s is negative", group, count);
      checkNotNull(total, "total");
      checkNotNull(mean, "mean");
      checkNotNull(shareOfTotal, "shareOfTotal");
    }
  }

  /**
   * An entity left without a compared value, and why: {@code no value}, {@code no value of
   * normaliser "learners"}, {@code no value of metric "cost"} (in a composite).
   *
   * <pre>{@code
   * new Missing("unit-7", "no value");
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param entity the entity id
   * @param reason why the value is missing; not blank
   */
  public record Missing(String entity, String reason) {

    /** Validates the components. */
    public Missing {
      checkNotNull(entity, "entity");
      checkNotNull(reason, "reason");
      checkArgument(!reason.isBlank(), "missing %s: reason must not be blank", entity);
    }
  }
}
