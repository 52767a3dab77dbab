package org.rbmkit.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.examples.report.chart.DataTable;
import org.rbmkit.examples.report.chart.DataTable.Cell;
import org.rbmkit.examples.report.chart.HorizontalBars;
import org.rbmkit.examples.report.chart.Pyramid;
import org.rbmkit.kpi.workforce.Dimension;
import org.rbmkit.kpi.workforce.Gender;
import org.rbmkit.kpi.workforce.GenderParity;
import org.rbmkit.kpi.workforce.GenderParity.ParityRow;
import org.rbmkit.kpi.workforce.Workforce;

/**
 * The section of a workforce: a grade × gender pyramid (most senior grade on top) and the share
 * of women per staff category against a target of {@value #TARGET_PERCENT} %, both from {@link
 * GenderParity#byLevel}, groups under {@value #SMALL_GROUP} people marked small (as the guided
 * tour's workforce dashboard).
 *
 * <pre>{@code
 * Section s = WorkforceSection.of("s6", "workforce.json", workforce, Language.EN);
 * }</pre>
 *
 * <p>A pyramid bar's {@code data-value} is the headcount; a parity bar's the exact share of
 * women {@code women/all}, labelled in per cent to one decimal half-even. Stateless and
 * thread-safe.
 */
public final class WorkforceSection {

  /** The parity target, per cent women. */
  public static final int TARGET_PERCENT = 50;

  /** Groups of fewer people than this are marked small. */
  public static final int SMALL_GROUP = 5;

  /** Staff by grade code, for the pyramid. */
  public static final Dimension GRADE = Dimension.of("grade", m -> m.grade().code());

  private WorkforceSection() {}

  /** Parity by {@code level} against the target, as the section shows it. */
  public static GenderParity parity(Workforce w, Dimension level) {
    return GenderParity.byLevel(w.staff(), level, BigDecimal.valueOf(TARGET_PERCENT),
        SMALL_GROUP);
  }

  /** The section of {@code w}, read from {@code source}. */
  public static Section of(String id, String source, Workforce w, Language l) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Paragraph(l.text("workforce.intro", w.organization(), w.asOf(),
        l.number(w.staff().size()))));
    GenderParity byGrade = parity(w, GRADE);
    List<ParityRow> grades = new ArrayList<>(byGrade.rows());
    grades.sort(Comparator.comparing((ParityRow r) -> Grade.parse(r.level()).rank()).reversed());
    String men = l.text("gender.male");
    String women = l.text("gender.female");
    Pyramid p = Pyramid.builder(id + "-pyramid", l.text("workforce.pyramid.title"),
        l.text("workforce.pyramid.desc", grades.size()), men, women);
    DataTable.Builder t = DataTable.builder(l.text("workforce.pyramid.title"), l.text("col.grade"),
        men, women, l.text("gender.other"), l.text("col.all"));
    for (ParityRow r : grades) {
      long m = r.count(Gender.MALE);
      long f = r.count(Gender.FEMALE);
      p.row(r.level(), m, f);
      t.row(Cell.text(r.level()), count(m, l), count(f, l), count(r.total() - m - f, l),
          count(r.total(), l));
    }
    blocks.add(new Block.Figure(p.build(t.build())));
    GenderParity byCategory = parity(w, Dimension.CATEGORY);
    String title = l.text("workforce.parity.title", TARGET_PERCENT);
    HorizontalBars bars = HorizontalBars.builder(id + "-parity", title,
        l.text("workforce.parity.desc", TARGET_PERCENT))
        .reference(BigDecimal.valueOf(TARGET_PERCENT), l.text("workforce.target",
            TARGET_PERCENT));
    DataTable.Builder pt = DataTable.builder(title, l.text("col.category"), women,
        l.text("col.all"), l.text("col.share-women"), l.text("col.gap-points"), l.text("col.flag"));
    List<ParityRow> rows = new ArrayList<>(byCategory.rows());
    rows.add(byCategory.total());
    for (ParityRow r : rows) {
      Optional<BigDecimal> share = r.womenShare().percent(1, RoundingMode.HALF_EVEN);
      String exact = r.count(Gender.FEMALE) + "/" + r.total();
      String gap = r.gapToTarget(2, RoundingMode.HALF_EVEN)
          .map(g -> (g.signum() > 0 ? "+" : "") + l.number(g)).orElse("–");
      String flag = r.smallGroup() ? l.text("workforce.small") : "";
      String label = r.level().equals("total") ? l.text("workforce.total") : r.level();
      bars.bar(HorizontalBars.Bar.of(r.level(), label, share.orElse(BigDecimal.ZERO),
          share.map(l::percent).orElse("–") + " · " + l.text("workforce.gap", gap)
              + (flag.isEmpty() ? "" : " · " + flag),
          exact, r.smallGroup() ? "series-2 small-group" : "series-2"));
      pt.row(Cell.text(label), count(r.count(Gender.FEMALE), l), count(r.total(), l),
          Cell.number(share.map(l::percent).orElse("–"), exact), Cell.text(gap),
          Cell.text(flag));
    }
    blocks.add(new Block.Figure(bars.build(pt.build())));
    return new Section(id, l.text("kind.workforce"), w.organization(), List.of(source), blocks);
  }

  private static Cell count(long n, Language l) {
    return Cell.number(l.number(n), Long.toString(n));
  }
}
