package org.rbmkit.budget.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.core.document.InvalidDocumentException;
import org.rbmkit.core.fund.Fund;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.ExchangeRate;
import org.rbmkit.core.money.ExchangeRateKind;
import org.rbmkit.core.money.Money;

class BudgetDocumentTest {

  private static Map<String, BigDecimal> amounts(String a, String b, String c) {
    return Seed003.amounts(a, b, c);
  }

  private static List<BudgetLine> seedLinesPlus(BudgetLine extra) {
    List<BudgetLine> l = new ArrayList<>(Seed003.lines());
    l.add(extra);
    return l;
  }

  @Test
  void sameSingleLineItemTwice_isRejected_namingLineAndItem() {
    BudgetLine dup = new BudgetLine("17b", "III", 17, "Consultants again", LineKind.FIXED_COST,
        Seed003.FUND, amounts("1", "1", "1"));
    assertThatThrownBy(() -> Seed003.document().withLines(seedLinesPlus(dup)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 17b (item 17): item 17 already has a fixed-cost line (17)");
  }

  @Test
  void itemMixingKinds_unknownFund_andMissingColumn_areAllReportedAtOnce() {
    Map<String, BigDecimal> twoColumns = new LinkedHashMap<>();
    twoColumns.put(Seed003.BUDGET, BigDecimal.ONE);
    twoColumns.put(Seed003.FORECAST, BigDecimal.ONE);
    BudgetLine bad = new BudgetLine("13.x", "II", 13, "Not a contribution", LineKind.FIXED_COST,
        "nofund", twoColumns);
    assertThatThrownBy(() -> Seed003.document().withLines(seedLinesPlus(bad)))
        .isInstanceOf(InvalidDocumentException.class)
        .hasMessageContaining("has 3 problems")
        .hasMessageContaining("line 13.x (item 13): unknown fund nofund")
        .hasMessageContaining("line 13.x (item 13): no amount for column 2024-25-proposal")
        .hasMessageContaining("line 13.x (item 13): kind fixed-cost does not belong with line"
            + " 13.ilo");
    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> Seed003.document().withLines(seedLinesPlus(bad)));
    // in document order (properties by name), each with its code and offending value
    assertThat(e.problems())
        .extracting(p -> p.location().path() + " " + p.code() + " " + p.value().orElse(""))
        .containsExactly(
            "lines[28].amounts budget.amount.missing " + Seed003.PROPOSAL,
            "lines[28].fund budget.fund.unknown nofund",
            "lines[28].kind budget.item.kind.mixed fixed-cost");
  }

  @Test
  void repeatedColumnAndFund_andEmptyLists_areReportedWithCodeAndPlace() {
    BudgetDocument seed = Seed003.document();
    List<BudgetColumn> columns = new ArrayList<>(seed.columns());
    columns.add(seed.columns().get(0));
    List<Fund> funds = new ArrayList<>(seed.funds());
    funds.add(seed.funds().get(0));
    InvalidDocumentException repeated = catchThrowableOfType(InvalidDocumentException.class,
        () -> new BudgetDocument(seed.title(), seed.currency(), seed.unit(), columns, funds,
            seed.lines(), List.of(), List.of(), List.of(), List.of(), List.of()));
    assertThat(repeated.problems())
        .extracting(p -> p.location().path() + " " + p.code() + " " + p.value().orElse("")
            + ": " + p.message())
        .containsExactly(
            "columns[" + seed.columns().size() + "].code budget.column.repeated " + Seed003.BUDGET
                + ": column " + Seed003.BUDGET + " appears twice",
            "funds[" + seed.funds().size() + "].code budget.fund.repeated " + Seed003.FUND
                + ": fund " + Seed003.FUND + " appears twice");
    InvalidDocumentException empty = catchThrowableOfType(InvalidDocumentException.class,
        () -> new BudgetDocument(seed.title(), seed.currency(), seed.unit(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    assertThat(empty.problems())
        .extracting(p -> p.location().path() + " " + p.code() + ": " + p.message())
        .containsExactly(
            "columns budget.columns.empty: no columns", "funds budget.funds.empty: no funds");
  }

  @Test
  void negativeAmount_whereKindForbids_namesLineItemAndColumn() {
    assertThatThrownBy(() -> new BudgetLine("25", "IV", 25, "Imprévus", LineKind.CONTINGENCY,
            "f", amounts("600", "-1", "750")))
        .hasMessage("line 25 (item 25), column 2022-23-forecast: amount -1 is negative;"
            + " kind contingency forbids negative amounts");
    // a net contribution may be negative: a stream can lose money
    assertThat(new BudgetLine("10", "I", 10, "Net", LineKind.NET_CONTRIBUTION, "f",
        amounts("-5", "0", "5")).amount(Seed003.BUDGET)).isEqualByComparingTo("-5");
  }

  @Test
  void mixedCurrencies_areAnError_unlessConvertedExplicitly() {
    BudgetEntry usd = new BudgetEntry("a", "f", LineKind.INCOME, 1, "x", Money.of("USD", 100));
    assertThatThrownBy(() -> BudgetTotals.of(Currencies.of("EUR"), List.of(usd)))
        .hasMessage("line x (item 1), column a: amount USD 100.00 is not in EUR; convert it with"
            + " an explicit exchange rate first");
    ExchangeRate rate = new ExchangeRate(Currencies.of("USD"), Currencies.of("EUR"),
        new BigDecimal("0.92"), java.time.LocalDate.of(2023, 5, 1), ExchangeRateKind.OPERATIONAL);
    BudgetTotals eur = BudgetTotals.of(
        Currencies.of("EUR"), List.of(usd.convertedWith(rate, java.math.RoundingMode.HALF_EVEN)));
    assertThat(eur.balance("a").income()).isEqualTo(Money.of("EUR", 92));
  }

  @Test
  void marginModel_refusesPlainIncomeLines() {
    BudgetTotals t = BudgetTotals.of(Currencies.of("EUR"), List.of(
        new BudgetEntry("a", "f", LineKind.INCOME, 1, "x", Money.of("EUR", 1))));
    assertThatThrownBy(() -> t.margin("a")).hasMessageContaining("column a holds income lines");
    assertThat(t.balance("a").surplus()).isEqualTo(Money.of("EUR", 1));
    assertThat(t.balance("unknown").surplus().isZero()).isTrue();
  }

  @Test
  void equality_normalisesScale() {
    new EqualsTester()
        .addEqualityGroup(
            new BudgetLine("1", "I", 1, "L", LineKind.INCOME, "f", Map.of("a", new BigDecimal("5"))),
            new BudgetLine("1", "I", 1, "L", LineKind.INCOME, "f",
                Map.of("a", new BigDecimal("5.00"))))
        .addEqualityGroup(
            new BudgetLine("1", "I", 1, "L", LineKind.INCOME, "f", Map.of("a", new BigDecimal("6"))))
        .addEqualityGroup(Seed003.document(), Seed003.document())
        .addEqualityGroup(TotalKey.item(13), TotalKey.parse("item-13"))
        .addEqualityGroup(TotalKey.of(TotalKey.Aggregate.CHARGES), TotalKey.parse("charges"))
        .testEquals();
  }

  @ParameterizedTest
  @CsvSource({"item-10", "item-30", "net-available", "budget-surplus", "balance"})
  void totalKey_parseToString_roundTrips(String text) {
    assertThat(TotalKey.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"item-0", "item-", "item-x", "surplus", "ITEM-10"})
  void totalKey_rejectsUnknownText(String text) {
    assertThatThrownBy(() -> TotalKey.parse(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(text);
  }

  @Test
  void everyEnumCode_roundTrips() {
    for (LineKind k : LineKind.values()) {
      assertThat(LineKind.fromCode(k.code())).isSameAs(k);
    }
    for (BudgetColumn.Kind k : BudgetColumn.Kind.values()) {
      assertThat(BudgetColumn.Kind.fromCode(k.code())).isSameAs(k);
    }
    for (TotalKey.Aggregate a : TotalKey.Aggregate.values()) {
      assertThat(TotalKey.Aggregate.fromCode(a.code())).isSameAs(a);
    }
    assertThatThrownBy(() -> LineKind.fromCode("cost"))
        .hasMessageStartingWith("line kind \"cost\" is not one of revenue, direct-cost");
  }
}
