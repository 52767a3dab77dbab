package org.rbmkit.examples.tour;

import com.google.common.collect.ImmutableList;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.ReserveFundTable;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.budget.reserve.ReserveMovement;
import org.rbmkit.budget.staffing.StaffCost;
import org.rbmkit.budget.staffing.StaffCostSummary;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.examples.table.Figures;
import org.rbmkit.examples.table.TextTable;

/**
 * Step 3 of the tour: the ITC-ILO's reserve funds and its staff by grade (seed 003), with the
 * average cost per FTE and the grade mix.
 *
 * <p><b>The domain idea.</b> Institutional investments (items 26-29 of the budget) are not spent
 * directly: they are transferred to <em>reserve funds</em> (innovation, IT development,
 * fellowships, campus improvement), which are then drawn on. Each fund moves by the identity
 * closing = opening + additions − use. Staff, the largest fixed cost, are planned by
 * <em>grade</em> (ADG, D-2 … P-1, G-7 … G-2) in <em>FTE</em> per biennium (one post for two
 * years is 2.0 FTE) and costed per grade; cost ÷ FTE is the average cost per FTE, and each
 * grade's share of the FTE is the grade mix. Averages round by a stated rule (here whole euros,
 * half-up); shares keep their numerator and denominator.
 *
 * <pre>{@code
 * StaffCostSummary s = ReservesAndStaffExample.staff(doc, "2024-25-proposal");
 * s.total();                               // 352 FTE, EUR 42217000.00
 * s.gradeMix().get(Grade.P_4);             // 50/352
 * }</pre>
 */
public final class ReservesAndStaffExample {

  /** The step's number in the tour. */
  public static final int STEP = 3;

  /** The stated rounding of an average cost per FTE: whole euros, half-up. */
  public static final MoneyRounding WHOLE_EUROS = MoneyRounding.of("1", RoundingMode.HALF_UP);

  private ReservesAndStaffExample() {}

  /** Runs the step on its own. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** Each fund's movement as printed, by fund code. */
  public static ImmutableList<Map.Entry<ReserveFundTable.Row, ReserveMovement>> reserves(
      BudgetDocument doc) {
    ImmutableList.Builder<Map.Entry<ReserveFundTable.Row, ReserveMovement>> b = ImmutableList.builder();
    for (ReserveFundTable t : doc.reserveFunds()) {
      for (ReserveFundTable.Row r : t.rows()) {
        b.add(Map.entry(r, new ReserveMovement(money(doc, t.unit(), r.opening()),
            money(doc, t.unit(), r.additions()), money(doc, t.unit(), r.use()))));
      }
    }
    return b.build();
  }

  private static Money money(BudgetDocument doc, AmountUnit unit, java.math.BigDecimal printed) {
    return unit.toMoney(doc.currency(), printed);
  }

  /** The staff summary of one column of the document's staffing tables. */
  public static StaffCostSummary staff(BudgetDocument doc, String column) {
    ImmutableList.Builder<StaffCost> rows = ImmutableList.builder();
    for (StaffingTable t : doc.staffing()) {
      for (StaffingTable.Row r : t.rows()) {
        if (r.column().equals(column)) {
          rows.add(new StaffCost(r.grade(), r.fundSource(), r.fte(),
              money(doc, t.unit(), r.cost())));
        }
      }
    }
    return StaffCostSummary.of(doc.currency(), rows.build());
  }

  /** The reserve-fund table: movement recomputed beside the printed closing balance. */
  public static TextTable reserveTable(BudgetDocument doc) {
    TextTable t = TextTable.withColumns("item", "<fund", "opening", "additions", "use",
        "closing computed", "closing printed", "difference");
    ReserveMovement all = null;
    for (Map.Entry<ReserveFundTable.Row, ReserveMovement> e : reserves(doc)) {
      ReserveFundTable.Row r = e.getKey();
      ReserveMovement m = e.getValue();
      Money printed = Money.of(doc.currency(), r.closing());
      t.row(r.item(), r.label(), eur(m.opening()), eur(m.additions()), eur(m.use()),
          eur(m.closing()), eur(printed), eur(printed.minus(m.closing())));
      all = all == null ? m : all.plus(m);
    }
    if (all != null) {
      t.rule();
      t.row("", "all funds", eur(all.opening()), eur(all.additions()), eur(all.use()),
          eur(all.closing()), "", "");
    }
    return t;
  }

  /** The staff table of the proposal beside the approved budget: FTE, cost, average, mix. */
  public static TextTable staffTable(BudgetDocument doc, String before, String after) {
    StaffCostSummary b = staff(doc, before);
    StaffCostSummary a = staff(doc, after);
    TextTable t = TextTable.withColumns("<grade", "FTE " + before, "FTE " + after,
        "cost " + after + " (EUR)", "EUR per FTE", "grade mix");
    java.util.SortedSet<Grade> grades =
        new java.util.TreeSet<>(java.util.Comparator.comparingInt(Grade::rank).reversed());
    grades.addAll(b.byGrade().keySet());
    grades.addAll(a.byGrade().keySet());
    for (Grade g : grades) {
      StaffCostSummary.Total s0 = b.byGrade().get(g);
      StaffCostSummary.Total s = a.byGrade().get(g);
      if (s == null) {
        t.row(g, Figures.grouped(s0.fte()), "0", "0", "n/a",
            mix(Ratio.of(java.math.BigDecimal.ZERO, a.total().fte())));
      } else {
        t.row(g, s0 == null ? "0" : Figures.grouped(s0.fte()), Figures.grouped(s.fte()),
            eur(s.cost()), average(s), mix(a.gradeMix().get(g)));
      }
    }
    t.rule();
    for (Map.Entry<String, StaffCostSummary.Total> e : a.byFundSource().entrySet()) {
      StaffCostSummary.Total before1 = b.byFundSource().get(e.getKey());
      t.row(e.getKey() + " budget", before1 == null ? "0" : Figures.grouped(before1.fte()),
          Figures.grouped(e.getValue().fte()), eur(e.getValue().cost()), average(e.getValue()),
          "");
    }
    t.row("TOTAL", Figures.grouped(b.total().fte()), Figures.grouped(a.total().fte()),
        eur(a.total().cost()), average(a.total()), "");
    return t;
  }

  private static String average(StaffCostSummary.Total s) {
    return s.averageCostPerFte(WHOLE_EUROS).map(ReservesAndStaffExample::eur).orElse("n/a");
  }

  private static String mix(Ratio r) {
    Optional<java.math.BigDecimal> p = r.percent(1, RoundingMode.HALF_UP);
    return Figures.percent(p) + " (" + r.numerator().toPlainString() + "/"
        + r.denominator().toPlainString() + ")";
  }

  private static String eur(Money m) {
    return Figures.inUnit(m, AmountUnit.UNITS);
  }

  /** Prints the step. */
  public static void print(PrintStream out) {
    BudgetDocument doc = TourData.itcIloBudget();
    Narration n = new Narration(out);
    n.heading(STEP, "Reserve funds, and staff by grade");
    n.explain(
        "Institutional investments are transferred to reserve funds, each of which moves by",
        "closing = opening + additions - use (euros). The closing balance is recomputed and set",
        "beside the printed one:");
    n.table(reserveTable(doc).render());
    StaffCostSummary before = staff(doc, "2022-23-budget");
    StaffCostSummary after = staff(doc, BudgetBalanceExample.PROPOSAL);
    n.explain(
        "Staff are planned in FTE per biennium (one post for two years = 2.0 FTE) and costed by",
        "grade, regular and variable budget together. Average cost per FTE = cost / FTE, rounded",
        "to whole euros half-up; grade mix = the grade's FTE / all FTE, in per cent to one",
        "decimal half-up.");
    n.table(staffTable(doc, "2022-23-budget", BudgetBalanceExample.PROPOSAL).render());
    n.explain("Staff cost " + eur(before.total().cost()) + " -> " + eur(after.total().cost())
        + " EUR: " + before.costChangeTo(after).relative().percent(1, RoundingMode.HALF_UP)
            .map(p -> "+" + p.toPlainString() + " %").orElse("n/a")
        + " (half-up to one decimal); " + after.total().fte().toPlainString() + " FTE = "
        + after.total().fte().divide(java.math.BigDecimal.valueOf(2)).toPlainString()
        + " posts for two years.");
    n.source(TourData.ITCILO_BUDGET,
        "seed 003 l.5383-5413: reserve fund balances at 31 December 2023 and planned use 2024-25"
            + " (euros)",
        "seed 003 l.5469-5532: Annex II, FTE and estimated cost by grade, regular and variable"
            + " budget",
        "seed 003 l.4882-4884: 176 posts");
  }
}
