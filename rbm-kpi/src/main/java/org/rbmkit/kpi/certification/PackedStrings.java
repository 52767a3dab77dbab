package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;

import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Strings packed one after another into one byte array, one byte per character, for the
 * columns of an {@link EnrolmentTable}: an identifier of 8 characters takes 12 bytes instead of
 * some 56 as a {@code String} object.
 *
 * <p>Strings whose characters all lie in U+0000–U+00FF (ISO 8859-1, which covers the usual
 * identifiers) are packed; any other is kept as it is, so every string comes back equal.
 * Immutable and thread-safe.
 */
final class PackedStrings {

  /** The longest array the JVM allocates reliably. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

  private final byte[] bytes;
  /** Where string {@code i} ends in {@link #bytes}; it starts where string {@code i - 1} ends. */
  private final int[] ends;
  private final int size;
  /** The strings that are not ISO 8859-1, by index; they take no bytes. */
  private final ImmutableMap<Integer, String> others;

  private PackedStrings(Builder b) {
    this.size = b.size;
    this.bytes = Arrays.copyOf(b.bytes, b.size == 0 ? 0 : b.ends[b.size - 1]);
    this.ends = Arrays.copyOf(b.ends, b.size);
    this.others = ImmutableMap.copyOf(b.others);
  }

  /** How many strings. */
  int size() {
    return size;
  }

  /** The string at a position. */
  String get(int index) {
    checkElementIndex(index, size, "index");
    int start = index == 0 ? 0 : ends[index - 1];
    int end = ends[index];
    if (start == end) {
      String other = others.get(index);
      if (other != null) {
        return other;
      }
    }
    return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
  }

  /** Packs strings one by one; not thread-safe. */
  static final class Builder {
    private byte[] bytes = new byte[64];
    private int[] ends = new int[16];
    private int size;
    private final Map<Integer, String> others = new HashMap<>();

    /**
     * Adds a string after those added so far.
     *
     * @throws IllegalArgumentException if the packed bytes would exceed the largest array
     */
    Builder add(String s) {
      if (size == ends.length) {
        checkArgument(size < MAX_ARRAY, "more than %s strings", MAX_ARRAY);
        ends = Arrays.copyOf(ends, (int) Math.min(MAX_ARRAY, size * 2L));
      }
      int at = size == 0 ? 0 : ends[size - 1];
      int n = s.length();
      boolean narrow = true;
      for (int i = 0; i < n && narrow; i++) {
        narrow = s.charAt(i) <= 0xFF;
      }
      if (!narrow || n == 0) {
        others.put(size, s);
        ends[size++] = at;
        return this;
      }
      if (at + (long) n > bytes.length) {
        long wanted = Math.max(at + (long) n, bytes.length * 2L);
        checkArgument(
            at + (long) n <= MAX_ARRAY,
            "the packed strings exceed %s bytes at string %s",
            MAX_ARRAY,
            size);
        bytes = Arrays.copyOf(bytes, (int) Math.min(MAX_ARRAY, wanted));
      }
      for (int i = 0; i < n; i++) {
        bytes[at + i] = (byte) s.charAt(i);
      }
      ends[size++] = at + n;
      return this;
    }

    /** How many strings were added. */
    int size() {
      return size;
    }

    /** The packed strings added so far. */
    PackedStrings build() {
      return new PackedStrings(this);
    }
  }
}
