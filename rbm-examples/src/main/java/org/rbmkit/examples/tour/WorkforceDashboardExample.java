package org.rbmkit.examples.tour;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.examples.table.Figures;
import org.rbmkit.examples.table.TextTable;
import org.rbmkit.kpi.workforce.Composition;
import org.rbmkit.kpi.workforce.CompositionTable;
import org.rbmkit.kpi.workforce.CountryCode;
import org.rbmkit.kpi.workforce.Dimension;
import org.rbmkit.kpi.workforce.Gender;
import org.rbmkit.kpi.workforce.GenderParity;
import org.rbmkit.kpi.workforce.GeographicRepresentation;
import org.rbmkit.kpi.workforce.GenderParity.ParityRow;
import org.rbmkit.kpi.workforce.RecruitmentStatus;
import org.rbmkit.kpi.workforce.GeographicRepresentation.StateRepresentation;
import org.rbmkit.kpi.workforce.Workforce;

/**
 * Step 8 of the tour: a workforce dashboard by grade, gender and nationality.
 *
 * <p><b>The domain idea.</b> The WTO people strategy (seed 000) asks for HR dashboards "par
 * classe, par genre et par nationalité", and the ITU (seed 001) reports gender balance and
 * geographic distribution to its Council every year. A dashboard is a set of composition tables
 * (headcount and FTE by any combination of grade, grade band, category, gender, region …), gender
 * parity per level against a stated target (50 % women) and geographic representation: each
 * member state's nationals on the international staff against a desirable range, listing the
 * states that are unrepresented, under- or over-represented. As with rates, small groups are
 * flagged: a share of three people says little.
 *
 * <pre>{@code
 * Workforce w = TourData.workforce();
 * GenderParity p = GenderParity.byLevel(w.staff(), Dimension.CATEGORY, new BigDecimal("50"), 5);
 * p.row("professional").orElseThrow().gapToTarget(2, RoundingMode.HALF_EVEN);   // -7.14
 * }</pre>
 */
public final class WorkforceDashboardExample {

  /** The step's number in the tour. */
  public static final int STEP = 8;

  /** Groups of fewer people than this are flagged. */
  public static final int SMALL_GROUP = 5;

  /** The parity target, per cent women. */
  public static final BigDecimal TARGET = new BigDecimal("50");

  private WorkforceDashboardExample() {}

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** Headcount and FTE by grade band (P-5 and above) and gender. */
  public static CompositionTable byBandAndGender(Workforce w) {
    return Composition.of(w.staff(), List.of(Dimension.gradeAtLeast(Grade.P_5), Dimension.GENDER),
        SMALL_GROUP);
  }

  /** Gender parity per staff category against {@link #TARGET}. */
  public static GenderParity parity(Workforce w) {
    return GenderParity.byLevel(w.staff(), Dimension.CATEGORY, TARGET, SMALL_GROUP);
  }

  /** Representation of member states among internationally recruited staff. */
  public static GeographicRepresentation representation(Workforce w) {
    return GeographicRepresentation.assess(
        w.staff().stream().filter(m -> m.recruitment() == RecruitmentStatus.INTERNATIONAL)
            .toList(),
        w.desirableRanges());
  }

  /** A composition table as an aligned text table. */
  public static TextTable compositionTable(CompositionTable c) {
    String[] headings = new String[c.dimensions().size() + 4];
    for (int i = 0; i < c.dimensions().size(); i++) {
      headings[i] = "<" + c.dimensions().get(i).name();
    }
    int k = c.dimensions().size();
    headings[k] = "count";
    headings[k + 1] = "FTE";
    headings[k + 2] = "% of total";
    headings[k + 3] = "<flag";
    TextTable t = TextTable.withColumns(headings);
    for (CompositionTable.Row r : c.rows()) {
      Object[] cells = new Object[headings.length];
      for (int i = 0; i < k; i++) {
        cells[i] = r.keys().get(i);
      }
      cells[k] = r.count();
      cells[k + 1] = r.fte().toPlainString();
      cells[k + 2] = Figures.percent(c.shareOfTotal(r).percent(1, RoundingMode.HALF_EVEN));
      cells[k + 3] = r.smallGroup() ? "small" : "";
      t.row(cells);
    }
    t.rule();
    Object[] total = new Object[headings.length];
    java.util.Arrays.fill(total, "");
    total[0] = "total";
    total[k] = c.totalCount();
    total[k + 1] = c.totalFte().toPlainString();
    total[k + 2] = "100.0 %";
    t.row(total);
    return t;
  }

  /** Parity per level: women, men, others, share of women and the gap to the target. */
  public static TextTable parityTable(GenderParity p) {
    TextTable t = TextTable.withColumns("<level", "women", "men", "other/not stated", "all",
        "% women", "gap to " + TARGET.toPlainString() + " %", "<flag");
    for (ParityRow r : p.rows()) {
      parityRow(t, r);
    }
    t.rule();
    parityRow(t, p.total());
    return t;
  }

  private static void parityRow(TextTable t, ParityRow r) {
    long women = r.count(Gender.FEMALE);
    long men = r.count(Gender.MALE);
    t.row(r.level(), women, men, r.total() - women - men, r.total(),
        Figures.percent(r.womenShare().percent(1, RoundingMode.HALF_EVEN)),
        r.gapToTarget(2, RoundingMode.HALF_EVEN).map(g -> (g.signum() > 0 ? "+" : "")
            + g.toPlainString()).orElse("n/a"),
        r.smallGroup() ? "small" : "");
  }

  /** Each member state's nationals against its desirable range. */
  public static TextTable representationTable(GeographicRepresentation g) {
    TextTable t = TextTable.withColumns("<member state", "staff", "desirable range", "<status");
    for (StateRepresentation s : g.states()) {
      t.row(s.state().alpha3(), s.staff(), s.range().lower() + "-" + s.range().upper(),
          s.status().code());
    }
    return t;
  }

  private static String codes(List<CountryCode> codes) {
    return codes.isEmpty() ? "none"
        : codes.stream().map(CountryCode::alpha3).collect(Collectors.joining(", "));
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    Workforce w = TourData.workforce();
    Narration n = new Narration(out);
    n.heading(STEP, "A workforce dashboard by grade, gender and nationality");
    n.explain(
        "Composition tables count people and FTE by any combination of grade, band, category,",
        "gender, region or fund; shares are in per cent to one decimal (half-even). Groups of",
        "fewer than " + SMALL_GROUP + " people are flagged. " + w.organization() + ", "
            + w.asOf() + ", " + w.staff().size() + " staff, by grade band and gender:");
    n.table(compositionTable(byBandAndGender(w)).render());
    n.explain("By region of nationality:");
    n.table(compositionTable(Composition.of(w.staff(), List.of(w.regionDimension()),
        SMALL_GROUP)).render());
    n.explain("Gender parity per category: share of women against a target of "
        + TARGET.toPlainString() + " %, gap in points (half-even, two decimals):");
    n.table(parityTable(parity(w)).render());
    GeographicRepresentation g = representation(w);
    n.explain("Geographic representation of member states among internationally recruited"
        + " staff:");
    n.table(representationTable(g).render());
    n.explain("Unrepresented: " + codes(g.unrepresented()) + "; under-represented: "
        + codes(g.underRepresented()) + "; over-represented: " + codes(g.overRepresented())
        + ".");
    n.source(TourData.WORKFORCE,
        "seed 000 l.118 and l.208: dashboards \"par classe, par genre et par nationalité\"",
        "seed 001 l.52: gender balance and geographic distribution reported to the Council",
        "the staff, ranges and regions of the example file are illustrative");
  }
}
