package org.rbmkit.examples.table;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;

/**
 * How the tour and the {@code rbm} command print figures: thousands grouped by spaces as the
 * seeds print them ({@code 60 535}), nothing rounded unless a rounding rule is passed.
 *
 * <pre>{@code
 * Figures.grouped(new BigDecimal("60535"));            // "60 535"
 * Figures.inUnit(Money.of("EUR", 60_535_000), AmountUnit.THOUSANDS);   // "60 535"
 * Figures.percent(Optional.of(new BigDecimal("55.05")));               // "55.05 %"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Figures {

  private Figures() {}

  /**
   * The number in plain notation with its integer digits grouped by threes with a space; the
   * decimals as they are (trailing zeros kept, so {@code 1.50} stays {@code 1.50}).
   */
  public static String grouped(BigDecimal value) {
    checkNotNull(value, "value");
    String plain = value.toPlainString();
    boolean negative = plain.startsWith("-");
    if (negative) {
      plain = plain.substring(1);
    }
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < integer.length(); i++) {
      if (i > 0 && (integer.length() - i) % 3 == 0) {
        b.append(' ');
      }
      b.append(integer.charAt(i));
    }
    return (negative ? "-" : "") + b + fraction;
  }

  /** A whole number, grouped. */
  public static String grouped(long value) {
    return grouped(BigDecimal.valueOf(value));
  }

  /**
   * An amount in a printed unit (thousands for a table in kEUR), exact: a fraction of the unit is
   * shown, never rounded away.
   */
  public static String inUnit(Money amount, AmountUnit unit) {
    checkNotNull(amount, "amount");
    checkNotNull(unit, "unit");
    BigDecimal v = unit.inUnit(amount).stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0, RoundingMode.UNNECESSARY);
    }
    return grouped(v);
  }

  /** A percentage already rounded by its caller, with a {@code %} sign; {@code n/a} if empty. */
  public static String percent(Optional<BigDecimal> percent) {
    checkNotNull(percent, "percent");
    return percent.map(p -> p.toPlainString() + " %").orElse("n/a");
  }
}
