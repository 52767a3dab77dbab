package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rbmkit.core.document.InvalidDocumentException;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.fund.Fund;
import org.rbmkit.core.fund.FundKind;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;

/**
 * A budget document: a main table of numbered items in several columns, its printed totals, and
 * the tables around it (detail tables, one-column item tables, reserve funds, staffing) and the claims its text makes
 * about the figures.
 *
 * <pre>{@code
 * BudgetDocument doc = RbmJson.mapper().readValue(file, BudgetDocument.class);
 * BudgetTotals totals = BudgetTotals.of(doc.currency(), doc.entries()::iterator);
 * Money net = totals.margin("2024-25-proposal").netAvailable();   // EUR 60535000.00
 * List<Finding> findings = ConsistencyCheck.withTolerance(Money.of("EUR", 1000)).check(doc);
 * }</pre>
 *
 * <p>One currency for the whole document; the main table's figures are in {@code unit}, each
 * other table states its own. The constructor checks the document as a whole and reports every
 * problem at once, each naming its line, item and column: a missing or unknown column, the same
 * single-line item kind twice, an item mixing kinds, an unknown fund, an amount with more decimals
 * than the currency allows. Printed totals are kept to be checked; they are never used to
 * compute. Immutable and thread-safe.
 *
 * @param title the document's title
 * @param currency the currency of every figure
 * @param unit the unit of the main table's figures
 * @param tolerance how far the main table's figures (and any table stating none) may be off
 *     through rounding; empty to leave it to the check
 * @param columns the columns, at least one
 * @param funds the funds lines belong to, at least one
 * @param lines the main table's lines, in printed order
 * @param printedTotals the main table's derived lines as printed
 * @param detailTables tables detailing items
 * @param itemTables one-column tables, one row per item
 * @param reserveFunds reserve-fund movement tables
 * @param staffing staffing tables
 * @param claims claims of the text about the figures
 */
public record BudgetDocument(
    String title,
    Currency currency,
    AmountUnit unit,
    Optional<Tolerance> tolerance,
    List<BudgetColumn> columns,
    List<Fund> funds,
    List<BudgetLine> lines,
    List<PrintedTotal> printedTotals,
    List<DetailTable> detailTables,
    List<ItemTable> itemTables,
    List<ReserveFundTable> reserveFunds,
    List<StaffingTable> staffing,
    List<Claim> claims) {

  /** The name of the main table in findings and messages. */
  public static final String MAIN_TABLE = "main";

  /**
   * Validates the whole document.
   *
   * @throws InvalidDocumentException listing every problem found, each with its JSON path
   */
  public BudgetDocument {
    Amounts.text(title, "title");
    checkNotNull(currency, "currency");
    checkNotNull(unit, "unit");
    checkNotNull(tolerance, "tolerance");
    columns = Amounts.list(columns, "columns");
    funds = Amounts.list(funds, "funds");
    lines = Amounts.list(lines, "lines");
    if (funds != null && funds.size() == 1) {
      // a single-fund document may leave its lines' fund out: they belong to its only fund
      String only = funds.get(0).code();
      lines = lines.stream().map(l -> l.fund().isEmpty() ? l.withFund(only) : l)
          .collect(ImmutableList.toImmutableList());
    }
    printedTotals = Amounts.list(printedTotals, "printedTotals");
    detailTables = Amounts.list(detailTables, "detailTables");
    itemTables = Amounts.list(itemTables, "itemTables");
    reserveFunds = Amounts.list(reserveFunds, "reserveFunds");
    staffing = Amounts.list(staffing, "staffing");
    claims = Amounts.list(claims, "claims");
    Problems problems =
        validate(currency, unit, columns, funds, lines, printedTotals, detailTables, itemTables,
            reserveFunds, staffing, claims);
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException("budget document \"" + title + "\"", problems.list());
    }
  }

  /** A document without one-column tables. */
  public BudgetDocument(String title, Currency currency, AmountUnit unit,
      Optional<Tolerance> tolerance, List<BudgetColumn> columns, List<Fund> funds,
      List<BudgetLine> lines, List<PrintedTotal> printedTotals, List<DetailTable> detailTables,
      List<ReserveFundTable> reserveFunds, List<StaffingTable> staffing, List<Claim> claims) {
    this(title, currency, unit, tolerance, columns, funds, lines, printedTotals, detailTables,
        List.of(), reserveFunds, staffing, claims);
  }

  /** A document without a tolerance of its own nor one-column tables. */
  public BudgetDocument(String title, Currency currency, AmountUnit unit,
      List<BudgetColumn> columns, List<Fund> funds, List<BudgetLine> lines,
      List<PrintedTotal> printedTotals, List<DetailTable> detailTables,
      List<ReserveFundTable> reserveFunds, List<StaffingTable> staffing, List<Claim> claims) {
    this(title, currency, unit, Optional.empty(), columns, funds, lines, printedTotals,
        detailTables, List.of(), reserveFunds, staffing, claims);
  }

  /** The column codes in order. */
  public ImmutableList<String> columnCodes() {
    return columns.stream().map(BudgetColumn::code).collect(ImmutableList.toImmutableList());
  }

  /** The column with the given code, or empty. */
  public Optional<BudgetColumn> column(String code) {
    return columns.stream().filter(c -> c.code().equals(code)).findFirst();
  }

  /** The item numbers of the main table, in printed order. */
  public ImmutableSet<Integer> items() {
    return lines.stream().map(BudgetLine::item).collect(ImmutableSet.toImmutableSet());
  }

  /** The lines of the given item, in printed order; empty for an unknown item. */
  public ImmutableList<BudgetLine> linesOf(int item) {
    return lines.stream().filter(l -> l.item() == item).collect(ImmutableList.toImmutableList());
  }

  /** The printed total with the given key, or empty. */
  public Optional<PrintedTotal> printedTotal(TotalKey key) {
    return printedTotals.stream().filter(p -> p.total().equals(key)).findFirst();
  }

  /** A line's figure in a column, as exact money. */
  public Money money(BudgetLine line, String column) {
    return unit.toMoney(currency, line.amount(column));
  }

  /** A printed figure of the main table as exact money. */
  public Money money(BigDecimal printed) {
    return unit.toMoney(currency, printed);
  }

  /** Every line's figure in every column, line by line, as entries for the calculators. */
  public Stream<BudgetEntry> entries() {
    return lines.stream()
        .flatMap(
            l ->
                columns.stream()
                    .map(
                        c ->
                            new BudgetEntry(
                                c.code(), l.fund(), l.kind(), l.item(), l.id(),
                                money(l, c.code()))));
  }

  private static Problems validate(
      Currency currency,
      AmountUnit unit,
      List<BudgetColumn> columns,
      List<Fund> funds,
      List<BudgetLine> lines,
      List<PrintedTotal> printedTotals,
      List<DetailTable> detailTables,
      List<ItemTable> itemTables,
      List<ReserveFundTable> reserveFunds,
      List<StaffingTable> staffing,
      List<Claim> claims) {
    Problems problems = new Problems();
    Set<String> columnCodes = codes(problems.at("columns"), "column", "budget.columns.empty",
        "budget.column.repeated", columns.stream().map(BudgetColumn::code).toList());
    Set<String> fundCodes = codes(problems.at("funds"), "fund", "budget.funds.empty",
        "budget.fund.repeated", funds.stream().map(Fund::code).toList());
    // once a document declares its reserve funds, every reserve-fund row must name one of them
    Set<String> reserveCodes = new LinkedHashSet<>();
    for (Fund f : funds) {
      if (f.kind() == FundKind.RESERVE) {
        reserveCodes.add(f.code());
      }
    }
    Set<String> lineIds = new HashSet<>();
    Map<Integer, LineKind.Family> familyOf = new HashMap<>();
    Map<Integer, String> firstLineOf = new HashMap<>();
    Map<Integer, Map<LineKind, String>> singles = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine l = lines.get(i);
      Problems at = problems.at("lines", i);
      String where = "line " + l.id() + " (item " + l.item() + ")";
      if (!lineIds.add(l.id())) {
        at.at("id").error("budget.line.repeated", l.id(), where + ": line id appears twice");
      }
      if (l.fund().isEmpty()) {
        at.at("fund").error("budget.line.fund.missing",
            where + ": no fund, and the document has " + fundCodes.size() + " funds "
                + fundCodes + "; only a single-fund document may leave it out");
      } else if (!fundCodes.contains(l.fund())) {
        at.at("fund").error("budget.fund.unknown", l.fund(),
            where + ": unknown fund " + l.fund() + " (funds are " + fundCodes + ")");
      }
      columns(at.at("amounts"), where, l.amounts(), columnCodes, true);
      for (Map.Entry<String, BigDecimal> e : l.amounts().entrySet()) {
        scale(at.at("amounts", e.getKey()), where + ", column " + e.getKey(), e.getValue(),
            unit, currency);
      }
      LineKind.Family family = familyOf.putIfAbsent(l.item(), l.kind().family());
      if (family != null && family != l.kind().family()) {
        at.at("kind").error("budget.item.kind.mixed", l.kind().code(),
            where + ": kind " + l.kind().code() + " does not belong with line "
                + firstLineOf.get(l.item()) + " of the same item (" + family + " vs "
                + l.kind().family() + ")");
      }
      firstLineOf.putIfAbsent(l.item(), l.id());
      if (l.kind().singlePerItem()) {
        String other =
            singles.computeIfAbsent(l.item(), k -> new EnumMap<>(LineKind.class))
                .putIfAbsent(l.kind(), l.id());
        if (other != null) {
          at.at("item").error("budget.item.kind.repeated", l.item(),
              where + ": item " + l.item() + " already has a " + l.kind().code() + " line ("
                  + other + ")");
        }
      }
    }
    Set<TotalKey> totalKeys = new HashSet<>();
    for (int i = 0; i < printedTotals.size(); i++) {
      PrintedTotal p = printedTotals.get(i);
      Problems at = problems.at("printedTotals", i);
      String where = "printed total " + p.total();
      if (!totalKeys.add(p.total())) {
        at.at("total").error("budget.total.repeated", p.total(), where + " appears twice");
      }
      p.total().itemNumber().ifPresent(n -> References.item(at.at("total"), where, n, familyOf));
      columns(at.at("amounts"), where, p.amounts(), columnCodes, false);
      for (Map.Entry<String, BigDecimal> e : p.amounts().entrySet()) {
        scale(at.at("amounts", e.getKey()), where + ", column " + e.getKey(), e.getValue(),
            unit, currency);
      }
    }
    Set<String> tableIds = new HashSet<>();
    tableIds.add(MAIN_TABLE);
    for (int i = 0; i < detailTables.size(); i++) {
      DetailTable t = detailTables.get(i);
      Problems at = problems.at("detailTables", i);
      String where = "detail table " + t.id();
      tableId(at.at("id"), where, t.id(), tableIds);
      References.item(at.at("item"), where, t.item(), familyOf);
      for (int j = 0; j < t.rows().size(); j++) {
        DetailTable.Row r = t.rows().get(j);
        Problems rp = at.at("rows", j, "amounts");
        String rw = where + ", row " + r.label();
        columns(rp, rw, r.amounts(), columnCodes, true);
        for (Map.Entry<String, BigDecimal> e : r.amounts().entrySet()) {
          scale(rp.at(e.getKey()), rw + ", column " + e.getKey(), e.getValue(), t.unit(),
              currency);
        }
      }
      columns(at.at("printedTotal"), where + ", printed total", t.printedTotal(), columnCodes,
          false);
      for (Map.Entry<String, BigDecimal> e : t.printedTotal().entrySet()) {
        scale(at.at("printedTotal", e.getKey()), where + ", printed total, column " + e.getKey(),
            e.getValue(), t.unit(), currency);
      }
    }
    for (int i = 0; i < itemTables.size(); i++) {
      ItemTable t = itemTables.get(i);
      Problems at = problems.at("itemTables", i);
      String where = "item table " + t.id();
      tableId(at.at("id"), where, t.id(), tableIds);
      References.column(
          at.at("column"), where + ": unknown column " + t.column(), t.column(), columnCodes);
      for (int j = 0; j < t.rows().size(); j++) {
        ItemTable.Row r = t.rows().get(j);
        Problems rp = at.at("rows", j);
        String rw = where + ", row " + r.label();
        References.item(rp.at("item"), rw, r.item(), familyOf);
        scale(rp.at("amount"), rw, r.amount(), t.unit(), currency);
      }
      t.printedTotal().ifPresent(v -> scale(at.at("printedTotal"), where + ", printed total",
          v, t.unit(), currency));
    }
    for (int i = 0; i < reserveFunds.size(); i++) {
      ReserveFundTable t = reserveFunds.get(i);
      Problems at = problems.at("reserveFunds", i);
      String where = "reserve fund table " + t.id();
      tableId(at.at("id"), where, t.id(), tableIds);
      References.column(
          at.at("column"), where + ": unknown column " + t.column(), t.column(), columnCodes);
      Set<String> seen = new HashSet<>();
      for (int j = 0; j < t.rows().size(); j++) {
        ReserveFundTable.Row r = t.rows().get(j);
        Problems rp = at.at("rows", j);
        String rw = where + ", fund " + r.fund();
        if (!seen.add(r.fund())) {
          rp.at("fund").error("budget.reserve.fund.repeated", r.fund(),
              rw + ": fund appears twice");
        }
        if (!reserveCodes.isEmpty() && !reserveCodes.contains(r.fund())) {
          rp.at("fund").error("budget.reserve.fund.unknown", r.fund(),
              rw + ": not one of the document's reserve funds " + reserveCodes);
        }
        References.item(rp.at("item"), rw, r.item(), familyOf);
        scale(rp.at("opening"), rw, r.opening(), t.unit(), currency);
        scale(rp.at("additions"), rw, r.additions(), t.unit(), currency);
        scale(rp.at("use"), rw, r.use(), t.unit(), currency);
        scale(rp.at("closing"), rw, r.closing(), t.unit(), currency);
      }
    }
    for (int i = 0; i < staffing.size(); i++) {
      StaffingTable t = staffing.get(i);
      Problems at = problems.at("staffing", i);
      String where = "staffing table " + t.id();
      tableId(at.at("id"), where, t.id(), tableIds);
      for (Map.Entry<String, Integer> e : t.items().entrySet()) {
        References.item(
            at.at("items", e.getKey()), where + ", fund source " + e.getKey(), e.getValue(),
            familyOf);
      }
      Set<String> seen = new HashSet<>();
      for (int j = 0; j < t.rows().size(); j++) {
        StaffingTable.Row r = t.rows().get(j);
        Problems rp = at.at("rows", j);
        String rw = where + ", grade " + r.grade() + ", " + r.fundSource() + ", column "
            + r.column();
        String key = r.grade() + "/" + r.fundSource() + "/" + r.column();
        if (!seen.add(key)) {
          rp.error("budget.staffing.row.repeated", key, rw + ": appears twice");
        }
        References.column(rp.at("column"), rw + ": unknown column", r.column(), columnCodes);
        if (!t.items().containsKey(r.fundSource())) {
          rp.at("fundSource").error("budget.staffing.source.unknown", r.fundSource(),
              rw + ": fund source has no item (items are " + t.items().keySet() + ")");
        }
        scale(rp.at("cost"), rw, r.cost(), t.unit(), currency);
      }
      for (int j = 0; j < t.subtotals().size(); j++) {
        StaffingTable.Subtotal s = t.subtotals().get(j);
        if (!columnCodes.contains(s.column())) {
          at.at("subtotals", j, "column").error("budget.column.unknown", s.column(),
              where + ", subtotal " + s.label() + ": unknown column " + s.column());
        }
        scale(at.at("subtotals", j, "cost"), where + ", subtotal " + s.label(), s.cost(),
            t.unit(), currency);
      }
    }
    ClaimRefs.check(claims, columnCodes, familyOf, detailTables, reserveFunds, staffing,
        problems.at("claims"));
    return problems;
  }

  /**
   * The rule for a column a figure or table names: one of the document's columns. Reports
   * {@code budget.column.unknown} at {@code at}, the message followed by the known columns.
   */
  /**
   * The codes of a declared list ({@code columns}, {@code funds}) in order, each once: an empty
   * list is an {@code empty} problem, a code given again a {@code repeated} one.
   */
  private static Set<String> codes(
      Problems list, String noun, String empty, String repeated, List<String> codes) {
    Set<String> seen = new LinkedHashSet<>();
    if (codes.isEmpty()) {
      list.error(empty, "no " + noun + "s");
    }
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i);
      if (!seen.add(code)) {
        list.at(i, "code").error(repeated, code, noun + " " + code + " appears twice");
      }
    }
    return seen;
  }

  private static void columns(
      Problems at,
      String where,
      Map<String, BigDecimal> amounts,
      Set<String> columnCodes,
      boolean complete) {
    for (String c : amounts.keySet()) {
      References.column(at.at(c), where + ": unknown column " + c, c, columnCodes);
    }
    if (complete) {
      for (String c : columnCodes) {
        if (!amounts.containsKey(c)) {
          at.error("budget.amount.missing", c, where + ": no amount for column " + c);
        }
      }
    }
  }

  private static void scale(
      Problems at, String where, BigDecimal printed, AmountUnit unit, Currency currency) {
    try {
      unit.toMoney(currency, printed);
    } catch (IllegalArgumentException e) {
      at.error("budget.amount.scale", printed.toPlainString(),
          where + ": " + printed.toPlainString() + " " + unit.code()
              + " is not a valid " + currency.getCurrencyCode() + " amount (" + e.getMessage()
              + ")");
    }
  }

  /**
   * The rule for an item number a table or figure names: the main table has a line for it.
   * Reports {@code budget.item.unknown} at {@code at}.
   */
  private static void tableId(Problems at, String where, String id, Set<String> ids) {
    if (!ids.add(id)) {
      at.error("budget.table.id.repeated", id, where + ": table id is already used");
    }
  }

  /**
   * The document's lines as a new document with the given lines replaced; a convenience for
   * tests and what-if copies.
   */
  public BudgetDocument withLines(List<BudgetLine> newLines) {
    checkArgument(newLines != null, "lines");
    return new BudgetDocument(title, currency, unit, tolerance, columns, funds, newLines,
        printedTotals, detailTables, itemTables, reserveFunds, staffing, claims);
  }

  /** This document with other printed totals. */
  public BudgetDocument withPrintedTotals(List<PrintedTotal> totals) {
    checkArgument(totals != null, "printedTotals");
    return new BudgetDocument(title, currency, unit, tolerance, columns, funds, lines, totals,
        detailTables, itemTables, reserveFunds, staffing, claims);
  }

  /**
   * A derived figure as the table prints it, per column: kept only to be checked, never used to
   * compute.
   *
   * <pre>{@code
   * new PrintedTotal(TotalKey.of(TotalKey.Aggregate.NET_AVAILABLE), "Contribution nette totale disponible",
   *     Map.of("2024-25-proposal", new BigDecimal("60535")));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param total which derived figure this is
   * @param label the label as printed
   * @param amounts printed figure per column code, in the document's unit
   */
  public record PrintedTotal(TotalKey total, String label, Map<String, BigDecimal> amounts) {

    /** Validates the components and copies the amounts. */
    public PrintedTotal {
      checkNotNull(total, "total");
      Amounts.text(label, "label of printed total " + total);
      amounts = Amounts.copy(amounts, "printed total " + total);
    }

  }
}
