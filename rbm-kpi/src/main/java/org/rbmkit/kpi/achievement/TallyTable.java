package org.rbmkit.kpi.achievement;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tallies of a prepared roll-up in arrays: per result (in the framework's pre-order), then for
 * the whole framework, the count of each rating and the sum and number of scores; tallies are made
 * into {@link RatingTally} values only when asked for. Not modified after construction; safe to
 * share between threads once published through a final field.
 */
final class TallyTable {

  private final Rating[] slots;
  private final long[] counts;
  private final long[] scoreSums;
  private final long[] scored;
  private final int scale;
  private final Rating[] ratings;

  /**
   * @param slots the ratings counted, one column each
   * @param counts per row (results, then the total) the count of each slot's rating
   * @param scoreSums per row the sum of the scores, in units of {@code 10^-scale}
   * @param scored per row the number of scores summed
   * @param scale the scheme's scale
   * @param ratings per result its rating under the roll-up rule
   */
  TallyTable(
      Rating[] slots, long[] counts, long[] scoreSums, long[] scored, int scale, Rating[] ratings) {
    this.slots = slots;
    this.counts = counts;
    this.scoreSums = scoreSums;
    this.scored = scored;
    this.scale = scale;
    this.ratings = ratings;
  }

  /** The tally of row {@code row}: a result's position, or the number of results for the total. */
  RatingTally tally(int row) {
    Map<Rating, Long> m = new LinkedHashMap<>();
    for (int k = 0; k < slots.length; k++) {
      long n = counts[row * slots.length + k];
      if (n > 0) {
        m.put(slots[k], n);
      }
    }
    return RatingTally.of(
        m, BigDecimal.valueOf(scoreSums[row], scale), BigDecimal.valueOf(scored[row]));
  }

  /** The rating of the result at {@code position}. */
  Rating rating(int position) {
    return ratings[position];
  }
}
