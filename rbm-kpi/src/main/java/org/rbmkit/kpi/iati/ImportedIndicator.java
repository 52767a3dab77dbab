package org.rbmkit.kpi.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiIndicator;
import org.rbmkit.core.iati.IatiResult;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.PeriodValue;

/**
 * An imported IATI indicator as a core {@link Indicator} the achievement calculator compares: the
 * values of one disaggregation, taken as totals.
 *
 * <pre>{@code
 * ImmutableList<ImportedIndicator> all = ImportedIndicator.of(activity, "en");
 * ImportedIndicator first = all.get(0);
 * first.source();      // activity AA-AAA-123456789-ABC123 result[1] indicator[1] {age=adult, sex=female}
 * first.indicator();   // indicator 1-1: target 10 and actual 11 for 2013-01-01/2013-03-31, as totals
 * new AchievementCalculator(AchievementPolicy.DEFAULT).achievements(first.indicator());
 * }</pre>
 *
 * <p>Why slices: the achievement calculator compares only totals (values without dimensions), while
 * IATI publishers often report a target and an actual only for a disaggregation (the standard's own
 * example: target 10 and actual 11 for adult women, no total). Each disaggregation, the set of
 * dimension names and categories a value carries, is therefore its own indicator: its baselines,
 * targets and actuals are those with exactly these dimensions, stripped of them. Values are never
 * summed across disaggregations: IATI does not say whether they are complete or overlap.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source where the values come from
 * @param indicator the core indicator: the IATI indicator's measure, direction and title, with the
 *     values of {@code source.dimensions()} as totals
 */
public record ImportedIndicator(IndicatorSource source, Indicator indicator) {

  /** Checks the components. */
  public ImportedIndicator {
    checkNotNull(source, "source");
    checkNotNull(indicator, "indicator");
  }

  /**
   * Every indicator of every result of {@code activity}, one per disaggregation, in document order.
   *
   * <p>For the indicator at position {@code i} of its result, the totals (values without
   * dimensions) get the code {@code i} and come first; the disaggregations follow in the order in
   * which they first appear among baselines, targets and actuals, coded {@code i-1}, {@code i-2}
   * and so on. An indicator without any value gives one indicator with code {@code i} and no
   * values, so that it is counted (as not rated) and not lost.
   *
   * @param activity the imported activity
   * @param defaultLanguage the language of narratives when neither they nor the activity state one
   * @throws IllegalArgumentException naming the activity, result and indicator when an indicator
   *     cannot be converted (see {@link IatiIndicator#toIndicator(String, String)}: unknown
   *     measure, a value that is not a decimal, a period ending before it starts, a title without
   *     narrative)
   */
  public static ImmutableList<ImportedIndicator> of(IatiActivity activity, String defaultLanguage) {
    checkNotNull(activity, "activity");
    checkNotNull(defaultLanguage, "defaultLanguage");
    ImmutableList.Builder<ImportedIndicator> out = ImmutableList.builder();
    for (int r = 0; r < activity.results().size(); r++) {
      out.addAll(of(activity, r + 1, defaultLanguage));
    }
    return out.build();
  }

  /** The indicators of the result at 1-based position {@code result} of the activity. */
  static ImmutableList<ImportedIndicator> of(
      IatiActivity activity, int result, String defaultLanguage) {
    String language = activity.defaultLanguage(defaultLanguage);
    IatiResult r = activity.results().get(result - 1);
    ImmutableList.Builder<ImportedIndicator> out = ImmutableList.builder();
    for (int i = 0; i < r.indicators().size(); i++) {
      IatiIndicator ii = r.indicators().get(i);
      String code = Integer.toString(i + 1);
      Indicator whole;
      try {
        whole = ii.toIndicator(code, language);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "activity " + activity.identifier() + " result[" + result + "]: " + e.getMessage(), e);
      }
      int k = 0;
      for (ImmutableSortedMap<String, String> dims : disaggregations(whole)) {
        String sliceCode = dims.isEmpty() ? code : code + "-" + ++k;
        out.add(
            new ImportedIndicator(
                new IndicatorSource(activity.identifier(), result, i + 1, dims),
                slice(whole, sliceCode, dims)));
      }
    }
    return out.build();
  }

  /** The dimension sets of the indicator's values: the empty one first if present. */
  private static Set<ImmutableSortedMap<String, String>> disaggregations(Indicator i) {
    Set<ImmutableSortedMap<String, String>> seen = new LinkedHashSet<>();
    i.baselines().forEach(b -> seen.add(b.value().dimensions()));
    i.targets().forEach(t -> seen.add(t.value().dimensions()));
    i.actuals().forEach(a -> seen.add(a.value().dimensions()));
    Set<ImmutableSortedMap<String, String>> ordered = new LinkedHashSet<>();
    if (seen.isEmpty() || seen.contains(ImmutableSortedMap.<String, String>of())) {
      ordered.add(ImmutableSortedMap.of());
    }
    ordered.addAll(seen);
    return ordered;
  }

  private static Indicator slice(
      Indicator whole, String code, ImmutableSortedMap<String, String> dims) {
    return new Indicator(
        code,
        whole.title(),
        whole.measure(),
        whole.unit(),
        whole.direction(),
        whole.band(),
        whole.cumulation(),
        whole.baselines().stream()
            .filter(b -> b.value().dimensions().equals(dims))
            .map(b -> new Baseline(b.period(), total(b.value())))
            .collect(ImmutableList.toImmutableList()),
        values(whole.targets(), dims),
        values(whole.milestones(), dims),
        values(whole.actuals(), dims));
  }

  private static ImmutableList<PeriodValue> values(
      List<PeriodValue> values, ImmutableSortedMap<String, String> dims) {
    return values.stream()
        .filter(v -> v.value().dimensions().equals(dims))
        .map(v -> new PeriodValue(v.period(), total(v.value())))
        .collect(ImmutableList.toImmutableList());
  }

  private static IndicatorValue total(IndicatorValue v) {
    return v.withDimensions(Map.of());
  }
}
