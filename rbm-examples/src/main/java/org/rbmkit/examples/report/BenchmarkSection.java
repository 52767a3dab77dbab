package org.rbmkit.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.period.Period;
import org.rbmkit.examples.report.chart.DataTable;
import org.rbmkit.examples.report.chart.DataTable.Cell;
import org.rbmkit.examples.report.chart.HorizontalBars;
import org.rbmkit.kpi.benchmark.Benchmark;
import org.rbmkit.kpi.benchmark.BenchmarkOptions;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.benchmark.Metric;
import org.rbmkit.kpi.benchmark.MetricTable;
import org.rbmkit.kpi.benchmark.Position;
import org.rbmkit.kpi.benchmark.Position.Gap;

/**
 * The section of a benchmark set: for each metric, in its latest period with a value, the
 * entities ranked by {@link Benchmark} with default options (as {@code rbm benchmark} ranks
 * them), a bar each in rank order marked with its quartile, the median as a reference line and
 * each entity's target as a marker.
 *
 * <pre>{@code
 * Section s = BenchmarkSection.of("s4", "benchmark.json", set, Language.EN);
 * }</pre>
 *
 * <p>A bar's {@code data-value} is the exact value compared; its label the value exactly when
 * it has at most two decimals, else rounded half-up to two and marked with ≈. Stateless and
 * thread-safe.
 */
public final class BenchmarkSection {

  private BenchmarkSection() {}

  /** The tables shown: each metric's latest period with a value, as {@code rbm benchmark}. */
  public static List<MetricTable> tables(BenchmarkSet set) {
    Benchmark bench = Benchmark.of(BenchmarkOptions.defaults());
    List<MetricTable> out = new ArrayList<>();
    for (Metric m : set.metrics()) {
      Optional<Period> p = set.periods(m.id()).stream().reduce((a, b) -> b);
      p.ifPresent(period -> out.add(bench.table(set, m.id(), period)));
    }
    return out;
  }

  /** The section of {@code set}, read from {@code source}. */
  public static Section of(String id, String source, BenchmarkSet set, Language l) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(l.text("benchmark.intro", set.entities().size(),
        set.metrics().size())));
    int n = 0;
    for (MetricTable t : tables(set)) {
      n++;
      Metric m = t.metric();
      String unit = m.unit() + m.per().map(p -> " / " + p).orElse("");
      String title = l.text("benchmark.title", m.name(), t.period(), unit,
          l.text("direction." + m.direction().code()));
      HorizontalBars bars = HorizontalBars.builder(id + "-metric-" + n, title,
          l.text("benchmark.desc", t.positions().size(), m.name(), t.period()));
      t.median().ifPresent(md -> bars.reference(md, l.text("benchmark.median", figure(md, l))));
      DataTable.Builder table = DataTable.builder(title, l.text("col.rank"),
          l.text("col.entity"), l.text("col.value"), l.text("col.quartile"),
          l.text("col.percentile"), l.text("col.target"), l.text("col.gap-target"));
      for (Position p : t.positions()) {
        String q = p.quartile().code().toUpperCase(java.util.Locale.ROOT);
        String value = p.value().map(v -> figure(v, l)).orElse(l.text("benchmark.missing"));
        Optional<BigDecimal> target = p.gapToTarget().map(Gap::reference);
        String text = value + " · " + l.text("benchmark.rank", p.rank().toPlainString()) + " · "
            + q + target.map(x -> " · " + l.text("benchmark.target", figure(x, l))).orElse("");
        String exact = p.value().map(BigDecimal::toPlainString).orElse("");
        bars.bar(new HorizontalBars.Bar(p.entity(), p.entity(),
            p.value().orElse(BigDecimal.ZERO), text, exact,
            "quartile-" + p.quartile().code(), Optional.empty(), Optional.empty(), target));
        table.row(Cell.number(p.rank().toPlainString(), p.rank().toPlainString()),
            Cell.text(p.entity()), p.value().map(v -> Cell.number(figure(v, l), exact))
                .orElse(Cell.text(value)),
            Cell.text(q),
            Cell.number(l.number(p.percentile().setScale(2, RoundingMode.HALF_UP)),
                p.percentile().toPlainString()),
            target.map(x -> Cell.number(figure(x, l), x.toPlainString()))
                .orElse(Cell.text("–")),
            p.gapToTarget().map(g -> Cell.number(figure(g.difference(), l),
                g.difference().toPlainString())).orElse(Cell.text("–")));
      }
      blocks.add(new Block.Figure(bars.build(table.build())));
    }
    return new Section(id, l.text("kind.benchmark"), set.name().isEmpty()
        ? l.text("kind.benchmark") : set.name(), List.of(source), blocks);
  }

  /** The figure exactly if it has at most two decimals, else ≈ rounded half-up to two. */
  static String figure(BigDecimal v, Language l) {
    BigDecimal s = v.stripTrailingZeros();
    if (s.scale() <= 2) {
      return l.number(s.scale() < 0 ? s.setScale(0) : s);
    }
    return "≈ " + l.number(v.setScale(2, RoundingMode.HALF_UP));
  }
}
