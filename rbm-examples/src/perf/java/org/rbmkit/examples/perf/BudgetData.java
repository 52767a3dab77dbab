package org.rbmkit.examples.perf;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.rbmkit.budget.balance.Balance;
import org.rbmkit.budget.balance.BudgetEntryTable;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.money.Money;

/**
 * A synthetic, reproducible set of budget entries with two-decimal amounts, in three shapes
 * holding the same data: primitive columns with amounts in cents, library {@link BudgetEntry}
 * objects, and a DuckDB table with a {@code DECIMAL(18,2)} amount.
 *
 * <pre>{@code
 * BudgetData d = BudgetData.generate(1_000_000, 42);
 * long[] cents = d.handLoop();     // income, expenditure per column × fund, in cents
 * }</pre>
 *
 * <p>Lines have one entry per column; every line kind occurs; items run from 1 to
 * {@value #ITEMS}. The result of each shape is the balance by column and fund: income and
 * expenditure in cents, two per column × fund. Immutable after generation.
 */
public final class BudgetData {

  /** Column codes. */
  static final String[] COLUMNS = {
    "2022-23-budget", "2022-23-forecast", "2024-25-proposal", "2024-25-budget"
  };
  /** Number of funds, coded {@code fund-01} and up. */
  static final int FUNDS = 16;
  /** Items per budget. */
  static final int ITEMS = 200;
  /** The currency of every entry. */
  static final Currency EUR = Currency.getInstance("EUR");

  static final String[] FUND_CODES = new String[FUNDS];

  static {
    for (int f = 0; f < FUNDS; f++) {
      FUND_CODES[f] = String.format("fund-%02d", f + 1);
    }
  }

  final int size;
  final byte[] column;
  final byte[] fund;
  final byte[] kind;
  final short[] item;
  final int[] line;
  final long[] cents;

  private BudgetData(int size) {
    this.size = size;
    this.column = new byte[size];
    this.fund = new byte[size];
    this.kind = new byte[size];
    this.item = new short[size];
    this.line = new int[size];
    this.cents = new long[size];
  }

  /** Generates {@code size} entries from {@code seed}; equal arguments give equal data. */
  public static BudgetData generate(int size, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    BudgetData d = new BudgetData(size);
    LineKind[] kinds = LineKind.values();
    int l = -1;
    int f = 0;
    int k = 0;
    int it = 1;
    for (int i = 0; i < size; i++) {
      int c = i % COLUMNS.length;
      if (c == 0) {
        l++;
        f = r.nextInt(FUNDS);
        k = r.nextInt(kinds.length);
        it = 1 + r.nextInt(ITEMS);
      }
      d.column[i] = (byte) c;
      d.fund[i] = (byte) f;
      d.kind[i] = (byte) k;
      d.item[i] = (short) it;
      d.line[i] = l;
      // up to EUR 10 million, two decimals; a net contribution may be negative
      long amount = r.nextLong(1_000_000_000L);
      d.cents[i] = kinds[k].allowsNegative() && r.nextInt(4) == 0 ? -amount : amount;
    }
    return d;
  }

  /** The entries as library objects; line ids and codes are shared, as a document holds them. */
  public List<BudgetEntry> entries() {
    LineKind[] kinds = LineKind.values();
    BudgetEntry[] all = new BudgetEntry[size];
    String lineId = null;
    int current = -1;
    for (int i = 0; i < size; i++) {
      if (line[i] != current) {
        current = line[i];
        lineId = "L" + current;
      }
      all[i] =
          new BudgetEntry(
              COLUMNS[column[i]],
              FUND_CODES[fund[i]],
              kinds[kind[i]],
              item[i],
              lineId,
              Money.of(EUR, BigDecimal.valueOf(cents[i], 2)));
    }
    return Arrays.asList(all);
  }

  /** The library: the totals in one pass, then the balance of every fund in every column. */
  public static List<Map<String, Balance>> library(Iterable<BudgetEntry> entries) {
    return byColumn(BudgetTotals.of(EUR, entries));
  }

  /** The entries as the library's compact table, built once as DuckDB's table is loaded. */
  public BudgetEntryTable table() {
    return BudgetEntryTable.of(EUR, entries());
  }

  /** The same totals over the library's compact table, then every column. */
  public static List<Map<String, Balance>> libraryTable(BudgetEntryTable table) {
    return byColumn(BudgetTotals.of(table));
  }

  private static List<Map<String, Balance>> byColumn(BudgetTotals b) {
    List<Map<String, Balance>> out = new ArrayList<>(COLUMNS.length);
    for (String c : COLUMNS) {
      out.add(b.balanceByFund(c));
    }
    return out;
  }

  /** The library's balances in the hand loop's layout: income, expenditure in cents. */
  public static long[] cents(List<Map<String, Balance>> balances) {
    long[] out = new long[COLUMNS.length * FUNDS * 2];
    for (int c = 0; c < COLUMNS.length; c++) {
      for (int f = 0; f < FUNDS; f++) {
        Balance b = balances.get(c).get(FUND_CODES[f]);
        if (b != null) {
          out[(c * FUNDS + f) * 2] = b.income().amount().movePointRight(2).longValueExact();
          out[(c * FUNDS + f) * 2 + 1] =
              b.expenditure().amount().movePointRight(2).longValueExact();
        }
      }
    }
    return out;
  }

  /** The hand-written loop: exact sums in cents by column × fund × side. */
  public long[] handLoop() {
    LineKind[] kinds = LineKind.values();
    int[] sideOfKind = new int[kinds.length];
    for (LineKind k : kinds) {
      sideOfKind[k.ordinal()] = k.side() == LineKind.Side.INCOME ? 0 : 1;
    }
    long[] sums = new long[COLUMNS.length * FUNDS * 2];
    byte[] c = column;
    byte[] f = fund;
    byte[] k = kind;
    long[] a = cents;
    for (int i = 0; i < size; i++) {
      int at = (c[i] * FUNDS + f[i]) * 2 + sideOfKind[k[i]];
      sums[at] = Math.addExact(sums[at], a[i]);
    }
    return sums;
  }

  /** Creates table {@code budget} in the given DuckDB connection and loads the data. */
  public void load(Connection duckDb) throws SQLException {
    try (Statement s = duckDb.createStatement()) {
      s.execute(
          "CREATE TABLE budget (line VARCHAR, col VARCHAR, fund VARCHAR, kind VARCHAR,"
              + " item INTEGER, amount DECIMAL(18,2))");
    }
    LineKind[] kinds = LineKind.values();
    try (DuckDBAppender app = duckDb.unwrap(DuckDBConnection.class).createAppender("budget")) {
      for (int i = 0; i < size; i++) {
        app.beginRow()
            .append("L" + line[i])
            .append(COLUMNS[column[i]])
            .append(FUND_CODES[fund[i]])
            .append(kinds[kind[i]].code())
            .append((int) item[i])
            .appendDecimal(cents[i])
            .endRow();
      }
    }
  }

  /** The SQL an analyst would write for the balance by column and fund. */
  static final String QUERY;

  static {
    StringBuilder income = new StringBuilder();
    for (LineKind k : LineKind.values()) {
      if (k.side() == LineKind.Side.INCOME) {
        income.append(income.length() == 0 ? "'" : ", '").append(k.code()).append('\'');
      }
    }
    QUERY =
        "SELECT col, fund,"
            + " coalesce(sum(amount) FILTER (WHERE kind IN (" + income + ")), 0),"
            + " coalesce(sum(amount) FILTER (WHERE kind NOT IN (" + income + ")), 0)"
            + " FROM budget GROUP BY col, fund";
  }

  /** Runs {@link #QUERY} and returns the sums in the hand loop's layout. */
  public static long[] duckDb(Connection duckDb) throws SQLException {
    List<String> columns = Arrays.asList(COLUMNS);
    List<String> funds = Arrays.asList(FUND_CODES);
    long[] out = new long[COLUMNS.length * FUNDS * 2];
    try (Statement s = duckDb.createStatement();
        ResultSet rs = s.executeQuery(QUERY)) {
      while (rs.next()) {
        int at = (columns.indexOf(rs.getString(1)) * FUNDS + funds.indexOf(rs.getString(2))) * 2;
        out[at] = rs.getBigDecimal(3).movePointRight(2).longValueExact();
        out[at + 1] = rs.getBigDecimal(4).movePointRight(2).longValueExact();
      }
    }
    return out;
  }
}
