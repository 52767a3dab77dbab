package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultsFramework;

/**
 * The roll-up of a whole results framework for a period: every result's rating and tally, every
 * level's tally, and readable summaries in English and French.
 *
 * <pre>{@code
 * FrameworkRollup r = RollupCalculator.withDefaults().rollUp(framework, CalendarYear.of(2021));
 * r.summary("3", "en");        // "Outcome 3: 2 of 3 indicators on track, 1 off track"
 * r.summary("3", "fr");        // "Résultat 3 : 2 indicateurs sur 3 en bonne voie, 1 en retard"
 * r.levelSummary(ResultLevel.OUTPUT, "en");   // "Outputs: 7 of 10 on track, 3 not rated"
 * }</pre>
 *
 * <p>Summaries are written in English ({@code en}) or French ({@code fr}); another language falls
 * back to English. Immutable and thread-safe.
 */
public final class FrameworkRollup {

  private final ResultsFramework framework;
  private final Period period;
  private final RatingScheme scheme;
  private final RollupRule rule;
  private final ImmutableMap<String, ResultRollup> results;
  private final RatingTally total;

  FrameworkRollup(
      ResultsFramework framework,
      Period period,
      RatingScheme scheme,
      RollupRule rule,
      ImmutableMap<String, ResultRollup> results,
      RatingTally total) {
    this.framework = framework;
    this.period = period;
    this.scheme = scheme;
    this.rule = rule;
    this.results = results;
    this.total = total;
  }

  /** The framework rolled up. */
  public ResultsFramework framework() {
    return framework;
  }

  /** The target period rolled up. */
  public Period period() {
    return period;
  }

  /** The rating scheme applied. */
  public RatingScheme scheme() {
    return scheme;
  }

  /** The roll-up rule applied. */
  public RollupRule rule() {
    return rule;
  }

  /** Every result's roll-up by code, parents before children in document order. */
  public ImmutableMap<String, ResultRollup> results() {
    return results;
  }

  /**
   * The roll-up of the result with {@code code}.
   *
   * @throws NoSuchElementException if the framework has no such result
   */
  public ResultRollup result(String code) {
    ResultRollup r = results.get(checkNotNull(code, "code"));
    if (r == null) {
      throw new NoSuchElementException(
          "framework " + framework + " has no result with code " + code);
    }
    return r;
  }

  /** Every indicator rating of the framework, in document order. */
  public ImmutableList<IndicatorRating> indicators() {
    return results.values().stream()
        .flatMap(r -> r.indicators().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** The tally of every indicator of the framework. */
  public RatingTally total() {
    return total;
  }

  /** The tally of the ratings of the results of {@code level} (one count per result). */
  public RatingTally levelTally(ResultLevel level) {
    checkNotNull(level, "level");
    RatingTally t = RatingTally.EMPTY;
    for (ResultRollup r : results.values()) {
      if (r.level() == level) {
        t = t.plus(r.rating());
      }
    }
    return t;
  }

  /**
   * A sentence on the result with {@code code}: {@code Outcome 3: 2 of 3 indicators on track, 1 off
   * track}, counting every indicator of its subtree; {@code Output 1.1: no indicators} when it has
   * none.
   */
  public String summary(String code, String language) {
    ResultRollup r = result(code);
    boolean fr = isFrench(language);
    String head = levelName(r.level(), fr, false) + " " + r.code() + (fr ? " : " : ": ");
    return head + counts(r.subtree(), fr, true);
  }

  /**
   * A sentence on a level: {@code Outputs: 7 of 10 on track, 3 not rated}, one count per result.
   */
  public String levelSummary(ResultLevel level, String language) {
    boolean fr = isFrench(language);
    RatingTally t = levelTally(level);
    return levelName(level, fr, true)
        + (fr ? " : " : ": ")
        + (t.total() == 0 ? (fr ? "aucun" : "none") : counts(t, fr, false));
  }

  /**
   * The summary of the framework, one line per result in document order, then one per level
   * present, then the framework's indicator count.
   */
  public ImmutableList<String> summary(String language) {
    boolean fr = isFrench(language);
    ImmutableList.Builder<String> b = ImmutableList.builder();
    for (String code : results.keySet()) {
      b.add(summary(code, language));
    }
    for (ResultLevel level : ResultLevel.values()) {
      if (results.values().stream().anyMatch(r -> r.level() == level)) {
        b.add(levelSummary(level, language));
      }
    }
    b.add(
        (fr ? "Cadre " : "Framework ")
            + framework.owner()
            + " "
            + framework.period()
            + (fr ? " : " : ": ")
            + counts(total, fr, true));
    return b.build();
  }

  /** {@code ILO 2018-2021 (14 results) for 2021}. */
  @Override
  public String toString() {
    return framework + " for " + period;
  }

  private String counts(RatingTally t, boolean fr, boolean indicators) {
    long n = t.total();
    if (n == 0) {
      return fr ? "aucun indicateur" : "no indicators";
    }
    Rating best = scheme.ratingsBestFirst().get(0);
    long k = t.count(best);
    StringBuilder s = new StringBuilder();
    String lang = fr ? "fr" : "en";
    if (indicators) {
      s.append(
          fr
              ? k + " indicateur" + (k > 1 ? "s" : "") + " sur " + n
              : k + " of " + n + " indicator" + (n > 1 ? "s" : ""));
    } else {
      s.append(fr ? k + " sur " + n : k + " of " + n);
    }
    s.append(' ').append(best.label(lang));
    for (Map.Entry<Rating, Long> e : t.counts().entrySet()) {
      if (!e.getKey().equals(best)) {
        s.append(", ").append(e.getValue()).append(' ').append(e.getKey().label(lang));
      }
    }
    return s.toString();
  }

  private static boolean isFrench(String language) {
    return checkNotNull(language, "language").equals("fr") || language.startsWith("fr-");
  }

  private static String levelName(ResultLevel level, boolean fr, boolean plural) {
    String[] names =
        switch (level) {
          case IMPACT -> new String[] {"Impact", "Impacts", "Impact", "Impacts"};
          case STRATEGIC_OBJECTIVE ->
              new String[] {
                "Strategic objective",
                "Strategic objectives",
                "Objectif stratégique",
                "Objectifs stratégiques"
              };
          case OUTCOME -> new String[] {"Outcome", "Outcomes", "Résultat", "Résultats"};
          case ENABLER -> new String[] {"Enabler", "Enablers", "Catalyseur", "Catalyseurs"};
          case CROSS_CUTTING ->
              new String[] {
                "Cross-cutting element",
                "Cross-cutting elements",
                "Élément transversal",
                "Éléments transversaux"
              };
          case OUTPUT -> new String[] {"Output", "Outputs", "Produit", "Produits"};
          case ACTIVITY -> new String[] {"Activity", "Activities", "Activité", "Activités"};
        };
    return names[(fr ? 2 : 0) + (plural ? 1 : 0)];
  }
}
