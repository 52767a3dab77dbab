package org.rbmkit.core.indicator;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.rbmkit.core.indicator.internal.ValueColumns;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.text.Shown;
import org.rbmkit.core.text.LocalizedText;

/**
 * A performance indicator of a result: how it is measured, which way it should move, and its
 * baselines, targets, milestones and actuals.
 *
 * <pre>{@code
 * Indicator i = Indicator.builder("2.1", LocalizedText.of(
 *         "fr", "Taux de certification", "en", "Certification rate"), Measure.RATIO)
 *     .unit("participants")
 *     .direction(Direction.INCREASE)
 *     .cumulation(Cumulation.NON_CUMULATIVE)
 *     .baseline(Baseline.inYear(2022, IndicatorValue.ratio(59, 100)))
 *     .target(PeriodValue.of("2024-25", IndicatorValue.ratio(65, 100).with(Qualifier.AT_LEAST)))
 *     .build();
 * }</pre>
 *
 * <p>The constructor checks that
 *
 * <ul>
 *   <li>the code is 1–32 letters or digits separated by {@code . - _};
 *   <li>every value suits the {@link Measure} ({@link Measure#accepts}); for a
 *       {@linkplain Measure#CURRENCY currency} indicator, the unit is an ISO 4217 code and decimals
 *       have no more places than the currency allows;
 *   <li>a band is given exactly when the direction is {@link Direction#MAINTAIN};
 *   <li>no two baselines, targets, milestones or actuals share a period and dimensions.
 * </ul>
 *
 * <p>The unit is a label ({@code participants}, {@code %}, {@code EUR}); empty means none, as
 * for a qualitative indicator. Immutable and thread-safe.
 *
 * <p>Each indicator also keeps its values' periods, flags and decimals in one array (16 bytes per
 * value), made once here, which the library's calculations over many indicators read instead of
 * the value objects. Equality and the hash code are those of the components.
 */
public final class Indicator {

  static {
    ValueColumns.install(Indicator.class, i -> i.columns);
  }

  private final String code;
  private final LocalizedText title;
  private final Measure measure;
  private final String unit;
  private final Direction direction;
  private final Optional<Band> band;
  private final Cumulation cumulation;
  private final ImmutableList<Baseline> baselines;
  private final ImmutableList<PeriodValue> targets;
  private final ImmutableList<PeriodValue> milestones;
  private final ImmutableList<PeriodValue> actuals;
  private final long[] columns;

  /**
   * Checks the invariants listed in the class description and copies the lists.
   *
   * @param code the indicator's code, unique within its result
   * @param title the indicator's wording in one or more languages
   * @param measure how it is measured
   * @param unit the unit label; empty for none
   * @param direction which way it should move
   * @param band the range to stay in, present exactly when the direction is MAINTAIN
   * @param cumulation how values over periods add up
   * @param baselines starting values, in the order given
   * @param targets targets per period
   * @param milestones interim targets per period
   * @param actuals reported values per period
   * @throws IllegalArgumentException if an invariant does not hold, listing every problem
   */
  public Indicator(
      String code,
      LocalizedText title,
      Measure measure,
      String unit,
      Direction direction,
      Optional<Band> band,
      Cumulation cumulation,
      List<Baseline> baselines,
      List<PeriodValue> targets,
      List<PeriodValue> milestones,
      List<PeriodValue> actuals) {
    checkNotNull(code, "code");
    checkNotNull(title, "title");
    checkNotNull(measure, "measure");
    checkNotNull(unit, "unit");
    checkNotNull(direction, "direction");
    checkNotNull(band, "band");
    checkNotNull(cumulation, "cumulation");
    ImmutableList<Baseline> bs = ImmutableList.copyOf(checkNotNull(baselines, "baselines"));
    ImmutableList<PeriodValue> ts = ImmutableList.copyOf(checkNotNull(targets, "targets"));
    ImmutableList<PeriodValue> ms = ImmutableList.copyOf(checkNotNull(milestones, "milestones"));
    ImmutableList<PeriodValue> as = ImmutableList.copyOf(checkNotNull(actuals, "actuals"));
    Problems problems = new Problems();
    Optional<Currency> currency =
        IndicatorRules.indicator(
            problems, code, title, measure, unit, direction, band.isPresent(), cumulation);
    List<IndicatorRules.Entry> entries = new ArrayList<>(bs.size());
    for (Baseline b : bs) {
      entries.add(IndicatorRules.Entry.of(b.period(), b.value()));
    }
    IndicatorRules.values(problems, "baselines", measure, currency, entries);
    check(problems, measure, currency, "targets", ts);
    check(problems, measure, currency, "milestones", ms);
    check(problems, measure, currency, "actuals", as);
    problems.throwIfAny("indicator " + Shown.value(code));
    this.code = code;
    this.title = title;
    this.measure = measure;
    this.unit = unit;
    this.direction = direction;
    this.band = band;
    this.cumulation = cumulation;
    this.baselines = bs;
    this.targets = ts;
    this.milestones = ms;
    this.actuals = as;
    this.columns = Columns.of(bs, ts, as);
  }

  /** The indicator's code, unique within its result. */
  public String code() {
    return code;
  }

  /** The indicator's wording in one or more languages. */
  public LocalizedText title() {
    return title;
  }

  /** How it is measured. */
  public Measure measure() {
    return measure;
  }

  /** The unit label; empty for none. */
  public String unit() {
    return unit;
  }

  /** Which way it should move. */
  public Direction direction() {
    return direction;
  }

  /** The range to stay in, present exactly when the direction is MAINTAIN. */
  public Optional<Band> band() {
    return band;
  }

  /** How values over periods add up. */
  public Cumulation cumulation() {
    return cumulation;
  }

  /** Starting values, in the order given. */
  public ImmutableList<Baseline> baselines() {
    return baselines;
  }

  /** Targets per period, in the order given. */
  public ImmutableList<PeriodValue> targets() {
    return targets;
  }

  /** Interim targets per period, in the order given. */
  public ImmutableList<PeriodValue> milestones() {
    return milestones;
  }

  /** Reported values per period, in the order given. */
  public ImmutableList<PeriodValue> actuals() {
    return actuals;
  }

  /** Whether {@code o} is an indicator with equal components. */
  @Override
  public boolean equals(Object o) {
    return o == this
        || (o instanceof Indicator i
            && code.equals(i.code)
            && title.equals(i.title)
            && measure == i.measure
            && unit.equals(i.unit)
            && direction == i.direction
            && band.equals(i.band)
            && cumulation == i.cumulation
            && baselines.equals(i.baselines)
            && targets.equals(i.targets)
            && milestones.equals(i.milestones)
            && actuals.equals(i.actuals));
  }

  /** A hash of the components. */
  @Override
  public int hashCode() {
    return Objects.hash(
        code,
        title,
        measure,
        unit,
        direction,
        band,
        cumulation,
        baselines,
        targets,
        milestones,
        actuals);
  }

  /** A builder for an indicator with the given code, title and measure. */
  public static Builder builder(String code, LocalizedText title, Measure measure) {
    return new Builder(code, title, measure);
  }

  /** A builder holding this indicator's components, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder(code, title, measure);
    b.unit = unit;
    b.direction = direction;
    b.band = band;
    b.cumulation = cumulation;
    b.baselines.addAll(baselines);
    b.targets.addAll(targets);
    b.milestones.addAll(milestones);
    b.actuals.addAll(actuals);
    return b;
  }

  /** This indicator with one more actual. */
  public Indicator withActual(PeriodValue actual) {
    return toBuilder().actual(actual).build();
  }

  /** The targets for the given period, in order; empty when there are none. */
  public ImmutableList<PeriodValue> targetsFor(Period period) {
    return forPeriod(targets, period);
  }

  /** The actuals for the given period, in order; empty when there are none. */
  public ImmutableList<PeriodValue> actualsFor(Period period) {
    return forPeriod(actuals, period);
  }

  /** The code. */
  @Override
  public String toString() {
    return "indicator " + code;
  }

  private static ImmutableList<PeriodValue> forPeriod(List<PeriodValue> values, Period period) {
    checkNotNull(period, "period");
    return values.stream()
        .filter(v -> v.period().equals(period))
        .collect(ImmutableList.toImmutableList());
  }

  private static void check(
      Problems problems,
      Measure measure,
      Optional<Currency> currency,
      String list,
      List<PeriodValue> values) {
    List<IndicatorRules.Entry> entries = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      PeriodValue pv = checkNotNull(values.get(i), "%s[%s]", list, i);
      entries.add(IndicatorRules.Entry.of(pv.period(), pv.value()));
    }
    IndicatorRules.values(problems, list, measure, currency, entries);
  }

  /**
   * Builds an {@link Indicator}. Defaults: no unit, direction {@link Direction#NONE}, cumulation
   * {@link Cumulation#NON_CUMULATIVE}, no band, no values. Not thread-safe.
   */
  public static final class Builder {
    private final String code;
    private final LocalizedText title;
    private final Measure measure;
    private String unit = "";
    private Direction direction = Direction.NONE;
    private Optional<Band> band = Optional.empty();
    private Cumulation cumulation = Cumulation.NON_CUMULATIVE;
    private final List<Baseline> baselines = new ArrayList<>();
    private final List<PeriodValue> targets = new ArrayList<>();
    private final List<PeriodValue> milestones = new ArrayList<>();
    private final List<PeriodValue> actuals = new ArrayList<>();

    private Builder(String code, LocalizedText title, Measure measure) {
      this.code = checkNotNull(code, "code");
      this.title = checkNotNull(title, "title");
      this.measure = checkNotNull(measure, "measure");
    }

    /** Sets the unit label. */
    public Builder unit(String newUnit) {
      this.unit = checkNotNull(newUnit, "unit");
      return this;
    }

    /** Sets the direction; for {@link Direction#MAINTAIN} use {@link #maintainWithin}. */
    public Builder direction(Direction newDirection) {
      this.direction = checkNotNull(newDirection, "direction");
      if (newDirection != Direction.MAINTAIN) {
        this.band = Optional.empty();
      }
      return this;
    }

    /** Sets the direction to {@link Direction#MAINTAIN} within {@code lower..upper}. */
    public Builder maintainWithin(BigDecimal lower, BigDecimal upper) {
      this.direction = Direction.MAINTAIN;
      this.band = Optional.of(Band.of(lower, upper));
      return this;
    }

    /** Sets the cumulation. */
    public Builder cumulation(Cumulation newCumulation) {
      this.cumulation = checkNotNull(newCumulation, "cumulation");
      return this;
    }

    /** Adds a baseline. */
    public Builder baseline(Baseline baseline) {
      baselines.add(checkNotNull(baseline, "baseline"));
      return this;
    }

    /** Adds a target. */
    public Builder target(PeriodValue target) {
      targets.add(checkNotNull(target, "target"));
      return this;
    }

    /** Adds a milestone. */
    public Builder milestone(PeriodValue milestone) {
      milestones.add(checkNotNull(milestone, "milestone"));
      return this;
    }

    /** Adds an actual. */
    public Builder actual(PeriodValue actual) {
      actuals.add(checkNotNull(actual, "actual"));
      return this;
    }

    /**
     * The indicator.
     *
     * @throws IllegalArgumentException if an invariant of {@link Indicator} does not hold
     */
    public Indicator build() {
      return new Indicator(
          code,
          title,
          measure,
          unit,
          direction,
          band,
          cumulation,
          baselines,
          targets,
          milestones,
          actuals);
    }
  }
}
