package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import java.util.Optional;

/**
 * Count, sum and sum of squares of exact values, from which the mean, variance, standard
 * deviation and z-scores follow; an accumulator that merges.
 *
 * <pre>{@code
 * ValueStatistics s = ValueStatistics.of(List.of(new BigDecimal("2"), new BigDecimal("4")));
 * s.mean(MathContext.DECIMAL128);                          // Optional[3]
 * s.populationStandardDeviation(MathContext.DECIMAL128);   // Optional[1]
 * s.zScore(new BigDecimal("4"), MathContext.DECIMAL128);   // Optional[1]
 * }</pre>
 *
 * <p>The three sums are kept exactly ({@link BigDecimal} without rounding, never {@code double}),
 * so {@link #plus(BigDecimal)} and {@link #merge} are exactly associative and commutative: work
 * can be split and merged in any order with the same result. Only the derived statistics round,
 * once each, to the {@link MathContext} they are given:
 *
 * <ul>
 *   <li>mean {@code S / n};
 *   <li>population variance {@code (nQ - S²) / n²}, sample variance {@code (nQ - S²) / (n(n-1))};
 *   <li>z-score, population: {@code (n·x - S) / sqrt(nQ - S²)}, which equals
 *       {@code (x - mean) / sd} with {@code sd} the population standard deviation; the numerator
 *       and the radicand are exact, the square root and the division each round once.
 * </ul>
 *
 * <p>Undefined results are empty, never NaN or an exception: the mean of nothing, the sample
 * variance of fewer than two values, and the z-score when all values are equal (zero spread).
 *
 * <p>Immutable and thread-safe.
 */
public final class ValueStatistics {

  private static final ValueStatistics EMPTY =
      new ValueStatistics(0, BigDecimal.ZERO, BigDecimal.ZERO);

  private final long count;
  private final BigDecimal sum;
  private final BigDecimal sumOfSquares;

  private ValueStatistics(long count, BigDecimal sum, BigDecimal sumOfSquares) {
    this.count = count;
    this.sum = sum;
    this.sumOfSquares = sumOfSquares;
  }

  /** No values. */
  public static ValueStatistics empty() {
    return EMPTY;
  }

  /** Statistics from exact sums already taken: the count, the sum and the sum of squares. */
  static ValueStatistics ofSums(long count, BigDecimal sum, BigDecimal sumOfSquares) {
    return new ValueStatistics(count, sum, sumOfSquares);
  }

  /** The statistics of the given values, in one pass. */
  public static ValueStatistics of(Iterable<BigDecimal> values) {
    checkNotNull(values, "values");
    long n = 0;
    BigDecimal s = BigDecimal.ZERO;
    BigDecimal q = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      checkNotNull(v, "value");
      n++;
      s = s.add(v);
      q = q.add(v.multiply(v));
    }
    return new ValueStatistics(n, s, q);
  }

  /** These statistics with one more value. */
  public ValueStatistics plus(BigDecimal value) {
    checkNotNull(value, "value");
    return new ValueStatistics(count + 1, sum.add(value), sumOfSquares.add(value.multiply(value)));
  }

  /** The statistics of the values of both; associative and commutative, exactly. */
  public ValueStatistics merge(ValueStatistics other) {
    checkNotNull(other, "other");
    return new ValueStatistics(
        count + other.count, sum.add(other.sum), sumOfSquares.add(other.sumOfSquares));
  }

  /** The number of values. */
  public long count() {
    return count;
  }

  /** The exact sum; zero when there are no values. */
  public BigDecimal sum() {
    return sum;
  }

  /** The exact sum of squares; zero when there are no values. */
  public BigDecimal sumOfSquares() {
    return sumOfSquares;
  }

  /** The mean, rounded to {@code precision}; empty when there are no values. */
  public Optional<BigDecimal> mean(MathContext precision) {
    checkNotNull(precision, "precision");
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(sum.divide(BigDecimal.valueOf(count), precision));
  }

  /** {@code nQ - S²}, exact: {@code n²} times the population variance; never negative. */
  private BigDecimal spread() {
    return BigDecimal.valueOf(count).multiply(sumOfSquares).subtract(sum.multiply(sum));
  }

  /** The population variance (divisor {@code n}); empty when there are no values. */
  public Optional<BigDecimal> populationVariance(MathContext precision) {
    checkNotNull(precision, "precision");
    if (count == 0) {
      return Optional.empty();
    }
    BigDecimal n = BigDecimal.valueOf(count);
    return Optional.of(spread().divide(n.multiply(n), precision));
  }

  /** The sample variance (divisor {@code n - 1}); empty for fewer than two values. */
  public Optional<BigDecimal> sampleVariance(MathContext precision) {
    checkNotNull(precision, "precision");
    if (count < 2) {
      return Optional.empty();
    }
    BigDecimal n = BigDecimal.valueOf(count);
    return Optional.of(spread().divide(n.multiply(BigDecimal.valueOf(count - 1)), precision));
  }

  /** The population standard deviation; empty when there are no values. */
  public Optional<BigDecimal> populationStandardDeviation(MathContext precision) {
    checkNotNull(precision, "precision");
    if (count == 0) {
      return Optional.empty();
    }
    return Optional.of(
        spread().sqrt(precision).divide(BigDecimal.valueOf(count), precision));
  }

  /** The sample standard deviation; empty for fewer than two values. */
  public Optional<BigDecimal> sampleStandardDeviation(MathContext precision) {
    return sampleVariance(precision).map(v -> v.sqrt(precision));
  }

  /**
   * The population z-score of {@code value} against these statistics, {@code (x - mean) / sd};
   * empty when there are no values or all values are equal (standard deviation zero).
   */
  public Optional<BigDecimal> zScore(BigDecimal value, MathContext precision) {
    checkNotNull(value, "value");
    return zScores(precision).map(z -> z.of(value));
  }

  /**
   * A z-score function for many values against these statistics, computing the square root
   * once; empty when there are no values or all values are equal.
   */
  public Optional<ZScores> zScores(MathContext precision) {
    checkNotNull(precision, "precision");
    if (count == 0) {
      return Optional.empty();
    }
    BigDecimal spread = spread();
    if (spread.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(new ZScores(this, spread.sqrt(precision), precision));
  }

  /**
   * Population z-scores against fixed statistics; see {@link ValueStatistics#zScores}. Immutable
   * and thread-safe.
   */
  public static final class ZScores {
    private final BigDecimal count;
    private final BigDecimal sum;
    private final BigDecimal root;
    private final MathContext precision;

    private ZScores(ValueStatistics s, BigDecimal root, MathContext precision) {
      this.count = BigDecimal.valueOf(s.count);
      this.sum = s.sum;
      this.root = root;
      this.precision = precision;
    }

    /** The z-score of {@code value}, {@code (n·x - S) / sqrt(nQ - S²)}. */
    public BigDecimal of(BigDecimal value) {
      checkNotNull(value, "value");
      return count.multiply(value).subtract(sum).divide(root, precision);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValueStatistics s
        && count == s.count
        && sum.compareTo(s.sum) == 0
        && sumOfSquares.compareTo(s.sumOfSquares) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, sum.stripTrailingZeros(), sumOfSquares.stripTrailingZeros());
  }

  @Override
  public String toString() {
    return "ValueStatistics[count="
        + count
        + ", sum="
        + sum.toPlainString()
        + ", sumOfSquares="
        + sumOfSquares.toPlainString()
        + "]";
  }
}
