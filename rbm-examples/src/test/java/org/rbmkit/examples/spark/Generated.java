package org.rbmkit.examples.spark;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.rbmkit.budget.document.BudgetEntry;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.indicator.Value;
import org.rbmkit.core.money.Money;

/**
 * Random, valid budget entries and indicator values; deterministic for a given seed (enrolments
 * come from rbm-kpi's test jar, {@code EnrolmentGenerator}).
 */
final class Generated {

  private Generated() {}

  /**
   * {@code n} entries in {@code currency} over 3 columns, 4 funds and every line kind, amounts
   * up to a thousand million minor units (cents for EUR); net contributions may be negative.
   */
  static List<BudgetEntry> entries(long seed, int n, String currency) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] columns = {"2022-23-budget", "2022-23-forecast", "2024-25-proposal"};
    String[] funds = {"regular", "core-voluntary", "earmarked", "other"};
    int scale = Currency.getInstance(currency).getDefaultFractionDigits();
    List<BudgetEntry> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LineKind kind = pick(random, LineKind.values());
      long cents = random.nextLong(1_000_000_000L);
      if (kind.allowsNegative() && random.nextBoolean()) {
        cents = -cents;
      }
      out.add(
          new BudgetEntry(
              pick(random, columns),
              pick(random, funds),
              kind,
              1 + random.nextInt(40),
              "L" + i,
              Money.of(currency, BigDecimal.valueOf(cents, scale))));
    }
    return out;
  }

  /**
   * {@code n} values of 40 indicators: a third report decimals (negative ones and several
   * scales included), a third ratios, a third mostly ratios with the odd decimal or text.
   */
  static List<IndicatorValueRow> indicatorValues(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<IndicatorValueRow> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int indicator = random.nextInt(40);
      String code = "I" + indicator;
      String source = "unit " + random.nextInt(200) + ", row " + i;
      Value v;
      int family = indicator % 3;
      if (family == 0 || (family == 2 && random.nextInt(50) == 0)) {
        v = DecimalValue.of(BigDecimal.valueOf(random.nextLong(-5_000_000, 50_000_000),
            random.nextInt(4)));
      } else if (family == 1 || random.nextInt(49) > 0) {
        long den = random.nextLong(0, 500);
        v = RatioValue.of(BigDecimal.valueOf(random.nextLong(0, den + 1)), BigDecimal.valueOf(den));
      } else {
        v = new TextValue("not reported by unit " + random.nextInt(200));
      }
      out.add(IndicatorValueRow.of(code, source, v));
    }
    return out;
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
