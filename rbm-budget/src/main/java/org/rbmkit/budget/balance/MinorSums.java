package org.rbmkit.budget.balance;

import java.math.BigDecimal;
import java.util.Arrays;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.money.Money;

/**
 * Exact running sums in a currency's minor units, one per slot: the one place where the
 * calculators of this package handle a sum that outgrows a {@code long}.
 *
 * <p>Each sum is {@code units × 10^-scale + rest}: the minor units in a {@code long} while they
 * fit, and what would overflow them (or an amount whose minor units do not fit a {@code long}
 * at all) exactly in a {@link BigDecimal} beside it, allocated only when first needed. Nothing is
 * rounded. Mutable and not thread-safe; {@link #copy} gives the frozen sums a value holds.
 */
final class MinorSums {

  private final int scale;
  private long[] units;
  /** The rest of each sum; null until a sum first needs one, then null where none does. */
  private BigDecimal[] rest;

  /** Zero sums in {@code capacity} slots, for minor units of {@code scale} decimals. */
  MinorSums(int scale, int capacity) {
    this.scale = scale;
    this.units = new long[capacity];
  }

  private MinorSums(int scale, long[] units, BigDecimal[] rest) {
    this.scale = scale;
    this.units = units;
    this.rest = rest;
  }

  /** The decimals of the minor units. */
  int scale() {
    return scale;
  }

  /** The number of slots. */
  int capacity() {
    return units.length;
  }

  /** Makes room for at least {@code slots} slots, new ones at zero. */
  void ensureCapacity(int slots) {
    if (slots > units.length) {
      int n = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(slots, 2L * units.length));
      units = Arrays.copyOf(units, n);
      if (rest != null) {
        rest = Arrays.copyOf(rest, n);
      }
    }
  }

  /** Whether {@code sum = a + b} overflowed a {@code long}: both operands' sign differs from it. */
  private static boolean overflowed(long a, long b, long sum) {
    return ((a ^ sum) & (b ^ sum)) < 0;
  }

  /** Adds {@code minor} minor units at {@code at}. */
  void add(int at, long minor) {
    long[] u = units;
    long s = u[at];
    long sum = s + minor;
    if (overflowed(s, minor, sum)) {
      // the long would overflow: the amount goes to the exact rest instead
      addRest(at, BigDecimal.valueOf(minor, scale));
    } else {
      u[at] = sum;
    }
  }

  /**
   * Adds {@code minor[from..to)} at {@code at}, summing in a local {@code long} that is added
   * whenever it would overflow: for a run of amounts of one slot, read in order.
   */
  void add(int at, long[] minor, int from, int to) {
    long s = 0;
    for (int i = from; i < to; i++) {
      long a = minor[i];
      long sum = s + a;
      if (overflowed(s, a, sum)) {
        add(at, s);
        s = a;
      } else {
        s = sum;
      }
    }
    add(at, s);
  }

  /** Adds an amount of the sums' currency at {@code at}, by the minor units it computed once. */
  void add(int at, Money amount) {
    if (amount.amountMinorFitsLong()) {
      add(at, amount.amountMinorLong());
    } else {
      addRest(at, amount.amount());
    }
  }

  /** Adds an exact decimal amount at {@code at}. */
  void add(int at, BigDecimal amount) {
    if (amount.scale() <= scale && Digits.integerDigits(amount) + scale <= 18) {
      // at most 18 digits of minor units: fits a long
      add(at, amount.movePointRight(scale).longValueExact());
    } else {
      addRest(at, amount);
    }
  }

  /** Adds the sum at {@code fromAt} of {@code from} (of the same scale) at {@code at}. */
  void add(int at, MinorSums from, int fromAt) {
    add(at, from.units[fromAt]);
    if (from.rest != null && from.rest[fromAt] != null) {
      addRest(at, from.rest[fromAt]);
    }
  }

  /** The exact sum at {@code at}, with at least the currency's decimals. */
  BigDecimal value(int at) {
    BigDecimal u = BigDecimal.valueOf(units[at], scale);
    return rest == null || rest[at] == null ? u : u.add(rest[at]);
  }

  /** The first {@code size} sums, in a copy no later addition changes. */
  MinorSums copy(int size) {
    return new MinorSums(
        scale, Arrays.copyOf(units, size), rest == null ? null : Arrays.copyOf(rest, size));
  }

  private void addRest(int at, BigDecimal amount) {
    if (rest == null) {
      rest = new BigDecimal[units.length];
    }
    rest[at] = rest[at] == null ? amount : rest[at].add(amount);
  }
}
