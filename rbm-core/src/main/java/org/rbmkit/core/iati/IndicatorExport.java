package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;

/**
 * An rbmkit {@link Indicator} as IATI publishes it, with the list of what IATI cannot say.
 *
 * <pre>{@code
 * IndicatorExport e = IndicatorExport.of(indicator, 4, RoundingMode.HALF_EVEN);
 * e.indicator();     // the IatiIndicator to put in an IatiResult and write
 * e.notCarried();    // ["unit participants", "milestone 2024: 20", ...]
 * }</pre>
 *
 * <p>The mapping is the inverse of {@link IatiIndicator#toIndicator}: measure by its IATI code
 * (ratio and currency as 1); direction increase/decrease as {@code ascending} true/false; title
 * narratives per language; a baseline in a calendar year as its {@code year}, in any other period
 * as the year and date of its start; targets and actuals grouped into one IATI period per rbmkit
 * period (start to end inclusive), in order of first appearance; dimensions as dimensions; a
 * decimal as its plain text, a ratio as its quotient to {@code ratioScale} places, a text as the
 * value of a nominal or ordinal indicator or as the comment of a qualitative one.
 *
 * <p>IATI 2.03 has no unit, band, cumulation, milestone or qualifier, no value for a ratio with
 * a zero denominator, and only the rounded quotient of a ratio that does not divide exactly to
 * {@code ratioScale} places: each of these is listed in {@link #notCarried()}, never dropped
 * silently.
 * Immutable and thread-safe.
 *
 * @param indicator the IATI indicator
 * @param notCarried what the IATI indicator does not say, one readable line each
 */
public record IndicatorExport(IatiIndicator indicator, ImmutableList<String> notCarried) {

  /** Checks the components and copies the list. */
  public IndicatorExport {
    checkNotNull(indicator, "indicator");
    notCarried = ImmutableList.copyOf(checkNotNull(notCarried, "notCarried"));
  }

  /**
   * Exports the indicator.
   *
   * @param ratioScale decimal places of a ratio's quotient, 0 to 12
   * @param rounding how a ratio's quotient is rounded to {@code ratioScale} places
   */
  public static IndicatorExport of(Indicator indicator, int ratioScale, RoundingMode rounding) {
    checkNotNull(indicator, "indicator");
    checkArgument(
        ratioScale >= 0 && ratioScale <= 12, "ratioScale %s is not within 0..12", ratioScale);
    checkNotNull(rounding, "rounding");
    List<String> lost = new ArrayList<>();
    if (!indicator.unit().isEmpty()) {
      lost.add("unit " + indicator.unit());
    }
    indicator.band().ifPresent(b -> lost.add("direction maintain within " + b));
    if (indicator.direction() == Direction.NONE && indicator.measure() != Measure.QUALITATIVE) {
      lost.add("direction none (IATI reads an absent ascending as ascending)");
    }
    if (indicator.cumulation() != Cumulation.NON_CUMULATIVE) {
      lost.add("cumulation " + indicator.cumulation().code());
    }
    for (PeriodValue m : indicator.milestones()) {
      lost.add("milestone " + m);
    }
    ImmutableList.Builder<Narrative> title = ImmutableList.builder();
    indicator.title().asMap().forEach((language, text) -> title.add(Narrative.of(language, text)));

    boolean qualitative = indicator.measure() == Measure.QUALITATIVE;
    ImmutableList.Builder<IatiBaseline> baselines = ImmutableList.builder();
    for (Baseline b : indicator.baselines()) {
      Period p = b.period();
      Optional<LocalDate> date = Optional.empty();
      if (!(p instanceof CalendarYear)) {
        date = Optional.of(p.start());
        if (!(p instanceof DateRange r && r.lengthInDays() == 1)) {
          lost.add("baseline period " + p + " (published as its start, " + p.start() + ")");
        }
      }
      IatiIndicatorValue v =
          value(b.value(), "baseline " + b, qualitative, ratioScale, rounding, lost);
      baselines.add(new IatiBaseline(p.start().getYear(), date, v));
    }
    Map<Period, List<List<IatiIndicatorValue>>> periods = new LinkedHashMap<>();
    for (PeriodValue t : indicator.targets()) {
      periods
          .computeIfAbsent(t.period(), k -> List.of(new ArrayList<>(), new ArrayList<>()))
          .get(0)
          .add(value(t.value(), "target " + t, qualitative, ratioScale, rounding, lost));
    }
    for (PeriodValue a : indicator.actuals()) {
      periods
          .computeIfAbsent(a.period(), k -> List.of(new ArrayList<>(), new ArrayList<>()))
          .get(1)
          .add(value(a.value(), "actual " + a, qualitative, ratioScale, rounding, lost));
    }
    ImmutableList.Builder<IatiPeriod> iatiPeriods = ImmutableList.builder();
    periods.forEach(
        (p, values) ->
            iatiPeriods.add(
                new IatiPeriod(
                    p.start(),
                    p.endInclusive(),
                    ImmutableList.copyOf(values.get(0)),
                    ImmutableList.copyOf(values.get(1)))));
    IatiIndicator out =
        new IatiIndicator(
            Integer.toString(indicator.measure().iatiCode()),
            indicator.direction().iatiAscending(),
            Optional.empty(),
            title.build(),
            ImmutableList.of(),
            ImmutableList.of(),
            baselines.build(),
            iatiPeriods.build());
    return new IndicatorExport(out, ImmutableList.copyOf(lost));
  }

  private static IatiIndicatorValue value(
      IndicatorValue v,
      String what,
      boolean qualitative,
      int ratioScale,
      RoundingMode rounding,
      List<String> lost) {
    if (v.qualifier() != Qualifier.EXACT) {
      lost.add("qualifier " + v.qualifier().code() + " of " + what);
    }
    ImmutableList<IatiDimension> dimensions =
        v.dimensions().entrySet().stream()
            .map(e -> new IatiDimension(e.getKey(), e.getValue()))
            .collect(ImmutableList.toImmutableList());
    Optional<String> value = Optional.empty();
    ImmutableList<Narrative> comment = ImmutableList.of();
    if (v.value() instanceof DecimalValue d) {
      value = Optional.of(d.value().toPlainString());
    } else if (v.value() instanceof RatioValue r) {
      Optional<BigDecimal> quotient = r.quotient(ratioScale, rounding);
      value = quotient.map(BigDecimal::toPlainString);
      if (quotient.isEmpty()) {
        lost.add("value of " + what + ": the ratio's denominator is zero");
      } else if (quotient.get().multiply(r.denominator()).compareTo(r.numerator()) != 0) {
        lost.add("value of " + what + ": published rounded, as " + value.get() + " ("
            + ratioScale + " places, " + rounding.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-') + ")");
      }
    } else if (v.value() instanceof TextValue t) {
      if (qualitative) {
        comment = ImmutableList.of(Narrative.of(t.text()));
      } else {
        value = Optional.of(t.text());
      }
    }
    return new IatiIndicatorValue(value, ImmutableList.of(), dimensions, comment);
  }
}
