package org.rbmkit.budget.iati;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The one rule by which the IATI views split an amount by published percentages (sectors,
 * recipient countries and regions), so that {@link IatiCube} and {@link IatiMoneyBreakdown} never
 * disagree and never invent or lose money: the shares returned always add up to exactly 100.
 *
 * <ul>
 *   <li>nothing published: the whole amount under the view's label for "not attributed";
 *   <li>one code without a percentage: the whole amount under it;
 *   <li>percentages on every code, none negative, adding up to exactly 100: split as published;
 *   <li>anything else (a code without a percentage among several, a negative percentage, a sum
 *       other than 100): not split; the whole amount under all the codes joined by {@code +} in
 *       code order, such as {@code KE+UG}, with the reason given by {@link #whyNotSplit}.
 * </ul>
 */
final class PercentageSplit {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PercentageSplit() {}

  /**
   * Code → percentage, adding up to exactly 100.
   *
   * @param published each code with its published percentage, in document order
   * @param none the key for an amount with nothing published
   */
  static Map<String, BigDecimal> shares(
      List<Map.Entry<String, Optional<BigDecimal>>> published, String none) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    if (published.isEmpty()) {
      out.put(none, HUNDRED);
      return out;
    }
    if (published.size() == 1 && published.get(0).getValue().isEmpty()) {
      out.put(published.get(0).getKey(), HUNDRED);
      return out;
    }
    if (whyNotSplit(published, "").isEmpty()) {
      published.forEach(e -> out.merge(e.getKey(), e.getValue().get(), BigDecimal::add));
      return out;
    }
    out.put(joined(published), HUNDRED);
    return out;
  }

  /**
   * Why an amount is not split by the published percentages, naming what was published as
   * {@code what} ("sectors", "countries and regions"); empty when it is split as published.
   */
  static Optional<String> whyNotSplit(
      List<Map.Entry<String, Optional<BigDecimal>>> published, String what) {
    if (published.isEmpty()) {
      return Optional.of("no " + what);
    }
    if (published.size() == 1 && published.get(0).getValue().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, Optional<BigDecimal>> e : published) {
      if (e.getValue().isEmpty()) {
        return Optional.of(published.size() + " " + what + ", not each with a percentage: kept"
            + " whole under " + joined(published));
      }
      if (e.getValue().get().signum() < 0) {
        return Optional.of("a negative percentage " + e.getValue().get().toPlainString()
            + " among its " + what + ": kept whole under " + joined(published));
      }
      sum = sum.add(e.getValue().get());
    }
    return sum.compareTo(HUNDRED) == 0
        ? Optional.empty()
        : Optional.of("the percentages of its " + what + " add up to " + sum.toPlainString()
            + ", not 100: kept whole under " + joined(published));
  }

  private static String joined(List<Map.Entry<String, Optional<BigDecimal>>> published) {
    return String.join("+", new TreeSet<>(published.stream().map(Map.Entry::getKey).toList()));
  }
}
