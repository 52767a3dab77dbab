package org.rbmkit.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbmkit.examples.report.chart.Chart;
import org.rbmkit.examples.report.chart.DataTable;
import org.rbmkit.examples.report.chart.DataTable.Cell;
import org.rbmkit.examples.report.chart.HorizontalBars;
import org.rbmkit.kpi.certification.Breakdown;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.Breakdown.GroupRate;
import org.rbmkit.kpi.certification.Rate.RateKind;
import org.rbmkit.kpi.certification.Breakdown.StageCounts;
import org.rbmkit.kpi.certification.WilsonInterval;

/**
 * The section of an enrolment file: the completion, certification and uptake rates of all
 * enrolments, then the uptake rate by modality and by credential tier, each with its 95 % Wilson
 * interval and small groups marked, from {@link Breakdown#rows} as {@code rbm certification}
 * computes them (counting enrolments, small below {@value #SMALL_GROUP}).
 *
 * <pre>{@code
 * Breakdown b = EnrolmentCsvReader.strict().collect(file,
 *     CertificationTally.collector(false, BY)).result();
 * Section s = CertificationSection.of("s3", "enrolments-2022.csv", b, Language.EN);
 * }</pre>
 *
 * <p>A bar's {@code data-value} is the exact rate {@code numerator/denominator}; its label the
 * percentage and the interval's bounds to one decimal, half-up. Stateless and thread-safe.
 */
public final class CertificationSection {

  /** The dimensions the breakdown given to {@link #of} must have, in this order. */
  public static final List<Dimension> BY = List.of(Dimension.MODALITY, Dimension.CREDENTIAL);

  /** Groups with a denominator below this are marked small, as {@code rbm certification}. */
  public static final int SMALL_GROUP = 30;

  private CertificationSection() {}

  /** The section of a breakdown by {@link #BY}, read from {@code source}. */
  public static Section of(String id, String source, Breakdown b, Language l) {
    List<Block> blocks = new ArrayList<>();
    StageCounts all = b.total(CountBasis.ENROLMENTS);
    blocks.add(new Block.Paragraph(l.text("certification.intro", l.number(all.enrolled()),
        SMALL_GROUP)));
    blocks.add(new Block.Paragraph(l.text("certification.rates", l.text("rate.completion"),
        l.text("rate.certification"), l.text("rate.uptake"))));
    List<GroupRate> totals = new ArrayList<>();
    for (RateKind k : RateKind.values()) {
      totals.add(new GroupRate(GroupKey.of(k.code()), all.rate(k), SMALL_GROUP));
    }
    blocks.add(new Block.Figure(chart(id + "-total", l.text("certification.total.title"),
        l.text("col.rate"), totals, k -> l.text("rate.short." + k.group().get(0)), l)));
    for (Dimension d : BY) {
      List<GroupRate> rows = b.rollUp(d).rows(RateKind.UPTAKE, CountBasis.ENROLMENTS, SMALL_GROUP);
      blocks.add(new Block.Figure(chart(id + "-" + d.code(),
          l.text("certification.by.title", l.text("dimension." + d.code())),
          l.text("dimension." + d.code()), rows, g -> g.group().get(0), l)));
    }
    return new Section(id, l.text("kind.enrolments"), l.text("certification.heading", source),
        List.of(source), blocks);
  }

  private static Chart chart(String id, String title, String groupHeading, List<GroupRate> rows,
      java.util.function.Function<GroupRate, String> name, Language l) {
    long small = rows.stream().filter(GroupRate::isSmallGroup).count();
    HorizontalBars bars = HorizontalBars.builder(id, title,
        l.text("certification.desc", rows.size(), small));
    DataTable.Builder t = DataTable.builder(title, groupHeading, l.text("col.numerator"),
        l.text("col.denominator"), l.text("col.rate"), l.text("col.wilson"), l.text("col.flag"));
    for (GroupRate g : rows) {
      String key = String.join("/", g.group().values());
      Optional<BigDecimal> percent = g.rate().percent(1, RoundingMode.HALF_UP);
      Optional<WilsonInterval> w = g.interval();
      String flag = g.rate().isNoData() ? l.text("certification.no-data")
          : g.isSmallGroup() ? l.text("certification.small") : "";
      String interval = w.map(x -> l.text("certification.ci",
          l.percent(x.lower().movePointRight(2).setScale(1, RoundingMode.HALF_UP)),
          l.percent(x.upper().movePointRight(2).setScale(1, RoundingMode.HALF_UP)))).orElse("");
      String exact = g.numerator() + "/" + g.denominator();
      String text = percent.map(l::percent).orElse(l.text("certification.no-data"))
          + (interval.isEmpty() ? "" : " " + interval) + " · " + l.number(g.numerator()) + "/"
          + l.number(g.denominator()) + (g.isSmallGroup() && !g.rate().isNoData()
              ? " · " + flag : "");
      bars.bar(new HorizontalBars.Bar(key, name.apply(g), percent.orElse(BigDecimal.ZERO), text,
          exact, g.isSmallGroup() ? "series-1 small-group" : "series-1",
          w.map(x -> x.lower().movePointRight(2)), w.map(x -> x.upper().movePointRight(2)),
          Optional.empty()));
      t.styledRow(g.isSmallGroup() ? "small-group" : "", List.of(Cell.text(name.apply(g)),
          Cell.number(l.number(g.numerator()), Long.toString(g.numerator())),
          Cell.number(l.number(g.denominator()), Long.toString(g.denominator())),
          Cell.number(percent.map(l::percent).orElse("–"), exact),
          Cell.text(interval), Cell.text(flag)));
    }
    return bars.build(t.build());
  }
}
