package org.rbmkit.budget.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.rbmkit.core.iati.BudgetStatus;
import org.rbmkit.core.iati.BudgetType;
import org.rbmkit.core.period.DateRange;

/**
 * The budget column an IATI budget is summed in: its type, status and period.
 *
 * <pre>{@code
 * IatiBudgetColumn c = new IatiBudgetColumn(BudgetType.ORIGINAL, BudgetStatus.INDICATIVE,
 *     DateRange.parse("2014-01-01/2014-12-31"));
 * c.toString();                          // original indicative 2014-01-01/2014-12-31
 * IatiBudgetColumn.parse(c.toString());  // equals c
 * }</pre>
 *
 * <p>Original and revised budgets, and indicative and committed ones, are never summed together: a
 * revised budget replaces the original for its period, and an indicative figure is not a
 * commitment. Immutable and thread-safe.
 *
 * @param type original or revised
 * @param status indicative or committed
 * @param period the budget period, end inclusive
 */
public record IatiBudgetColumn(BudgetType type, BudgetStatus status, DateRange period) {

  /** Checks the components. */
  public IatiBudgetColumn {
    checkNotNull(type, "type");
    checkNotNull(status, "status");
    checkNotNull(period, "period");
  }

  /**
   * The column written as by {@link #toString()}.
   *
   * @throws IllegalArgumentException quoting the text when it is not {@code <type> <status>
   *     <start>/<end>} with type {@code original} or {@code revised} and status {@code indicative}
   *     or {@code committed}
   */
  public static IatiBudgetColumn parse(CharSequence text) {
    checkNotNull(text, "text");
    String[] parts = text.toString().split(" ", -1);
    if (parts.length == 3) {
      BudgetType type = byName(BudgetType.values(), parts[0]);
      BudgetStatus status = byName(BudgetStatus.values(), parts[1]);
      if (type != null && status != null) {
        try {
          return new IatiBudgetColumn(type, status, DateRange.parse(parts[2]));
        } catch (IllegalArgumentException e) {
          // reported below with the accepted form
        }
      }
    }
    throw new IllegalArgumentException(
        "IATI budget column \""
            + text
            + "\" is not \"<original|revised> <indicative|committed> <start>/<end>\","
            + " such as \"original indicative 2014-01-01/2014-12-31\"");
  }

  private static <E extends Enum<E>> E byName(E[] values, String name) {
    for (E e : values) {
      if (e.name().toLowerCase(Locale.ROOT).equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** {@code original indicative 2014-01-01/2014-12-31}. */
  @Override
  public String toString() {
    return type.name().toLowerCase(Locale.ROOT)
        + " "
        + status.name().toLowerCase(Locale.ROOT)
        + " "
        + period;
  }
}
