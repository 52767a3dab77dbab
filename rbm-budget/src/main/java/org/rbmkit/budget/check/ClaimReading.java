package org.rbmkit.budget.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.BiFunction;
import org.rbmkit.budget.document.Claim;
import org.rbmkit.budget.document.FigureRef;
import org.rbmkit.budget.measure.MoneyRounding;

/**
 * Reads one claim against the figures under its rule; package-private, used by {@link
 * ConsistencyCheck}. Every comparison is exact: a band is checked as {@code |claimed × d − n| ≤
 * band × |d|} on the quotient {@code n / d}, and a step rounds {@code n / d} in one step.
 */
final class ClaimReading {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ClaimReading() {}

  /**
   * How the claim reads against the figures.
   *
   * @param figure a figure of the document by reference and column, in units of the currency
   *     (FTE for a staffing FTE figure)
   */
  static ClaimOutcome read(Claim c, BiFunction<FigureRef, String, BigDecimal> figure,
      String currency) {
    BigDecimal at = figure.apply(c.of(), c.column());
    BigDecimal numerator;
    BigDecimal denominator = BigDecimal.ONE;
    BigDecimal claimed = c.claimed();
    switch (c.kind()) {
      case PERCENTAGE_CHANGE -> {
        BigDecimal from = figure.apply(c.of(), c.from().orElseThrow());
        numerator = at.subtract(from).multiply(HUNDRED);
        denominator = from;
      }
      case ABSOLUTE_CHANGE -> numerator = at.subtract(figure.apply(c.of(), c.from().orElseThrow()));
      case AMOUNT, COUNT -> {
        numerator = at;
        denominator = c.per().orElse(BigDecimal.ONE);
      }
      case SHARE -> {
        numerator = at.multiply(HUNDRED);
        denominator = figure.apply(c.whole().orElseThrow(), c.column());
      }
      case REAL_CHANGE -> {
        BigDecimal from = figure.apply(c.of(), c.from().orElseThrow());
        numerator = from.multiply(HUNDRED.add(c.inflation().orElseThrow()))
            .multiply(HUNDRED.add(c.claimed()));
        denominator = HUNDRED.multiply(HUNDRED);
        claimed = at;
      }
      default -> throw new AssertionError(c.kind());
    }
    String measure = measure(c, currency);
    String head = c.kind().code() + " of " + c.of()
        + c.from().map(f -> " " + f + " → " + c.column()).orElse(" in " + c.column())
        + c.whole().map(w -> " over " + w).orElse("")
        + c.per().map(p -> " per " + p.toPlainString()).orElse("")
        + c.inflation().map(i -> ", inflation " + i.toPlainString() + " %, real "
            + c.claimed().toPlainString() + " %").orElse("");
    if (denominator.signum() == 0) {
      return new ClaimOutcome(c, measure, claimed, Optional.empty(), Optional.empty(), false,
          head + ": undefined (zero base); text: " + c.text());
    }
    String exact = numerator.divide(denominator, 4, RoundingMode.HALF_EVEN).toPlainString();
    Claim.Rule rule = c.rule();
    BigDecimal read;
    boolean holds;
    if (rule.step().isPresent()) {
      try {
        read = new MoneyRounding(rule.step().get(), rule.mode())
            .roundQuotient(numerator, denominator);
      } catch (ArithmeticException e) {
        return new ClaimOutcome(c, measure, claimed, Optional.empty(),
            Optional.of(new BigDecimal(exact)), false, head + ": exact " + exact
                + " is not a multiple of the rule's step, rule \"" + rule + "\"; text: "
                + c.text());
      }
      holds = claimed.subtract(read).abs().compareTo(rule.within()) <= 0;
    } else {
      read = new BigDecimal(exact);
      holds = claimed.multiply(denominator).subtract(numerator).abs()
          .compareTo(rule.within().multiply(denominator.abs())) <= 0;
    }
    return new ClaimOutcome(c, measure, claimed, Optional.of(read),
        Optional.of(new BigDecimal(exact)), holds,
        head + ": exact " + exact + ", read under rule \"" + rule + "\"; text: " + c.text());
  }

  private static String measure(Claim c, String currency) {
    if (c.kind().measure().isPresent()) {
      return c.kind().measure().get();
    }
    return c.of().place() == FigureRef.Place.STAFF && c.of().part().equals("fte")
        ? "FTE" : currency;
  }
}
