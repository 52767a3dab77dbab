package org.rbmkit.budget.balance;

import java.util.Arrays;

/**
 * Codes (column, fund or line ids) numbered 0, 1, 2… in the order they were first seen, found by
 * an open-addressing table on {@link String#hashCode()} (cached by every string), comparing by
 * identity before {@code equals}. Mutable and not thread-safe; a table copies its codes out.
 */
final class CodeDictionary {

  private String[] codes = new String[8];
  private int size;
  /** Per slot, the id + 1 of the code there, or 0 for an empty slot. */
  private int[] slots = new int[16];

  /** The number of codes. */
  int size() {
    return size;
  }

  /** The code with the given id. */
  String code(int id) {
    return codes[id];
  }

  /** The codes, by id. */
  String[] codes() {
    return Arrays.copyOf(codes, size);
  }

  /**
   * The id of the code if it is the very instance of one of the first {@code limit} codes, else
   * -1: for a few codes, cheaper than hashing.
   */
  int idOfSame(String code, int limit) {
    String[] c = codes;
    for (int id = 0, n = Math.min(size, limit); id < n; id++) {
      if (c[id] == code) {
        return id;
      }
    }
    return -1;
  }

  /** The id of the code, or -1 if it has none. */
  int idOf(String code) {
    int mask = slots.length - 1;
    for (int i = spread(code.hashCode()) & mask; ; i = (i + 1) & mask) {
      int id = slots[i] - 1;
      if (id < 0) {
        return -1;
      }
      String c = codes[id];
      if (c == code || c.equals(code)) {
        return id;
      }
    }
  }

  /** The id of the code, numbering it if new. */
  int add(String code) {
    int mask = slots.length - 1;
    int i = spread(code.hashCode()) & mask;
    for (; ; i = (i + 1) & mask) {
      int id = slots[i] - 1;
      if (id < 0) {
        break;
      }
      String c = codes[id];
      if (c == code || c.equals(code)) {
        return id;
      }
    }
    int id = size++;
    if (id == codes.length) {
      codes = Arrays.copyOf(codes, 2 * id);
    }
    codes[id] = code;
    slots[i] = id + 1;
    if (2 * size > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int[] bigger = new int[2 * slots.length];
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int i = spread(codes[id].hashCode()) & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = id + 1;
    }
    slots = bigger;
  }

  private static int spread(int h) {
    int x = (h ^ (h >>> 16)) * 0x9E3779B1;
    return x ^ (x >>> 15);
  }
}
