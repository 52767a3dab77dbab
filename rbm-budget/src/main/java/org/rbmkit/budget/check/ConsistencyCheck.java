package org.rbmkit.budget.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.Aggregate;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.DetailRow;
import org.rbmkit.budget.document.DetailTable;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.document.PercentageClaim;
import org.rbmkit.budget.document.PrintedTotal;
import org.rbmkit.budget.document.ReserveFundRow;
import org.rbmkit.budget.document.ReserveFundTable;
import org.rbmkit.budget.document.StaffingRow;
import org.rbmkit.budget.document.StaffingSubtotal;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;

/**
 * Recomputes every printed figure of a budget document and reports each one that does not
 * reconcile.
 *
 * <pre>{@code
 * ConsistencyCheck check = ConsistencyCheck.withTolerance(Money.of("EUR", 1000));
 * for (Finding f : check.check(document)) {
 *   System.out.println(f);
 * }
 * }</pre>
 *
 * <p>What is checked:
 *
 * <ul>
 *   <li>every printed total of the main table against its components <em>as printed</em> (a
 *       printed subtotal is used as printed when checking the total above it), so one wrong
 *       figure is reported once, where it is, and not again in every total above it;
 *   <li>each detail table's printed total against its rows, and against the main-table item it
 *       details;
 *   <li>each reserve fund's printed closing balance against opening + additions − use, and its
 *       additions against the main-table item that finances them;
 *   <li>each staffing subtotal (FTE exactly, cost within the tolerance) against its rows, and
 *       each fund source's staff cost against its main-table item;
 *   <li>each percentage claim against the printed item totals, under the claim's own rounding
 *       rule.
 * </ul>
 *
 * <p>A difference whose absolute value exceeds the tolerance is a finding; a table that does not
 * add up is a finding, never an exception. Findings come in document order: main table, detail
 * tables, reserve funds, staffing, claims. Stateless and thread-safe.
 */
public final class ConsistencyCheck {

  private static final Set<Aggregate> PLAIN =
      EnumSet.of(Aggregate.INCOME, Aggregate.EXPENDITURE, Aggregate.BALANCE);

  private final Money tolerance;

  private ConsistencyCheck(Money tolerance) {
    this.tolerance = tolerance;
  }

  /**
   * A check that accepts differences up to {@code tolerance} in absolute value (a table printed
   * in thousands may be off by one unit through rounding).
   */
  public static ConsistencyCheck withTolerance(Money tolerance) {
    checkNotNull(tolerance, "tolerance");
    checkArgument(!tolerance.isNegative(), "tolerance %s is negative", tolerance);
    return new ConsistencyCheck(tolerance);
  }

  /** The tolerance. */
  public Money tolerance() {
    return tolerance;
  }

  /**
   * Every finding of the document, in document order; empty if everything reconciles.
   *
   * @throws IllegalArgumentException if the tolerance is not in the document's currency
   */
  public ImmutableList<Finding> check(BudgetDocument doc) {
    checkNotNull(doc, "doc");
    checkArgument(
        tolerance.currency().equals(doc.currency()),
        "tolerance %s is not in the document's currency %s",
        tolerance,
        doc.currency().getCurrencyCode());
    Run run = new Run(doc);
    run.mainTable();
    run.detailTables();
    run.reserveFunds();
    run.staffing();
    run.claims();
    return ImmutableList.copyOf(run.findings);
  }

  private final class Run {
    private final BudgetDocument doc;
    private final BudgetTotals totals;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<LineKind.Family, Set<Integer>> itemsByFamily = new LinkedHashMap<>();

    Run(BudgetDocument doc) {
      this.doc = doc;
      this.totals = BudgetTotals.of(doc.currency(), doc.entries()::iterator);
      for (BudgetLine l : doc.lines()) {
        itemsByFamily.computeIfAbsent(l.kind().family(), f -> new LinkedHashSet<>())
            .add(l.item());
      }
    }

    void mainTable() {
      for (PrintedTotal p : doc.printedTotals()) {
        for (Map.Entry<String, BigDecimal> e : p.amounts().entrySet()) {
          Money printed = doc.money(e.getValue());
          Money computed = local(p.total(), e.getKey());
          money(FindingKind.TOTAL, BudgetDocument.MAIN_TABLE, p.total().toString(), e.getKey(),
              printed, computed, p.label() + ": printed total vs its printed components");
        }
      }
    }

    void detailTables() {
      for (DetailTable t : doc.detailTables()) {
        for (String column : doc.columnCodes()) {
          Money sum = Money.zero(doc.currency());
          for (DetailRow r : t.rows()) {
            sum = sum.plus(t.unit().toMoney(doc.currency(), r.amount(column)));
          }
          Money detailTotal = sum;
          BigDecimal printedTotal = t.printedTotal().get(column);
          if (printedTotal != null) {
            detailTotal = t.unit().toMoney(doc.currency(), printedTotal);
            money(FindingKind.TOTAL, t.id(), "total", column, detailTotal, sum,
                t.label() + ": printed total vs its rows");
          }
          money(FindingKind.CROSS_REFERENCE, t.id(), TotalKey.item(t.item()).toString(), column,
              component(TotalKey.item(t.item()), column), detailTotal,
              "main-table item " + t.item() + " vs the total of " + t.label());
        }
      }
    }

    void reserveFunds() {
      for (ReserveFundTable t : doc.reserveFunds()) {
        AmountUnit u = t.unit();
        for (ReserveFundRow r : t.rows()) {
          Money opening = u.toMoney(doc.currency(), r.opening());
          Money additions = u.toMoney(doc.currency(), r.additions());
          Money use = u.toMoney(doc.currency(), r.use());
          Money closing = u.toMoney(doc.currency(), r.closing());
          money(FindingKind.RESERVE_MOVEMENT, t.id(), r.fund(), t.column(), closing,
              opening.plus(additions).minus(use),
              r.label() + ": printed closing vs opening + additions − use");
          money(FindingKind.CROSS_REFERENCE, t.id(), TotalKey.item(r.item()).toString(),
              t.column(), component(TotalKey.item(r.item()), t.column()), additions,
              "main-table item " + r.item() + " vs additions to " + r.label());
        }
      }
    }

    void staffing() {
      for (StaffingTable t : doc.staffing()) {
        for (StaffingSubtotal s : t.subtotals()) {
          BigDecimal fte = BigDecimal.ZERO;
          Money cost = Money.zero(doc.currency());
          for (StaffingRow r : t.rows()) {
            if (s.categorySet().contains(r.grade().category())
                && r.fundSource().equals(s.fundSource()) && r.column().equals(s.column())) {
              fte = fte.add(r.fte());
              cost = cost.plus(t.unit().toMoney(doc.currency(), r.cost()));
            }
          }
          String where = s.label() + " " + s.fundSource();
          if (s.fte().compareTo(fte) != 0) {
            findings.add(new Finding(FindingKind.TOTAL, t.id(), where, s.column(), "FTE",
                s.fte(), fte, s.label() + ": printed FTE vs the grades' FTE"));
          }
          money(FindingKind.TOTAL, t.id(), where, s.column(),
              t.unit().toMoney(doc.currency(), s.cost()), cost,
              s.label() + ": printed cost vs the grades' cost");
        }
        Map<String, Map<String, Money>> byItemColumn = new LinkedHashMap<>();
        for (StaffingRow r : t.rows()) {
          byItemColumn
              .computeIfAbsent(r.fundSource(), k -> new LinkedHashMap<>())
              .merge(r.column(), t.unit().toMoney(doc.currency(), r.cost()), Money::plus);
        }
        for (Map.Entry<String, Integer> e : t.items().entrySet()) {
          Map<String, Money> byColumn = byItemColumn.getOrDefault(e.getKey(), Map.of());
          for (Map.Entry<String, Money> c : byColumn.entrySet()) {
            money(FindingKind.CROSS_REFERENCE, t.id(), TotalKey.item(e.getValue()).toString(),
                c.getKey(), component(TotalKey.item(e.getValue()), c.getKey()), c.getValue(),
                "main-table item " + e.getValue() + " vs the " + e.getKey()
                    + " staff cost of " + t.label());
          }
        }
      }
    }

    void claims() {
      for (PercentageClaim c : doc.claims()) {
        TotalKey key = TotalKey.item(c.item());
        Money from = component(key, c.from());
        Money to = component(key, c.to());
        Ratio change = Ratio.of(to.minus(from), from);
        Optional<BigDecimal> rounded = change.percent(c.decimals(), c.rounding());
        String exact = change.percent(4, java.math.RoundingMode.HALF_EVEN)
            .map(BigDecimal::toPlainString).orElse("undefined");
        if (rounded.isEmpty() || rounded.get().compareTo(c.claimedPercent()) != 0) {
          findings.add(new Finding(FindingKind.PERCENTAGE_CLAIM, "text", c.id(), c.to(), "%",
              c.claimedPercent(), rounded,
              "item " + c.item() + " " + c.from() + " → " + c.to() + ": exact change " + exact
                  + " %, rounded to " + c.decimals() + " decimals " + c.rounding() + "; text: "
                  + c.text()));
        }
      }
    }

    private void money(FindingKind kind, String table, String location, String column,
        Money printed, Money computed, String note) {
      if (printed.minus(computed).abs().isGreaterThan(tolerance)) {
        findings.add(new Finding(kind, table, location, column, doc.currency().getCurrencyCode(),
            printed.amount(), computed.amount(), note));
      }
    }

    /** A figure as the table gives it: printed if printed, otherwise recomputed locally. */
    private Money component(TotalKey key, String column) {
      Optional<PrintedTotal> p = doc.printedTotal(key);
      if (p.isPresent() && p.get().amounts().containsKey(column)) {
        return doc.money(p.get().amounts().get(column));
      }
      return local(key, column);
    }

    /** A figure recomputed from its components, each taken as the table gives it. */
    private Money local(TotalKey key, String column) {
      if (key.itemNumber().isPresent()) {
        return totals.itemTotal(column, key.itemNumber().get());
      }
      Aggregate a = key.aggregate().orElseThrow();
      if (PLAIN.contains(a)) {
        return switch (a) {
          case BALANCE -> component(TotalKey.of(Aggregate.INCOME), column)
              .minus(component(TotalKey.of(Aggregate.EXPENDITURE), column));
          default -> totals.value(column, key);
        };
      }
      return switch (a) {
        case OWN_NET_CONTRIBUTION -> items(LineKind.Family.STREAM, column);
        case VOLUNTARY_CONTRIBUTIONS -> items(LineKind.Family.VOLUNTARY, column);
        case FIXED_COSTS -> items(LineKind.Family.FIXED, column);
        case CONTINGENCY -> items(LineKind.Family.CONTINGENCY, column);
        case INSTITUTIONAL_INVESTMENTS -> items(LineKind.Family.INVESTMENT, column);
        case PRIOR_SURPLUSES_USED -> items(LineKind.Family.PRIOR_SURPLUS, column);
        case NET_AVAILABLE -> sum(column, Aggregate.OWN_NET_CONTRIBUTION,
            Aggregate.VOLUNTARY_CONTRIBUTIONS);
        case CHARGES -> sum(column, Aggregate.FIXED_COSTS, Aggregate.CONTINGENCY,
            Aggregate.INSTITUTIONAL_INVESTMENTS);
        case SURPLUS_BEFORE_PRIOR_SURPLUSES -> component(TotalKey.of(Aggregate.NET_AVAILABLE),
            column).minus(component(TotalKey.of(Aggregate.CHARGES), column));
        case BUDGET_SURPLUS -> sum(column, Aggregate.SURPLUS_BEFORE_PRIOR_SURPLUSES,
            Aggregate.PRIOR_SURPLUSES_USED);
        default -> throw new AssertionError(a);
      };
    }

    private Money items(LineKind.Family family, String column) {
      Money s = Money.zero(doc.currency());
      for (int item : itemsByFamily.getOrDefault(family, Set.of())) {
        s = s.plus(component(TotalKey.item(item), column));
      }
      return s;
    }

    private Money sum(String column, Aggregate... parts) {
      Money s = Money.zero(doc.currency());
      for (Aggregate a : parts) {
        s = s.plus(component(TotalKey.of(a), column));
      }
      return s;
    }
  }
}
