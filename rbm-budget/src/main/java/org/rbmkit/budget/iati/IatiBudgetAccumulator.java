package org.rbmkit.budget.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rbmkit.budget.balance.BudgetTotals;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.iati.BudgetStatus;
import org.rbmkit.core.iati.BudgetType;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiBudget;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.DateRange;

/**
 * Sums the budgets of imported IATI activities in one pass, by activity, type, status, period and
 * currency; partial accumulators merge. The container of {@link IatiBudgetTotals#collector()}.
 *
 * <p>Each budget is summed in the group of rbm-budget's {@link BudgetTotals}: column its {@link
 * IatiBudgetColumn} (type, status, period), fund the activity's identifier, kind {@link
 * LineKind#EXPENDITURE} (a budget is money planned to be spent), item 1, one sum per currency:
 * amounts in different currencies are never added (convert them first with an explicit rate).
 * Activities published twice under the same identifier add up under that identifier. A negative
 * budget (a reduction or correction, as real publishers put out; the reader reports it as a
 * warning) is summed as published. Nothing is rounded, defaulted or dropped: a budget that cannot
 * be summed (no currency, a type outside the codelist…) is an error.
 *
 * <p>Memory grows with the number of groups (activity × column × currency), not with the number of
 * budgets. {@link #merge} is associative and commutative. Mutable and <em>not</em> thread-safe:
 * give each thread its own and merge.
 */
final class IatiBudgetAccumulator {

  private final Map<Currency, Map<BudgetTotals.Group, BigDecimal>> byCurrency =
      new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));

  /** An empty accumulator. */
  public IatiBudgetAccumulator() {}

  /**
   * The activity's budgets as budget entries, in document order; empty when it has none. A budget
   * document's expenditure cannot be negative, so a negative budget, which the accumulator sums as
   * published, is refused here.
   *
   * @throws IllegalArgumentException naming the activity and the budget's 1-based index when a
   *     budget has no usable {@link Money} (no currency, neither {@code @currency} nor the
   *     activity's {@code default-currency}; a code outside ISO 4217; more decimals than the
   *     currency has), a negative value, a type or status outside IATI's codelists, or a start
   *     after its end
   */
  static ImmutableList<BudgetEntry> entries(IatiActivity activity) {
    checkNotNull(activity, "activity");
    ImmutableList.Builder<BudgetEntry> out = ImmutableList.builder();
    for (int i = 0; i < activity.budgets().size(); i++) {
      Sum s = sum(activity, i + 1);
      if (s.money().isNegative()) {
        throw new IllegalArgumentException(s.where() + ": value " + s.money() + " is negative");
      }
      out.add(
          new BudgetEntry(
              s.group().column(), s.group().fund(), s.group().kind(), 1, s.where(), s.money()));
    }
    return out.build();
  }

  private record Sum(BudgetTotals.Group group, String where, Money money) {}

  private static Sum sum(IatiActivity activity, int index) {
    IatiBudget b = activity.budgets().get(index - 1);
    String where = "activity " + activity.identifier() + " budget[" + index + "]";
    BudgetType type =
        b.budgetType()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        where
                            + ": type \""
                            + b.type().orElse("")
                            + "\" is not in the IATI BudgetType codelist (1 original, 2 revised)"));
    BudgetStatus status =
        b.budgetStatus()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        where
                            + ": status \""
                            + b.status().orElse("")
                            + "\" is not in the IATI BudgetStatus codelist"
                            + " (1 indicative, 2 committed)"));
    DateRange period =
        b.period()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        where
                            + ": period start "
                            + b.periodStart()
                            + " is after its end "
                            + b.periodEnd()));
    Money money = money(b, activity, where);
    BudgetTotals.Group group =
        new BudgetTotals.Group(
            new IatiBudgetColumn(type, status, period).toString(),
            activity.identifier(),
            LineKind.EXPENDITURE,
            1);
    return new Sum(group, where, money);
  }

  private static Money money(IatiBudget b, IatiActivity activity, String where) {
    // the reader fills in the default currency; an activity built in code may leave it to us
    Optional<String> currency = b.value().currency().or(activity::defaultCurrency);
    if (currency.isEmpty()) {
      throw new IllegalArgumentException(
          where
              + ": value "
              + b.value().amount().toPlainString()
              + " has no currency (no @currency and no default-currency on the activity)");
    }
    try {
      return Money.of(currency.get(), b.value().amount());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where
              + ": value "
              + currency.get()
              + " "
              + b.value().amount().toPlainString()
              + " ("
              + b.value().valueDate()
              + ") is not usable money: "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Adds the activity's budgets, negative ones as published.
   *
   * @return this accumulator
   * @throws IllegalArgumentException as {@link #entries(IatiActivity)}, except for a negative
   *     value; the accumulator is then unchanged
   */
  public IatiBudgetAccumulator add(IatiActivity activity) {
    checkNotNull(activity, "activity");
    List<Sum> sums = new ArrayList<>();
    for (int i = 0; i < activity.budgets().size(); i++) {
      sums.add(sum(activity, i + 1));
    }
    for (Sum s : sums) {
      byCurrency
          .computeIfAbsent(s.money().currency(), c -> new HashMap<>())
          .merge(s.group(), s.money().amount(), BigDecimal::add);
    }
    return this;
  }

  /** Adds the budgets of every activity, in one pass. */
  public IatiBudgetAccumulator addAll(Iterable<IatiActivity> activities) {
    checkNotNull(activities, "activities");
    for (IatiActivity a : activities) {
      add(a);
    }
    return this;
  }

  /**
   * Adds the sums of {@code other} into this one; {@code other} is left as it was.
   *
   * @return this accumulator
   */
  public IatiBudgetAccumulator merge(IatiBudgetAccumulator other) {
    checkNotNull(other, "other");
    other.byCurrency.forEach(
        (c, groups) -> {
          Map<BudgetTotals.Group, BigDecimal> mine =
              byCurrency.computeIfAbsent(c, k -> new HashMap<>());
          groups.forEach((g, v) -> mine.merge(g, v, BigDecimal::add));
        });
    return this;
  }

  /** The totals so far, as an immutable value. */
  public IatiBudgetTotals result() {
    Map<Currency, BudgetTotals> totals =
        new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    byCurrency.forEach((c, groups) -> totals.put(c, BudgetTotals.ofSums(c, groups)));
    return new IatiBudgetTotals(totals);
  }
}
