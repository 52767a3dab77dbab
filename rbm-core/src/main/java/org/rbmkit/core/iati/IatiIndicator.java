package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.text.Shown;

/**
 * A result's {@code indicator} as published: measure, direction, aggregation status, narratives,
 * references, baselines and periods.
 *
 * <pre>{@code
 * IatiIndicator i = activity.results().get(0).indicators().get(0);
 * i.knownMeasure();                         // Optional[UNIT]
 * Indicator core = i.toIndicator("1", "en");
 * core.targets();                           // [2013-01-01/2013-03-31: 10 {age=adult, sex=female}]
 * }</pre>
 *
 * <p>The measure is kept as published ({@code 1}…{@code 5}, or what the publisher wrote); {@link
 * #knownMeasure()} reads it against the {@code IndicatorMeasure} codelist. Immutable and
 * thread-safe.
 *
 * @param measure the {@code measure} attribute as published
 * @param ascending the {@code ascending} attribute; empty when absent
 * @param aggregationStatus the {@code aggregation-status} attribute; empty when absent
 * @param title the narratives of the {@code title}
 * @param description the narratives of the {@code description}; empty when there is none
 * @param references the references, in document order
 * @param baselines the baselines, in document order
 * @param periods the periods, in document order
 */
public record IatiIndicator(
    String measure,
    Optional<Boolean> ascending,
    Optional<Boolean> aggregationStatus,
    ImmutableList<Narrative> title,
    ImmutableList<Narrative> description,
    ImmutableList<IatiReference> references,
    ImmutableList<IatiBaseline> baselines,
    ImmutableList<IatiPeriod> periods) {

  /** Checks the components and copies the lists. */
  public IatiIndicator {
    checkNotNull(measure, "measure");
    checkNotNull(ascending, "ascending");
    checkNotNull(aggregationStatus, "aggregationStatus");
    title = ImmutableList.copyOf(checkNotNull(title, "title"));
    description = ImmutableList.copyOf(checkNotNull(description, "description"));
    references = ImmutableList.copyOf(checkNotNull(references, "references"));
    baselines = ImmutableList.copyOf(checkNotNull(baselines, "baselines"));
    periods = ImmutableList.copyOf(checkNotNull(periods, "periods"));
  }

  /**
   * The measure read against IATI's {@code IndicatorMeasure} codelist: 1 unit, 2 percentage, 3
   * nominal, 4 ordinal, 5 qualitative; empty for any other code.
   */
  public Optional<Measure> knownMeasure() {
    String m = measure.strip();
    return m.length() == 1 && m.charAt(0) >= '1' && m.charAt(0) <= '5'
        ? Optional.of(Measure.fromIatiCode(m.charAt(0) - '0'))
        : Optional.empty();
  }

  /**
   * The direction the standard gives this indicator: {@code ascending} true (or {@code 1}) is
   * {@link Direction#INCREASE}, false (or {@code 0}) {@link Direction#DECREASE}. An absent {@code
   * ascending} means ascending: the IATI reference defines the attribute as true when the indicator
   * improves from small to large and, in its 1.0x text, "defaults to true if omitted"; the 2.0x
   * texts keep that meaning. A qualitative indicator (measure 5) without {@code ascending} has no
   * figure to move: {@link Direction#NONE}.
   */
  public Direction direction() {
    if (ascending.isPresent()) {
      return ascending.get() ? Direction.INCREASE : Direction.DECREASE;
    }
    return measure.strip().equals("5") ? Direction.NONE : Direction.INCREASE;
  }

  /**
   * This indicator in rbmkit's model, with baselines, targets and actuals as values per period.
   *
   * <p>The conversion: measure by {@link #knownMeasure()}; direction {@code ascending} true {@link
   * Direction#INCREASE}, false {@link Direction#DECREASE}, absent {@link Direction#INCREASE} as the
   * standard reads it (true unless stated otherwise) for measures 1–4, and {@link Direction#NONE}
   * for a qualitative indicator, which has no figure to move (see {@link #direction()}); a
   * baseline's period is its {@code iso-date} (one day) or else its {@code year}; a period is the
   * date range start to end inclusive; dimensions become the value's dimensions. For measures 1–4 a
   * value is its decimal; for a qualitative indicator it is the comment's text. A baseline, target
   * or actual without a value (or, when qualitative, without a comment) states no figure and is not
   * converted. Locations, references, comments of numeric values and aggregation status stay on
   * this IATI record.
   *
   * @param code the code for the indicator, such as its position {@code "1"}
   * @param defaultLanguage the language of narratives without {@code xml:lang}
   * @throws IllegalArgumentException naming the element, when the measure is unknown, a value of
   *     measures 1–4 is not a decimal, a period ends before it starts, a dimension repeats, or the
   *     core model rejects the indicator
   */
  public Indicator toIndicator(String code, String defaultLanguage) {
    checkNotNull(code, "code");
    checkNotNull(defaultLanguage, "defaultLanguage");
    Measure m =
        knownMeasure()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "indicator "
                            + code
                            + ": measure \""
                            + Shown.value(measure)
                            + "\" is not an IATI IndicatorMeasure code 1-5"));
    Indicator.Builder b =
        Indicator.builder(code, Narrative.toLocalizedText(title, defaultLanguage), m)
            .direction(direction());
    for (int i = 0; i < baselines.size(); i++) {
      IatiBaseline bl = baselines.get(i);
      Period p =
          bl.isoDate()
              .<Period>map(d -> DateRange.ofInclusive(d, d))
              .orElse(CalendarYear.of(bl.year()));
      String where = "indicator " + code + " baseline[" + (i + 1) + "]";
      convert(m, bl.value(), where, defaultLanguage).ifPresent(v -> b.baseline(new Baseline(p, v)));
    }
    for (int i = 0; i < periods.size(); i++) {
      IatiPeriod p = periods.get(i);
      String where = "indicator " + code + " period[" + (i + 1) + "]";
      if (p.end().isBefore(p.start())) {
        throw new IllegalArgumentException(
            where + ": end " + p.end() + " is before start " + p.start());
      }
      DateRange range = DateRange.ofInclusive(p.start(), p.end());
      for (int j = 0; j < p.targets().size(); j++) {
        convert(m, p.targets().get(j), where + " target[" + (j + 1) + "]", defaultLanguage)
            .ifPresent(v -> b.target(new PeriodValue(range, v)));
      }
      for (int j = 0; j < p.actuals().size(); j++) {
        convert(m, p.actuals().get(j), where + " actual[" + (j + 1) + "]", defaultLanguage)
            .ifPresent(v -> b.actual(new PeriodValue(range, v)));
      }
    }
    return b.build();
  }

  private static Optional<IndicatorValue> convert(
      Measure m, IatiIndicatorValue v, String where, String defaultLanguage) {
    Map<String, String> dims = new LinkedHashMap<>();
    for (IatiDimension d : v.dimensions()) {
      String previous = dims.putIfAbsent(d.name(), d.value());
      if (previous != null) {
        throw new IllegalArgumentException(
            where
                + ": dimension "
                + d.name()
                + " given twice ("
                + previous
                + ", "
                + d.value()
                + ")");
      }
    }
    IndicatorValue value;
    if (m == Measure.QUALITATIVE) {
      if (v.comment().isEmpty()) {
        return Optional.empty();
      }
      value =
          IndicatorValue.of(
              new TextValue(
                  Narrative.toLocalizedText(v.comment(), defaultLanguage).best(defaultLanguage)));
    } else {
      if (v.value().isEmpty()) {
        return Optional.empty();
      }
      BigDecimal d =
          v.decimal()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          where
                              + ": value \""
                              + Shown.value(v.value().get())
                              + "\" is not a decimal"));
      value = IndicatorValue.of(DecimalValue.of(d));
    }
    try {
      return Optional.of(value.withDimensions(dims));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  /**
   * A total this indicator does not publish, derived from its slices: for a unit (measure 1)
   * indicator whose every baseline, target and actual is given only for the values of one
   * dimension ({@code sex=female}, {@code sex=male}), never for the total, and never twice for one
   * value, the same indicator with each group of slices replaced by its sum (comment: "derived:
   * the sum of the sex slices female, male, not a published total"). Empty otherwise: a total is
   * never invented where slices might overlap (two dimensions), be incomplete measures (a
   * percentage, a ratio) or sit beside a published total.
   *
   * <p>Whether the slices cover the whole population is the publisher's to say; the derived figure
   * is offered as such, never as the indicator's own.
   */
  public Optional<IatiIndicator> derivedTotal() {
    return slicedDimension()
        .map(
            d ->
                new IatiIndicator(
                    measure,
                    ascending,
                    aggregationStatus,
                    title,
                    description,
                    references,
                    SlicedTotal.baselines(baselines, d),
                    SlicedTotal.periods(periods, d)));
  }

  /** The one dimension this indicator's values are all sliced by, as {@link #derivedTotal()} needs. */
  public Optional<String> slicedDimension() {
    return SlicedTotal.partitionedDimension(measure, baselines, periods);
  }
}
