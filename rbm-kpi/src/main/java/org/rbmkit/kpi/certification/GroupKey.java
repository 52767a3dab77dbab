package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The values that identify one group of a {@link Breakdown}, one per dimension, in the
 * breakdown's order of dimensions.
 *
 * <pre>{@code
 * GroupKey k = GroupKey.of("tutor-supported-online", "achievement");
 * k.toString();   // "tutor-supported-online / achievement"
 * }</pre>
 *
 * <p>The key of a breakdown by no dimension at all is {@link #TOTAL}. Keys order value by value.
 * Immutable and thread-safe.
 *
 * @param values the values, one per dimension
 */
public record GroupKey(ImmutableList<String> values) implements Comparable<GroupKey> {

  /** The single group of a breakdown by no dimension. */
  public static final GroupKey TOTAL = new GroupKey(ImmutableList.of());

  /** Copies and validates the values. */
  public GroupKey {
    values = ImmutableList.copyOf(checkNotNull(values, "values"));
    for (String v : values) {
      checkArgument(!v.isEmpty(), "a group value is empty in %s", values);
    }
  }

  /** The key with the given values. */
  public static GroupKey of(String... values) {
    return new GroupKey(ImmutableList.copyOf(values));
  }

  /** The key with the given values. */
  public static GroupKey of(List<String> values) {
    return new GroupKey(ImmutableList.copyOf(values));
  }

  /** How many values. */
  public int size() {
    return values.size();
  }

  /** The value at the given position. */
  public String get(int index) {
    return values.get(index);
  }

  @Override
  public int compareTo(GroupKey o) {
    int n = Math.min(values.size(), o.values.size());
    for (int i = 0; i < n; i++) {
      int c = values.get(i).compareTo(o.values.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(values.size(), o.values.size());
  }

  /** The values joined by {@code " / "}, or {@code total} for {@link #TOTAL}. */
  @Override
  public String toString() {
    return values.isEmpty() ? "total" : String.join(" / ", values);
  }
}
