package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.rbmkit.core.period.Period;

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
  private final ImmutableList<Position> positions;
  private final ImmutableMap<String, Position> byEntity;
  private final ImmutableList<Missing> missing;
  private final ValueStatistics statistics;
  private final Optional<BigDecimal> median;
  private final Optional<BigDecimal> best;
  private final Optional<BigDecimal> worst;
  private final ImmutableMap<PeerGroup, PeerGroupSummary> peerGroups;

  private MetricTable(
      Metric metric,
      Period period,
      BenchmarkOptions options,
      List<Position> positions,
      List<Missing> missing,
      ValueStatistics statistics,
      Optional<BigDecimal> median,
      Optional<BigDecimal> best,
      Optional<BigDecimal> worst,
      Map<PeerGroup, PeerGroupSummary> peerGroups) {
    this.metric = metric;
    this.period = period;
    this.options = options;
    this.positions = ImmutableList.copyOf(positions);
    this.byEntity =
        this.positions.stream().collect(ImmutableMap.toImmutableMap(Position::entity, p -> p));
    this.missing = ImmutableList.copyOf(missing);
    this.statistics = statistics;
    this.median = median;
    this.best = best;
    this.worst = worst;
    this.peerGroups = ImmutableMap.copyOf(peerGroups);
  }

  /** An entity's compared value, as input to {@link #compute}. */
  record Entry(String entity, BigDecimal value) {}

  /**
   * Ranks the present values and places the missing entities by the options' policy.
   *
   * @param present entities with a compared value, each once
   * @param missingEntities entities without one, each once, disjoint from {@code present}
   * @param targets targets by entity id, for the gap to target
   * @param groups peer group by entity id, for entities that have one
   */
  static MetricTable compute(
      Metric metric,
      Period period,
      BenchmarkOptions options,
      List<Entry> present,
      List<Missing> missingEntities,
      Map<String, BigDecimal> targets,
      Map<String, PeerGroup> groups) {
    MathContext mc = options.precision();
    Direction direction = metric.direction();
    List<Entry> sorted = new ArrayList<>(present);
    sorted.sort(
        Comparator.<Entry, BigDecimal>comparing(
                Entry::value, (a, b) -> direction.compareBetterFirst(a, b))
            .thenComparing(Entry::entity));
    List<Missing> missingSorted = new ArrayList<>(missingEntities);
    missingSorted.sort(Comparator.comparing(Missing::entity));

    ValueStatistics stats = ValueStatistics.empty();
    for (Entry e : sorted) {
      stats = stats.plus(e.value());
    }
    BigDecimal total = stats.sum();
    int n = sorted.size();
    Optional<BigDecimal> median = Optional.empty();
    if (n > 0) {
      // sorted best first; the median does not depend on the order's direction
      BigDecimal a = sorted.get((n - 1) / 2).value();
      BigDecimal b = sorted.get(n / 2).value();
      median = Optional.of(a.add(b).divide(BigDecimal.valueOf(2)));
    }
    Optional<BigDecimal> best = n == 0 ? Optional.empty() : Optional.of(sorted.get(0).value());
    Optional<BigDecimal> worst =
        n == 0 ? Optional.empty() : Optional.of(sorted.get(n - 1).value());

    Map<PeerGroup, ValueStatistics> groupStats = new LinkedHashMap<>();
    for (Entry e : sorted) {
      PeerGroup g = groups.get(e.entity());
      if (g != null) {
        groupStats.merge(g, ValueStatistics.empty().plus(e.value()), ValueStatistics::merge);
      }
    }
    Map<PeerGroup, Optional<BigDecimal>> groupMeans = new HashMap<>();
    Map<PeerGroup, PeerGroupSummary> summaries = new LinkedHashMap<>();
    groupStats.forEach(
        (g, s) -> {
          groupMeans.put(g, s.mean(mc));
          summaries.put(
              g, new PeerGroupSummary(g, s.count(), s.sum(), s.mean(mc), percentOf(s.sum(), total, mc)));
        });

    Optional<ValueStatistics.ZScores> zScores = stats.zScores(mc);
    boolean rankLast = options.missingPolicy() == MissingPolicy.RANK_LAST;
    int ranked = n + (rankLast ? missingSorted.size() : 0);
    List<Position> positions = new ArrayList<>(ranked);
    int blockIndex = 0;
    for (int start = 0; start < n; ) {
      int end = start + 1;
      while (end < n && sorted.get(end).value().compareTo(sorted.get(start).value()) == 0) {
        end++;
      }
      BigDecimal rank = rank(options.tieRule(), start, end, blockIndex);
      BigDecimal percentile = percentile(ranked - end, end - start, ranked, mc);
      Quartile quartile = Quartile.ofPercentile(percentile);
      for (int i = start; i < end; i++) {
        Entry e = sorted.get(i);
        BigDecimal v = e.value();
        PeerGroup g = groups.get(e.entity());
        Optional<Gap> toPeers =
            g == null
                ? Optional.empty()
                : groupMeans.get(g).map(mean -> Gap.between(v, mean, direction));
        positions.add(
            new Position(
                e.entity(),
                Optional.of(v),
                rank,
                percentile,
                quartile,
                zScores.map(z -> z.of(v)),
                median.map(m -> Gap.between(v, m, direction)),
                best.map(b -> Gap.between(v, b, direction)),
                Optional.ofNullable(targets.get(e.entity())).map(t -> Gap.between(v, t, direction)),
                Optional.ofNullable(g),
                toPeers,
                percentOf(v, total, mc),
                Optional.empty()));
      }
      blockIndex++;
      start = end;
    }
    if (rankLast && !missingSorted.isEmpty()) {
      int start = n;
      int end = ranked;
      BigDecimal rank = rank(options.tieRule(), start, end, blockIndex);
      BigDecimal percentile = percentile(0, end - start, ranked, mc);
      Quartile quartile = Quartile.ofPercentile(percentile);
      for (Missing m : missingSorted) {
        positions.add(
            new Position(
                m.entity(),
                Optional.empty(),
                rank,
                percentile,
                quartile,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.ofNullable(groups.get(m.entity())),
                Optional.empty(),
                Optional.empty(),
                Optional.of(m.reason())));
      }
    }
    return new MetricTable(
        metric, period, options, positions, missingSorted, stats, median, best, worst, summaries);
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

  /** Every ranked entity, best first (missing ones last under {@link MissingPolicy#RANK_LAST}). */
  public ImmutableList<Position> positions() {
    return positions;
  }

  /** The entity's position, or empty when it is not ranked (missing and excluded, or unknown). */
  public Optional<Position> position(String entity) {
    return Optional.ofNullable(byEntity.get(entity));
  }

  /** The entities without a compared value and why, by entity id; empty when none. */
  public ImmutableList<Missing> missing() {
    return missing;
  }

  /** The statistics of the present values. */
  public ValueStatistics statistics() {
    return statistics;
  }

  /** The exact total of the present values; zero when none. */
  public BigDecimal total() {
    return statistics.sum();
  }

  /** The mean of the present values, or empty when none. */
  public Optional<BigDecimal> mean() {
    return statistics.mean(options.precision());
  }

  /** The population standard deviation of the present values, or empty when none. */
  public Optional<BigDecimal> standardDeviation() {
    return statistics.populationStandardDeviation(options.precision());
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
    return positions.stream()
        .filter(Position::hasValue)
        .limit(k)
        .collect(ImmutableList.toImmutableList());
  }

  /** The last {@code k} positions with a value, worst first; fewer when there are fewer. */
  public ImmutableList<Position> worst(int k) {
    checkArgument(k >= 0, "k %s is negative", k);
    List<Position> withValue = positions.stream().filter(Position::hasValue).toList();
    List<Position> out = new ArrayList<>();
    for (int i = withValue.size() - 1; i >= 0 && out.size() < k; i--) {
      out.add(withValue.get(i));
    }
    return ImmutableList.copyOf(out);
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
    b.append("n=").append(statistics.count());
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
}
