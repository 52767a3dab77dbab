package org.rbmkit.budget.check;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.Claim;
import org.rbmkit.budget.document.DetailTable;
import org.rbmkit.budget.document.FigureRef;
import org.rbmkit.budget.document.ItemTable;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.document.ReserveFundTable;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.budget.document.Tolerance;
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
 *   <li>each row of a one-column item table against its main-table item, and the table's
 *       printed total, if any, against its rows;
 *   <li>each reserve fund's printed closing balance against opening + additions − use, and its
 *       additions against the main-table item that finances them;
 *   <li>each staffing subtotal (FTE exactly, cost within the tolerance) against its rows, and
 *       each fund source's staff cost against its main-table item;
 *   <li>each claim of the text (percentage or absolute change, amount, real change, share,
 *       count) against the figures as the tables give them, under the claim's own rule.
 * </ul>
 *
 * <p>How far a figure may be off is the rule of the table where the finding is reported: its
 * own {@link Tolerance}, else the document's, else the tolerance this check was built with (a
 * fixed band). Under {@code rounded s} each figure may be {@code s/2} from its unrounded value,
 * so the band of a comparison is {@code s/2} for every figure on either side: a total of
 * {@code n} printed terms may drift by {@code (n + 1) × s/2}. A cross-reference adds each side's
 * figures by their own table's rule.
 *
 * <p>A difference whose absolute value exceeds the band is a finding; a table that does not
 * add up is a finding, never an exception. Findings come in document order: main table, detail
 * tables, item tables, reserve funds, staffing, claims. Stateless and thread-safe.
 */
public final class ConsistencyCheck {

  private static final Set<TotalKey.Aggregate> PLAIN =
      EnumSet.of(TotalKey.Aggregate.INCOME, TotalKey.Aggregate.EXPENDITURE, TotalKey.Aggregate.BALANCE);

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
    checkCurrency(doc);
    Run run = new Run(doc);
    run.mainTable();
    run.detailTables();
    run.itemTables();
    run.reserveFunds();
    run.staffing();
    run.claims();
    return ImmutableList.copyOf(run.findings);
  }

  private void checkCurrency(BudgetDocument doc) {
    checkNotNull(doc, "doc");
    checkArgument(
        tolerance.currency().equals(doc.currency()),
        "tolerance %s is not in the document's currency %s",
        tolerance,
        doc.currency().getCurrencyCode());
  }

  /**
   * How every claim of the document reads, in document order, holding or not; the claims that
   * do not hold are the claim findings of {@link #check}.
   *
   * @throws IllegalArgumentException if the tolerance is not in the document's currency
   */
  public ImmutableList<ClaimOutcome> claims(BudgetDocument doc) {
    checkCurrency(doc);
    return new Run(doc).outcomes();
  }

  private final class Run {
    private final BudgetDocument doc;
    private final BudgetTotals totals;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<LineKind.Family, Set<Integer>> itemsByFamily = new LinkedHashMap<>();
    private final Map<Integer, Integer> linesPerItem = new HashMap<>();
    private final Tolerance mainRule;

    Run(BudgetDocument doc) {
      this.doc = doc;
      this.totals = BudgetTotals.of(doc.currency(), doc.entries()::iterator);
      for (BudgetLine l : doc.lines()) {
        itemsByFamily.computeIfAbsent(l.kind().family(), f -> new LinkedHashSet<>())
            .add(l.item());
        linesPerItem.merge(l.item(), 1, Integer::sum);
      }
      this.mainRule = rule(Optional.empty());
    }

    /** A table's rule: its own, else the document's, else this check's fixed band. */
    private Tolerance rule(Optional<Tolerance> table) {
      return table.or(doc::tolerance).orElse(Tolerance.within(tolerance.amount()));
    }

    void mainTable() {
      for (BudgetDocument.PrintedTotal p : doc.printedTotals()) {
        for (Map.Entry<String, BigDecimal> e : p.amounts().entrySet()) {
          Figure printed = printed(doc.money(e.getValue()), mainRule);
          Figure computed = local(p.total(), e.getKey());
          money(Finding.Kind.TOTAL, BudgetDocument.MAIN_TABLE, p.total().toString(), e.getKey(),
              printed, computed, mainRule, p.label() + ": printed total vs its printed components");
        }
      }
    }

    void detailTables() {
      for (DetailTable t : doc.detailTables()) {
        Tolerance rule = rule(t.tolerance());
        for (String column : doc.columnCodes()) {
          Figure sum = Figure.zero(doc.currency());
          for (DetailTable.Row r : t.rows()) {
            sum = sum.plus(printed(t.unit().toMoney(doc.currency(), r.amount(column)), rule));
          }
          Figure detailTotal = sum;
          BigDecimal printedTotal = t.printedTotal().get(column);
          if (printedTotal != null) {
            detailTotal = printed(t.unit().toMoney(doc.currency(), printedTotal), rule);
            money(Finding.Kind.TOTAL, t.id(), "total", column, detailTotal, sum, rule,
                t.label() + ": printed total vs its rows");
          }
          money(Finding.Kind.CROSS_REFERENCE, t.id(), TotalKey.item(t.item()).toString(), column,
              component(TotalKey.item(t.item()), column), detailTotal, rule,
              "main-table item " + t.item() + " vs the total of " + t.label());
        }
      }
    }

    void itemTables() {
      for (ItemTable t : doc.itemTables()) {
        Tolerance rule = rule(t.tolerance());
        Figure sum = Figure.zero(doc.currency());
        for (ItemTable.Row r : t.rows()) {
          Figure row = printed(t.unit().toMoney(doc.currency(), r.amount()), rule);
          sum = sum.plus(row);
          money(Finding.Kind.CROSS_REFERENCE, t.id(), TotalKey.item(r.item()).toString(),
              t.column(), component(TotalKey.item(r.item()), t.column()), row, rule,
              "main-table item " + r.item() + " vs row " + r.label() + " of " + t.label());
        }
        if (t.printedTotal().isPresent()) {
          money(Finding.Kind.TOTAL, t.id(), "total", t.column(),
              printed(t.unit().toMoney(doc.currency(), t.printedTotal().get()), rule), sum, rule,
              t.label() + ": printed total vs its rows");
        }
      }
    }

    void reserveFunds() {
      for (ReserveFundTable t : doc.reserveFunds()) {
        AmountUnit u = t.unit();
        Tolerance rule = rule(t.tolerance());
        for (ReserveFundTable.Row r : t.rows()) {
          Figure opening = printed(u.toMoney(doc.currency(), r.opening()), rule);
          Figure additions = printed(u.toMoney(doc.currency(), r.additions()), rule);
          Figure use = printed(u.toMoney(doc.currency(), r.use()), rule);
          Figure closing = printed(u.toMoney(doc.currency(), r.closing()), rule);
          money(Finding.Kind.RESERVE_MOVEMENT, t.id(), r.fund(), t.column(), closing,
              opening.plus(additions).minus(use), rule,
              r.label() + ": printed closing vs opening + additions − use");
          money(Finding.Kind.CROSS_REFERENCE, t.id(), TotalKey.item(r.item()).toString(),
              t.column(), component(TotalKey.item(r.item()), t.column()), additions, rule,
              "main-table item " + r.item() + " vs additions to " + r.label());
        }
      }
    }

    void staffing() {
      for (StaffingTable t : doc.staffing()) {
        Tolerance rule = rule(t.tolerance());
        for (StaffingTable.Subtotal s : t.subtotals()) {
          BigDecimal fte = BigDecimal.ZERO;
          Figure cost = Figure.zero(doc.currency());
          for (StaffingTable.Row r : t.rows()) {
            if (s.covers(r.grade())
                && r.fundSource().equals(s.fundSource()) && r.column().equals(s.column())) {
              fte = fte.add(r.fte());
              cost = cost.plus(printed(t.unit().toMoney(doc.currency(), r.cost()), rule));
            }
          }
          String where = s.label() + " " + s.fundSource();
          if (s.fte().compareTo(fte) != 0) {
            findings.add(new Finding(Finding.Kind.TOTAL, t.id(), where, s.column(), "FTE",
                s.fte(), fte, s.label() + ": printed FTE vs the grades' FTE"));
          }
          money(Finding.Kind.TOTAL, t.id(), where, s.column(),
              printed(t.unit().toMoney(doc.currency(), s.cost()), rule), cost, rule,
              s.label() + ": printed cost vs the grades' cost");
        }
        Map<String, Map<String, Figure>> byItemColumn = new LinkedHashMap<>();
        for (StaffingTable.Row r : t.rows()) {
          byItemColumn
              .computeIfAbsent(r.fundSource(), k -> new LinkedHashMap<>())
              .merge(r.column(), printed(t.unit().toMoney(doc.currency(), r.cost()), rule),
                  Figure::plus);
        }
        for (Map.Entry<String, Integer> e : t.items().entrySet()) {
          Map<String, Figure> byColumn = byItemColumn.getOrDefault(e.getKey(), Map.of());
          for (Map.Entry<String, Figure> c : byColumn.entrySet()) {
            money(Finding.Kind.CROSS_REFERENCE, t.id(), TotalKey.item(e.getValue()).toString(),
                c.getKey(), component(TotalKey.item(e.getValue()), c.getKey()), c.getValue(),
                rule, "main-table item " + e.getValue() + " vs the " + e.getKey()
                    + " staff cost of " + t.label());
          }
        }
      }
    }

    void claims() {
      for (ClaimOutcome o : outcomes()) {
        o.finding().ifPresent(findings::add);
      }
    }

    ImmutableList<ClaimOutcome> outcomes() {
      String code = doc.currency().getCurrencyCode();
      ImmutableList.Builder<ClaimOutcome> b = ImmutableList.builder();
      for (Claim c : doc.claims()) {
        b.add(ClaimReading.read(c, this::figure, code));
      }
      return b.build();
    }

    /** A figure a claim names, as the tables give it, in units of the currency (or FTE). */
    private BigDecimal figure(FigureRef ref, String column) {
      return switch (ref.place()) {
        case MAIN -> component(ref.total().orElseThrow(), column).value().amount();
        case ROW -> {
          DetailTable t = doc.detailTables().stream()
              .filter(d -> d.id().equals(ref.table())).findFirst().orElseThrow();
          DetailTable.Row r = t.rows().stream().filter(x -> x.label().equals(ref.name()))
              .findFirst().orElseThrow();
          yield t.unit().toMoney(doc.currency(), r.amount(column)).amount();
        }
        case RESERVE -> {
          ReserveFundTable t = doc.reserveFunds().stream()
              .filter(d -> d.id().equals(ref.table())).findFirst().orElseThrow();
          ReserveFundTable.Row r = t.rows().stream().filter(x -> x.fund().equals(ref.name()))
              .findFirst().orElseThrow();
          BigDecimal v = switch (ref.part()) {
            case "opening" -> r.opening();
            case "additions" -> r.additions();
            case "use" -> r.use();
            default -> r.closing();
          };
          yield t.unit().toMoney(doc.currency(), v).amount();
        }
        case STAFF -> {
          StaffingTable t = doc.staffing().stream()
              .filter(d -> d.id().equals(ref.table())).findFirst().orElseThrow();
          BigDecimal sum = BigDecimal.ZERO;
          for (StaffingTable.Row r : t.rows()) {
            if (r.column().equals(column)
                && (ref.name().isEmpty() || r.fundSource().equals(ref.name()))) {
              sum = sum.add(ref.part().equals("fte") ? r.fte()
                  : t.unit().toMoney(doc.currency(), r.cost()).amount());
            }
          }
          yield sum;
        }
      };
    }

    private void money(Finding.Kind kind, String table, String location, String column,
        Figure printed, Figure computed, Tolerance rule, String note) {
      BigDecimal band = rule.rounded() ? printed.slack().add(computed.slack()) : rule.amount();
      if (printed.value().minus(computed.value()).abs().amount().compareTo(band) > 0) {
        findings.add(new Finding(kind, table, location, column, doc.currency().getCurrencyCode(),
            printed.value().amount(), computed.value().amount(),
            rule.rounded() ? note + "; rule " + rule + ", band " + Figure.plain(band) : note));
      }
    }

    private Figure printed(Money value, Tolerance rule) {
      return new Figure(value, rule.slackPerFigure());
    }

    /** A figure as the table gives it: printed if printed, otherwise recomputed locally. */
    private Figure component(TotalKey key, String column) {
      Optional<BudgetDocument.PrintedTotal> p = doc.printedTotal(key);
      if (p.isPresent() && p.get().amounts().containsKey(column)) {
        return printed(doc.money(p.get().amounts().get(column)), mainRule);
      }
      return local(key, column);
    }

    /** A figure recomputed from its components, each taken as the table gives it. */
    private Figure local(TotalKey key, String column) {
      if (key.itemNumber().isPresent()) {
        int item = key.itemNumber().get();
        return new Figure(totals.itemTotal(column, item), mainRule.slackPerFigure()
            .multiply(BigDecimal.valueOf(linesPerItem.getOrDefault(item, 0))));
      }
      TotalKey.Aggregate a = key.aggregate().orElseThrow();
      if (PLAIN.contains(a)) {
        if (a == TotalKey.Aggregate.BALANCE) {
          return component(TotalKey.of(TotalKey.Aggregate.INCOME), column)
              .minus(component(TotalKey.of(TotalKey.Aggregate.EXPENDITURE), column));
        }
        LineKind.Side side = a == TotalKey.Aggregate.INCOME ? LineKind.Side.INCOME : LineKind.Side.EXPENDITURE;
        long n = doc.lines().stream().filter(l -> l.kind().side() == side).count();
        return new Figure(totals.value(column, key),
            mainRule.slackPerFigure().multiply(BigDecimal.valueOf(n)));
      }
      return switch (a) {
        case OWN_NET_CONTRIBUTION -> items(LineKind.Family.STREAM, column);
        case VOLUNTARY_CONTRIBUTIONS -> items(LineKind.Family.VOLUNTARY, column);
        case FIXED_COSTS -> items(LineKind.Family.FIXED, column);
        case CONTINGENCY -> items(LineKind.Family.CONTINGENCY, column);
        case INSTITUTIONAL_INVESTMENTS -> items(LineKind.Family.INVESTMENT, column);
        case PRIOR_SURPLUSES_USED -> items(LineKind.Family.PRIOR_SURPLUS, column);
        case NET_AVAILABLE -> sum(column, TotalKey.Aggregate.OWN_NET_CONTRIBUTION,
            TotalKey.Aggregate.VOLUNTARY_CONTRIBUTIONS);
        case CHARGES -> sum(column, TotalKey.Aggregate.FIXED_COSTS, TotalKey.Aggregate.CONTINGENCY,
            TotalKey.Aggregate.INSTITUTIONAL_INVESTMENTS);
        case SURPLUS_BEFORE_PRIOR_SURPLUSES -> component(TotalKey.of(TotalKey.Aggregate.NET_AVAILABLE),
            column).minus(component(TotalKey.of(TotalKey.Aggregate.CHARGES), column));
        case BUDGET_SURPLUS -> sum(column, TotalKey.Aggregate.SURPLUS_BEFORE_PRIOR_SURPLUSES,
            TotalKey.Aggregate.PRIOR_SURPLUSES_USED);
        default -> throw new AssertionError(a);
      };
    }

    private Figure items(LineKind.Family family, String column) {
      Figure s = Figure.zero(doc.currency());
      for (int item : itemsByFamily.getOrDefault(family, Set.of())) {
        s = s.plus(component(TotalKey.item(item), column));
      }
      return s;
    }

    private Figure sum(String column, TotalKey.Aggregate... parts) {
      Figure s = Figure.zero(doc.currency());
      for (TotalKey.Aggregate a : parts) {
        s = s.plus(component(TotalKey.of(a), column));
      }
      return s;
    }
  }

  /** An amount and the largest rounding error it may carry (the sum of its terms' errors). */
  private record Figure(Money value, BigDecimal slack) {
    static Figure zero(java.util.Currency currency) {
      return new Figure(Money.zero(currency), BigDecimal.ZERO);
    }

    Figure plus(Figure o) {
      return new Figure(value.plus(o.value), slack.add(o.slack));
    }

    Figure minus(Figure o) {
      return new Figure(value.minus(o.value), slack.add(o.slack));
    }

    static String plain(BigDecimal v) {
      return v.stripTrailingZeros().toPlainString();
    }
  }
}
