package org.rbmkit.budget.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rbmkit.core.testing.IatiFixtures.activity;
import static org.rbmkit.core.testing.IatiFixtures.budget;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.resources.AmountKind;
import org.rbmkit.budget.resources.ExecutionRule;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiAmount;
import org.rbmkit.core.iati.IatiTransaction;
import org.rbmkit.core.money.ExchangeRate;
import org.rbmkit.core.money.ExchangeRateKind;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.testing.IatiFixtures;

class IatiExecutionTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");

  private static ExchangeRate usdEur(String rate, LocalDate date) {
    return new ExchangeRate(USD, EUR, new BigDecimal(rate), date, ExchangeRateKind.OPERATIONAL);
  }

  private static IatiTransaction tx(String type, String date, String amount, String currency) {
    LocalDate d = LocalDate.parse(date);
    return new IatiTransaction(
        type, d, new IatiAmount(new BigDecimal(amount), Optional.ofNullable(currency), d));
  }

  private static IatiActivity withTransactions(IatiActivity a, IatiTransaction... ts) {
    return new IatiActivity(a.identifier(), a.language(), a.defaultCurrency(), a.reportingOrg(),
        a.title(), a.descriptions(), a.participatingOrgs(), a.activityStatus(),
        a.activityDates(), a.budgets(), a.plannedDisbursements(), ImmutableList.copyOf(ts),
        a.results());
  }

  /** A generated activity, written as IATI 2.03 and read back. */
  private static IatiActivity generated() {
    IatiActivity a = withTransactions(
        activity("XM-A-1", "EUR", budget("1", "1", 2014, "1000.00", "EUR")),
        tx("2", "2014-02-01", "800", "EUR"),   // commitment
        tx("3", "2014-03-01", "300", "EUR"),   // disbursement
        tx("4", "2014-06-01", "100", "USD"),   // expenditure in USD: 0.8 from 2014-05-01
        tx("4", "2014-07-01", "-50", "EUR"),   // refund, kept as published
        tx("3", "2015-01-05", "999", "EUR"),   // outside the budget's period
        tx("1", "2014-04-01", "500", "EUR"),   // incoming funds: received, not spending
        tx("4", "2014-08-01", "10", "GBP"),    // no GBP rate: a finding
        tx("11", "2014-01-15", "500", "USD"),  // incoming commitment: USD 500 × 0.9 secured
        tx("11", "2013-12-20", "100", "EUR")); // dated before the period: not counted
    return IatiFixtures.writtenAndRead(List.of(a)).get(0);
  }

  @Test
  void sumsSpendingAndCommitmentsInTheBudgetPeriodConvertingAtDatedRates() {
    IatiExecution x = IatiExecution.of(List.of(generated()), EUR,
        List.of(usdEur("0.9", LocalDate.of(2014, 1, 1)), usdEur("0.8", LocalDate.of(2014, 5, 1))),
        RoundingMode.HALF_EVEN);
    assertThat(x.rows()).hasSize(1);
    IatiExecution.Row r = x.rows().get(0);
    assertThat(r.activity()).isEqualTo("XM-A-1");
    assertThat(r.column().toString()).isEqualTo("original indicative 2014-01-01/2014-12-31");
    assertThat(r.budget()).isEqualTo(Money.of("EUR", "1000.00"));
    assertThat(r.commitments()).isEqualTo(Money.of("EUR", "800.00"));
    assertThat(r.spending()).isEqualTo(Money.of("EUR", "330.00")); // 300 + 100×0.8 − 50
    assertThat(r.rate().value(4, RoundingMode.HALF_UP)).contains(new BigDecimal("0.3300"));
    assertThat(r.incomingFunds()).isEqualTo(Money.of("EUR", "500.00"));
    assertThat(r.incomingCommitments()).isEqualTo(Money.of("EUR", "450.00"));
    assertThat(r.fundingGap().gap()).isEqualTo(Money.of("EUR", "550.00"));
    assertThat(r.fundingGap().basis()).isEqualTo(AmountKind.PLANNED);
    assertThat(r.fundingGap().coverage().value(2, RoundingMode.HALF_UP))
        .contains(new BigDecimal("0.45"));
    assertThat(x.unconverted()).singleElement().satisfies(u -> {
      assertThat(u.where()).isEqualTo("transaction[7] type 4");
      assertThat(u.reason()).isEqualTo("no rate GBP->EUR on or before 2014-08-01");
    });
    // 182 of 365 days elapsed on 2014-07-02: 0.33 − 0.4986 < −0.10
    assertThat(r.standing("on-track", ExecutionRule.DEFAULT, LocalDate.of(2014, 7, 2),
        MoneyRounding.of("0.01", RoundingMode.HALF_UP)).code())
        .isEqualTo("on-track/under-spent");
  }

  @Test
  void aRateDatedAfterTheAmountDoesNotApply() {
    IatiExecution x = IatiExecution.of(List.of(generated()), EUR,
        List.of(usdEur("0.8", LocalDate.of(2014, 6, 2))), RoundingMode.HALF_EVEN);
    assertThat(x.rows().get(0).spending()).isEqualTo(Money.of("EUR", "250.00"));
    assertThat(x.unconverted()).extracting(IatiExecution.Unconverted::where)
        .containsExactly("transaction[3] type 4", "transaction[7] type 4",
            "transaction[8] type 11");
  }

  @Test
  void theAnnotatedExampleHasABudgetAndNoSpending() {
    // activity-standard-example-annotated.xml l.231-234: budget 1/1 2014, EUR 3000; its one
    // transaction (l.265-268) is incoming funds (type 1)
    IatiExecution x = IatiExecution.of(List.of(IatiFixtures.example()), EUR, List.of(),
        RoundingMode.HALF_EVEN);
    assertThat(x.rows()).singleElement().satisfies(r -> {
      assertThat(r.budget()).isEqualTo(Money.of("EUR", "3000"));
      assertThat(r.spending()).isEqualTo(Money.of("EUR", "0"));
      assertThat(r.commitments()).isEqualTo(Money.of("EUR", "0"));
      // l.267-268: the incoming funds, EUR 1000, are dated 2012-01-01, before the budget period
      assertThat(r.incomingFunds()).isEqualTo(Money.of("EUR", "0"));
      assertThat(r.fundingGap().gap()).isEqualTo(Money.of("EUR", "3000"));
    });
    assertThat(x.unconverted()).isEmpty();
    IatiExecution inUsd = IatiExecution.of(List.of(IatiFixtures.example()), USD, List.of(),
        RoundingMode.HALF_EVEN);
    assertThat(inUsd.rows()).isEmpty();
    assertThat(inUsd.unconverted()).singleElement().satisfies(u -> assertThat(u.reason())
        .isEqualTo("no rate EUR->USD on or before 2014-01-01"));
  }

  @Test
  void refusesARateToAnotherCurrency() {
    assertThatThrownBy(() -> IatiExecution.of(List.of(), USD,
        List.of(usdEur("0.9", LocalDate.of(2014, 1, 1))), RoundingMode.HALF_EVEN))
        .hasMessage("exchange rate USD->EUR on 2014-01-01 does not convert to USD");
  }

  /** Seeded: the spending equals a plain Σ over the transactions, refunds included. */
  @Test
  void spendingIsThePlainSumOfSpendingTransactionsInThePeriod() {
    Random rnd = new Random(20261206L);
    for (int round = 0; round < 50; round++) {
      List<IatiTransaction> ts = new ArrayList<>();
      BigDecimal expected = BigDecimal.ZERO;
      BigDecimal committed = BigDecimal.ZERO;
      BigDecimal secured = BigDecimal.ZERO;
      BigDecimal received = BigDecimal.ZERO;
      for (int i = 0; i < rnd.nextInt(20); i++) {
        String type = List.of("1", "2", "3", "4", "11").get(rnd.nextInt(5));
        LocalDate d = LocalDate.of(2013, 6, 1).plusDays(rnd.nextInt(800));
        BigDecimal amount = BigDecimal.valueOf(rnd.nextInt(2_000_000) - 400_000, 2);
        ts.add(new IatiTransaction(type, d, new IatiAmount(amount, Optional.of("EUR"), d)));
        if (d.getYear() == 2014 && (type.equals("3") || type.equals("4"))) {
          expected = expected.add(amount);
        } else if (d.getYear() == 2014 && type.equals("2")) {
          committed = committed.add(amount);
        } else if (d.getYear() == 2014 && type.equals("11")) {
          secured = secured.add(amount);
        } else if (d.getYear() == 2014 && type.equals("1")) {
          received = received.add(amount);
        }
      }
      IatiActivity a = withTransactions(
          activity("XM-P-" + round, "EUR", budget("2", "2", 2014, "5000.00", "EUR")),
          ts.toArray(IatiTransaction[]::new));
      IatiExecution.Row r =
          IatiExecution.of(List.of(a), EUR, List.of(), RoundingMode.HALF_EVEN).rows().get(0);
      assertThat(r.spending()).isEqualTo(Money.ofTotal(EUR, expected));
      assertThat(r.commitments()).isEqualTo(Money.ofTotal(EUR, committed));
      assertThat(r.incomingCommitments()).isEqualTo(Money.ofTotal(EUR, secured));
      assertThat(r.incomingFunds()).isEqualTo(Money.ofTotal(EUR, received));
      assertThat(r.fundingGap().gap())
          .isEqualTo(Money.ofTotal(EUR, new BigDecimal("5000.00").subtract(secured)));
    }
  }
}
