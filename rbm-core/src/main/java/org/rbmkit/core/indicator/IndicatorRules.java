package org.rbmkit.core.indicator;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.text.Codes;

/**
 * The rules of an indicator, written once: {@link Indicator}'s constructor runs them on its
 * components (and throws, listing every problem), {@link IndicatorDocument} on its fields (and
 * reports every problem at its path). Fields may be {@code null} here only when they come from a
 * document; each missing required field is a problem.
 */
final class IndicatorRules {

  /** The message of a missing required field. */
  static final String REQUIRED = "must not be null";

  private IndicatorRules() {}

  /** Reports {@code field} when {@code value} is missing; whether it is present. */
  static boolean required(Problems problems, Object value, String field) {
    if (value == null) {
      problems.at(field).error("document.required", REQUIRED);
      return false;
    }
    return true;
  }

  /**
   * The rules of an indicator's own fields: code, unit, band for direction maintain, a currency
   * unit for a currency indicator.
   *
   * @return the currency of a currency indicator whose unit is one; empty otherwise
   */
  static Optional<Currency> indicator(
      Problems problems,
      String code,
      Object title,
      Measure measure,
      String unit,
      Direction direction,
      boolean bandGiven,
      Cumulation cumulation) {
    if (required(problems, code, "code")) {
      try {
        Codes.check(code, "indicator");
      } catch (IllegalArgumentException e) {
        problems.at("code").error("indicator.code", code, e);
      }
    }
    required(problems, title, "title");
    required(problems, measure, "measure");
    if (required(problems, unit, "unit") && (unit.length() > 64 || !unit.strip().equals(unit))) {
      problems
          .at("unit")
          .error(
              "indicator.unit",
              unit,
              "unit \"" + Values.abbreviate(unit) + "\" must be at most 64 characters without"
                  + " surrounding spaces");
    }
    if (required(problems, direction, "direction")) {
      if (direction == Direction.MAINTAIN && !bandGiven) {
        problems.at("band").error("indicator.band.missing", "direction maintain needs a band");
      } else if (direction != Direction.MAINTAIN && bandGiven) {
        problems
            .at("band")
            .error(
                "indicator.band.unexpected",
                "a band is given but the direction is " + direction.code() + ", not maintain");
      }
    }
    required(problems, cumulation, "cumulation");
    if (measure == Measure.CURRENCY && unit != null) {
      try {
        return Optional.of(Currencies.of(unit));
      } catch (IllegalArgumentException e) {
        problems
            .at("unit")
            .error(
                "indicator.unit.currency",
                unit,
                "a currency indicator's unit must be an ISO 4217 code: " + e.getMessage());
      }
    }
    return Optional.empty();
  }

  /**
   * What the rules need of one baseline, target, milestone or actual; a component is {@code
   * null} when a document leaves it out or gives it wrong (reported by the value's own rules).
   *
   * @param period the period
   * @param kind {@code decimal}, {@code ratio} or {@code text}; null when none or several
   * @param decimal the decimal value, if a decimal
   * @param shown the value as it is quoted in a problem
   * @param dimensions the dimensions; null when missing or holding a missing category
   */
  record Entry(
      Object period, String kind, BigDecimal decimal, Object shown, Map<String, String> dimensions) {

    /** The entry of a model's value. */
    static Entry of(Object period, IndicatorValue v) {
      Value x = v.value();
      String kind = x instanceof DecimalValue ? "decimal" : x instanceof RatioValue ? "ratio" : "text";
      BigDecimal decimal = x instanceof DecimalValue d ? d.value() : null;
      return new Entry(period, kind, decimal, x, v.dimensions());
    }
  }

  /**
   * The rules of one list of values ({@code baselines}, {@code targets}, {@code milestones} or
   * {@code actuals}): each value suits the measure, a currency amount has no more places than its
   * currency allows, and no period (with the same dimensions) is given twice. A {@code null}
   * entry is a missing element. One pass; a repeat costs one hash look-up.
   */
  static void values(
      Problems problems,
      String list,
      Measure measure,
      Optional<Currency> currency,
      List<Entry> entries) {
    // a value's key is its period, with its dimensions when it has any (equal maps are equal
    // whatever their kind, and a period never equals a list)
    Set<Object> seen = new HashSet<>(entries.size() * 2);
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      if (e == null) {
        problems.at(list, i).error("document.required", REQUIRED);
        continue;
      }
      if (measure != null && e.kind() != null && !accepts(measure, e.kind())) {
        String field =
            e.kind().equals("ratio") ? "numerator" : e.kind().equals("decimal") ? "value" : "text";
        problems
            .at(list, i, field)
            .error(
                "indicator.value.kind",
                e.shown(),
                "a " + measure.code() + " indicator does not take a " + e.kind() + " value");
      }
      if (currency.isPresent() && e.decimal() != null) {
        try {
          Money.of(currency.get(), e.decimal());
        } catch (IllegalArgumentException x) {
          problems.at(list, i, "value").error("indicator.value.currency", e.decimal(), x);
        }
      }
      if (e.period() != null && e.dimensions() != null) {
        Object key = e.dimensions().isEmpty() ? e.period() : List.of(e.period(), e.dimensions());
        if (!seen.add(key)) {
          problems
              .at(list, i, "period")
              .error(
                  "indicator.period.repeated",
                  e.period(),
                  "repeats period "
                      + e.period()
                      + (e.dimensions().isEmpty()
                          ? ""
                          : " with dimensions " + new TreeMap<>(e.dimensions()))
                      + " in "
                      + list);
        }
      }
    }
  }

  /** One value of each kind, to ask a measure whether it takes that kind. */
  private static final Value DECIMAL_SAMPLE = new DecimalValue(BigDecimal.ZERO);

  private static final Value RATIO_SAMPLE = RatioValue.of(0, 1);

  private static final Value TEXT_SAMPLE = new TextValue("x");

  private static boolean accepts(Measure measure, String kind) {
    Value sample =
        switch (kind) {
          case "decimal" -> DECIMAL_SAMPLE;
          case "ratio" -> RATIO_SAMPLE;
          default -> TEXT_SAMPLE;
        };
    return measure.accepts(sample);
  }
}
