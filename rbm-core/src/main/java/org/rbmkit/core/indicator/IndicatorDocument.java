package org.rbmkit.core.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.document.Consistent;
import org.rbmkit.core.document.CrossChecked;
import org.rbmkit.core.document.Problems;
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
 * not an ISO 4217 code; a missing required field is reported as {@code must not be null}. The
 * rules are those {@link Indicator}'s constructor runs, written once. A mutable bean for reading and validating; not thread-safe.
 */
@Consistent
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "code", "title", "measure", "unit", "direction", "band", "cumulation",
  "baselines", "targets", "milestones", "actuals"
})
public class IndicatorDocument implements CrossChecked {

  /** The code, unique within its result. */
  public String code;

  /** The wording, language tag to text. */
  public LocalizedText title;

  /** How the indicator is measured. */
  public Measure measure;

  /** The unit label; empty for none. */
  public String unit = "";

  /** Which way the indicator should move. */
  public Direction direction;

  /** The band for direction {@code maintain}; null otherwise. */
  public Band band;

  /** How values over periods add up. */
  public Cumulation cumulation;

  /** Starting values. */
  public List<PeriodValueDocument> baselines = new ArrayList<>();

  /** Targets per period. */
  public List<PeriodValueDocument> targets = new ArrayList<>();

  /** Interim targets per period. */
  public List<PeriodValueDocument> milestones = new ArrayList<>();

  /** Reported values per period. */
  public List<PeriodValueDocument> actuals = new ArrayList<>();

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

  /**
   * Every problem of the indicator and its values, by the rules its constructor runs ({@code
   * IndicatorRules}) and each value's own ({@link ValueDocument#crossCheck}).
   */
  @Override
  public void crossCheck(Problems problems) {
    Optional<Currency> currency =
        IndicatorRules.indicator(
            problems, code, title, measure, unit, direction, band != null, cumulation);
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
    if (!IndicatorRules.required(problems, values, list)) {
      return;
    }
    List<IndicatorRules.Entry> entries = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      PeriodValueDocument v = values.get(i);
      if (v == null) {
        entries.add(null);
        continue;
      }
      v.crossCheck(problems.at(list, i));
      Map<String, String> dims =
          v.dimensions == null || v.dimensions.containsValue(null) ? null : v.dimensions;
      String kind = v.kind();
      Object shown =
          kind == null ? null : kind.equals("decimal") ? v.value : kind.equals("ratio") ? v.numerator : v.text;
      entries.add(new IndicatorRules.Entry(v.period, kind, v.value, shown, dims));
    }
    IndicatorRules.values(problems, list, measure, currency, entries);
  }
}
