package org.rbmkit.kpi.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiResult;
import org.rbmkit.core.iati.Narrative;
import org.rbmkit.core.iati.ResultType;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.Rating;
import org.rbmkit.kpi.achievement.RatingTally;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;

/**
 * Imported IATI activities as one results framework, for {@code RollupCalculator}: every result of
 * every activity is a top-level result with its indicators, and the framework remembers where each
 * came from.
 *
 * <pre>{@code
 * IatiPortfolio p = IatiPortfolio.of("XM-DAC-41302", DateRange.parse("2024-01-01/2024-12-31"),
 *     LocalizedText.of("en", "ILO activities 2024"), activities, "en");
 * FrameworkRollup r = RollupCalculator.withDefaults().rollUp(p.framework());
 * r.total().count(Rating.ON_TRACK);        // indicators on track over the portfolio
 * p.source("2.1", "1-1");                  // activity XM-DAC-41302-2 result[1] indicator[1] {sex=female}
 * }</pre>
 *
 * <p>Codes: the result at position {@code r} of the activity at position {@code a} of the input is
 * {@code a.r} (positions from 1), so that codes are unique even when two files publish the same
 * identifier and whatever characters an identifier holds; its indicators are coded as in {@link
 * ImportedIndicator#of}. Levels: output, outcome and impact as IATI types them; a result of type
 * other (9), which is on no level of the results chain, sits beside the outcomes as {@link
 * ResultLevel#CROSS_CUTTING}, so it counts in the framework's total but in none of the output,
 * outcome or impact tallies. Results are not nested: IATI does not say which output serves which
 * outcome.
 *
 * <p>The roll-up rates every indicator against its target for exactly the period rolled up (the
 * framework's, or one passed to {@code rollUp}); an indicator without a target for it is counted as
 * not rated. Immutable and thread-safe.
 */
public final class IatiPortfolio {

  private final ResultsFramework framework;
  private final ImmutableMap<String, String> activities;
  private final ImmutableMap<String, ImmutableMap<String, IndicatorSource>> sources;
  private final ImmutableListMultimap<String, String> resultsByActivity;

  private IatiPortfolio(
      ResultsFramework framework,
      ImmutableMap<String, String> activities,
      ImmutableMap<String, ImmutableMap<String, IndicatorSource>> sources) {
    this.framework = framework;
    this.activities = activities;
    this.sources = sources;
    ImmutableListMultimap.Builder<String, String> b = ImmutableListMultimap.builder();
    activities.forEach((code, identifier) -> b.put(identifier, code));
    this.resultsByActivity = b.build();
  }

  /**
   * The portfolio of {@code activities} as a framework of {@code owner} for {@code period}.
   *
   * @param owner the framework's owner, such as the reporting organisation's identifier
   * @param period the period of the framework, the default period of its roll-up
   * @param title the framework's name
   * @param activities the imported activities, in the order that numbers them
   * @param defaultLanguage the language of narratives when neither they nor the activity state one
   * @throws IllegalArgumentException naming the activity and result when a result's type is not in
   *     the {@code ResultType} codelist or its title has no narrative, or an indicator cannot be
   *     converted (see {@link ImportedIndicator#of})
   */
  public static IatiPortfolio of(
      String owner,
      Period period,
      LocalizedText title,
      Iterable<IatiActivity> activities,
      String defaultLanguage) {
    checkNotNull(activities, "activities");
    checkNotNull(defaultLanguage, "defaultLanguage");
    ImmutableList.Builder<ResultNode> roots = ImmutableList.builder();
    Map<String, String> activityByResult = new LinkedHashMap<>();
    ImmutableMap.Builder<String, ImmutableMap<String, IndicatorSource>> sources =
        ImmutableMap.builder();
    int a = 0;
    for (IatiActivity activity : activities) {
      a++;
      for (int r = 1; r <= activity.results().size(); r++) {
        IatiResult result = activity.results().get(r - 1);
        String where = "activity " + activity.identifier() + " result[" + r + "]";
        ResultType type =
            result
                .resultType()
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            where
                                + ": type \""
                                + result.type()
                                + "\" is not in the IATI ResultType codelist (1, 2, 3, 9)"));
        LocalizedText resultTitle;
        try {
          resultTitle =
              Narrative.toLocalizedText(result.title(), activity.defaultLanguage(defaultLanguage));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": title: " + e.getMessage(), e);
        }
        String code = a + "." + r;
        ResultNode.Builder node =
            ResultNode.builder(code, type.level().orElse(ResultLevel.CROSS_CUTTING), resultTitle);
        ImmutableMap.Builder<String, IndicatorSource> bySlice = ImmutableMap.builder();
        for (ImportedIndicator i : ImportedIndicator.of(activity, r, defaultLanguage)) {
          node.indicator(i.indicator());
          bySlice.put(i.indicator().code(), i.source());
        }
        roots.add(node.build());
        activityByResult.put(code, activity.identifier());
        sources.put(code, bySlice.buildOrThrow());
      }
    }
    return new IatiPortfolio(
        ResultsFramework.of(owner, period, title, roots.build()),
        ImmutableMap.copyOf(activityByResult),
        sources.buildOrThrow());
  }

  /** The framework: one top-level result per imported result, in input order. */
  public ResultsFramework framework() {
    return framework;
  }

  /**
   * The identifier of the activity the result with code {@code resultCode} comes from.
   *
   * @throws NoSuchElementException if the framework has no such result
   */
  public String activity(String resultCode) {
    checkNotNull(resultCode, "resultCode");
    String id = activities.get(resultCode);
    if (id == null) {
      throw new NoSuchElementException("portfolio has no result with code " + resultCode);
    }
    return id;
  }

  /**
   * Where the indicator {@code indicatorCode} of the result {@code resultCode} comes from.
   *
   * @throws NoSuchElementException if the framework has no such indicator
   */
  public IndicatorSource source(String resultCode, String indicatorCode) {
    checkNotNull(indicatorCode, "indicatorCode");
    activity(resultCode);
    IndicatorSource s = sources.get(resultCode).get(indicatorCode);
    if (s == null) {
      throw new NoSuchElementException(
          "portfolio result " + resultCode + " has no indicator with code " + indicatorCode);
    }
    return s;
  }

  /**
   * The codes of the results of the activity {@code identifier}, in input order (of every
   * activity with that identifier); empty for an identifier not in the portfolio.
   */
  public ImmutableList<String> resultCodes(String identifier) {
    checkNotNull(identifier, "identifier");
    return resultsByActivity.get(identifier);
  }

  /**
   * The tally of every indicator of every result of the activity {@code identifier} in {@code
   * rollup}, a roll-up of this portfolio's framework: the Σ of its results' subtree tallies. When
   * several activities of the input share the identifier, the results of all of them count.
   * Empty ({@link RatingTally#EMPTY}) for an activity without results or an identifier not in the
   * portfolio.
   *
   * @throws IllegalArgumentException if {@code rollup} is not a roll-up of this portfolio
   */
  public RatingTally activityTally(FrameworkRollup rollup, String identifier) {
    checkNotNull(rollup, "rollup");
    checkNotNull(identifier, "identifier");
    checkArgument(rollup.framework() == framework || rollup.framework().equals(framework),
        "the roll-up is of %s, not of this portfolio %s", rollup.framework(), framework);
    RatingTally t = RatingTally.EMPTY;
    for (String code : resultsByActivity.get(identifier)) {
      t = t.plus(rollup.subtree(code));
    }
    return t;
  }

  /**
   * The achievement rating of the activity {@code identifier}: the roll-up's rule applied, with its
   * scheme, to the ratings of every indicator of every result of the activity ({@link
   * #activityTally}), exactly as that rule rates a result from the indicators under it ({@link
   * RollupRule#rate}). With the default rule {@code worst}, an activity is rated as its weakest
   * rated indicator; {@link Rating#NOT_RATED} when none of its indicators is rated for the
   * roll-up's period.
   *
   * <pre>{@code
   * FrameworkRollup r = RollupCalculator.withDefaults()
   *     .rollUp(p.framework(), DateRange.parse("2024-01-01/2024-12-31"));
   * p.activityRating(r, "XM-EX-1");   // off-track: one of its three indicators is off track
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code rollup} is not a roll-up of this portfolio
   */
  public Rating activityRating(FrameworkRollup rollup, String identifier) {
    return rollup.rule().rate(activityTally(rollup, identifier), rollup.scheme());
  }

  /** {@code XM-DAC-41302 2024-01-01/2024-12-31 (12 results)}. */
  @Override
  public String toString() {
    return framework.toString();
  }
}
