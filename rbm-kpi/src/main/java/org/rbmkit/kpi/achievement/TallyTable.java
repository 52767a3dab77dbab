package org.rbmkit.kpi.achievement;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;

/**
 * The tallies of a roll-up in arrays: per result (in the framework's pre-order), then for the whole
 * framework, the count of each rating, the weighted sum of the scores and the sum of their
 * weights; made into {@link RatingTally} values only when asked for.
 *
 * <p>With equal weights the scores are summed in {@code long}s, in units of {@code 10^-scale}, and
 * the weights counted; a sum that would overflow, a score beyond a {@code long} or unequal weights
 * sum exactly in {@code BigDecimal}s instead, the {@code long} sums carried over. Filled by the
 * roll-up that creates it, then not modified; safe to share between threads once published through
 * a final field.
 */
final class TallyTable {

  private final Rating[] slots;
  private final int width;
  private final int rows;
  private final int scale;
  private final long[] counts;
  /** Per row the sum of the scores in units of {@code 10^-scale}, and their number. */
  private final long[] scoreSums;
  private final long[] scored;
  /** Whether the sums are in the exact arrays (and no longer in the {@code long} ones). */
  private boolean exact;
  /** Per row the weighted sum of the scores and the sum of their weights; null until needed. */
  private BigDecimal[] weightedSums;
  private BigDecimal[] weightSums;
  private Rating[] ratings;

  /**
   * An empty table of {@code rows} rows (the results, then the total) counting {@code slots}.
   *
   * @param exact whether to sum in {@code BigDecimal}s from the start (unequal weights)
   */
  TallyTable(Rating[] slots, int rows, int scale, boolean exact) {
    this.slots = slots;
    this.width = slots.length;
    this.rows = rows;
    this.scale = scale;
    this.counts = new long[rows * width];
    this.scoreSums = new long[exact ? 0 : rows];
    this.scored = new long[exact ? 0 : rows];
    if (exact) {
      toExact();
    }
  }

  /**
   * Counts one rating in {@code row}: a rating without a score, or one whose score is added apart
   * ({@link #addScores}).
   */
  void count(int row, int slot) {
    counts[row * width + slot]++;
  }

  /** Counts one rating in {@code row} with its score in units of {@code 10^-scale}, weighing 1. */
  void count(int row, int slot, long score) {
    counts[row * width + slot]++;
    addScores(row, score, 1);
  }

  /**
   * Adds to {@code row} {@code n} scores, each weighing 1, whose sum in units of {@code
   * 10^-scale} is {@code sum}; their ratings are counted apart ({@link #count(int, int)}). A
   * roll-up sums a result's run of indicators in a local and adds it once, rather than reading
   * and writing the row's sums for each indicator.
   */
  void addScores(int row, long sum, long n) {
    if (!exact) {
      long s = scoreSums[row] + sum;
      if (!overflows(scoreSums[row], sum, s)) {
        scoreSums[row] = s;
        scored[row] += n;
        return;
      }
      toExact();
    }
    addExact(row, BigDecimal.valueOf(sum, scale), BigDecimal.valueOf(n));
  }

  /** Whether {@code sum}, computed as {@code a + b} in {@code long}s, overflowed. */
  static boolean overflows(long a, long b, long sum) {
    return ((a ^ sum) & (b ^ sum)) < 0;
  }

  /** Counts one rating in {@code row} with its score in units of {@code 10^-scale} and weight. */
  void count(int row, int slot, long score, BigDecimal weight) {
    if (!exact) {
      count(row, slot, score); // equal weights: every weight is 1
      return;
    }
    counts[row * width + slot]++;
    addExact(row, BigDecimal.valueOf(score, scale).multiply(weight), weight);
  }

  /** Counts one rating in {@code row} with its score at the scheme's scale and weight. */
  void count(int row, int slot, BigDecimal score, BigDecimal weight) {
    BigInteger units = score.setScale(scale).unscaledValue();
    if (units.bitLength() < 63) {
      count(row, slot, units.longValue(), weight);
      return;
    }
    toExact();
    counts[row * width + slot]++;
    addExact(row, score.multiply(weight), weight);
  }

  /**
   * Adds every result's row into its parent's (or the total's), from the last back: {@code
   * parent} lists results in pre-order, every parent before its children, -1 for a root.
   */
  void sumUp(int[] parent) {
    int total = rows - 1;
    for (int n = total - 1; n >= 0; n--) {
      int up = parent[n] < 0 ? total : parent[n];
      for (int k = 0; k < width; k++) {
        counts[up * width + k] += counts[n * width + k];
      }
      if (!exact) {
        long s = scoreSums[up] + scoreSums[n];
        if (!overflows(scoreSums[up], scoreSums[n], s)) {
          scoreSums[up] = s;
          scored[up] += scored[n];
          continue;
        }
        toExact();
      }
      weightedSums[up] = weightedSums[up].add(weightedSums[n]);
      weightSums[up] = weightSums[up].add(weightSums[n]);
    }
  }

  /** Rates every result by {@code rule}; after {@link #sumUp}. */
  void rate(RollupRule rule, RatingScheme scheme) {
    ratings = new Rating[rows - 1];
    for (int n = 0; n < rows - 1; n++) {
      ratings[n] = rule == RollupRule.WORST ? worst(n) : rule.rate(tally(n), scheme);
    }
  }

  /** The tally of row {@code row}: a result's position, or the number of results for the total. */
  RatingTally tally(int row) {
    Map<Rating, Long> m = new LinkedHashMap<>();
    for (int k = 0; k < width; k++) {
      long n = counts[row * width + k];
      if (n > 0) {
        m.put(slots[k], n);
      }
    }
    return !exact
        ? RatingTally.of(
            m, BigDecimal.valueOf(scoreSums[row], scale), BigDecimal.valueOf(scored[row]))
        : RatingTally.of(m, weightedSums[row], weightSums[row]);
  }

  /** The rating of the result at {@code position}. */
  Rating rating(int position) {
    return ratings[position];
  }

  /** The worst rated slot with a count in row {@code row}; not rated when there is none. */
  private Rating worst(int row) {
    for (int k = 0; k < width; k++) {
      if (counts[row * width + k] > 0 && slots[k].isRated()) {
        return slots[k];
      }
    }
    return Rating.NOT_RATED;
  }

  /** Adds to {@code row}'s exact sums a weighted score (or a sum of them) and its weight. */
  private void addExact(int row, BigDecimal weighted, BigDecimal weight) {
    weightedSums[row] = weightedSums[row].add(weighted);
    weightSums[row] = weightSums[row].add(weight);
  }

  /** Carries the {@code long} sums over to exact sums, once. */
  private void toExact() {
    if (exact) {
      return;
    }
    weightedSums = new BigDecimal[rows];
    weightSums = new BigDecimal[rows];
    for (int row = 0; row < rows; row++) {
      boolean carried = row < scoreSums.length;
      weightedSums[row] = carried ? BigDecimal.valueOf(scoreSums[row], scale) : BigDecimal.ZERO;
      weightSums[row] = carried ? BigDecimal.valueOf(scored[row]) : BigDecimal.ZERO;
    }
    exact = true;
  }
}
