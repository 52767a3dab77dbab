package org.rbmkit.kpi.benchmark;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The values (or targets) of one metric in one period, ordered by the index of their entity in
 * the set: two arrays, so that a comparison reads a metric's values without a lookup per entity.
 * Immutable once built; the arrays are shared only with code of this package that never
 * writes them.
 */
final class ValueColumn {

  private final int[] entities;
  private final BigDecimal[] values;

  /**
   * @param entities entity indexes, strictly ascending
   * @param values the value of each, same length
   */
  ValueColumn(int[] entities, BigDecimal[] values) {
    this.entities = entities;
    this.values = values;
  }

  /** The entity indexes, ascending; shared, never to be written. */
  int[] entities() {
    return entities;
  }

  /** The values in the order of {@link #entities()}; shared, never to be written. */
  BigDecimal[] values() {
    return values;
  }

  /** The number of values. */
  int size() {
    return entities.length;
  }

  /** The entity index of the {@code k}-th value. */
  int entity(int k) {
    return entities[k];
  }

  /** The {@code k}-th value. */
  BigDecimal value(int k) {
    return values[k];
  }

  /** The value of the entity with the given index, or null when it has none. */
  BigDecimal get(int entity) {
    int k = Arrays.binarySearch(entities, entity);
    return k < 0 ? null : values[k];
  }
}
