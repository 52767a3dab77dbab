package org.rbmkit.budget.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.DetailTable;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.document.ReserveFundTable;
import org.rbmkit.core.fund.Fund;
import org.rbmkit.core.fund.FundKind;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Biennium;

/** Seeded randomised properties of the consistency check. */
class ConsistencyCheckPropertiesTest {

  private static final long SEED = 4_544_4669L;
  private static final List<String> COLUMNS = List.of("approved", "forecast", "proposal");
  private static final LineKind[] MARGIN_KINDS = {
    LineKind.REVENUE, LineKind.DIRECT_COST, LineKind.NET_CONTRIBUTION,
    LineKind.VOLUNTARY_CONTRIBUTION, LineKind.FIXED_COST, LineKind.CONTINGENCY,
    LineKind.INSTITUTIONAL_INVESTMENT, LineKind.PRIOR_SURPLUS_USE
  };

  /** A random contribution-margin document whose printed figures all add up. */
  static BudgetDocument balanced(SplittableRandom r) {
    List<BudgetLine> lines = new ArrayList<>();
    int items = 1 + r.nextInt(15);
    for (int item = 1; item <= items; item++) {
      LineKind kind = MARGIN_KINDS[r.nextInt(MARGIN_KINDS.length)];
      if (kind == LineKind.REVENUE || kind == LineKind.DIRECT_COST) {
        lines.add(line(r, item + ".rev", item, LineKind.REVENUE));
        lines.add(line(r, item + ".dc", item, LineKind.DIRECT_COST));
      } else if (kind == LineKind.VOLUNTARY_CONTRIBUTION) {
        for (int k = 0; k <= r.nextInt(3); k++) {
          lines.add(line(r, item + ".v" + k, item, kind));
        }
      } else {
        lines.add(line(r, item + "", item, kind));
      }
    }
    List<BudgetColumn> cols = new ArrayList<>();
    for (String c : COLUMNS) {
      cols.add(new BudgetColumn(c, c, Biennium.parse("2024-25"), BudgetColumn.Kind.PROPOSAL));
    }
    BudgetDocument bare = new BudgetDocument("random", Currencies.of("EUR"),
        AmountUnit.THOUSANDS, cols, List.of(new Fund("f", "Fund", FundKind.OTHER_REVENUE)),
        lines, List.of(), List.of(), List.of(), List.of(), List.of());
    BudgetTotals t = BudgetTotals.of(bare.currency(), bare.entries()::iterator);
    List<BudgetDocument.PrintedTotal> printed = new ArrayList<>();
    for (int item = 1; item <= items; item++) {
      if (r.nextBoolean()) {
        printed.add(printedTotal(t, TotalKey.item(item)));
      }
    }
    for (TotalKey.Aggregate a : TotalKey.Aggregate.values()) {
      if (r.nextBoolean()) {
        printed.add(printedTotal(t, TotalKey.of(a)));
      }
    }
    // a detail table of the first item, in units, and a reserve table fed by it
    int item = lines.get(0).item();
    List<DetailTable.Row> rows = new ArrayList<>();
    Map<String, BigDecimal> remaining = new LinkedHashMap<>();
    for (String c : COLUMNS) {
      remaining.put(c, t.itemTotal(c, item).amount());
    }
    for (int k = 0; k < 2; k++) {
      Map<String, BigDecimal> a = new LinkedHashMap<>();
      for (String c : COLUMNS) {
        BigDecimal part = k == 0 ? remaining.get(c).divideToIntegralValue(BigDecimal.valueOf(3))
            : remaining.get(c);
        a.put(c, part);
        remaining.put(c, remaining.get(c).subtract(part));
      }
      rows.add(new DetailTable.Row("row " + k, a));
    }
    Map<String, BigDecimal> detailTotal = new LinkedHashMap<>();
    for (String c : COLUMNS) {
      detailTotal.put(c, t.itemTotal(c, item).amount());
    }
    List<DetailTable> details = List.of(
        new DetailTable("detail", "Detail", item, AmountUnit.UNITS, rows, detailTotal));
    List<ReserveFundTable> reserves = new ArrayList<>();
    BigDecimal additions = t.itemTotal("proposal", item).amount();
    if (additions.signum() >= 0) {
      BigDecimal opening = BigDecimal.valueOf(r.nextLong(1_000_000_000L));
      BigDecimal use = BigDecimal.valueOf(r.nextLong(1_000_000_000L));
      reserves.add(new ReserveFundTable("reserves", "Reserves", AmountUnit.UNITS, "proposal",
          List.of(new ReserveFundTable.Row("r", "Reserve", item, opening, additions, use,
              opening.add(additions).subtract(use)))));
    }
    return new BudgetDocument("random", bare.currency(), bare.unit(), cols, bare.funds(), lines,
        printed, details, reserves, List.of(), List.of());
  }

  private static BudgetLine line(SplittableRandom r, String id, int item, LineKind kind) {
    Map<String, BigDecimal> a = new LinkedHashMap<>();
    for (String c : COLUMNS) {
      long v = r.nextLong(100_000);
      a.put(c, BigDecimal.valueOf(kind.allowsNegative() && r.nextBoolean() ? -v : v));
    }
    return new BudgetLine(id, "I", item, "line " + id, kind, "f", a);
  }

  private static BudgetDocument.PrintedTotal printedTotal(BudgetTotals t, TotalKey key) {
    Map<String, BigDecimal> a = new LinkedHashMap<>();
    for (String c : COLUMNS) {
      a.put(c, AmountUnit.THOUSANDS.inUnit(t.value(c, key)));
    }
    return new BudgetDocument.PrintedTotal(key, key.toString(), a);
  }

  @Test
  void balancedTable_yieldsNoFindings() {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int round = 0; round < 2_000; round++) {
      long seed = seeds.nextLong();
      BudgetDocument doc = balanced(new SplittableRandom(seed));
      assertThat(ConsistencyCheck.withTolerance(Money.zero("EUR")).check(doc))
          .as("seed %s", seed).isEmpty();
    }
  }

  @Test
  void onePrintedTotalOffByMoreThanTheTolerance_isReportedWhereItIs() {
    SplittableRandom seeds = new SplittableRandom(SEED + 1);
    int checked = 0;
    for (int round = 0; round < 2_000; round++) {
      long seed = seeds.nextLong();
      SplittableRandom r = new SplittableRandom(seed);
      BudgetDocument doc = balanced(r);
      if (doc.printedTotals().isEmpty()) {
        continue;
      }
      int which = r.nextInt(doc.printedTotals().size());
      String column = COLUMNS.get(r.nextInt(COLUMNS.size()));
      List<BudgetDocument.PrintedTotal> wrong = new ArrayList<>(doc.printedTotals());
      BudgetDocument.PrintedTotal p = wrong.get(which);
      Map<String, BigDecimal> a = new LinkedHashMap<>(p.amounts());
      a.put(column, a.get(column).add(BigDecimal.valueOf(2 + r.nextInt(50))));
      wrong.set(which, new BudgetDocument.PrintedTotal(p.total(), p.label(), a));
      List<Finding> findings = ConsistencyCheck.withTolerance(Money.of("EUR", 1000))
          .check(doc.withPrintedTotals(wrong));
      assertThat(findings).as("seed %s", seed)
          .anySatisfy(f -> {
            assertThat(f.location()).isEqualTo(p.total().toString());
            assertThat(f.column()).isEqualTo(column);
          });
      checked++;
    }
    assertThat(checked).isGreaterThan(1_000);
  }
}
