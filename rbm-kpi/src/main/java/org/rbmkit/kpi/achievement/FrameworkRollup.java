package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;

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
 * back to English.
 *
 * <p>The tallies and result ratings are held in arrays: {@link #subtree}, {@link #rating}, {@link
 * #total}, {@link #levelTally} and the summaries read them directly, while {@link #results},
 * {@link #result} and {@link #indicators} build every indicator's {@link IndicatorRating}
 * (achievement, explanation and rating) on their first call, once. Immutable and thread-safe.
 */
public final class FrameworkRollup {

  private final ResultsFramework framework;
  private final Period period;
  private final RatingScheme scheme;
  private final RollupRule rule;
  private final Supplier<ImmutableMap<String, ResultRollup>> results;
  private final RatingTally total;
  private final TallyTable table;
  private final ImmutableMap<String, Integer> positions;

  /**
   * A roll-up whose tallies and ratings are in {@code table} (rows by {@code positions}, then the
   * total) and whose results are built by {@code results} when first asked for (Guava's memoising
   * supplier is thread-safe and runs it once).
   */
  FrameworkRollup(
      ResultsFramework framework,
      Period period,
      RatingScheme scheme,
      RollupRule rule,
      Supplier<ImmutableMap<String, ResultRollup>> results,
      TallyTable table,
      ImmutableMap<String, Integer> positions) {
    this.framework = framework;
    this.period = period;
    this.scheme = scheme;
    this.rule = rule;
    this.results = Suppliers.memoize(results);
    this.table = table;
    this.positions = positions;
    this.total = table.tally(positions.size());
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
    return results.get();
  }

  /**
   * The roll-up of the result with {@code code}.
   *
   * @throws NoSuchElementException if the framework has no such result
   */
  public ResultRollup result(String code) {
    node(code);
    return results().get(code);
  }

  /**
   * The tally of every indicator of the result with {@code code} and of the results under it, as
   * {@code result(code).subtree()} but without building the indicators' ratings.
   *
   * @throws NoSuchElementException if the framework has no such result
   */
  public RatingTally subtree(String code) {
    return table.tally(position(code));
  }

  /**
   * The rating of the result with {@code code} under the roll-up rule, as {@code
   * result(code).rating()} but without building the indicators' ratings; {@link Rating#NOT_RATED}
   * when nothing in its subtree is rated.
   *
   * @throws NoSuchElementException if the framework has no such result
   */
  public Rating rating(String code) {
    return table.rating(position(code));
  }

  /** Every indicator rating of the framework, in document order. */
  public ImmutableList<IndicatorRating> indicators() {
    return results().values().stream()
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
    for (ResultNode n : framework.nodes()) {
      if (n.level() == level) {
        t = t.plus(rating(n.code()));
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
    ResultNode r = node(code);
    boolean fr = isFrench(language);
    String head = levelName(r.level(), fr, false) + " " + r.code() + (fr ? " : " : ": ");
    return head + counts(subtree(code), fr, true);
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
    for (ResultNode n : framework.nodes()) {
      b.add(summary(n.code(), language));
    }
    for (ResultLevel level : ResultLevel.values()) {
      if (framework.nodes().stream().anyMatch(r -> r.level() == level)) {
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

  /** The result with {@code code}, or a {@link NoSuchElementException} naming it. */
  private ResultNode node(String code) {
    return framework
        .find(checkNotNull(code, "code"))
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "framework " + framework + " has no result with code " + code));
  }

  private int position(String code) {
    Integer p = positions.get(checkNotNull(code, "code"));
    if (p == null) {
      node(code); // throws
    }
    return p;
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
