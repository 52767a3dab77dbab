package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.core.text.Coded;
import org.rbmkit.kpi.achievement.Pace.PaceStatus;

/**
 * Bands that turn an achievement (or its pace) into a rating, after a stated rounding.
 *
 * <pre>{@code
 * RatingScheme.TRAFFIC_LIGHT.rate(achievement);    // on track >= 90 %, at risk >= 70 %, else off track
 * RatingScheme.ON_TARGET_15.rate(achievement);     // on target within 85–115 %
 * RatingScheme.TIME_PACED.rate(pace);              // the traffic light on achievement ÷ expected
 * RatingScheme custom = new RatingScheme("two-bands", LocalizedText.of("en", "Two bands"),
 *     RatingBasis.ACHIEVEMENT, 0, RoundingMode.HALF_UP,
 *     List.of(RatingBand.lowest(Rating.OFF_TRACK), RatingBand.from(new BigDecimal("100"), Rating.ON_TRACK)));
 * }</pre>
 *
 * <p>The score banded is the achievement (or pace ratio) as a percentage, rounded to {@code scale}
 * decimal places by {@code rounding}; the band is the last one whose lower bound the score passes.
 * Bands are listed from the lowest; the first has no lower bound, the others strictly increasing
 * bounds. Immutable and thread-safe.
 *
 * @param code the stable code
 * @param name the scheme's name in one or more languages
 * @param basis what is banded
 * @param scale decimal places of the percentage before banding, 0 to 6
 * @param rounding how the percentage is rounded before banding
 * @param bands the bands, lowest first
 */
public record RatingScheme(
    String code,
    LocalizedText name,
    RatingBasis basis,
    int scale,
    RoundingMode rounding,
    ImmutableList<RatingBand> bands) {

  private static final BigDecimal P70 = BigDecimal.valueOf(70);
  private static final BigDecimal P90 = BigDecimal.valueOf(90);

  /**
   * On track at 90 % or more, at risk from 70 % to under 90 %, off track under 70 %; the percentage
   * floored to a whole number first, so that no indicator is rated above what it reached (89.9 % is
   * at risk).
   */
  public static final RatingScheme TRAFFIC_LIGHT =
      new RatingScheme(
          "traffic-light",
          LocalizedText.of(
              "en", "On track / at risk / off track", "fr", "En bonne voie / à risque / en retard"),
          RatingBasis.ACHIEVEMENT,
          0,
          RoundingMode.FLOOR,
          ImmutableList.of(
              RatingBand.lowest(Rating.OFF_TRACK),
              RatingBand.from(P70, Rating.AT_RISK),
              RatingBand.from(P90, Rating.ON_TRACK)));

  /**
   * On target within ±15 % of the target (85 % to 115 %, both included), else below or above; the
   * percentage rounded half up to one decimal place first, the precision reports print.
   */
  public static final RatingScheme ON_TARGET_15 =
      new RatingScheme(
          "on-target-15",
          LocalizedText.of("en", "Within ±15 % of target", "fr", "À ±15 % de la cible"),
          RatingBasis.ACHIEVEMENT,
          1,
          RoundingMode.HALF_UP,
          ImmutableList.of(
              RatingBand.lowest(Rating.BELOW_TARGET),
              RatingBand.from(BigDecimal.valueOf(85), Rating.ON_TARGET),
              RatingBand.above(BigDecimal.valueOf(115), Rating.ABOVE_TARGET)));

  /**
   * The traffic light applied to the pace ratio (achievement ÷ share expected at the date): on
   * track at 90 % of the expected progress or more, at risk from 70 %, else off track; floored to a
   * whole percentage first.
   */
  public static final RatingScheme TIME_PACED =
      new RatingScheme(
          "time-paced",
          LocalizedText.of(
              "en",
              "On track / at risk / off track against time",
              "fr",
              "En bonne voie / à risque / en retard au prorata du temps"),
          RatingBasis.PACE,
          0,
          RoundingMode.FLOOR,
          TRAFFIC_LIGHT.bands());

  /** The built-in schemes: traffic light, ±15 % on target, time-paced. */
  public static final ImmutableList<RatingScheme> BUILT_IN =
      ImmutableList.of(TRAFFIC_LIGHT, ON_TARGET_15, TIME_PACED);

  /**
   * The built-in scheme with the given code: {@code traffic-light}, {@code on-target-15} or {@code
   * time-paced}.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static RatingScheme builtIn(String code) {
    checkNotNull(code, "code");
    for (RatingScheme s : BUILT_IN) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "rating scheme \"" + code + "\" is not one of traffic-light, on-target-15, time-paced");
  }

  /** Checks the components and the order of the bands. */
  public RatingScheme {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(basis, "basis");
    checkNotNull(rounding, "rounding");
    checkArgument(
        scale >= 0 && scale <= 6, "rating scheme %s: scale %s is not 0 to 6", code, scale);
    checkArgument(
        rounding != RoundingMode.UNNECESSARY,
        "rating scheme %s: rounding must not be UNNECESSARY",
        code);
    bands = ImmutableList.copyOf(checkNotNull(bands, "bands"));
    checkArgument(!bands.isEmpty(), "rating scheme %s has no bands", code);
    checkArgument(
        bands.get(0).from().isEmpty(),
        "rating scheme %s: the first band must have no lower bound",
        code);
    for (int i = 1; i < bands.size(); i++) {
      checkArgument(
          bands.get(i).from().isPresent(), "rating scheme %s: band %s has no lower bound", code, i);
      checkArgument(
          i == 1 || bands.get(i).from().get().compareTo(bands.get(i - 1).from().get()) > 0,
          "rating scheme %s: band %s (%s) does not start above band %s",
          code,
          i,
          bands.get(i),
          i - 1);
      checkArgument(
          !bands.get(i).rating().equals(Rating.NOT_RATED),
          "rating scheme %s: a band cannot be not-rated",
          code);
    }
  }

  /** The ratings of the bands, from the best (least severe) to the worst. */
  public ImmutableList<Rating> ratingsBestFirst() {
    return bands.stream()
        .map(RatingBand::rating)
        .distinct()
        .sorted(Rating.WORST_FIRST.reversed())
        .collect(ImmutableList.toImmutableList());
  }

  /** The rating of a score already rounded to this scheme's scale. */
  public Rating band(BigDecimal score) {
    checkNotNull(score, "score");
    // the last band whose lower bound the score passes; the first when it passes no other
    int at =
        ScoreArithmetic.lastPassed(
            bands.size(),
            j ->
                ScoreArithmetic.passes(
                    score.compareTo(bands.get(j).from().get()), bands.get(j).inclusive()));
    return bands.get(at).rating();
  }

  /** The percentage of {@code ratio} rounded by this scheme's rule, the score it bands. */
  public BigDecimal score(ExactRatio ratio) {
    checkNotNull(ratio, "ratio");
    return ScoreArithmetic.percentage(ratio.numerator(), ratio.denominator(), scale, rounding);
  }

  /**
   * The rating of an achievement; {@link Rated#NOT_RATED} when it is undefined.
   *
   * @throws IllegalStateException if this scheme bands the pace: use {@link #rate(Pace)}
   */
  public Rated rate(Achievement achievement) {
    checkNotNull(achievement, "achievement");
    checkState(
        basis == RatingBasis.ACHIEVEMENT, "rating scheme %s bands the pace: rate a Pace", code);
    if (!achievement.status().isDefined()) {
      return Rated.NOT_RATED;
    }
    return rate(achievement.low(), achievement.high());
  }

  /**
   * The rating of a pace, or of its achievement when this scheme bands the achievement; {@link
   * Rated#NOT_RATED} when undefined or not started.
   */
  public Rated rate(Pace pace) {
    checkNotNull(pace, "pace");
    if (basis == RatingBasis.ACHIEVEMENT) {
      return rate(pace.achievement());
    }
    if (pace.status() == PaceStatus.NOT_STARTED || !pace.achievement().status().isDefined()) {
      return Rated.NOT_RATED;
    }
    return rate(pace.low(), pace.high());
  }

  private Rated rate(Optional<ExactRatio> low, Optional<ExactRatio> high) {
    Optional<BigDecimal> lowScore = low.map(this::score);
    // the same ratio at both ends (an exact achievement) is scored once
    Optional<BigDecimal> highScore = high == low ? lowScore : high.map(this::score);
    Rating lowRating = lowScore.map(this::band).orElse(bands.get(0).rating());
    Rating highRating = highScore.map(this::band).orElse(bands.get(bands.size() - 1).rating());
    boolean lowWorse = lowRating.severity() >= highRating.severity();
    Rating r = lowWorse ? lowRating : highRating;
    return new Rated(r, lowWorse ? lowScore : highScore, !lowRating.equals(highRating));
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }

  /**
   * One band of a {@link RatingScheme}: the rating given to scores from a lower bound up to the next
   * band's.
   *
   * <pre>{@code
   * RatingBand.from(new BigDecimal("90"), Rating.ON_TRACK);            // >= 90 %
   * RatingBand.above(new BigDecimal("115"), Rating.ABOVE_TARGET);      // > 115 %
   * RatingBand.lowest(Rating.OFF_TRACK);                               // everything below
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param rating the rating of the band
   * @param from the lower bound as a percentage; empty for the lowest band
   * @param inclusive whether a score equal to {@code from} falls in this band
   */
  public record RatingBand(Rating rating, Optional<BigDecimal> from, boolean inclusive) {

    /** Checks the components. */
    public RatingBand {
      checkNotNull(rating, "rating");
      checkNotNull(from, "from");
    }

    /** The lowest band, without a lower bound. */
    public static RatingBand lowest(Rating rating) {
      return new RatingBand(rating, Optional.empty(), true);
    }

    /** The band of scores at or above {@code from} percent. */
    public static RatingBand from(BigDecimal from, Rating rating) {
      return new RatingBand(rating, Optional.of(checkNotNull(from, "from")), true);
    }

    /** The band of scores strictly above {@code from} percent. */
    public static RatingBand above(BigDecimal from, Rating rating) {
      return new RatingBand(rating, Optional.of(checkNotNull(from, "from")), false);
    }

    /** {@code >= 90: on-track}. */
    @Override
    public String toString() {
      return from.map(f -> (inclusive ? ">= " : "> ") + f.toPlainString()).orElse("lowest")
          + ": "
          + rating;
    }
  }

  /**
   * What a rating scheme bands: the achievement itself, or the achievement against the progress
   * expected at a date.
   *
   * <pre>{@code
   * RatingScheme.TIME_PACED.basis();   // PACE
   * }</pre>
   */
  public enum RatingBasis implements Coded {
    /** The achievement, 100 % for the whole target. */
    ACHIEVEMENT("achievement"),
    /** The achievement divided by the share expected at the date ({@link Pace}), 100 % on pace. */
    PACE("pace");

    private final String code;

    RatingBasis(String code) {
      this.code = code;
    }

    /** The stable code, such as {@code pace}. */
    public String code() {
      return code;
    }

    /**
     * The constant with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static RatingBasis fromCode(String code) {
      return Coded.fromCode(RatingBasis.class, code, "rating basis");
    }
  }

  /**
   * A rating with the rounded score it was banded from.
   *
   * <pre>{@code
   * Rated r = RatingScheme.TRAFFIC_LIGHT.rate(achievement);
   * r.rating();   // Rating.AT_RISK
   * r.score();    // Optional[89]: 89.6 % floored to 0 places before banding
   * }</pre>
   *
   * <p>For an achievement range the rating is the worse of the ratings of its two ends (an open end
   * falls in the lowest or highest band) and {@code uncertain} says whether they differ. Immutable
   * and thread-safe.
   *
   * @param rating the rating
   * @param score the rounded percentage banded for the rating; empty when unrated or when the end
   *     rated is open
   * @param uncertain whether the two ends of a range rate differently
   */
  public record Rated(Rating rating, Optional<BigDecimal> score, boolean uncertain) {

    /** Not rated, without score. */
    public static final Rated NOT_RATED = new Rated(Rating.NOT_RATED, Optional.empty(), false);

    /** Checks the components. */
    public Rated {
      checkNotNull(rating, "rating");
      checkNotNull(score, "score");
    }

    /** {@code at-risk (89)}. */
    @Override
    public String toString() {
      return rating
          + score.map(s -> " (" + s.toPlainString() + ")").orElse("")
          + (uncertain ? " uncertain" : "");
    }
  }
}
