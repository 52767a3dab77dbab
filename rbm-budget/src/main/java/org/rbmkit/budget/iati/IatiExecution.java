package org.rbmkit.budget.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.budget.resources.AmountKind;
import org.rbmkit.budget.resources.Execution;
import org.rbmkit.budget.resources.ExecutionRule;
import org.rbmkit.budget.resources.FundingGap;
import org.rbmkit.budget.resources.Standing;
import org.rbmkit.core.iati.BudgetType;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiAmount;
import org.rbmkit.core.iati.IatiTransaction;
import org.rbmkit.core.money.ExchangeRate;
import org.rbmkit.core.money.Money;
import org.rbmkit.budget.growth.Proration;

/**
 * Budget and spending of imported IATI activities by activity and budget column, in one
 * currency, with the amounts that could not be converted listed as findings.
 *
 * <pre>{@code
 * IatiExecution x = IatiExecution.of(activities, Currency.getInstance("EUR"),
 *     List.of(new ExchangeRate(usd, eur, new BigDecimal("0.92"), LocalDate.of(2014, 1, 1),
 *         ExchangeRateKind.OPERATIONAL)), RoundingMode.HALF_EVEN);
 * Row r = x.rows().get(0);
 * r.budget();      // Σ of the activity's budgets in that column (IatiBudgetTotals)
 * r.spending();    // Σ of disbursements (3) and expenditures (4) dated in the column's period
 * r.commitments(); // Σ of commitments (2) dated in the period, shown apart
 * r.incomingCommitments();  // Σ of incoming commitments (11): the funding secured
 * r.incomingFunds();        // Σ of incoming funds (1): the money received
 * r.fundingGap().gap();     // budget − incoming commitments
 * r.rate();        // spending ÷ budget, exact; undefined when the budget is zero
 * x.unconverted(); // amounts with no rate for their currency on or before their date
 * }</pre>
 *
 * <p>Budgets are summed by {@link IatiBudgetTotals} per currency; a budget sum in another
 * currency than the target converts at the rate in force on the column's first day. A
 * transaction converts amount by amount at the rate in force on its {@code value-date}. The rate
 * in force on a day is the caller's rate from that currency to the target with the latest date on
 * or before the day; each conversion rounds once to the target's minor units with the caller's
 * {@link RoundingMode}. Transactions are dated by their {@code transaction-date}; a transaction
 * counts in every column of its activity whose period contains that date. Negative values
 * (refunds, reversals) are summed as published. An amount with no usable money (no or unknown
 * currency) or no rate in force is left out of the sums and listed in {@link #unconverted()},
 * never dropped silently. Immutable and thread-safe.
 *
 * @param currency the currency of every figure
 * @param rows the activities' columns, by activity then column text
 * @param unconverted the amounts left out of the sums, each with the reason
 */
public record IatiExecution(
    Currency currency, ImmutableList<Row> rows, ImmutableList<Unconverted> unconverted) {

  /** IATI TransactionType code of a commitment. */
  public static final String COMMITMENT = "2";

  /** IATI TransactionType codes counted as spending: disbursement and expenditure. */
  public static final List<String> SPENDING = List.of("3", "4");

  /** IATI TransactionType code of incoming funds: money received for the activity. */
  public static final String INCOMING_FUNDS = "1";

  /**
   * IATI TransactionType code of an incoming commitment: a firm, written obligation of a funder to
   * provide money to the activity, counted as secured funding.
   */
  public static final String INCOMING_COMMITMENT = "11";

  /** Copies the lists. */
  public IatiExecution {
    checkNotNull(currency, "currency");
    rows = ImmutableList.copyOf(checkNotNull(rows, "rows"));
    unconverted = ImmutableList.copyOf(checkNotNull(unconverted, "unconverted"));
  }

  /**
   * One activity's budget column with its spending and commitments.
   *
   * @param activity the activity identifier
   * @param column the budget column (type, status, period)
   * @param budget the Σ of the activity's budgets in the column
   * @param commitments the Σ of commitments dated in the period
   * @param spending the Σ of disbursements and expenditures dated in the period
   * @param incomingCommitments the Σ of incoming commitments (11) dated in the period: the
   *     funding secured
   * @param incomingFunds the Σ of incoming funds (1) dated in the period: the money received
   */
  public record Row(String activity, IatiBudgetColumn column, Money budget, Money commitments,
      Money spending, Money incomingCommitments, Money incomingFunds) {

    /** Validates the components. */
    public Row {
      checkNotNull(activity, "activity");
      checkNotNull(column, "column");
      checkNotNull(budget, "budget");
      checkNotNull(commitments, "commitments");
      checkNotNull(spending, "spending");
      checkNotNull(incomingCommitments, "incomingCommitments");
      checkNotNull(incomingFunds, "incomingFunds");
    }

    /**
     * The funding gap of the row: the budget (the requirement, planned for an original budget and
     * revised for a revised one) against the incoming commitments (the funding secured), under the
     * activity's identifier as the only fund, since IATI does not split a budget by funder. A
     * negative gap is more secured than budgeted; the coverage is undefined at a zero budget.
     */
    public FundingGap fundingGap() {
      return new FundingGap(activity, column.toString(), basis(),
          ImmutableSortedMap.of(activity, budget),
          ImmutableSortedMap.of(activity, incomingCommitments));
    }

    private AmountKind basis() {
      return column.type() == BudgetType.REVISED ? AmountKind.REVISED : AmountKind.PLANNED;
    }

    /** Spending ÷ budget, exact; undefined when the budget is zero. */
    public Ratio rate() {
      return Ratio.of(spending, budget);
    }

    /**
     * The execution at {@code asOf}: elapsed share of the column's period by {@link
     * Proration#elapsedDays}, expected spending rounded by {@code rounding}; the basis is planned
     * for an original budget and revised for a revised one.
     */
    public Execution execution(LocalDate asOf, MoneyRounding rounding) {
      Ratio elapsed = Proration.elapsedDays(column.period(), asOf);
      return new Execution(activity, column.toString(), basis(), budget, spending, elapsed,
          Proration.expectedSpending(budget, elapsed, rounding), rounding);
    }

    /** The standing of this row next to the activity's achievement rating code. */
    public Standing standing(
        String rating, ExecutionRule rule, LocalDate asOf, MoneyRounding rounding) {
      checkNotNull(rule, "rule");
      return rule.classify(execution(asOf, rounding), rating);
    }
  }

  /**
   * An amount left out of the sums.
   *
   * @param activity the activity identifier
   * @param where {@code budget column …} or {@code transaction[i] type t}
   * @param amount the amount as published
   * @param reason why it was left out
   */
  public record Unconverted(String activity, String where, IatiAmount amount, String reason) {

    /** Validates the components. */
    public Unconverted {
      checkNotNull(activity, "activity");
      checkNotNull(where, "where");
      checkNotNull(amount, "amount");
      checkNotNull(reason, "reason");
    }

    /** {@code activity where: amount: reason}. */
    @Override
    public String toString() {
      return activity + " " + where + ": " + amount + ": " + reason;
    }
  }

  /**
   * Checks {@code rates} as a conversion reads them: no two give different rates for one
   * currency pair and day. Every view that converts checks them so; a caller that reads the rates
   * from a file of their own can check them first, to name that file.
   *
   * @throws IllegalArgumentException naming the second entry by its position, {@code [3]: a
   *     second rate USD->EUR on 2024-01-01: 5, where [0] gives 0.92}
   */
  public static void checkRates(List<ExchangeRate> rates) {
    checkNotNull(rates, "rates");
    Map<String, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < rates.size(); i++) {
      ExchangeRate r = rates.get(i);
      Integer j = firstAt.putIfAbsent(r.from() + "->" + r.to() + " on " + r.date(), i);
      if (j != null && rates.get(j).rate().compareTo(r.rate()) != 0) {
        throw new IllegalArgumentException(
            lenientFormat(
                "[%s]: a second rate %s->%s on %s: %s, where [%s] gives %s",
                i, r.from(), r.to(), r.date(), r.rate(), j, rates.get(j).rate()));
      }
    }
  }

  /**
   * The view of {@code activities} in {@code currency}.
   *
   * @throws IllegalArgumentException as {@link IatiBudgetTotals#entries} for an unusable
   *     budget, or when a rate does not convert to {@code currency}
   */
  public static IatiExecution of(Iterable<IatiActivity> activities, Currency currency,
      List<ExchangeRate> rates, RoundingMode rounding) {
    checkNotNull(activities, "activities");
    checkNotNull(currency, "currency");
    checkNotNull(rounding, "rounding");
    for (ExchangeRate r : checkNotNull(rates, "rates")) {
      checkArgument(r.to().equals(currency), "exchange rate %s->%s on %s does not convert to %s",
          r.from(), r.to(), r.date(), currency);
    }
    Rates table = new Rates(currency, rates, rounding);
    IatiBudgetTotals totals = IatiBudgetTotals.of(activities);
    List<Unconverted> unconverted = new ArrayList<>();
    Map<String, Map<IatiBudgetColumn, BigDecimal>> budgets = new TreeMap<>();
    for (Currency c : totals.currencies()) {
      for (Map.Entry<BudgetTotals.Group, Money> e : totals.totals(c).sums().entrySet()) {
        String activity = e.getKey().fund();
        IatiBudgetColumn column = IatiBudgetColumn.parse(e.getKey().column());
        LocalDate day = column.period().start();
        Optional<Money> m = table.convert(e.getValue(), day, activity, "budget " + column);
        if (m.isEmpty()) {
          unconverted.add(new Unconverted(activity, "budget " + column,
              new IatiAmount(e.getValue().amount(), Optional.of(c.getCurrencyCode()), day),
              "no rate " + c + "->" + currency + " on or before " + day));
          continue;
        }
        budgets.computeIfAbsent(activity, a -> new TreeMap<>(
                Comparator.comparing(IatiBudgetColumn::toString)))
            .merge(column, m.get().amount(), BigDecimal::add);
      }
    }
    ImmutableList.Builder<Row> rows = ImmutableList.builder();
    for (IatiActivity a : activities) {
      Map<IatiBudgetColumn, BigDecimal> columns = budgets.remove(a.identifier());
      if (columns == null) {
        continue; // no budget, or a repeated identifier already shown
      }
      List<Money> converted = new ArrayList<>();
      List<IatiTransaction> counted = new ArrayList<>();
      for (int i = 0; i < a.transactions().size(); i++) {
        IatiTransaction t = a.transactions().get(i);
        if (!COUNTED.contains(t.type())) {
          continue;
        }
        String where = "transaction[" + (i + 1) + "] type " + t.type();
        Optional<Money> money = t.value().money();
        if (money.isEmpty()) {
          unconverted.add(new Unconverted(a.identifier(), where, t.value(),
              "no usable currency (no @currency or default-currency, or not ISO 4217)"));
          continue;
        }
        Optional<Money> m = table.convert(money.get(), t.value().valueDate(), a.identifier(),
            where);
        if (m.isEmpty()) {
          unconverted.add(new Unconverted(a.identifier(), where, t.value(), "no rate "
              + money.get().currency() + "->" + currency + " on or before "
              + t.value().valueDate()));
          continue;
        }
        converted.add(m.get());
        counted.add(t);
      }
      columns.forEach((column, budget) -> {
        BigDecimal commitments = BigDecimal.ZERO;
        BigDecimal spending = BigDecimal.ZERO;
        BigDecimal incomingCommitments = BigDecimal.ZERO;
        BigDecimal incomingFunds = BigDecimal.ZERO;
        for (int i = 0; i < counted.size(); i++) {
          IatiTransaction t = counted.get(i);
          if (column.period().contains(t.date())) {
            BigDecimal v = converted.get(i).amount();
            switch (t.type()) {
              case COMMITMENT -> commitments = commitments.add(v);
              case INCOMING_FUNDS -> incomingFunds = incomingFunds.add(v);
              case INCOMING_COMMITMENT -> incomingCommitments = incomingCommitments.add(v);
              default -> spending = spending.add(v);
            }
          }
        }
        rows.add(new Row(a.identifier(), column, Money.ofTotal(currency, budget),
            Money.ofTotal(currency, commitments), Money.ofTotal(currency, spending),
            Money.ofTotal(currency, incomingCommitments), Money.ofTotal(currency, incomingFunds)));
      });
    }
    return new IatiExecution(currency, rows.build(), ImmutableList.copyOf(unconverted));
  }

  private static final List<String> COUNTED =
      List.of(COMMITMENT, SPENDING.get(0), SPENDING.get(1), INCOMING_FUNDS, INCOMING_COMMITMENT);

  /** The caller's rates by source currency, each list sorted by date. */
  static final class Rates {
    private final Map<String, TreeMap<LocalDate, ExchangeRate>> byCurrency = new TreeMap<>();
    private final Currency target;
    private final RoundingMode rounding;

    Rates(Currency target, List<ExchangeRate> rates, RoundingMode rounding) {
      this.target = target;
      this.rounding = rounding;
      checkRates(rates);
      for (ExchangeRate r : rates) {
        byCurrency.computeIfAbsent(r.from().getCurrencyCode(), c -> new TreeMap<>())
            .put(r.date(), r);
      }
    }

    /**
     * {@code amount} at the rate in force on {@code day}; empty without one. A converted amount
     * beyond what {@link Money} holds is refused naming the activity, the amount ({@code where})
     * and the rate.
     */
    Optional<Money> convert(Money amount, LocalDate day, String activity, String where) {
      if (amount.currency().equals(target)) {
        return Optional.of(amount);
      }
      TreeMap<LocalDate, ExchangeRate> m = byCurrency.get(amount.currency().getCurrencyCode());
      if (m == null) {
        return Optional.empty();
      }
      Map.Entry<LocalDate, ExchangeRate> e = m.floorEntry(day);
      if (e == null) {
        return Optional.empty();
      }
      ExchangeRate r = e.getValue();
      try {
        return Optional.of(r.convert(amount, rounding));
      } catch (IllegalArgumentException x) {
        throw new IllegalArgumentException(
            lenientFormat(
                "activity %s, %s: %s at the rate %s->%s %s of %s: %s",
                activity, where, amount, r.from(), r.to(), r.rate(), r.date(), x.getMessage()),
            x);
      }
    }
  }
}
