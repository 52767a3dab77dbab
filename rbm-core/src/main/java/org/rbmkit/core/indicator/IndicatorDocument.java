package org.rbmkit.core.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.rbmkit.core.document.Consistent;
import org.rbmkit.core.document.CrossChecked;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.text.LocalizedText;

/**
 * The JSON and Bean Validation form of an {@link Indicator}.
 *
 * <pre>{@code
 * {
 *   "code": "2.1",
 *   "title": {"fr": "Taux de certification", "en": "Certification rate"},
 *   "measure": "ratio", "unit": "participants",
 *   "direction": "increase", "cumulation": "non-cumulative",
 *   "baselines": [{"period": "2022", "numerator": 59, "denominator": 100}],
 *   "targets": [{"period": "2024-25", "numerator": 65, "denominator": 100, "qualifier": "at-least"}]
 * }
 * }</pre>
 *
 * <p>{@code unit} may be left out (no unit), {@code band} must be given exactly for direction
 * {@code maintain}, and the lists may be left out (empty). Validation reports every problem: a
 * value the measure does not take, a repeated period, a missing band, a currency unit that is
 * not an ISO 4217 code. A mutable bean for reading and validating; not thread-safe.
 */
@Consistent
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "code", "title", "measure", "unit", "direction", "band", "cumulation",
  "baselines", "targets", "milestones", "actuals"
})
public class IndicatorDocument implements CrossChecked {

  /** The code, unique within its result. */
  @NotNull public String code;

  /** The wording, language tag to text. */
  @NotNull public LocalizedText title;

  /** How the indicator is measured. */
  @NotNull public Measure measure;

  /** The unit label; empty for none. */
  @NotNull public String unit = "";

  /** Which way the indicator should move. */
  @NotNull public Direction direction;

  /** The band for direction {@code maintain}; null otherwise. */
  public Band band;

  /** How values over periods add up. */
  @NotNull public Cumulation cumulation;

  /** Starting values. */
  @NotNull public List<PeriodValueDocument> baselines = new ArrayList<>();

  /** Targets per period. */
  @NotNull public List<PeriodValueDocument> targets = new ArrayList<>();

  /** Interim targets per period. */
  @NotNull public List<PeriodValueDocument> milestones = new ArrayList<>();

  /** Reported values per period. */
  @NotNull public List<PeriodValueDocument> actuals = new ArrayList<>();

  /** An empty document, to be filled by Jackson or by hand. */
  public IndicatorDocument() {}

  /** The document form of {@code i}. */
  public static IndicatorDocument of(Indicator i) {
    IndicatorDocument d = new IndicatorDocument();
    d.code = i.code();
    d.title = i.title();
    d.measure = i.measure();
    d.unit = i.unit();
    d.direction = i.direction();
    d.band = i.band().orElse(null);
    d.cumulation = i.cumulation();
    i.baselines().forEach(b -> d.baselines.add(PeriodValueDocument.of(b)));
    i.targets().forEach(v -> d.targets.add(PeriodValueDocument.of(v)));
    i.milestones().forEach(v -> d.milestones.add(PeriodValueDocument.of(v)));
    i.actuals().forEach(v -> d.actuals.add(PeriodValueDocument.of(v)));
    return d;
  }

  /**
   * The indicator.
   *
   * @throws IllegalArgumentException if the document is not valid
   */
  public Indicator toModel() {
    List<Baseline> b = new ArrayList<>();
    baselines.forEach(v -> b.add(v.toBaseline()));
    return new Indicator(
        code,
        title,
        measure,
        unit,
        direction,
        Optional.ofNullable(band),
        cumulation,
        ImmutableList.copyOf(b),
        periodValues(targets),
        periodValues(milestones),
        periodValues(actuals));
  }

  private static ImmutableList<PeriodValue> periodValues(List<PeriodValueDocument> values) {
    ImmutableList.Builder<PeriodValue> b = ImmutableList.builderWithExpectedSize(values.size());
    values.forEach(v -> b.add(v.toPeriodValue()));
    return b.build();
  }

  @Override
  public void crossCheck(Problems problems) {
    if (code != null) {
      try {
        Values.checkCode(code, "indicator");
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage(), "code");
      }
    }
    if (unit != null && (unit.length() > 64 || !unit.strip().equals(unit))) {
      problems.add(
          "unit \"" + Values.abbreviate(unit) + "\" must be at most 64 characters without"
              + " surrounding spaces",
          "unit");
    }
    if (direction != null) {
      if (direction == Direction.MAINTAIN && band == null) {
        problems.add("direction maintain needs a band", "band");
      } else if (direction != Direction.MAINTAIN && band != null) {
        problems.add(
            "a band is given but the direction is " + direction.code() + ", not maintain", "band");
      }
    }
    Optional<Currency> currency = Optional.empty();
    if (measure == Measure.CURRENCY && unit != null) {
      try {
        currency = Optional.of(Currencies.of(unit));
      } catch (IllegalArgumentException e) {
        problems.add("a currency indicator's unit must be an ISO 4217 code: " + e.getMessage(), "unit");
      }
    }
    check("baselines", baselines, currency, problems);
    check("targets", targets, currency, problems);
    check("milestones", milestones, currency, problems);
    check("actuals", actuals, currency, problems);
  }

  private void check(
      String list,
      List<PeriodValueDocument> values,
      Optional<Currency> currency,
      Problems problems) {
    if (values == null) {
      return;
    }
    // a value's key is its period, with its dimensions when it has any (equal maps are equal
    // whatever their kind, and a period never equals a list)
    Set<Object> seen = new HashSet<>(values.size() * 2);
    for (int i = 0; i < values.size(); i++) {
      PeriodValueDocument v = values.get(i);
      if (v == null) {
        problems.add(ValueDocument.MUST_NOT_BE_NULL, list, i);
        continue;
      }
      // each value's own checks, by hand rather than by a cascade of the validator: the same
      // problems at the same paths, at a fraction of the cost for a document of many values
      v.checkAsPart(problems.at(list, i));
      String kind = v.kind();
      if (measure != null && kind != null && !accepts(measure, kind)) {
        problems.add(
            "a " + measure.code() + " indicator does not take a " + kind + " value",
            list,
            i,
            kind.equals("ratio") ? "numerator" : kind.equals("decimal") ? "value" : "text");
      }
      if (currency.isPresent() && v.value != null) {
        try {
          Money.of(currency.get(), v.value);
        } catch (IllegalArgumentException e) {
          problems.add(e.getMessage(), list, i, "value");
        }
      }
      if (v.period != null && v.dimensions != null && !v.dimensions.containsValue(null)) {
        Object key = v.dimensions.isEmpty() ? v.period : List.of(v.period, v.dimensions);
        if (!seen.add(key)) {
          problems.add(
              "repeats period "
                  + v.period
                  + (v.dimensions.isEmpty() ? "" : " with dimensions " + new TreeMap<>(v.dimensions))
                  + " in "
                  + list,
              list,
              i,
              "period");
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
