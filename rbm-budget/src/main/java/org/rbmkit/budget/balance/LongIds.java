package org.rbmkit.budget.balance;

import java.util.Arrays;

/**
 * {@code long} keys numbered 0, 1, 2… in the order they were first added, found by an
 * open-addressing table that keeps each key beside its number.
 *
 * <p>A table made {@code inRuns} places the keys {@code (high << 32) | low} that share their high
 * half in neighbouring slots, in the order of their low half: the groups of one budget line in its
 * columns, which entries usually bring one after the other, then share a cache line. Mutable and
 * not thread-safe.
 */
final class LongIds {

  private final boolean inRuns;
  private long[] keys = new long[16];
  private int size;
  /** Pairs of slots: the key, then its number + 1 (0 for an empty slot). */
  private long[] slots = new long[2 * 32];

  LongIds(boolean inRuns) {
    this.inRuns = inRuns;
  }

  /** The number of keys. */
  int size() {
    return size;
  }

  /** The key numbered {@code id}. */
  long key(int id) {
    return keys[id];
  }

  /** The number of the key, numbering it {@link #size()} if new. */
  int add(long key) {
    long[] s = slots;
    int mask = (s.length >> 1) - 1;
    int i = hash(key) & mask;
    for (long id1; (id1 = s[2 * i + 1]) != 0; i = (i + 1) & mask) {
      if (s[2 * i] == key) {
        return (int) id1 - 1;
      }
    }
    int id = size++;
    if (id == keys.length) {
      keys = Arrays.copyOf(keys, 2 * id);
    }
    keys[id] = key;
    s[2 * i] = key;
    s[2 * i + 1] = id + 1L;
    if (4 * size > s.length) {
      rehash();
    }
    return id;
  }

  /**
   * Numbers a key {@link #size()} without entering it in the table, for a caller that finds it
   * by other means and never asks {@link #add} for it; a later rehash may enter it, which changes
   * no number.
   */
  int append(long key) {
    int id = size++;
    if (id == keys.length) {
      keys = Arrays.copyOf(keys, 2 * id);
    }
    keys[id] = key;
    return id;
  }

  private int hash(long key) {
    if (inRuns) {
      return mix(key >>> 32) + (int) key;
    }
    return mix(key);
  }

  /** Every bit of the key moves the slot: line keys differ in a few bits of either half. */
  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 29) ^ (h >>> 43));
  }

  private void rehash() {
    int n = 2 * slots.length;
    while (4 * size > n) {
      // keys appended without the table may need more than one doubling
      n *= 2;
    }
    long[] bigger = new long[n];
    int mask = (bigger.length >> 1) - 1;
    for (int id = 0; id < size; id++) {
      int i = hash(keys[id]) & mask;
      while (bigger[2 * i + 1] != 0) {
        i = (i + 1) & mask;
      }
      bigger[2 * i] = keys[id];
      bigger[2 * i + 1] = id + 1L;
    }
    slots = bigger;
  }
}
