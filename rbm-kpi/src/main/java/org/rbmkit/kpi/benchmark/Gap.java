package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * How far a value is from a reference (the median, the best value, a target, the peer-group
 * mean), in the metric's unit.
 *
 * <pre>{@code
 * Gap g = Gap.between(new BigDecimal("59"), new BigDecimal("60"), Direction.HIGHER_IS_BETTER);
 * g.difference();      // -1: value minus reference
 * g.advantage();       // -1: negative, the value is worse than the reference
 * }</pre>
 *
 * <p>{@link #difference()} is {@code value - reference}, exact when both are exact; the
 * {@link #advantage()} is the same number signed so that positive means better, whatever the
 * metric's direction. Immutable and thread-safe.
 *
 * @param reference the value compared against
 * @param difference {@code value - reference}
 * @param direction the metric's direction
 */
public record Gap(BigDecimal reference, BigDecimal difference, Direction direction) {

  /** Validates the components. */
  public Gap {
    checkNotNull(reference, "reference");
    checkNotNull(difference, "difference");
    checkNotNull(direction, "direction");
  }

  /** The gap of {@code value} to {@code reference}. */
  public static Gap between(BigDecimal value, BigDecimal reference, Direction direction) {
    checkNotNull(value, "value");
    checkNotNull(reference, "reference");
    return new Gap(reference, value.subtract(reference), direction);
  }

  /** The difference signed so that positive means better than the reference. */
  public BigDecimal advantage() {
    return direction == Direction.HIGHER_IS_BETTER ? difference : difference.negate();
  }

  /** Whether the value is at least as good as the reference. */
  public boolean isFavourable() {
    return advantage().signum() >= 0;
  }
}
