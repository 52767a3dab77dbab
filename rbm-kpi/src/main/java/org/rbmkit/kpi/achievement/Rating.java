package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import org.rbmkit.core.text.LocalizedText;

/**
 * A performance rating such as "on track", with labels in several languages and a severity that
 * orders ratings from best to worst.
 *
 * <pre>{@code
 * Rating.ON_TRACK.label().get("fr");          // Optional[En bonne voie]
 * Rating.WORST_FIRST.compare(Rating.OFF_TRACK, Rating.AT_RISK) < 0;   // true
 * }</pre>
 *
 * <p>Ratings are open: a scheme may define its own. {@link #NOT_RATED} marks an indicator whose
 * achievement is undefined; it is never the worst nor the best of a roll-up. Immutable and
 * thread-safe.
 *
 * @param code the stable code, such as {@code on-track}
 * @param label the label in English and French (at least)
 * @param severity 0 for the best rating, higher for worse ones
 */
public record Rating(String code, LocalizedText label, int severity) {

  /** Achievement of at least 90 %. */
  public static final Rating ON_TRACK =
      new Rating("on-track", LocalizedText.of("en", "on track", "fr", "en bonne voie"), 0);

  /** Achievement from 70 % to under 90 %. */
  public static final Rating AT_RISK =
      new Rating("at-risk", LocalizedText.of("en", "at risk", "fr", "à risque"), 1);

  /** Achievement under 70 %. */
  public static final Rating OFF_TRACK =
      new Rating("off-track", LocalizedText.of("en", "off track", "fr", "en retard"), 2);

  /** Achievement within 15 % of the target. */
  public static final Rating ON_TARGET =
      new Rating("on-target", LocalizedText.of("en", "on target", "fr", "conforme à la cible"), 0);

  /** Achievement more than 15 % above the target. */
  public static final Rating ABOVE_TARGET =
      new Rating(
          "above-target", LocalizedText.of("en", "above target", "fr", "au-dessus de la cible"), 1);

  /** Achievement more than 15 % below the target. */
  public static final Rating BELOW_TARGET =
      new Rating(
          "below-target",
          LocalizedText.of("en", "below target", "fr", "en dessous de la cible"),
          2);

  /** The achievement is undefined (not reported, no baseline …). */
  public static final Rating NOT_RATED =
      new Rating(
          "not-rated", LocalizedText.of("en", "not rated", "fr", "non évalué"), Integer.MAX_VALUE);

  /** Orders ratings from the worst (highest severity) to the best, then by code. */
  public static final Comparator<Rating> WORST_FIRST =
      Comparator.comparingInt(Rating::severity).reversed().thenComparing(Rating::code);

  /** Checks the components. */
  public Rating {
    checkNotNull(code, "code");
    checkNotNull(label, "label");
    checkArgument(
        code.matches("[a-z0-9]+(?:-[a-z0-9]+)*"),
        "rating code \"%s\" must be lower-case words joined by '-'",
        code);
    checkArgument(severity >= 0, "rating %s: severity %s is negative", code, severity);
  }

  /** Whether this is {@link #NOT_RATED}. */
  public boolean isRated() {
    return !equals(NOT_RATED);
  }

  /** The label in {@code language}, else in English, else the first available. */
  public String label(String language) {
    checkNotNull(language, "language");
    return label.best(language, "en");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
