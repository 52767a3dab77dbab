package org.rbmkit.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.examples.report.chart.DataTable;
import org.rbmkit.examples.report.chart.DataTable.Cell;
import org.rbmkit.examples.report.chart.HorizontalBars;
import org.rbmkit.kpi.achievement.Achievement;
import org.rbmkit.kpi.achievement.ExactRatio;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.IndicatorRating;
import org.rbmkit.kpi.achievement.Rating;
import org.rbmkit.kpi.achievement.RatingTally;
import org.rbmkit.kpi.achievement.ResultRollup;
import org.rbmkit.kpi.achievement.RollupCalculator;

/**
 * The section of a results framework: the roll-up counts by level, the tree of results with
 * their traffic lights, and the achievement of every indicator against its target, all from
 * {@link RollupCalculator#withDefaults()} (traffic-light scheme, worst rule) for the framework's
 * period, as {@code rbm achievement} computes them.
 *
 * <pre>{@code
 * Section s = FrameworkSection.of("s1", "achievement-framework.json", framework, Language.EN);
 * }</pre>
 *
 * <p>An achievement bar's {@code data-value} is the exact ratio ({@code 72/119}), or
 * {@code low..high} for a range with an open end left empty; its label is the percentage to one
 * decimal, half-up. Stateless and thread-safe.
 */
public final class FrameworkSection {

  private FrameworkSection() {}

  /** The section of {@code framework}, read from {@code source}. */
  public static Section of(String id, String source, ResultsFramework framework, Language l) {
    FrameworkRollup r = RollupCalculator.withDefaults().rollUp(framework);
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(l.text("framework.intro", l.of(framework.title()),
        framework.owner(), framework.period(), framework.size(), r.period(), r.scheme().code(),
        r.rule().code())));
    blocks.add(new Block.Figure(counts(id, r, l)));
    blocks.add(new Block.Table(levels(r, l)));
    blocks.add(new Block.Tree(l.text("framework.tree"), tree(framework, r, l)));
    if (r.indicators().isEmpty()) {
      blocks.add(new Block.Paragraph(l.text("framework.no-indicators")));
    } else {
      blocks.add(new Block.Figure(achievement(id + "-achievement",
          l.text("framework.achievement.title", r.period()), r.indicators(), l)));
    }
    List<String> lines = r.summary(l.code());
    blocks.add(new Block.Paragraph(lines.get(lines.size() - 1)));
    return new Section(id, l.text("kind.framework"), l.of(framework.title()), List.of(source),
        blocks);
  }

  private static org.rbmkit.examples.report.chart.Chart counts(String id, FrameworkRollup r,
      Language l) {
    RatingTally total = r.total();
    HorizontalBars bars = HorizontalBars.builder(id + "-counts",
        l.text("framework.counts.title"),
        l.text("framework.counts.desc", total.total(), counts(total, l)));
    DataTable.Builder t = DataTable.builder(l.text("framework.counts.title"),
        l.text("col.rating"), l.text("col.indicators"));
    for (Rating rating : ratings(r)) {
      long n = total.count(rating);
      bars.bar(HorizontalBars.Bar.of(rating.code(), rating.label(l.code()), BigDecimal.valueOf(n),
          l.number(n), Long.toString(n), "rating-" + rating.code()));
      t.row(Cell.text(rating.label(l.code())), Cell.number(l.number(n), Long.toString(n)));
    }
    return bars.build(t.build());
  }

  /** The ratings of the scheme, best first, then not rated. */
  private static List<Rating> ratings(FrameworkRollup r) {
    List<Rating> out = new ArrayList<>(r.scheme().ratingsBestFirst());
    if (!out.contains(Rating.NOT_RATED)) {
      out.add(Rating.NOT_RATED);
    }
    return out;
  }

  private static DataTable levels(FrameworkRollup r, Language l) {
    List<Rating> ratings = ratings(r);
    List<String> headings = new ArrayList<>(List.of(l.text("col.level")));
    ratings.forEach(x -> headings.add(x.label(l.code())));
    headings.add(l.text("col.results"));
    DataTable.Builder t = DataTable.builder(l.text("framework.levels"), headings);
    for (ResultLevel level : ResultLevel.values()) {
      if (r.framework().nodes(level).isEmpty()) {
        continue;
      }
      RatingTally tally = r.levelTally(level);
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(l.text("level." + level.code()))));
      for (Rating x : ratings) {
        cells.add(Cell.number(l.number(tally.count(x)), Long.toString(tally.count(x))));
      }
      cells.add(Cell.number(l.number(tally.total()), Long.toString(tally.total())));
      t.row(cells);
    }
    return t.build();
  }

  private static List<Block.TreeNode> tree(ResultsFramework f, FrameworkRollup r, Language l) {
    List<Block.TreeNode> out = new ArrayList<>();
    for (ResultNode root : f.roots()) {
      walk(root, 0, f, r, l, out);
    }
    return out;
  }

  private static void walk(ResultNode n, int depth, ResultsFramework f, FrameworkRollup r,
      Language l, List<Block.TreeNode> out) {
    ResultRollup x = r.result(n.code());
    out.add(new Block.TreeNode(depth, n.code(), l.text("level." + n.level().code()),
        l.of(n.title()), x.rating().code(), x.rating().label(l.code()),
        counts(x.subtree(), l)));
    for (ResultNode c : f.children(n.code())) {
      walk(c, depth + 1, f, r, l, out);
    }
  }

  /** "2 on track, 1 off track" or "no indicator". */
  static String counts(RatingTally t, Language l) {
    if (t.total() == 0) {
      return l.text("framework.no-indicator");
    }
    List<String> parts = new ArrayList<>();
    t.counts().forEach((rating, n) -> parts.add(l.number(n) + " " + rating.label(l.code())));
    return String.join(", ", parts);
  }

  /**
   * The achievement bars of these ratings, against a reference line at 100 % of the target;
   * shared with the IATI section.
   */
  static org.rbmkit.examples.report.chart.Chart achievement(String id, String title,
      List<IndicatorRating> ratings, Language l) {
    HorizontalBars bars = HorizontalBars.builder(id, title,
        l.text("framework.achievement.desc", ratings.size()))
        .reference(BigDecimal.valueOf(100), l.text("framework.target"));
    DataTable.Builder t = DataTable.builder(title, l.text("col.result"), l.text("col.indicator"),
        l.text("col.baseline"), l.text("col.target"), l.text("col.actual"),
        l.text("col.achievement"), l.text("col.rating"), l.text("col.status"));
    for (IndicatorRating i : ratings) {
      Achievement a = i.achievement();
      String exact = exact(a);
      String text = percentText(a, l);
      String rating = i.rated().rating().label(l.code())
          + (i.rated().uncertain() ? " (" + l.text("framework.uncertain") + ")" : "");
      bars.bar(new HorizontalBars.Bar(i.resultCode() + "/" + a.indicatorCode(),
          a.indicatorCode(), a.low().or(a::high).map(FrameworkSection::percent)
              .orElse(BigDecimal.ZERO),
          text + " · " + rating, exact, "rating-" + i.rated().rating().code(),
          a.isRange() ? a.low().map(FrameworkSection::percent) : Optional.empty(),
          a.isRange() ? a.high().map(FrameworkSection::percent) : Optional.empty(),
          Optional.empty()));
      t.row(Cell.text(i.resultCode()), Cell.text(a.indicatorCode()), value(a.baseline()),
          value(a.target()), value(a.actual()), Cell.number(text, exact), Cell.text(rating),
          Cell.text(l.text("status." + a.status().code())));
    }
    return bars.build(t.build());
  }

  /** The exact achievement: {@code 72/119}, {@code 1/2..} for a range, empty if undefined. */
  public static String exact(Achievement a) {
    if (a.low().isEmpty() && a.high().isEmpty()) {
      return "";
    }
    if (!a.isRange()) {
      return a.low().orElseThrow().toString();
    }
    return a.low().map(ExactRatio::toString).orElse("") + ".."
        + a.high().map(ExactRatio::toString).orElse("");
  }

  private static String percentText(Achievement a, Language l) {
    if (a.low().isEmpty() && a.high().isEmpty()) {
      return l.text("status." + a.status().code());
    }
    String lo = a.low().map(x -> l.percent(percent(x))).orElse("…");
    String hi = a.high().map(x -> l.percent(percent(x))).orElse("…");
    return lo.equals(hi) ? lo : lo + " – " + hi;
  }

  private static BigDecimal percent(ExactRatio r) {
    return r.percentage(1, RoundingMode.HALF_UP);
  }

  private static Cell value(Optional<IndicatorValue> v) {
    return v.map(x -> Cell.number(x.toString(), x.toString())).orElse(Cell.text("–"));
  }
}
