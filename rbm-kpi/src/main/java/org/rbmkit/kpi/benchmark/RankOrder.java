package org.rbmkit.kpi.benchmark;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntFunction;

/**
 * The order of a metric table: values sorted best first, ties by entity id, the blocks of tied
 * values, and the exact statistics of the values, computed with primitive sorts.
 *
 * <p>Each value becomes a {@code long} in units of the largest scale among the values (cents for
 * values with two decimals) when every value fits in 18 digits that way; the sort key packs the
 * value's distance from the best value above the value's index, so one {@link Arrays#sort(long[])}
 * orders them. When the distances are too wide to pack, the key packs the value's rank among the
 * distinct values instead; when a value does not fit in a {@code long} at all, the distinct values
 * are ranked with {@link BigDecimal#compareTo}. Only the few entities tied on a value are then
 * sorted by id, and not even those when the values come in id order. The sums of values and of squares are exact: 128-bit integer sums of the units
 * when every value is below 2^47 units, {@link BigDecimal} sums otherwise.
 *
 * <p>Memory: a few {@code int} and {@code long} arrays of the number of values.
 */
final class RankOrder {

  /** Input index of the value at each sorted position, best first. */
  final int[] order;

  /** First sorted position of each block, and the number of values at index {@link #blocks}. */
  final int[] blockStart;

  /** The number of tie blocks (distinct values). */
  final int blocks;

  /** Count, exact sum and exact sum of squares of the values. */
  final ValueStatistics statistics;

  private RankOrder(int[] order, int[] blockStart, int blocks, ValueStatistics s) {
    this.order = order;
    this.blockStart = blockStart;
    this.blocks = blocks;
    this.statistics = s;
  }

  /**
   * Sorts the values best first by the direction, ties by id.
   *
   * @param values the compared values
   * @param ids the entity id of each value, distinct
   * @param inIdOrder whether the values come in the order of their ids, so that ties need no
   *     sort by id: the packed keys keep them in input order
   */
  static RankOrder of(
      BigDecimal[] values, IntFunction<String> ids, boolean inIdOrder, Direction direction) {
    int n = values.length;
    int scale = 0;
    for (BigDecimal v : values) {
      scale = Math.max(scale, v.scale());
    }
    int indexBits = n <= 1 ? 1 : 32 - Integer.numberOfLeadingZeros(n - 1);
    long[] units = units(values, scale);
    long[] keys;
    ValueStatistics statistics;
    if (units != null) {
      statistics = statistics(units, scale, values);
      keys = packedKeys(units, indexBits, direction);
    } else {
      keys = rankedKeys(values, indexBits, direction);
      statistics = ValueStatistics.of(Arrays.asList(values));
    }
    Arrays.sort(keys);
    int[] order = new int[n];
    int[] blockStart = new int[n + 1];
    long mask = (1L << indexBits) - 1;
    int blocks = 0;
    for (int start = 0; start < n; ) {
      long value = keys[start] >>> indexBits;
      int end = start;
      while (end < n && keys[end] >>> indexBits == value) {
        order[end] = (int) (keys[end] & mask);
        end++;
      }
      if (end - start > 1 && !inIdOrder) {
        sortById(order, start, end, ids);
      }
      blockStart[blocks++] = start;
      start = end;
    }
    blockStart[blocks] = n;
    return new RankOrder(order, blockStart, blocks, statistics);
  }

  /** The tie block of sorted position {@code k}. */
  int blockOf(int k) {
    int b = Arrays.binarySearch(blockStart, 0, blocks, k);
    return b >= 0 ? b : -b - 2;
  }

  /** Every value in units of 10^-scale, or null when one does not fit in 18 digits. */
  private static long[] units(BigDecimal[] values, int scale) {
    if (scale > 18) {
      return null;
    }
    long[] units = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      BigDecimal v = values[i];
      if (v.signum() == 0) {
        continue;
      }
      if ((long) v.precision() - v.scale() + scale > 18) {
        return null;
      }
      units[i] = v.movePointRight(scale).longValueExact();
    }
    return units;
  }

  /**
   * Keys packing the distance from the best value, or the dense rank when too wide; written over
   * {@code units}, which is not read again.
   */
  private static long[] packedKeys(long[] units, int indexBits, Direction direction) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long u : units) {
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    long[] keys = units;
    // max - min fits in a long: both are below 10^18 in magnitude
    if (units.length > 0 && max - min >= 1L << (63 - indexBits)) {
      long[] distinct = units.clone();
      Arrays.sort(distinct);
      int d = 0;
      for (int i = 0; i < distinct.length; i++) {
        if (i == 0 || distinct[i] != distinct[d - 1]) {
          distinct[d++] = distinct[i];
        }
      }
      for (int i = 0; i < units.length; i++) {
        long rank = Arrays.binarySearch(distinct, 0, d, keys[i]);
        keys[i] = (higher ? d - 1 - rank : rank) << indexBits | i;
      }
      return keys;
    }
    for (int i = 0; i < units.length; i++) {
      long distance = higher ? max - keys[i] : keys[i] - min;
      keys[i] = distance << indexBits | i;
    }
    return keys;
  }

  /** Keys packing the dense rank of each value by {@link BigDecimal#compareTo}. */
  private static long[] rankedKeys(BigDecimal[] values, int indexBits, Direction direction) {
    Integer[] ascending = new Integer[values.length];
    for (int i = 0; i < values.length; i++) {
      ascending[i] = i;
    }
    Arrays.sort(ascending, Comparator.comparing(i -> values[i], BigDecimal::compareTo));
    long[] rank = new long[values.length];
    long d = -1;
    for (int k = 0; k < ascending.length; k++) {
      if (k == 0 || values[ascending[k]].compareTo(values[ascending[k - 1]]) != 0) {
        d++;
      }
      rank[ascending[k]] = d;
    }
    long[] keys = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      long r = direction == Direction.HIGHER_IS_BETTER ? d - rank[i] : rank[i];
      keys[i] = r << indexBits | i;
    }
    return keys;
  }

  private static final long LIMIT = 1L << 47;

  /**
   * Exact sums of units and of squared units: squares below 2^94 split into 32-bit limbs, so
   * that fewer than 2^31 of them add up without overflow.
   */
  private static ValueStatistics statistics(long[] units, int scale, BigDecimal[] values) {
    if (units.length == 0) {
      return ValueStatistics.empty();
    }
    long sumHigh = 0;
    long sumLow = 0;
    long squareHigh = 0;
    long squareMiddle = 0;
    long squareLow = 0;
    for (long u : units) {
      if (u >= LIMIT || u <= -LIMIT) {
        return ValueStatistics.of(Arrays.asList(values));
      }
      sumHigh += u >> 32;
      sumLow += u & 0xFFFF_FFFFL;
      long low = u * u;
      squareHigh += Math.multiplyHigh(u, u);
      squareMiddle += low >>> 32;
      squareLow += low & 0xFFFF_FFFFL;
    }
    BigInteger sum = BigInteger.valueOf(sumHigh).shiftLeft(32).add(BigInteger.valueOf(sumLow));
    BigInteger squares =
        BigInteger.valueOf(squareHigh)
            .shiftLeft(64)
            .add(BigInteger.valueOf(squareMiddle).shiftLeft(32))
            .add(BigInteger.valueOf(squareLow));
    return ValueStatistics.ofSums(
        units.length, new BigDecimal(sum, scale), new BigDecimal(squares, 2 * scale));
  }

  /** Sorts the input indexes at sorted positions {@code [start, end)} by entity id. */
  private static void sortById(int[] order, int start, int end, IntFunction<String> ids) {
    if (end - start <= 16) {
      for (int i = start + 1; i < end; i++) {
        int x = order[i];
        int j = i - 1;
        while (j >= start && ids.apply(order[j]).compareTo(ids.apply(x)) > 0) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = x;
      }
      return;
    }
    Integer[] block = new Integer[end - start];
    for (int i = start; i < end; i++) {
      block[i - start] = order[i];
    }
    Arrays.sort(block, Comparator.comparing(ids::apply));
    for (int i = start; i < end; i++) {
      order[i] = block[i - start];
    }
  }
}
