package org.rbmkit.budget.balance;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;

/**
 * Income and expenditure of a budget, or of one fund or column of it, and their difference.
 *
 * <pre>{@code
 * Balance b = new Balance(Money.of("EUR", 100), Money.of("EUR", 80));
 * b.surplus();   // EUR 20.00; negative for a deficit
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param income Σ income-side lines
 * @param expenditure Σ expenditure-side lines
 */
public record Balance(Money income, Money expenditure) {

  /** Validates that both amounts share a currency. */
  public Balance {
    checkNotNull(income, "income");
    checkNotNull(expenditure, "expenditure");
    if (!income.isSameCurrency(expenditure)) {
      throw new CurrencyMismatchException(income.currency(), expenditure.currency());
    }
  }

  /** Income − expenditure: positive for a surplus, negative for a deficit. */
  public Money surplus() {
    return income.minus(expenditure);
  }

  /** Whether income equals expenditure. */
  public boolean isBalanced() {
    return surplus().isZero();
  }

  /** The sum of two balances, component by component. */
  public Balance plus(Balance other) {
    checkNotNull(other, "other");
    return new Balance(income.plus(other.income), expenditure.plus(other.expenditure));
  }
}
