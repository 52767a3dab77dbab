package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.RandomAccess;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.document.Side;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;

/**
 * Sums budget entries in one pass by column, fund and side (income or expenditure) only, for the
 * balance by fund; partial accumulators merge.
 *
 * <pre>{@code
 * FundBalanceAccumulator a = new FundBalanceAccumulator(eur).addAll(firstHalf);
 * FundBalanceAccumulator b = new FundBalanceAccumulator(eur).addAll(secondHalf);
 * FundBalances balances = a.merge(b).result();   // equals the one-pass result
 * }</pre>
 *
 * <p>Memory grows with columns × funds, not with entries: where {@link BudgetAccumulator} keeps a
 * sum per column, fund, kind and item, this keeps two per column and fund. Column and fund codes
 * are numbered as they first occur and the sums sit in one {@code long[]} of minor units (cents
 * for EUR) indexed by those numbers and the side; a sum that would overflow a {@code long}, and an
 * amount whose minor units do not fit one, go exactly into a {@link BigDecimal} beside it. Nothing
 * is rounded. {@link #merge} is associative and commutative. Mutable and <em>not</em>
 * thread-safe: give each thread its own and merge.
 */
public final class FundBalanceAccumulator {

  /** The side of each line kind, 0 for income and 1 for expenditure, by the kind's position. */
  static final byte[] SIDE_OF_KIND = new byte[LineKind.values().length];

  static {
    for (LineKind k : LineKind.values()) {
      SIDE_OF_KIND[k.ordinal()] = (byte) (k.side() == Side.INCOME ? 0 : 1);
    }
  }

  private final Currency currency;
  private final int scale;
  private final CodeDictionary columns = new CodeDictionary();
  private final CodeDictionary funds = new CodeDictionary();
  private int columnCapacity = 4;
  private int fundCapacity = 16;
  /** At {@code (column × fundCapacity + fund) × 2 + side}: the sum's minor units. */
  private long[] units = new long[columnCapacity * fundCapacity * 2];
  /** The rest of each sum, exactly; null until a sum first needs one, then null where none. */
  private BigDecimal[] rest;
  private String lastColumn;
  private int lastColumnId;
  private String lastFund;
  private int lastFundId;

  /**
   * An empty accumulator for amounts in {@code currency}.
   *
   * @throws IllegalArgumentException if the currency has no minor unit (as gold, XAU)
   */
  public FundBalanceAccumulator(Currency currency) {
    this.currency = checkNotNull(currency, "currency");
    this.scale = currency.getDefaultFractionDigits();
    if (scale < 0) {
      throw new IllegalArgumentException(
          "currency " + currency.getCurrencyCode() + " has no minor unit and is not money");
    }
  }

  /** The currency every entry must have. */
  public Currency currency() {
    return currency;
  }

  /**
   * Adds one entry.
   *
   * @return this accumulator
   * @throws IllegalArgumentException naming the line, item, column and amount, with a {@link
   *     CurrencyMismatchException} as cause, if the amount is not in this accumulator's currency
   *     (convert it first with an explicit rate)
   */
  public FundBalanceAccumulator add(BudgetEntry entry) {
    checkNotNull(entry, "entry");
    Money amount = entry.amount();
    if (!amount.currency().equals(currency)) {
      throw currencyMismatch(currency, entry.column(), entry.item(), entry.line(), amount);
    }
    String column = entry.column();
    int c = column == lastColumn ? lastColumnId : columnId(column);
    String fund = entry.fund();
    int f = fund == lastFund ? lastFundId : fundId(fund);
    int at = (c * fundCapacity + f) * 2 + SIDE_OF_KIND[entry.kind().ordinal()];
    if (amount.amountMinorFitsLong()) {
      long[] u = units;
      long minor = amount.amountMinorLong();
      long sum = u[at] + minor;
      if (((u[at] ^ sum) & (minor ^ sum)) >= 0) {
        u[at] = sum;
        return this;
      }
    }
    addRest(at, amount.amount());
    return this;
  }

  /**
   * Adds every entry, in one pass.
   *
   * @return this accumulator
   * @throws IllegalArgumentException as {@link #add}
   */
  public FundBalanceAccumulator addAll(Iterable<BudgetEntry> entries) {
    checkNotNull(entries, "entries");
    if (entries instanceof BudgetEntryTable t) {
      return addAll(t);
    }
    if (entries instanceof List<BudgetEntry> list && list instanceof RandomAccess) {
      for (int i = 0, n = list.size(); i < n; i++) {
        add(list.get(i));
      }
    } else {
      for (BudgetEntry e : entries) {
        add(e);
      }
    }
    return this;
  }

  /**
   * Adds every entry of a table, in one loop over its columns.
   *
   * @return this accumulator
   * @throws CurrencyMismatchException if the table is in another currency
   */
  public FundBalanceAccumulator addAll(BudgetEntryTable table) {
    checkNotNull(table, "table");
    if (!table.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, table.currency);
    }
    int nf = table.fundCodes.length;
    long[] local = new long[table.columnCodes.length * nf * 2];
    BigDecimal[] localRest = null;
    byte[] knd = table.kind;
    long[] minor = table.minor;
    byte[] side = SIDE_OF_KIND;
    int n = table.size;
    if (table.column8 != null && table.fund8 != null) {
      // the usual case, at most 256 columns and funds: the hand-written loop's shape
      byte[] col = table.column8;
      byte[] fnd = table.fund8;
      for (int i = 0; i < n; i++) {
        int at = ((col[i] & 0xFF) * nf + (fnd[i] & 0xFF)) * 2 + side[knd[i]];
        long a = minor[i];
        long s = local[at];
        long sum = s + a;
        if (((s ^ sum) & (a ^ sum)) < 0) {
          localRest = plus(localRest, local.length, at, BigDecimal.valueOf(a, scale));
        } else {
          local[at] = sum;
        }
      }
    } else {
      for (int i = 0; i < n; i++) {
        int at = (table.columnId(i) * nf + table.fundId(i)) * 2 + side[knd[i]];
        long a = minor[i];
        long s = local[at];
        long sum = s + a;
        if (((s ^ sum) & (a ^ sum)) < 0) {
          localRest = plus(localRest, local.length, at, BigDecimal.valueOf(a, scale));
        } else {
          local[at] = sum;
        }
      }
    }
    for (int j = 0; j < table.bigAt.length; j++) {
      int i = table.bigAt[j];
      int at = (table.columnId(i) * nf + table.fundId(i)) * 2 + side[knd[i]];
      localRest = plus(localRest, local.length, at, table.big[j]);
    }
    fold(table.columnCodes, table.fundCodes, local, localRest);
    return this;
  }

  /**
   * Adds the sums of {@code other} into this one.
   *
   * @return this accumulator
   * @throws CurrencyMismatchException if the currencies differ
   */
  public FundBalanceAccumulator merge(FundBalanceAccumulator other) {
    checkNotNull(other, "other");
    if (!other.currency.equals(currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
    String[] cs = other.columns.codes();
    String[] fs = other.funds.codes();
    int nf = fs.length;
    long[] sums = new long[cs.length * nf * 2];
    BigDecimal[] rests = other.rest == null ? null : new BigDecimal[sums.length];
    for (int c = 0; c < cs.length; c++) {
      for (int f = 0; f < nf; f++) {
        for (int s = 0; s < 2; s++) {
          int from = (c * other.fundCapacity + f) * 2 + s;
          int to = (c * nf + f) * 2 + s;
          sums[to] = other.units[from];
          if (rests != null) {
            rests[to] = other.rest[from];
          }
        }
      }
    }
    fold(cs, fs, sums, rests);
    return this;
  }

  /** The balances so far, as an immutable value. */
  public FundBalances result() {
    String[] cs = columns.codes();
    String[] fs = funds.codes();
    BigDecimal[][] income = new BigDecimal[cs.length][fs.length];
    BigDecimal[][] expenditure = new BigDecimal[cs.length][fs.length];
    for (int c = 0; c < cs.length; c++) {
      for (int f = 0; f < fs.length; f++) {
        int at = (c * fundCapacity + f) * 2;
        income[c][f] = value(at);
        expenditure[c][f] = value(at + 1);
      }
    }
    return FundBalances.of(currency, cs, fs, income, expenditure);
  }

  /** The exact sum at {@code at}. */
  private BigDecimal value(int at) {
    BigDecimal u = BigDecimal.valueOf(units[at], scale);
    return rest == null || rest[at] == null ? u : u.add(rest[at]);
  }

  /** Adds sums laid out by the given codes, {@code (column × funds + fund) × 2 + side}. */
  private void fold(String[] cs, String[] fs, long[] sums, BigDecimal[] rests) {
    int[] fundAt = new int[fs.length];
    for (int f = 0; f < fs.length; f++) {
      fundAt[f] = fundId(fs[f]);
    }
    for (int c = 0; c < cs.length; c++) {
      int to = columnId(cs[c]);
      for (int f = 0; f < fs.length; f++) {
        for (int s = 0; s < 2; s++) {
          int from = (c * fs.length + f) * 2 + s;
          int at = (to * fundCapacity + fundAt[f]) * 2 + s;
          long a = sums[from];
          long sum = units[at] + a;
          if (((units[at] ^ sum) & (a ^ sum)) < 0) {
            addRest(at, BigDecimal.valueOf(a, scale));
          } else {
            units[at] = sum;
          }
          if (rests != null && rests[from] != null) {
            addRest(at, rests[from]);
          }
        }
      }
    }
  }

  private void addRest(int at, BigDecimal amount) {
    rest = plus(rest, units.length, at, amount);
  }

  /** Adds {@code amount} at {@code at} of {@code rests}, made with {@code length} if null. */
  private static BigDecimal[] plus(BigDecimal[] rests, int length, int at, BigDecimal amount) {
    BigDecimal[] r = rests == null ? new BigDecimal[length] : rests;
    r[at] = r[at] == null ? amount : r[at].add(amount);
    return r;
  }

  private int columnId(String column) {
    // budgets have few columns, and entries often take turns through them
    int id = columns.idOfSame(column, 8);
    if (id < 0) {
      id = columns.idOf(column);
    }
    if (id < 0) {
      id = columns.add(column);
      if (id == columnCapacity) {
        columnCapacity *= 2;
        units = Arrays.copyOf(units, columnCapacity * fundCapacity * 2);
        if (rest != null) {
          rest = Arrays.copyOf(rest, units.length);
        }
      }
    }
    lastColumn = column;
    lastColumnId = id;
    return id;
  }

  private int fundId(String fund) {
    int id = funds.idOf(fund);
    if (id < 0) {
      id = funds.add(fund);
      if (id == fundCapacity) {
        relayout(2 * fundCapacity);
      }
    }
    lastFund = fund;
    lastFundId = id;
    return id;
  }

  /** Moves the sums to a layout with room for {@code capacity} funds per column. */
  private void relayout(int capacity) {
    long[] u = new long[columnCapacity * capacity * 2];
    BigDecimal[] r = rest == null ? null : new BigDecimal[u.length];
    for (int c = 0; c < columnCapacity; c++) {
      System.arraycopy(units, c * fundCapacity * 2, u, c * capacity * 2, fundCapacity * 2);
      if (r != null) {
        System.arraycopy(rest, c * fundCapacity * 2, r, c * capacity * 2, fundCapacity * 2);
      }
    }
    units = u;
    rest = r;
    fundCapacity = capacity;
  }

  /** The error for an entry in another currency than {@code expected}. */
  static IllegalArgumentException currencyMismatch(
      Currency expected, String column, int item, String line, Money amount) {
    return new IllegalArgumentException(
        "line " + line + " (item " + item + "), column " + column + ": amount " + amount
            + " is not in " + expected.getCurrencyCode()
            + "; convert it with an explicit exchange rate first",
        new CurrencyMismatchException(expected, amount.currency()));
  }
}
