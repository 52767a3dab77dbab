package org.rbmkit.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rbmkit.examples.report.chart.DataTable;
import org.rbmkit.examples.report.chart.DataTable.Cell;
import org.rbmkit.examples.report.chart.HorizontalBars;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.kpi.achievement.Achievement;
import org.rbmkit.kpi.achievement.AchievementCalculator;
import org.rbmkit.kpi.achievement.AchievementPolicy;
import org.rbmkit.kpi.achievement.ExactRatio;
import org.rbmkit.kpi.iati.IatiAchievement;

/**
 * The section of IATI activities: the achievement of every imported indicator (and
 * disaggregation) against its target for every period it has one, from {@link
 * IatiAchievement#of} with the default policy.
 *
 * <pre>{@code
 * Section s = IatiSection.of("s8", "iati-activity.xml", activities, Language.EN);
 * }</pre>
 *
 * <p>A bar's {@code data-value} is the exact achievement as in {@link FrameworkSection#exact};
 * its key the indicator's source and the period. Stateless and thread-safe.
 */
public final class IatiSection {

  private IatiSection() {}

  /** The achievements shown, as {@link IatiAchievement#of} computes them. */
  public static List<IatiAchievement> achievements(List<IatiActivity> activities, Language l) {
    return IatiAchievement.of(activities, new AchievementCalculator(AchievementPolicy.DEFAULT),
        l.code());
  }

  /** The key of an achievement's bar: its source and period. */
  public static String key(IatiAchievement a) {
    return a.source() + " " + a.achievement().period();
  }

  /** The section of {@code activities}, read from {@code source}. */
  public static Section of(String id, String source, List<IatiActivity> activities, Language l) {
    List<IatiAchievement> all = achievements(activities, l);
    String title = l.text("iati.title");
    HorizontalBars bars = HorizontalBars.builder(id + "-achievement", title,
        l.text("iati.desc", all.size(), activities.size()))
        .reference(BigDecimal.valueOf(100), l.text("framework.target"));
    DataTable.Builder t = DataTable.builder(title, l.text("col.indicator"), l.text("col.period"),
        l.text("col.baseline"), l.text("col.target"), l.text("col.actual"),
        l.text("col.achievement"), l.text("col.status"));
    int n = 0;
    for (IatiAchievement x : all) {
      n++;
      Achievement a = x.achievement();
      String exact = FrameworkSection.exact(a);
      Optional<BigDecimal> low = a.low().map(IatiSection::percent);
      Optional<BigDecimal> high = a.high().map(IatiSection::percent);
      String text = low.isEmpty() && high.isEmpty()
          ? l.text("status." + a.status().code())
          : low.map(l::percent).orElse("…") + (a.isRange()
              ? " – " + high.map(l::percent).orElse("…") : "");
      bars.bar(new HorizontalBars.Bar(key(x), "#" + n, low.or(() -> high).orElse(BigDecimal.ZERO),
          text + " · " + a.period(), exact, "series-1",
          a.isRange() ? low : Optional.empty(), a.isRange() ? high : Optional.empty(),
          Optional.empty()));
      t.row(Cell.text("#" + n + " " + x.source()), Cell.text(a.period().toString()),
          value(a.baseline()), value(a.target()), value(a.actual()), Cell.number(text, exact),
          Cell.text(l.text("status." + a.status().code())));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(l.text("iati.intro", activities.size(), all.size())));
    blocks.add(new Block.Figure(bars.build(t.build())));
    return new Section(id, l.text("kind.iati"), source, List.of(source), blocks);
  }

  private static BigDecimal percent(ExactRatio r) {
    return r.percentage(1, RoundingMode.HALF_UP);
  }

  private static Cell value(Optional<org.rbmkit.core.indicator.IndicatorValue> v) {
    return v.map(x -> Cell.number(x.toString(), x.toString())).orElse(Cell.text("–"));
  }
}
